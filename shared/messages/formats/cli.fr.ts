/** The French messages of `factmark export` and `factmark import`; see cli.en.ts. */
import { numberFormatFor, pluralFor } from '../locale'
import type { cliEn } from './cli.en'

const plural = pluralFor<'one'>('fr')
const count = numberFormatFor('fr')
const tags = (n: number) => `${count(n)} ${plural(n, { one: 'étiquette', other: 'étiquettes' })}`
const known = (list: string) => (list ? `Factmark lit\u00a0: ${list}` : 'aucun format de ce genre n’est encore disponible dans ce Factmark')
const writes = (list: string) => (list ? `Factmark écrit\u00a0: ${list}` : 'aucun format de ce genre n’est encore disponible dans ce Factmark')

export const cliFr: typeof cliEn = {
  moreCommands: `
Autres commandes\u00a0:
  export <article> --format <format> [--out FICHIER] [--property nom=valeur]… [--as "Nom"]
                            Écrire les étiquettes d’un annotateur dans un autre format
                            (factmark export --help).
  import <article> <fichier> [--format <format>] [--as "Nom"]
                            Fusionner les annotations d’un autre outil dans votre fichier
                            d’étiquettes (factmark import --help).

Codes de sortie d’export et d’import en plus\u00a0: 3 le fichier à importer est mal formé ou d’un
format que Factmark ne lit pas\u00a0; 4 l’export a été refusé (ce qu’exige le format manque, voir
stderr).
`,
  exportUsage: 'Usage\u00a0: factmark export <article> --format <format> [--out FICHIER] [--property nom=valeur]… [--as "Nom"]    (factmark export --help pour en savoir plus)',
  importUsage: 'Usage\u00a0: factmark import <article> <fichier> [--format <format>] [--as "Nom"]    (factmark import --help pour en savoir plus)',
  exportHelp: (p) => `Usage\u00a0: factmark export <article> --format ${p.formats} [--out FICHIER]
        [--property nom=valeur]… [--as "Nom"]

Écrit les étiquettes d’un annotateur sur <article> dans un autre format, à partir de ce que
l’application montrerait\u00a0: le texte de l’article tel que cet annotateur le voit (son texte corrigé
quand il a été fait à partir de ce fichier même), les étiquettes rattachées à ce texte comme le
fait l’application à l’ouverture de l’article (le fichier d’étiquettes lui-même n’est pas écrit\u00a0;
les étiquettes à revoir sont nommées sur stderr) et les propriétés du document du fichier
d’étiquettes. Les libellés suivent la langue de l’article (la propriété «\u00a0language\u00a0»\u00a0: français ou
anglais).

Quel fichier d’étiquettes\u00a0: celui de --as "Nom"\u00a0; sinon celui de l’annotateur de l’application sur
cette machine (ses réglages\u00a0; FACTMARK_USER_DATA désigne un autre dossier de réglages), sinon celui
de l’utilisateur du système\u00a0; et s’il n’en a pas et qu’il n’y a qu’un fichier d’étiquettes à côté
de l’article, celui-là. Quand aucun ne correspond, ou plusieurs, la commande dit lesquels existent.

Options\u00a0:
  --format <format>        ${p.formats}
  --out FICHIER            Écrire dans FICHIER (durablement\u00a0: un fichier temporaire renommé à sa
                           place). Un format de plusieurs fichiers (brat\u00a0: .ann et .txt) écrit le
                           premier dans FICHIER et chacun des autres à côté avec sa propre
                           extension (sortie.ann, sortie.txt). Sans --out, un format d’un seul
                           fichier est écrit sur stdout\u00a0; un format de plusieurs exige --out.
  --property nom=valeur    Donner une propriété du document pour cet export seulement
                           (répétable)\u00a0; noms\u00a0: ${p.properties}.
  --as "Nom"               Exporter les étiquettes de l’annotateur de ce nom.
  -h, --help               Afficher cette aide.

Avant d’écrire, le format vérifie ce qu’il lui faut (par exemple ClaimReview\u00a0: l’adresse de la
vérification et une note pour chaque affirmation notée)\u00a0; ce qui manque est listé sur stderr et
rien n’est écrit.

Codes de sortie\u00a0: 0 écrit\u00a0; 1 le fichier d’étiquettes est endommagé, illisible ou d’un Factmark
plus récent, ou la sortie n’a pas pu être écrite\u00a0; 2 mauvais usage (article introuvable, format,
option ou propriété inconnus, aucun ou plusieurs fichiers d’étiquettes possibles)\u00a0; 4 refusé\u00a0: ce
qu’exige le format manque.
`,
  importHelp: (p) => `Usage\u00a0: factmark import <article> <fichier> [--format ${p.formats}] [--as "Nom"]

Lit les annotations d’un autre outil dans <fichier> et les fusionne dans le fichier d’étiquettes de
l’annotateur qui importe, à côté de <article>\u00a0; chacune est placée dans le texte de l’article par
sa citation et son contexte, comme l’application rattache les étiquettes (une étiquette dont le
texte est introuvable est gardée, à revoir). Les étiquettes importées gardent leurs auteurs et
leurs dates. Importer de nouveau le même fichier n’ajoute rien.

L’annotateur qui importe\u00a0: --as "Nom"\u00a0; sinon l’annotateur de l’application sur cette machine
(ses réglages\u00a0; FACTMARK_USER_DATA désigne un autre dossier de réglages)\u00a0; sinon le nom de
l’utilisateur du système. S’il n’a pas encore de fichier d’étiquettes pour l’article, il en est
créé un (sous l’identifiant de l’annotateur de l’application quand c’est lui, sinon sous un
identifiant tiré du nom). Le fichier d’étiquettes est enregistré comme l’application l’enregistre\u00a0:
un fichier temporaire, synchronisé sur le disque et renommé à sa place, avec une sauvegarde\u00a0; un
import interrompu le laisse tel qu’il était ou complet.

Options\u00a0:
  --format <format>   ${p.formats}\u00a0; par défaut, reconnu d’après le contenu du fichier. Pour
                      brat, le .txt à côté du .ann est le texte dans lequel comptent ses
                      positions.
  --as "Nom"          Importer en tant qu’annotateur de ce nom.
  -h, --help          Afficher cette aide.

Codes de sortie\u00a0: 0 importé (ou rien de nouveau)\u00a0; 1 le fichier d’étiquettes est endommagé,
illisible, d’un Factmark plus récent ou n’a pas pu être écrit (il est laissé tel quel)\u00a0; 2 mauvais
usage (article ou fichier introuvable, format ou option inconnus)\u00a0; 3 le fichier est mal formé (la
ligne ou le champ est nommé) ou d’un format que Factmark ne lit pas.
`,
  unknownExportOption: (p) => `option inconnue «\u00a0${p.option}\u00a0» pour export.`,
  unknownImportOption: (p) => `option inconnue «\u00a0${p.option}\u00a0» pour import.`,
  optionNeedsValue: (p) => `${p.option} demande une valeur.`,
  noArticleToExport: 'export demande l’article dont exporter les étiquettes.',
  importNeedsTwo: 'import demande l’article et le fichier à importer.',
  tooManyArguments: (p) => `${p.command} a reçu ${count(p.count)} fichiers, plus qu’il n’en prend.`,
  noFormat: 'export demande --format.',
  unknownExportFormat: (p) => `format inconnu «\u00a0${p.format}\u00a0» pour export\u00a0; ${writes(p.known)}.`,
  unknownImportFormat: (p) => `format inconnu «\u00a0${p.format}\u00a0» pour import\u00a0; ${known(p.known)}.`,
  unknownProperty: (p) => `propriété inconnue «\u00a0${p.name}\u00a0»\u00a0; les propriétés sont ${p.names}.`,
  propertyNeedsValue: (p) => `--property ${p.name} demande une valeur\u00a0: --property ${p.name}=…`,
  badProperty: (p) =>
    `«\u00a0${p.value}\u00a0» n’est pas une valeur valable pour ${p.name} (trop longue, ou pas dans la forme attendue\u00a0: une date s’écrit AAAA-MM-JJ, une langue fr ou en-GB).`,
  severalTagFiles: (p) => `plusieurs fichiers d’étiquettes correspondent (${p.files.join(', ')})\u00a0; aucun n’a été choisi.`,
  noTagFileToExport: (p) => `il n’y a pas de fichier d’étiquettes à côté de ${p.article}\u00a0: rien à exporter.`,
  noTagFileOf: (p) =>
    `${p.name === null ? 'aucun annotateur n’a été donné' : `il n’y a pas de fichier d’étiquettes de «\u00a0${p.name}\u00a0» à côté de ${p.article}`}\u00a0; les fichiers d’étiquettes présents sont de ${p.names.map((n) => `«\u00a0${n}\u00a0»`).join(', ')}\u00a0: choisissez-en un avec --as "Nom".`,
  exportNeedsReview: (p) => `l’étiquette ${p.id} («\u00a0${p.quote}\u00a0») est à revoir\u00a0: son texte est introuvable dans l’article\u00a0; elle est exportée là où elle était.`,
  exportRefused: (p) =>
    `rien n’a été écrit\u00a0: il manque à ${p.format} ce qui est indiqué ci-dessus (${count(p.problems)} ${plural(p.problems, { one: 'problème', other: 'problèmes' })}).`,
  needsOut: (p) => `${p.format} écrit ${count(p.files)} fichiers\u00a0: nommez le premier avec --out FICHIER.`,
  outWouldReplace: (p) => `--out remplacerait ${p.file}, l’article ou l’un de ses fichiers d’étiquettes.`,
  outputNotWritten: (p) => `${p.path} n’a pas été écrit\u00a0: ${p.reason}`,
  exportWritten: (p) => `${p.format}\u00a0: ${tags(p.tags)} de ${p.name} écrites dans ${p.files.join(', ')}\n`,
  inputTooLarge: 'il dépasse la taille que Factmark lit (100 Mo).',
  inputUnreadable: (p) => `${p.file} n’a pas pu être lu\u00a0: ${p.reason}`,
  formatNotRecognised: (p) => `${p.file} n’est pas dans un format que Factmark reconnaît (${known(p.known)})\u00a0; si c’en est un, indiquez lequel avec --format.`,
  noImporter: 'aucun annotateur au nom duquel importer\u00a0: donnez --as "Nom".',
  emptyArticle: (p) => `${p.article} n’a pas de texte où placer des annotations.`,
  malformedInput: (p) => `${p.file} ne peut pas être importé en ${p.format}\u00a0: ${p.message}`,
  warning: (p) => `avertissement\u00a0: ${p.sentence}`,
  importSummary: (p) => {
    const lines = [
      `${p.file} (${p.format}) dans ${p.tagFile ?? 'aucun fichier d’étiquettes'} de ${p.name}\u00a0: ${count(p.added)} ${plural(p.added, { one: 'nouvelle étiquette', other: 'nouvelles étiquettes' })}, ${count(p.alreadyThere)} déjà ${plural(p.alreadyThere, { one: 'présente', other: 'présentes' })}${p.written ? '. Écrit.' : ', rien d’écrit.'}`
    ]
    if (p.added > 0) {
      const { attached, moved, changed, needsReview } = p.counts
      lines.push(`Nouvelles étiquettes\u00a0: rattachées ${count(attached)}, déplacées ${count(moved)}, modifiées ${count(changed)}, à revoir ${count(needsReview)}`)
    }
    if (p.warnings > 0) lines.push(`${count(p.warnings)} ${plural(p.warnings, { one: 'avertissement', other: 'avertissements' })} sur stderr.`)
    if (p.review.length > 0) {
      lines.push('À revoir, leur texte est introuvable dans l’article\u00a0:')
      for (const tag of p.review) lines.push(`  «\u00a0${tag.quote}\u00a0»  ${tag.id}`)
    }
    return `${lines.join('\n')}\n`
  }
}
