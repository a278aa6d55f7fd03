/**
 * The `factmark` command's words in French (the `cli` area of fr.ts), used when the environment
 * asks for French (LC_ALL, LC_MESSAGES or LANG starting with `fr`; see
 * shared/messages/language.ts). Only sentences for people are translated: option names, command
 * names, JSON field names and values stay as they are, so `--json` output reads the same in every
 * language.
 */
import type { TagKind } from '../model/tag'
import type { en } from './en'
import { labelsFr } from './labels.fr'
import { numberFormatFor, pluralFor } from './locale'

const plural = pluralFor<'one' | 'many'>('fr-FR')
const count = numberFormatFor('fr-FR')

/** « 1 balise », « 3 balises », « 1 000 000 de balises ». */
function counted(n: number, one: string, other: string): string {
  return plural(n, { one: `${count(n)} ${one}`, many: `${count(n)} de ${other}`, other: `${count(n)} ${other}` })
}

const kinds: Readonly<Record<TagKind, string>> = labelsFr.kinds

export const cliFr: (typeof en)['cli'] = {
  usage: 'Utilisation\u00a0: factmark check <article> [--json]    (factmark --help pour en savoir plus)',
  help: `factmark\u00a0: les étiquettes de Factmark en ligne de commande.

Utilisation\u00a0: factmark <commande> [options]

Commandes\u00a0:
  check <article> [--json]  Lit un article et chaque fichier d’étiquettes à côté, ancre chaque
                            étiquette comme l’app le fait à l’ouverture de l’article, et affiche
                            un résumé (ou, avec --json, un objet JSON). N’écrit jamais rien.
  reattach <article> [--json]
                            Rattache les étiquettes de chaque fichier d’étiquettes à l’article
                            tel qu’il est maintenant, exactement comme l’app à son ouverture, et
                            écrit les fichiers d’étiquettes (nouvelles positions, empreinte et
                            historique des versions).

Options\u00a0:
  -h, --help                Affiche cette aide. «\u00a0factmark check --help\u00a0» affiche l’aide de check.

Codes de sortie\u00a0: 0 tout a été lu (et écrit)\u00a0; 1 un fichier d’étiquettes est endommagé, illisible,
d’une version inconnue ou n’a pas pu être écrit\u00a0; 2 mauvaise utilisation (article introuvable,
option ou commande inconnue).
`,
  reattachHelp: `Utilisation\u00a0: factmark reattach <article> [--json]

Lit <article> et le fichier d’étiquettes de chaque annotateur à côté, rattache chaque étiquette à
l’article tel qu’il est maintenant, exactement comme l’app à l’ouverture de l’article, et écrit
chaque fichier d’étiquettes qui n’est plus à jour\u00a0: les étiquettes retrouvées ailleurs prennent
leur nouvelle position, une étiquette dont le texte a changé garde son ancien texte dans sa marque
«\u00a0changed\u00a0» (le verdict d’une affirmation compte alors comme donné sur une version antérieure),
une étiquette dont le texte a disparu est gardée telle quelle (à revoir), et le fichier
d’étiquettes note le nouveau SHA-256 de l’article et le changement de version. Les écritures sont
durables (une sauvegarde est gardée). Un fichier d’étiquettes d’un Factmark plus récent, ou qui
ne peut pas être lu, n’est pas touché.

Options\u00a0:
  --json      Affiche un objet JSON au lieu du résumé\u00a0:
              { "article": { "file", "sha256", "textLength" },
                "files": [ { "file", "annotatorId", "previousSha256", "written",
                             "counts": { "attached", "moved", "changed", "needsReview" },
                             "tags": [ { "id", "status", "start", "end" } ] } ] }
  -h, --help  Affiche cette aide.

Codes de sortie\u00a0: 0 chaque fichier d’étiquettes a été lu et écrit\u00a0; 1 un fichier d’étiquettes n’a
pas pu être lu ou écrit (nommé sur la sortie d’erreur\u00a0; les autres sont tout de même traités)\u00a0;
2 mauvaise utilisation.
`,
  unknownReattachOption: (p) => `option «\u00a0${p.option}\u00a0» inconnue pour reattach.`,
  noArticleToReattach: 'reattach a besoin de l’article dont il faut rattacher les étiquettes.',
  reattachOtherName: (p) =>
    `${p.file} n’a pas été écrit\u00a0: son nom est celui d’un autre annotateur que celui qu’il contient. Ouvrez une fois l’article dans Factmark pour le renommer.`,
  reattachFileLine: (p) => `  ${p.file}\u00a0: ${p.summary}${p.written ? ' Écrit.' : ''}`,
  reattachUnchanged: (p) => `  ${p.file}\u00a0: ${counted(p.tags, 'étiquette', 'étiquettes')} en place, rien n’a changé.`,
  checkHelp: `Utilisation\u00a0: factmark check <article> [--json]

Lit <article> (.txt, .md ou .html, avec les limites de l’app) et le fichier d’étiquettes de chaque
annotateur à côté (<article>.<nom>.factmark.json), ancre chaque étiquette exactement comme l’app à
l’ouverture de l’article, et affiche les étiquettes par type et par annotateur, et lesquelles ont
été rattachées, modifiées ou sont à revoir, chacune avec sa citation et son identifiant. N’écrit,
ne déplace, ne renomme et ne répare jamais rien.

Les positions comptent les unités de code UTF-16 du texte brut de l’article tel qu’il est
maintenant (pour un annotateur dont le fichier d’étiquettes contient des corrections de ce même
fichier\u00a0: son texte corrigé).

Options\u00a0:
  --json      Affiche un objet JSON au lieu du résumé\u00a0:
              { "article": { "file", "sha256", "textLength" },
                "annotators": [ { "id", "name", "file" } ],
                "tags": [ { "id", "annotatorId", "kind", "status", "confidence",
                            "start", "end", "text" } ] }
              status vaut "attached", "moved", "changed" (son texte diffère de celui sur lequel
              elle a été posée, ou son fichier la marque modifiée jusqu’à confirmation) ou
              "needs-review"\u00a0; confidence va de 0 à 1.
  -h, --help  Affiche cette aide.

Codes de sortie\u00a0: 0 tout a été lu\u00a0; 1 un fichier d’étiquettes est endommagé, illisible ou d’une
version inconnue (nommé sur la sortie d’erreur\u00a0; les autres fichiers sont tout de même traités)\u00a0;
2 mauvaise utilisation.
`,
  errorLine: (p) => `factmark\u00a0: ${p.sentence}`,
  internalError: (p) => `factmark\u00a0: erreur interne\u00a0: ${p.detail}`,
  noCommand: 'aucune commande donnée.',
  unknownOption: (p) => `option «\u00a0${p.option}\u00a0» inconnue.`,
  unknownCommand: (p) => `commande «\u00a0${p.command}\u00a0» inconnue.`,
  unknownCheckOption: (p) => `option «\u00a0${p.option}\u00a0» inconnue pour check.`,
  noArticle: 'check a besoin de l’article à vérifier.',
  tooManyArticles: (p) => `check prend un seul article, pas ${count(p.count)}.`,

  articleLine: (p) => `${p.file}\u00a0: ${counted(p.characters, 'caractère', 'caractères')} de texte, sha256 ${p.sha256}`,
  noTagFiles: 'Aucun fichier d’étiquettes trouvé à côté.',
  tagFilesHeading: (p) => `${counted(p.files, 'fichier d’étiquettes', 'fichiers d’étiquettes')}\u00a0:`,
  tagFileLine: (p) => `  ${p.file}  ${p.name}, ${counted(p.tags, 'étiquette', 'étiquettes')}`,
  tagsLine: (p) => `Étiquettes\u00a0: ${count(p.total)} (${p.byKind.map((k) => `${kinds[k.kind].toLowerCase()} ${count(k.count)}`).join(', ')})`,
  byAnnotatorLine: (p) => `Par annotateur\u00a0: ${p.annotators.map((a) => `${a.name} ${count(a.count)}`).join(', ')}`,
  statusLine: (p) =>
    `En place\u00a0: ${count(p.attached)}, rattachées\u00a0: ${count(p.moved)}, ${p.changed > 0 ? `modifiées\u00a0: ${count(p.changed)}, ` : ''}à revoir\u00a0: ${count(p.review)}`,
  movedHeading: 'Rattachées parce que le texte de l’article a changé\u00a0:',
  changedHeading: 'Modifiées, leur texte diffère de celui sur lequel elles ont été posées (jusqu’à confirmation dans l’app)\u00a0:',
  reviewHeading: 'À revoir, leur texte est introuvable dans l’article (gardées à leur ancienne place)\u00a0:',
  tagLine: (p) => `  «\u00a0${p.quote}\u00a0»  ${p.id} (${p.name}, ${kinds[p.kind].toLowerCase()})${p.now !== null ? `, désormais «\u00a0${p.now}\u00a0»` : ''}`,
  correctedFor: (p) => `Les étiquettes de ${p.name} comptent dans son texte corrigé de l’article.`,
  fileNotice: (p) => `${p.fileName}\u00a0: ${p.notice}`
}
