/** The French messages of `factmark export` and `factmark import`; see cli.en.ts. */
import { numberFormatFor, pluralFor } from '../locale'
import type { cliEn } from './cli.en'

const plural = pluralFor<'one'>('fr')
const count = numberFormatFor('fr')
const tags = (n: number) => `${count(n)} ${plural(n, { one: 'étiquette', other: 'étiquettes' })}`
const known = (list: string) => (list ? `Factmark lit : ${list}` : 'aucun format de ce genre n’est encore disponible dans ce Factmark')
const writes = (list: string) => (list ? `Factmark écrit : ${list}` : 'aucun format de ce genre n’est encore disponible dans ce Factmark')

export const cliFr: typeof cliEn = {
  moreCommands: `
Autres commandes :
  export <article> --format <format> [--out FICHIER] [--property nom=valeur]… [--as "Nom"]
                            Écrire les étiquettes d’un annotateur dans un autre format
                            (factmark export --help).
  import <article> <fichier> [--format <format>] [--as "Nom"]
                            Fusionner les annotations d’un autre outil dans votre fichier
                            d’étiquettes (factmark import --help).

Codes de sortie d’export et d’import en plus : 3 le fichier à importer est mal formé ou d’un
format que Factmark ne lit pas ; 4 l’export a été refusé (ce qu’exige le format manque, voir
stderr).
`,
  exportUsage: 'Usage : factmark export <article> --format <format> [--out FICHIER] [--property nom=valeur]… [--as "Nom"]    (factmark export --help pour en savoir plus)',
  importUsage: 'Usage : factmark import <article> <fichier> [--format <format>] [--as "Nom"]    (factmark import --help pour en savoir plus)',
  exportHelp: (p) => `Usage : factmark export <article> --format ${p.formats} [--out FICHIER]
        [--property nom=valeur]… [--as "Nom"]

Écrit les étiquettes d’un annotateur sur <article> dans un autre format, à partir de ce que
l’application montrerait : le texte de l’article tel que cet annotateur le voit (son texte corrigé
quand il a été fait à partir de ce fichier même), les étiquettes rattachées à ce texte comme le
fait l’application à l’ouverture de l’article (le fichier d’étiquettes lui-même n’est pas écrit ;
les étiquettes à revoir sont nommées sur stderr) et les propriétés du document du fichier
d’étiquettes. Les libellés suivent la langue de l’article (la propriété « language » : français ou
anglais).

Quel fichier d’étiquettes : celui de --as "Nom" ; sinon celui de l’annotateur de l’application sur
cette machine (ses réglages ; FACTMARK_USER_DATA désigne un autre dossier de réglages), sinon celui
de l’utilisateur du système ; et s’il n’en a pas et qu’il n’y a qu’un fichier d’étiquettes à côté
de l’article, celui-là. Quand aucun ne correspond, ou plusieurs, la commande dit lesquels existent.

Options :
  --format <format>        ${p.formats}
  --out FICHIER            Écrire dans FICHIER (durablement : un fichier temporaire renommé à sa
                           place). Un format de plusieurs fichiers (brat : .ann et .txt) écrit le
                           premier dans FICHIER et chacun des autres à côté avec sa propre
                           extension (sortie.ann, sortie.txt). Sans --out, un format d’un seul
                           fichier est écrit sur stdout ; un format de plusieurs exige --out.
  --property nom=valeur    Donner une propriété du document pour cet export seulement
                           (répétable) ; noms : ${p.properties}.
  --as "Nom"               Exporter les étiquettes de l’annotateur de ce nom.
  -h, --help               Afficher cette aide.

Avant d’écrire, le format vérifie ce qu’il lui faut (par exemple ClaimReview : l’adresse de la
vérification et une note pour chaque affirmation notée) ; ce qui manque est listé sur stderr et
rien n’est écrit.

Codes de sortie : 0 écrit ; 1 le fichier d’étiquettes est endommagé, illisible ou d’un Factmark
plus récent, ou la sortie n’a pas pu être écrite ; 2 mauvais usage (article introuvable, format,
option ou propriété inconnus, aucun ou plusieurs fichiers d’étiquettes possibles) ; 4 refusé : ce
qu’exige le format manque.
`,
  importHelp: (p) => `Usage : factmark import <article> <fichier> [--format ${p.formats}] [--as "Nom"]

Lit les annotations d’un autre outil dans <fichier> et les fusionne dans le fichier d’étiquettes de
l’annotateur qui importe, à côté de <article> ; chacune est placée dans le texte de l’article par
sa citation et son contexte, comme l’application rattache les étiquettes (une étiquette dont le
texte est introuvable est gardée, à revoir). Les étiquettes importées gardent leurs auteurs et
leurs dates. Importer de nouveau le même fichier n’ajoute rien.

L’annotateur qui importe : --as "Nom" ; sinon l’annotateur de l’application sur cette machine
(ses réglages ; FACTMARK_USER_DATA désigne un autre dossier de réglages) ; sinon le nom de
l’utilisateur du système. S’il n’a pas encore de fichier d’étiquettes pour l’article, il en est
créé un (sous l’identifiant de l’annotateur de l’application quand c’est lui, sinon sous un
identifiant tiré du nom). Le fichier d’étiquettes est enregistré comme l’application l’enregistre :
un fichier temporaire, synchronisé sur le disque et renommé à sa place, avec une sauvegarde ; un
import interrompu le laisse tel qu’il était ou complet.

Options :
  --format <format>   ${p.formats} ; par défaut, reconnu d’après le contenu du fichier. Pour
                      brat, le .txt à côté du .ann est le texte dans lequel comptent ses
                      positions.
  --as "Nom"          Importer en tant qu’annotateur de ce nom.
  -h, --help          Afficher cette aide.

Codes de sortie : 0 importé (ou rien de nouveau) ; 1 le fichier d’étiquettes est endommagé,
illisible, d’un Factmark plus récent ou n’a pas pu être écrit (il est laissé tel quel) ; 2 mauvais
usage (article ou fichier introuvable, format ou option inconnus) ; 3 le fichier est mal formé (la
ligne ou le champ est nommé) ou d’un format que Factmark ne lit pas.
`,
  unknownExportOption: (p) => `option inconnue « ${p.option} » pour export.`,
  unknownImportOption: (p) => `option inconnue « ${p.option} » pour import.`,
  optionNeedsValue: (p) => `${p.option} demande une valeur.`,
  noArticleToExport: 'export demande l’article dont exporter les étiquettes.',
  importNeedsTwo: 'import demande l’article et le fichier à importer.',
  tooManyArguments: (p) => `${p.command} a reçu ${count(p.count)} fichiers, plus qu’il n’en prend.`,
  noFormat: 'export demande --format.',
  unknownExportFormat: (p) => `format inconnu « ${p.format} » pour export ; ${writes(p.known)}.`,
  unknownImportFormat: (p) => `format inconnu « ${p.format} » pour import ; ${known(p.known)}.`,
  unknownProperty: (p) => `propriété inconnue « ${p.name} » ; les propriétés sont ${p.names}.`,
  propertyNeedsValue: (p) => `--property ${p.name} demande une valeur : --property ${p.name}=…`,
  badProperty: (p) =>
    `« ${p.value} » n’est pas une valeur valable pour ${p.name} (trop longue, ou pas dans la forme attendue : une date s’écrit AAAA-MM-JJ, une langue fr ou en-GB).`,
  severalTagFiles: (p) => `plusieurs fichiers d’étiquettes correspondent (${p.files.join(', ')}) ; aucun n’a été choisi.`,
  noTagFileToExport: (p) => `il n’y a pas de fichier d’étiquettes à côté de ${p.article} : rien à exporter.`,
  noTagFileOf: (p) =>
    `${p.name === null ? 'aucun annotateur n’a été donné' : `il n’y a pas de fichier d’étiquettes de « ${p.name} » à côté de ${p.article}`} ; les fichiers d’étiquettes présents sont de ${p.names.map((n) => `« ${n} »`).join(', ')} : choisissez-en un avec --as "Nom".`,
  exportNeedsReview: (p) => `l’étiquette ${p.id} (« ${p.quote} ») est à revoir : son texte est introuvable dans l’article ; elle est exportée là où elle était.`,
  exportRefused: (p) =>
    `rien n’a été écrit : il manque à ${p.format} ce qui est indiqué ci-dessus (${count(p.problems)} ${plural(p.problems, { one: 'problème', other: 'problèmes' })}).`,
  needsOut: (p) => `${p.format} écrit ${count(p.files)} fichiers : nommez le premier avec --out FICHIER.`,
  outWouldReplace: (p) => `--out remplacerait ${p.file}, l’article ou l’un de ses fichiers d’étiquettes.`,
  outputNotWritten: (p) => `${p.path} n’a pas été écrit : ${p.reason}`,
  exportWritten: (p) => `${p.format} : ${tags(p.tags)} de ${p.name} écrites dans ${p.files.join(', ')}\n`,
  inputTooLarge: 'il dépasse la taille que Factmark lit (100 Mo).',
  inputUnreadable: (p) => `${p.file} n’a pas pu être lu : ${p.reason}`,
  formatNotRecognised: (p) => `${p.file} n’est pas dans un format que Factmark reconnaît (${known(p.known)}) ; si c’en est un, indiquez lequel avec --format.`,
  noImporter: 'aucun annotateur au nom duquel importer : donnez --as "Nom".',
  emptyArticle: (p) => `${p.article} n’a pas de texte où placer des annotations.`,
  malformedInput: (p) => `${p.file} ne peut pas être importé en ${p.format} : ${p.message}`,
  warning: (p) => `avertissement : ${p.sentence}`,
  importSummary: (p) => {
    const lines = [
      `${p.file} (${p.format}) dans ${p.tagFile ?? 'aucun fichier d’étiquettes'} de ${p.name} : ${count(p.added)} ${plural(p.added, { one: 'nouvelle étiquette', other: 'nouvelles étiquettes' })}, ${count(p.alreadyThere)} déjà ${plural(p.alreadyThere, { one: 'présente', other: 'présentes' })}${p.written ? '. Écrit.' : ', rien d’écrit.'}`
    ]
    if (p.added > 0) {
      const { attached, moved, changed, needsReview } = p.counts
      lines.push(`Nouvelles étiquettes : rattachées ${count(attached)}, déplacées ${count(moved)}, modifiées ${count(changed)}, à revoir ${count(needsReview)}`)
    }
    if (p.warnings > 0) lines.push(`${count(p.warnings)} ${plural(p.warnings, { one: 'avertissement', other: 'avertissements' })} sur stderr.`)
    if (p.review.length > 0) {
      lines.push('À revoir, leur texte est introuvable dans l’article :')
      for (const tag of p.review) lines.push(`  « ${tag.quote} »  ${tag.id}`)
    }
    return `${lines.join('\n')}\n`
  }
}
