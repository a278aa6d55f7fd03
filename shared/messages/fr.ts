/**
 * The French catalogue: every sentence of en.ts, in the French of a newsroom. Typed
 * {@link Messages}, so a missing message or one with other parameters does not type-check; a test
 * checks that no message was left in English.
 *
 * French has three plural categories on this runtime: `one` (0 and 1: « 0 balise »), `many` (the
 * millions: « 1 000 000 de balises ») and `other`. Numbers are written as in France (« 2 049 »,
 * « 20,5 Mo »), dates and times by Intl in French. Typography: ’ apostrophes, « » quotes with
 * non-breaking spaces, a non-breaking space before : ; ? and !.
 */
import type { CommandId } from '../commands'
import type { HintKind, HintReason, SuggestedWorthiness } from '../hints/findHints'
import type { TagKind } from '../model/tag'
import type { BinaryKind, CommandTexts, FileErrorReason } from './en'
import { cliFr } from './cli.fr'
import { formatsFr } from './formats.fr'
import type { Messages } from './index'
import { labelsFr } from './labels.fr'
import { dateTimeFormatFor, numberFormatFor, pluralFor } from './locale'
import type { RichText } from './rich'

/** French as written in France. */
const LOCALE = 'fr-FR'

/** French has three plural categories: one (0, 1), many (millions), other. */
const plural = pluralFor<'one' | 'many'>(LOCALE)
/** Counts as France writes them: « 2 049 ». */
const count = numberFormatFor(LOCALE)
/** Sizes with one decimal always: « 20,5 », « 21,0 ». */
const oneDecimal = numberFormatFor(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false })
/** Sizes with one decimal when it is not 0: « 20 », « 20,5 ». */
const upToOneDecimal = numberFormatFor(LOCALE, { maximumFractionDigits: 1, useGrouping: false })
/** Dates and times in French: « 03/12/2026 11:04:05 ». */
const dateTime = dateTimeFormatFor(LOCALE)

/** « de balises », « d’entités »: the partitive after a count in the `many` category. */
function de(noun: string): string {
  return /^[aeiouyéèêh]/i.test(noun) ? `d’${noun}` : `de ${noun}`
}

/** `n` followed by the noun in the form its count needs: « 1 balise », « 3 balises », « 1 000 000 de balises ». */
function counted(n: number, one: string, other: string): string {
  return plural(n, { one: `${count(n)} ${one}`, many: `${count(n)} ${de(other)}`, other: `${count(n)} ${other}` })
}

function entityTypeWords(type: string): CommandTexts {
  return {
    label: `Étiqueter comme entité\u00a0: ${type}`,
    description: `Donner le type ${type} à l’entité qui vient d’être étiquetée`,
    contextLabel: type
  }
}

function verdictWords(verdict: string): CommandTexts {
  return { label: `Verdict\u00a0: ${verdict}`, description: `Donner le verdict «\u00a0${verdict}\u00a0» à l’affirmation sélectionnée` }
}

const { kinds, verdicts, claimStatuses, sourceTypes, entityTypes } = labelsFr

// Mnemonics (&) differ within each menu: File O R E Q; Edit A R U P O T H M; Tag a s e m r v p d,
// n c t (verdicts have none); View p r v l.
const commands: Readonly<Record<CommandId, CommandTexts>> = {
  open: { label: '&Ouvrir…', description: 'Ouvrir un article', toolbar: { label: 'Ouvrir…', title: 'Ouvrir un article' } },
  'open-recent': { label: 'Documents &récents', description: 'Rouvrir un document déjà ouvert', toolbar: { label: 'Récents ▾' } },
  save: { label: '&Enregistrer', description: 'Enregistrer maintenant (l’enregistrement se fait aussi tout seul)' },
  undo: {
    label: '&Annuler',
    description: 'Annuler la dernière modification (étiquettes comme corrections du texte)',
    toolbar: { label: 'Annuler', title: 'Annuler' }
  },
  redo: { label: '&Rétablir', description: 'Rétablir ce qui a été annulé', toolbar: { label: 'Rétablir', title: 'Rétablir' } },
  find: { label: 'Rec&hercher…', description: 'Rechercher dans l’article', toolbar: { label: 'Rechercher', title: 'Rechercher' } },
  'toggle-edit': {
    label: '&Modifier le texte',
    description: 'Passer de la lecture (texte verrouillé) à la modification du texte, et inversement',
    toolbar: { label: 'Modifier le texte', title: 'Permettre de corriger les coquilles du texte', pressedLabel: 'Modification du texte' }
  },
  'tag-claim': {
    label: 'Étiqueter comme &affirmation',
    description: 'Étiqueter la sélection comme affirmation',
    toolbar: { label: 'Affirmation', title: 'Étiqueter le texte sélectionné comme affirmation' }
  },
  'tag-source': {
    label: 'Étiqueter comme &source',
    description: 'Étiqueter la sélection comme source',
    toolbar: { label: 'Source', title: 'Étiqueter le texte sélectionné comme source' }
  },
  'tag-entity': {
    label: 'Étiqueter comme &entité',
    description: 'Étiqueter la sélection comme entité',
    toolbar: { label: 'Entité', title: 'Étiqueter le texte sélectionné comme entité' }
  },
  'tag-entity-person': entityTypeWords(entityTypes.person),
  'tag-entity-organisation': entityTypeWords(entityTypes.organisation),
  'tag-entity-place': entityTypeWords(entityTypes.place),
  'tag-entity-date': entityTypeWords(entityTypes.date),
  'tag-entity-event': entityTypeWords(entityTypes.event),
  'tag-entity-other': entityTypeWords(entityTypes.other),
  'select-tag': { label: 'Sélectionner cette étiquette', description: 'Sélectionner l’étiquette sous le pointeur' },
  'tag-mentions': {
    label: 'Étiqueter toutes les &mentions…',
    description: 'Trouver les autres mentions de l’entité sélectionnée et étiqueter celles que vous confirmez',
    contextLabel: 'Étiqueter toutes les mentions…'
  },
  'delete-tag': {
    label: 'Supp&rimer l’étiquette',
    description: 'Supprimer l’étiquette sélectionnée (en mode lecture, ou dans la liste des étiquettes)',
    contextLabel: 'Supprimer cette étiquette'
  },
  'next-tag': { label: 'Étiquette sui&vante', description: 'Sélectionner l’étiquette suivante de l’article et y faire défiler' },
  'previous-tag': { label: 'Étiquette &précédente', description: 'Sélectionner l’étiquette précédente de l’article et y faire défiler' },
  'open-inspector': { label: 'Modifier les &détails de l’étiquette', description: 'Placer le clavier dans les détails de l’étiquette sélectionnée' },
  'verdict-not-rated': verdictWords(verdicts['not-rated']),
  'verdict-true': verdictWords(verdicts.true),
  'verdict-mostly-true': verdictWords(verdicts['mostly-true']),
  'verdict-mixed': verdictWords(verdicts.mixed),
  'verdict-mostly-false': verdictWords(verdicts['mostly-false']),
  'verdict-false': verdictWords(verdicts.false),
  'verdict-unverifiable': verdictWords(verdicts.unverifiable),
  'next-hint': { label: 'Piste suiva&nte', description: 'Aller à la piste de vérification suivante' },
  'previous-hint': { label: 'Piste précédente', description: 'Aller à la piste de vérification précédente' },
  'accept-hint': { label: 'A&ccepter la piste', description: 'Étiqueter la piste en cours (une affirmation, avec l’intérêt à vérifier suggéré)' },
  'dismiss-hint': { label: 'Écarter la pis&te', description: 'Masquer la piste en cours pendant cette session' },
  'toggle-hints': { label: 'Afficher les &pistes', description: 'Afficher ou masquer les pistes de vérification' },
  copy: { label: '&Copier', description: 'Copier le texte sélectionné' },
  'show-shortcuts': {
    label: '&Raccourcis clavier',
    description: 'Afficher cette liste de raccourcis',
    toolbar: { label: 'Raccourcis', title: 'Raccourcis clavier' }
  },
  'show-versions': { label: '&Versions de l’article', description: 'Lister les versions de l’article auxquelles les étiquettes ont été rattachées' },
  'language-system': { label: 'Langue du &système', description: 'Afficher Factmark dans la langue du système' },
  'language-en': { label: '&English', description: 'Afficher Factmark en anglais' },
  'language-fr': { label: '&Français', description: 'Afficher Factmark en français' },
  export: { label: 'E&xporter…', description: 'Exporter un rapport (Markdown, HTML, PDF), ClaimReview, W3C, brat ou CSV' },
  'import-annotations': { label: '&Importer des annotations…', description: 'Ajouter les étiquettes d’un fichier Annotation Web du W3C, brat ou Hypothesis' },
  'document-properties': {
    label: '&Propriétés du document…',
    description: 'Modifier ce que le rapport dit de l’article et de la vérification\u00a0: titre, URL, éditeur, auteur, date, langue, organisation'
  }
}

const binaryKinds: Readonly<Record<BinaryKind, string>> = {
  pdf: 'un document PDF',
  'zip-or-office': 'une archive ZIP ou un document bureautique (.docx, .odt…)',
  zip: 'une archive ZIP',
  png: 'une image PNG',
  jpeg: 'une image JPEG',
  gif: 'une image GIF',
  'old-office': 'un ancien document Word ou Office (.doc, .xls)',
  gzip: 'un fichier compressé (gzip)',
  program: 'un programme'
}

const fileErrors: Readonly<Record<FileErrorReason, string>> = {
  'no-space': 'il n’y a plus de place sur le disque',
  quota: 'votre quota de disque est plein',
  permission: 'l’autorisation a été refusée',
  'read-only': 'le dossier est en lecture seule',
  locked: 'le fichier est verrouillé par un autre programme',
  'folder-gone': 'le dossier n’existe plus',
  'not-a-folder': 'une partie du chemin n’est pas un dossier',
  'folder-in-place': 'il y a un dossier à la place du fichier',
  'too-many-open': 'trop de fichiers sont ouverts',
  io: 'le disque a signalé une erreur de lecture ou d’écriture',
  'too-large': 'le fichier serait trop volumineux',
  'name-too-long': 'le nom du fichier est trop long'
}

interface DamagedFile {
  readonly reason: string
  readonly corruptPath: string
}

const UTF8_FIX = 'ouvrez-le dans un éditeur de texte, enregistrez-le de nouveau avec l’encodage UTF-8, puis ouvrez le nouveau fichier.'

export const fr: Messages = {
  locale: LOCALE,

  format: {
    dateTime,
    count
  },

  app: {
    name: 'Factmark',
    windowTitle: (p) => (p.fileName !== null ? `${p.unsaved ? '● ' : ''}${p.fileName} — Factmark` : 'Factmark'),
    startFailed: 'Factmark n’a pas pu démarrer',
    openDialogTitle: 'Ouvrir un article',
    openDialogArticles: 'Articles',
    openDialogAllFiles: 'Tous les fichiers'
  },

  menu: {
    file: '&Fichier',
    edit: 'É&dition',
    tag: 'É&tiquettes',
    view: '&Affichage',
    help: 'Aid&e',
    about: (p) => `À propos de ${p.appName}`,
    noRecent: 'Aucun document récent',
    language: '&Langue',
    roles: {
      quit: '&Quitter',
      cut: 'Co&uper',
      copy: 'Co&pier',
      paste: 'C&oller',
      selectAll: '&Tout sélectionner',
      zoomIn: 'Zoom avant',
      zoomOut: 'Zoom arrière',
      resetZoom: 'Taille réelle',
      togglefullscreen: 'Plein écran',
      toggleDevTools: 'Outils de développement'
    }
  },

  commands,

  shortcuts: {
    alternativesSeparator: ' ou ',
    followUp: (p) => `${p.first} puis ${p.then}`,
    editorKeys: [
      { keys: 'Backspace', description: 'Supprimer l’étiquette sélectionnée, comme Suppr (en mode lecture, ou dans la liste des étiquettes)' },
      { keys: 'Enter / Shift+Enter in the find bar', description: 'Résultat suivant / précédent' },
      { keys: 'Esc', description: 'Fermer la barre de recherche, un menu ou une boîte de dialogue' },
      { keys: '↑ / ↓ in the tag list', description: 'Sélectionner l’étiquette précédente / suivante' },
      { keys: '↑ / ↓, Enter in the Entities tab', description: 'Choisir une entité / aller à sa mention suivante dans l’article' },
      { keys: '← / → on the sidebar’s tabs', description: 'Passer de la liste des étiquettes aux entités' },
      { keys: 'Shift+arrows', description: 'Étendre la sélection depuis le curseur' }
    ],
    sheetTitle: 'Raccourcis clavier',
    commandsCaption: 'Commandes',
    editorKeysHeading: 'Dans l’article, la liste des étiquettes et la barre de recherche',
    editorKeysCaption: 'Touches de l’article, de la liste des étiquettes et de la barre de recherche',
    close: 'Fermer'
  },

  formats: formatsFr,

  model: {
    kinds,
    verdicts,
    claimStatuses,
    sourceTypes,
    entityTypes,
    claimStatusLine: (p) => `${p.verdict} · ${p.status}`
  },

  article: {
    notFound: (p) => `«\u00a0${p.fileName}\u00a0» est introuvable. Il a peut-être été déplacé ou supprimé.`,
    pathNotFolder: (p) => `«\u00a0${p.fileName}\u00a0» est introuvable\u00a0: une partie de son chemin n’est pas un dossier.`,
    linkLoop: (p) => `«\u00a0${p.fileName}\u00a0» ne peut pas être ouvert\u00a0: c’est un lien qui tourne en boucle.`,
    pathTooLong: (p) => `«\u00a0${p.fileName}\u00a0» ne peut pas être ouvert\u00a0: son nom ou son chemin est trop long pour le système.`,
    permissionDenied: (p) => `Factmark n’a pas le droit de lire «\u00a0${p.fileName}\u00a0» (autorisation refusée).`,
    isFolder: (p) => `«\u00a0${p.fileName}\u00a0» est un dossier, pas un fichier d’article.`,
    readFailed: (p) => `«\u00a0${p.fileName}\u00a0» n’a pas pu être lu (${p.reason}).`,
    nulInPath: (p) => `«\u00a0${p.fileName}\u00a0» ne peut pas être ouvert\u00a0: son chemin contient un caractère NUL, qu’aucun nom de fichier ne peut contenir.`,
    unsupportedType: (p) =>
      `«\u00a0${p.fileName}\u00a0» n’est pas un article que Factmark sait ouvrir. Ouvrez un fichier texte (.txt), Markdown (.md) ou une page web (.html).`,
    notRegularFile: (p) => `«\u00a0${p.fileName}\u00a0» n’est pas un fichier ordinaire.`,
    tooLarge: (p) => `«\u00a0${p.fileName}\u00a0» est trop volumineux pour être ouvert (${oneDecimal(p.sizeMb)}\u00a0Mo\u00a0; la limite est de ${p.limitMb}\u00a0Mo).`,
    cannotOpen: (p) => `«\u00a0${p.fileName}\u00a0» ne peut pas être ouvert. ${p.reason}`,
    fileSays: (p) => `«\u00a0${p.fileName}\u00a0»\u00a0: ${p.message}`,

    decode: {
      empty: 'Ce fichier est vide\u00a0: il n’a aucun texte à lire.',
      tooLarge: (p) =>
        `Ce fichier est trop volumineux pour être ouvert\u00a0: il fait ${upToOneDecimal(p.sizeMb)}\u00a0Mo et la limite est de ${upToOneDecimal(p.limitMb)}\u00a0Mo.`,
      otherUnicode: (p) =>
        `Ce fichier est enregistré en texte ${p.encoding}, que Factmark ne lit pas. Ouvrez-le dans un éditeur de texte, enregistrez-le de nouveau avec l’encodage UTF-8, puis ouvrez le nouveau fichier.`,
      looksLike: (p) => `Ce fichier n’est pas du texte\u00a0: il ressemble à ${binaryKinds[p.kind]}.`,
      looksUtf16:
        'Ce fichier semble enregistré en texte UTF-16, que Factmark ne lit pas. Ouvrez-le dans un éditeur de texte, enregistrez-le de nouveau avec l’encodage UTF-8, puis ouvrez le nouveau fichier.',
      nulBytes: 'Ce fichier n’est pas du texte\u00a0: il contient des données binaires (octets NUL).',
      controlCharacters: 'Ce fichier n’est pas du texte\u00a0: il contient trop de caractères de contrôle pour être un article.',
      notUtf8: (p) =>
        `Ce fichier n’est pas du texte UTF-8 valide${p.at ? ` (le premier octet invalide est à la position ${count(p.at.offset)}, ligne ${count(p.at.line)})` : ''}. ` +
        `Il a peut-être été enregistré en Latin-1 ou en Windows-1252\u00a0: ${UTF8_FIX}`,
      blankOnly: 'Ce fichier n’a aucun texte lisible\u00a0: il ne contient que des espaces.'
    },

    importFailed: (p) => `Factmark n’a pas pu lire ce fichier comme ${p.formatName ?? 'un article'}${p.reason ? ` (${p.reason})` : ''}.`,
    formatNames: { txt: 'du texte brut', md: 'du Markdown', html: 'du HTML' },
    noReadableText: 'Ce fichier n’a aucun texte lisible.',

    correctionsStale:
      'Le fichier de l’article a changé depuis que vous avez corrigé son texte dans Factmark. Vos corrections ont été mises de côté et vos étiquettes rattachées au nouveau texte.',
    correctionsDamaged: 'Vos corrections du texte n’ont pas pu être lues et ont été mises de côté\u00a0; l’article est affiché tel qu’il est dans le fichier.'
  },

  files: {
    errors: fileErrors,
    tooLarge: (p) => `le fichier est trop volumineux (${oneDecimal(p.sizeMiB)}\u00a0Mio\u00a0; la limite est de ${oneDecimal(p.limitMiB)}\u00a0Mio)`,
    notUtf8: 'le fichier n’est pas du texte UTF-8',
    empty: 'le fichier est vide',
    notJson: (p) => `le fichier n’est pas du JSON valide (${p.detail})`,
    isFolder: (p) => `${p.path} est un dossier, pas un fichier`,
    notRegularFile: (p) => `${p.path} n’est pas un fichier ordinaire`,
    refuseNotJson: 'écriture refusée\u00a0: les données ne sont pas du JSON',
    refuseTooLarge: 'écriture refusée\u00a0: le fichier serait trop volumineux pour être relu',
    refuseInvalid: (p) => `écriture de données invalides refusée (${p.reason})`,
    issueAt: (p) => `${p.path ?? 'fichier'}\u00a0: ${p.issue}`
  },

  tagFile: {
    notJson: (p) => `pas du JSON valide (${p.detail})`,
    notAnObject: 'pas un fichier d’étiquettes Factmark (un objet JSON était attendu)',
    tooNew: (p) => `écrit par une version plus récente de Factmark (version de schéma ${p.version}\u00a0; cette version lit jusqu’à la ${p.known})`,
    duplicateId: (p) => `tags\u00a0: identifiant d’étiquette en double ${p.id}`,
    nestedTooDeep: (p) => `imbriqué sur plus de ${p.limit} niveaux`,
    startBeforeEnd: 'le début doit précéder la fin',

    cannotSave: (p) => `Ces étiquettes ne peuvent pas être enregistrées\u00a0: ${p.reason}.`,
    recoveredFromBackup: (p: DamagedFile & { backupPath: string; savedAt: string | null; restored: boolean }) =>
      `Votre fichier d’étiquettes était endommagé (${p.reason}). Il a été déplacé vers ${p.corruptPath} et vos étiquettes ont été ` +
      `restaurées depuis la sauvegarde${p.savedAt !== null ? ` du ${p.savedAt}` : ''} (${p.backupPath}). Les modifications faites après cette sauvegarde peuvent manquer.` +
      (p.restored ? '' : ' Elles seront réécrites dans le fichier d’étiquettes à l’enregistrement.'),
    damagedNoBackup: (p: DamagedFile) =>
      `Votre fichier d’étiquettes était endommagé (${p.reason}) et aucune sauvegarde n’a pu être lue. Il a été déplacé vers ` +
      `${p.corruptPath} pour que rien ne soit perdu\u00a0; vous repartez sans étiquette.`,
    damagedOnWrite: (p: DamagedFile) => `Le fichier d’étiquettes sur le disque était endommagé (${p.reason}). Il a été déplacé vers ${p.corruptPath}.`,
    readTooNew: (p) =>
      `Votre fichier d’étiquettes ${p.path} a été ${p.reason}. Il a été laissé tel quel\u00a0: mettez Factmark à jour pour voir et modifier ses étiquettes. D’ici là, les étiquettes que vous faites ici ne peuvent pas être enregistrées.`,
    readFailed: (p) => `Impossible de lire votre fichier d’étiquettes ${p.path}\u00a0: ${p.reason}. Le fichier a été laissé tel quel.`,
    saveTooNew: (p) =>
      `Vos étiquettes n’ont pas été enregistrées\u00a0: votre fichier d’étiquettes ${p.path} a été ${p.reason}, et cette version ne l’écrasera pas. Mettez Factmark à jour pour les enregistrer.`,
    saveFailed: (p) =>
      `Impossible d’enregistrer vos étiquettes dans ${p.path}\u00a0: ${p.reason}. Le fichier sur le disque a été laissé tel quel\u00a0; vos étiquettes restent ouvertes ici, vous pouvez corriger le problème et enregistrer de nouveau.`,
    changedOnDisk: (p) => `Votre fichier d’étiquettes «\u00a0${p.fileName}\u00a0» a été modifié par un autre programme depuis le dernier enregistrement de Factmark.`,

    folderUnlisted: (p) => `Le contenu du dossier ${p.folder} n’a pas pu être lu\u00a0: ${p.reason}.`,
    besideDamaged: (p) => `Le fichier d’étiquettes ${p.path} est endommagé (${p.reason})\u00a0; il a été laissé tel quel.`,
    besideEmpty: (p) => `Le fichier d’étiquettes ${p.path} ne contient aucune donnée d’étiquettes\u00a0; il a été laissé tel quel.`,
    besideTooNew: (p) => `Le fichier d’étiquettes ${p.path} est d’une version que ce Factmark ne connaît pas (${p.reason})\u00a0; il a été laissé tel quel.`,
    besideUnreadable: (p) => `Le fichier d’étiquettes ${p.path} n’a pas pu être lu\u00a0: ${p.reason}\u00a0; il a été laissé tel quel.`
  },

  settings: {
    unreadable: (p) => `Impossible de lire vos réglages (${p.path})\u00a0: ${p.reason}. Factmark utilise les réglages par défaut.`,
    saveFailed: (p) => `Impossible d’enregistrer vos réglages dans ${p.path}\u00a0: ${p.reason}.`,
    nameLength: 'Le nom doit compter entre 1 et 200 caractères.',
    organisationInvalid: 'Le nom de l’organisation ou l’adresse de son site est trop long pour être conservé.',
    badWindowBounds: 'Dimensions de fenêtre impossibles.',
    badLanguage: 'Langue inconnue.',
    recoveredFromBackup: (p: DamagedFile) =>
      `Votre fichier de réglages était endommagé (${p.reason}). Il a été déplacé vers ${p.corruptPath} et vos réglages ont été restaurés depuis une sauvegarde.`,
    damagedNoBackup: (p: DamagedFile) =>
      `Votre fichier de réglages était endommagé (${p.reason}). Il a été déplacé vers ${p.corruptPath} et Factmark utilise les réglages par défaut.`,
    damagedOnWrite: (p: DamagedFile) => `Votre fichier de réglages était endommagé (${p.reason}). Il a été déplacé vers ${p.corruptPath}.`
  },

  requests: {
    cancelled: 'Annulé.',
    documentClosed: 'Ce document n’est plus ouvert.',
    sampleUnavailable: (p) => `L’article d’exemple n’a pas pu être préparé (${p.reason}).`,
    notInRecent: 'Ce document n’est plus dans la liste des documents récents.',
    checkFailed: (p) => `Les fichiers n’ont pas pu être vérifiés (${p.reason}).`,
    cannotOpenItem: 'Cet élément ne peut pas être ouvert.',
    nameFirst: 'Saisissez votre nom avant d’étiqueter, pour que vos étiquettes puissent être enregistrées.',
    badLink: 'Seuls les liens web (http, https) et de courriel peuvent être ouverts.',
    onlyFiles: 'Seuls des fichiers peuvent être déposés ici.'
  },

  session: {
    reattached: (p) =>
      plural(p.count, {
        one: `${count(p.count)} étiquette a été rattachée parce que le texte de l’article a changé. Vérifiez-la dans la liste.`,
        many: `${count(p.count)} d’étiquettes ont été rattachées parce que le texte de l’article a changé. Vérifiez-les dans la liste.`,
        other: `${count(p.count)} étiquettes ont été rattachées parce que le texte de l’article a changé. Vérifiez-les dans la liste.`
      }),
    needReview: (p) =>
      plural(p.count, {
        one: `${count(p.count)} étiquette est à revoir\u00a0: son texte est introuvable dans l’article. Elle reste dans la liste avec l’ancienne citation.`,
        many: `${count(p.count)} d’étiquettes sont à revoir\u00a0: leur texte est introuvable dans l’article. Elles restent dans la liste avec l’ancienne citation.`,
        other: `${count(p.count)} étiquettes sont à revoir\u00a0: leur texte est introuvable dans l’article. Elles restent dans la liste avec l’ancienne citation.`
      }),
    recoveryOffer: (p) =>
      `Factmark a gardé ${counted(p.count, 'étiquette', 'étiquettes')} de cet article qui n’${p.count > 1 ? 'ont' : 'a'} pas pu être ${p.count > 1 ? 'enregistrées' : 'enregistrée'} (${dateTime(p.savedAt)}).`,
    restoreUnsaved: 'Restaurer les étiquettes non enregistrées',
    discardUnsaved: 'Les abandonner',
    conflict: (p) => `${p.message} Quelle version voulez-vous garder\u00a0?`,
    keepMine: 'Garder ma version',
    loadTheirs: 'Charger l’autre version',
    tagFileChanged: 'Votre fichier d’étiquettes a été modifié par un autre programme.',
    articleGone: (p) =>
      `Le fichier de l’article «\u00a0${p.fileName}\u00a0» a été déplacé ou supprimé. Vos étiquettes sont conservées et toujours enregistrées là où il se trouvait.`,
    articleChanged: (p) => `Le fichier de l’article «\u00a0${p.fileName}\u00a0» a été modifié par un autre programme.`,
    reloadArticle: 'Recharger l’article',
    keepThisVersion: 'Garder cette version',
    unsavedTitle: 'Vos dernières étiquettes ne sont pas enregistrées',
    openUnsaved:
      'Vos dernières étiquettes n’ont pas pu être enregistrées à côté de l’article. Factmark en garde une copie et vous la proposera quand vous rouvrirez cet article. Ouvrir quand même un autre article\u00a0?',
    openAnyway: 'Ouvrir quand même',
    closeUnsaved: 'Vos dernières étiquettes n’ont pas pu être enregistrées. Fermer quand même Factmark\u00a0? Les étiquettes non enregistrées seront perdues.',
    closeAnyway: 'Fermer quand même',
    switchUnsaved:
      'Vos dernières étiquettes n’ont pas pu être enregistrées à côté de l’article. Factmark en garde une copie et vous la proposera quand l’article se rouvrira dans la nouvelle langue. Changer quand même de langue\u00a0?',
    switchAnyway: 'Changer quand même'
  },

  hints: {
    saved: 'Enregistré.',
    selectFirst: (p) => `Sélectionnez d’abord du texte dans l’article, puis étiquetez-le comme ${p.kind.toLowerCase()}.`,
    blankSelection: 'Cette sélection ne contient que des espaces. Sélectionnez des mots à étiqueter.',
    duplicateTag: (p) => `Ce texte est déjà étiqueté comme ${p.kind.toLowerCase()}\u00a0: cette étiquette est sélectionnée.`,
    entityTypeKeys: (p) => `Type d’entité\u00a0? Appuyez sur ${p.keys}. Toute autre touche garde «\u00a0Autre\u00a0».`,
    followUpKey: (p) => `${p.key} ${p.label}`,
    followUpKeysSeparator: ' · ',
    selectClaimFirst: (p) => `Sélectionnez d’abord une affirmation (${p.nextTagKeys} va à l’étiquette suivante)\u00a0: les verdicts concernent les affirmations.`,
    selectTagFirst: (p) => `Sélectionnez d’abord une étiquette\u00a0: ${p.nextTagKeys} va à la suivante.`,
    editMode: 'Mode modification du texte\u00a0: vous pouvez corriger les coquilles. Les étiquettes suivent vos corrections\u00a0; le fichier de l’article lui-même n’est jamais modifié.',
    readMode: 'Mode lecture\u00a0: le texte est verrouillé, sélectionnez des mots pour les étiqueter.',
    mentionsTagged: (p) =>
      plural(p.count, {
        one: `${count(p.count)} mention de ${p.name} étiquetée.`,
        many: `${count(p.count)} de mentions de ${p.name} étiquetées.`,
        other: `${count(p.count)} mentions de ${p.name} étiquetées.`
      }),
    selectEntityFirst: 'Sélectionnez d’abord une étiquette d’entité\u00a0: ses autres mentions sont trouvées à partir de son nom.'
  },

  checkHints: {
    label: 'Pistes',
    showToggle: 'Afficher les pistes',
    listLabel: 'Pistes de vérification dans l’ordre du document',
    count: (p) => counted(p.count, 'piste', 'pistes'),
    computing: 'Recherche des chiffres, dates, citations et superlatifs…',
    noDocument: 'Ouvrez un article pour voir les pistes.',
    none: 'Aucune piste dans cet article.',
    noneHelp: 'Les pistes signalent les chiffres, les dates, les propos rapportés et leur auteur, les superlatifs et les comparaisons.',
    allHandled: (p) =>
      plural(p.dismissed, {
        one: `Plus aucune piste\u00a0: ${count(p.dismissed)} écartée, les autres étiquetées.`,
        many: `Plus aucune piste\u00a0: ${count(p.dismissed)} écartées, les autres étiquetées.`,
        other: `Plus aucune piste\u00a0: ${count(p.dismissed)} écartées, les autres étiquetées.`
      }),
    hidden: (p) => `Les pistes sont masquées. Appuyez sur ${p.keys} ou cochez «\u00a0Afficher les pistes\u00a0» pour les voir.`,
    accept: 'Accepter',
    acceptTitle: (p) => `Étiqueter comme ${p.kind.toLowerCase()} (${p.keys})`,
    dismiss: 'Écarter',
    dismissTitle: (p) => `Masquer cette piste pendant cette session (${p.keys})`,
    kinds: { figure: 'Chiffre', date: 'Date', quote: 'Citation', attribution: 'Attribution', superlative: 'Superlatif' } as Readonly<Record<HintKind, string>>,
    worthiness: { low: 'faible', medium: 'moyen', high: 'élevé' } as Readonly<Record<SuggestedWorthiness, string>>,
    worthinessLine: (p) => `Intérêt à vérifier\u00a0: ${p.level}`,
    reasons: {
      percentage: 'Un pourcentage\u00a0: vérifiez le chiffre et ce dont il est la part.',
      amount: 'Une quantité\u00a0: vérifiez le chiffre et sa source.',
      money: 'Une somme d’argent\u00a0: vérifiez le montant, la monnaie et la période.',
      'large-number': 'Un grand nombre\u00a0: vérifiez-le auprès de la source.',
      decimal: 'Un chiffre précis\u00a0: vérifiez-le auprès de la source.',
      number: 'Un nombre\u00a0: vérifiez-le s’il porte l’information.',
      'full-date': 'Une date\u00a0: vérifiez qu’elle est juste.',
      'day-month': 'Une date sans année\u00a0: vérifiez de quelle année il s’agit.',
      'month-year': 'Un mois\u00a0: vérifiez qu’il est juste.',
      'numeric-date': 'Une date\u00a0: vérifiez qu’elle est juste.',
      year: 'Une année en contexte\u00a0: vérifiez ce qui s’est passé alors.',
      quote: 'Des propos cités\u00a0: vérifiez qui les a tenus, et qu’ils l’ont bien été.',
      'according-to': 'Une attribution\u00a0: vérifiez la source qui se trouve derrière.',
      'speech-verb': 'Des propos rapportés\u00a0: vérifiez qui les a tenus.',
      superlative: 'Un superlatif\u00a0: vérifiez que rien d’autre n’est plus grand, plus petit ou plus important.',
      record: 'Un record ou une première\u00a0: comparez avec les chiffres antérieurs.',
      first: 'Une «\u00a0première\u00a0»\u00a0: vérifiez que cela ne s’est jamais produit avant.',
      never: 'Un absolu («\u00a0jamais\u00a0», «\u00a0toujours\u00a0»)\u00a0: vérifiez qu’il n’existe aucune exception.',
      comparison: 'Une comparaison\u00a0: vérifiez les deux termes.'
    } as Readonly<Record<HintReason, string>>,
    noHint: 'Aucune piste à traiter\u00a0: il n’en reste aucune dans cet article, ou les pistes sont masquées.',
    accepted: (p) => `Piste étiquetée comme ${p.kind.toLowerCase()}.`
  },

  ui: {
    cancel: 'Annuler',
    dropOverlay: 'Déposez un article (.txt, .md, .html) pour l’ouvrir',
    articleActions: 'Actions sur l’article',
    contextSubmenus: { 'entity-type': 'Étiqueter comme entité de type' },
    recentDocuments: 'Documents récents',
    noRecentYet: 'Aucun document récent pour l’instant.',
    editingBadge: 'Modification du texte',
    readingBadge: 'Lecture · texte verrouillé',
    sampleBadge: 'Article d’exemple',
    opening: 'Ouverture de l’article…',
    articleLabel: 'Article',
    find: {
      label: 'Rechercher dans l’article',
      noMatches: 'Aucun résultat',
      position: (p) => `${count(p.current)} sur ${count(p.count)}`,
      previous: 'Résultat précédent',
      next: 'Résultat suivant',
      close: 'Fermer la barre de recherche'
    },
    inspector: {
      label: 'Détails de l’étiquette',
      noneSelected: 'Aucune étiquette sélectionnée.',
      noneSelectedHelp: 'Cliquez sur un surlignage dans l’article ou sur une étiquette de la liste pour voir et modifier ses détails.',
      deleteTitle: 'Supprimer cette étiquette (Suppr)',
      deleteTag: 'Supprimer l’étiquette',
      needsReview: 'À revoir.',
      textDeleted: 'Le texte sur lequel portait cette étiquette a été supprimé.',
      textNotFound: 'Le texte de cette étiquette est introuvable dans l’article.',
      itsTextWas: (p) => `Son texte était\u00a0: «\u00a0${p.quote}\u00a0».`,
      attach: 'Rattacher au texte sélectionné',
      attachHelp: 'Sélectionnez d’abord les bons mots dans l’article, ou supprimez l’étiquette.',
      verdict: 'Verdict',
      status: 'Statut',
      url: 'URL',
      urlPlaceholder: 'https://…',
      openLinkTitle: 'Ouvrir dans votre navigateur',
      openLink: 'Ouvrir',
      badUrl: 'Saisissez une adresse web commençant par http:// ou https://.',
      sourceType: 'Type de source',
      entityType: 'Type d’entité',
      note: 'Note',
      notePlaceholder: 'Ce qu’il faut vérifier, ce que vous avez trouvé, liens vers les preuves…',
      mentionOf: (p) => `Mention de ${p.name}`,
      tagAllMentions: 'Étiqueter toutes les mentions…',
      taggedBy: (p) => `Étiqueté par ${p.name}, ${p.at}`,
      changedBy: (p) => `Modifié en dernier par ${p.name}, ${p.at}`
    },
    fields: {
      claimReviewed: 'Affirmation vérifiée',
      speaker: 'Auteur des propos',
      noSpeaker: 'Aucun auteur',
      claimDate: 'Date des propos',
      rationale: 'Justification',
      rationalePlaceholder: 'Pourquoi ce verdict\u00a0: ce que montrent les éléments…',
      checkWorthiness: 'Intérêt à vérifier',
      checkWorthinessLevels: labelsFr.checkWorthiness,
      publisher: 'Éditeur',
      publishedOn: 'Date de publication',
      accessedOn: 'Date de consultation',
      reliability: 'Fiabilité',
      reliabilityPlaceholder: 'Dans quelle mesure on peut se fier à cette source, et pourquoi…',
      canonicalName: 'Nom de référence',
      aliases: 'Autres noms',
      aliasPlaceholder: 'Ajouter un autre nom…',
      aliasChips: 'Les autres noms sous lesquels on la désigne',
      addAlias: 'Ajouter',
      removeAlias: (p) => `Retirer le nom «\u00a0${p.alias}\u00a0»`,
      noAliases: 'Aucun autre nom.',
      externalId: 'Identifiant externe',
      externalIdPlaceholder: 'p. ex. Q159 (Wikidata)',
      externalIdHint: 'Un identifiant Wikidata est un Q suivi de chiffres, p. ex. Q159. Les autres identifiants sont gardés tels que saisis.'
    },
    links: {
      sources: 'Sources',
      entities: 'Concerne',
      noSources: 'Aucune source liée pour l’instant.',
      noEntities: 'Aucune entité liée pour l’instant.',
      linkSource: 'Lier une source…',
      linkEntity: 'Lier une entité…',
      relation: 'Relation',
      relationOf: (p) => `Ce que «\u00a0${p.name}\u00a0» apporte à l’affirmation`,
      relations: labelsFr.relations,
      unlink: 'Retirer',
      show: (p) => `Afficher «\u00a0${p.name}\u00a0»`,
      go: 'Afficher',
      unlinkTitle: (p) => `Retirer le lien vers «\u00a0${p.name}\u00a0»`,
      missing: 'Étiquette manquante',
      missingTitle: 'Ce lien pointe vers une étiquette qui n’est plus dans le fichier d’étiquettes. Retirez le lien, ou annulez la suppression.',
      notInText: 'Absente du texte',
      speakerTag: 'Auteur des propos',
      pickerSourceLabel: 'Sources à lier',
      pickerEntityLabel: 'Entités à lier',
      pickerFilter: 'Filtrer',
      pickerFilterPlaceholder: 'Tapez pour filtrer, ↑↓ pour choisir, Entrée pour lier',
      pickerEmptySource: 'Aucune source à lier\u00a0: étiquetez-en une dans l’article, ou ajoutez-en une sous «\u00a0Sources absentes du texte\u00a0».',
      pickerEmptyEntity: 'Aucune entité à lier\u00a0: étiquetez-en d’abord une dans l’article.',
      pickerNoMatch: 'Aucun résultat.',
      pickerClose: 'Fermer',
      pickInArticle: 'Choisir dans l’article',
      pickSourceHint: 'Cliquez sur le surlignage d’une source dans l’article pour la lier. Échap annule.',
      pickEntityHint: 'Cliquez sur le surlignage d’une entité dans l’article pour la lier. Échap annule.',
      picking: 'Cliquez sur un surlignage dans l’article pour le lier. Échap annule.',
      cancelPick: 'Annuler',
      claimsResting: 'Affirmations qui s’appuient sur cette source',
      claimsAbout: 'Affirmations qui concernent cette entité',
      speakerOf: 'Propos qu’elle a tenus (auteur)',
      noClaims: 'Aucune affirmation n’y est liée pour l’instant.',
      confirmDeleteTitle: (p) => `Supprimer «\u00a0${p.name}\u00a0»\u00a0?`,
      confirmDeleteMessage: (p) =>
        plural(p.count, {
          one: `Une autre étiquette y est liée. La supprimer retire aussi ce lien. Annuler (${p.undoKeys}) rétablit les deux.`,
          many: `D’autres étiquettes y sont liées ${count(p.count)} fois. La supprimer retire aussi ces ${count(p.count)} liens. Annuler (${p.undoKeys}) rétablit le tout.`,
          other: `D’autres étiquettes y sont liées ${count(p.count)} fois. La supprimer retire aussi ces ${count(p.count)} liens. Annuler (${p.undoKeys}) rétablit le tout.`
        }),
      confirmDelete: 'Supprimer avec ses liens'
    },
    outside: {
      title: 'Sources absentes du texte',
      show: 'Afficher',
      hide: 'Masquer',
      help: 'Rapports, jeux de données, entretiens\u00a0: les sources sur lesquelles s’appuie une affirmation et que l’article ne cite pas.',
      newTitle: 'Titre d’une nouvelle source',
      newTitlePlaceholder: 'p. ex. rapport de l’Insee, 2024',
      add: 'Ajouter',
      none: 'Aucune pour l’instant.',
      titleField: 'Titre',
      edit: (p) => `Modifier «\u00a0${p.title}\u00a0»`,
      done: 'Terminé',
      delete: 'Supprimer la source',
      usedBy: (p) => (p.count === 0 ? 'non liée' : counted(p.count, 'lien', 'liens'))
    },
    tagList: {
      label: 'Étiquettes',
      filterLabel: 'Afficher les étiquettes de type',
      filters: { all: 'Toutes', claim: 'Affirmations', source: 'Sources', entity: 'Entités' } as Readonly<Record<TagKind | 'all', string>>,
      empty: 'Aucune étiquette pour l’instant.',
      emptyHelp: (p): RichText => [
        'Sélectionnez des mots dans l’article, puis choisissez ',
        { em: kinds.claim },
        ` (${p.claimKeys}), `,
        { em: kinds.source },
        ` (${p.sourceKeys}) ou `,
        { em: kinds.entity },
        ` (${p.entityKeys}).`
      ],
      noneOfKind: (p) => `Aucune étiquette de type «\u00a0${p.filter}\u00a0» pour l’instant. Choisissez «\u00a0Toutes\u00a0» pour voir toutes les étiquettes.`,
      listLabel: 'Étiquettes dans l’ordre du document',
      needsReview: '⚠ À revoir'
    },
    sidebarTabs: { label: 'Panneau latéral', tags: 'Étiquettes', entities: 'Entités', hints: 'Pistes' },
    entities: {
      label: 'Entités',
      listLabel: 'Entités avec leur nombre de mentions',
      empty: 'Aucune entité pour l’instant.',
      emptyHelp: 'Étiquetez un nom comme entité, puis utilisez «\u00a0Étiqueter toutes les mentions\u00a0» pour rassembler ici ses autres mentions.',
      mentions: (p) => counted(p.count, 'mention', 'mentions'),
      position: (p) => `${count(p.current)} sur ${count(p.count)}`,
      stepTitle: 'Cliquez ou appuyez sur Entrée pour aller à sa mention suivante dans l’article'
    },
    mentions: {
      title: (p) => `Étiqueter toutes les mentions de «\u00a0${p.name}\u00a0»`,
      found: (p) =>
        plural(p.count, {
          one: `${count(p.count)} autre mention trouvée. Décochez-la si ce n’est pas cette entité.`,
          many: `${count(p.count)} d’autres mentions trouvées. Décochez celles qui ne sont pas cette entité.`,
          other: `${count(p.count)} autres mentions trouvées. Décochez celles qui ne sont pas cette entité.`
        }),
      none: 'Aucune autre mention trouvée.',
      noneHelp: 'Son nom, son nom de référence et ses autres noms n’apparaissent nulle part ailleurs dans l’article sans cette étiquette.',
      listLabel: 'Mentions trouvées',
      ellipsis: '…',
      all: 'Tout cocher',
      nothing: 'Tout décocher',
      confirm: (p) => `Étiqueter ${counted(p.count, 'mention', 'mentions')}`,
      close: 'Fermer'
    },
    notices: {
      dismiss: 'Fermer',
      saveFailed: (p) => `Vos étiquettes n’ont pas pu être enregistrées\u00a0: ${p.message} Elles sont gardées en mémoire et l’enregistrement est retenté.`
    },
    propertiesDialog: {
      title: 'Propriétés du document',
      explanation: 'Ce que les rapports et ClaimReview disent de l’article et de votre vérification. Elles sont enregistrées avec les étiquettes.',
      articleGroup: 'L’article',
      reviewGroup: 'La vérification',
      labels: {
        headline: 'Titre',
        url: 'URL de l’article',
        publisher: 'Éditeur',
        author: 'Auteur',
        datePublished: 'Date de publication',
        language: 'Langue',
        reviewUrl: 'URL de la vérification',
        organisation: 'Organisation de vérification',
        organisationUrl: 'Site de l’organisation'
      },
      languageOptions: { none: 'Non précisée', fr: 'Français', en: 'Anglais', other: 'Autre…' },
      otherLanguage: 'Code de langue (BCP 47)',
      hints: {
        datePublished: 'AAAA-MM-JJ, ou une date et une heure comme 2023-07-27T08:30+02:00',
        otherLanguage: 'Par exemple de, es, pt-BR',
        organisation: 'Retenue pour vos prochains articles'
      },
      errors: {
        tooLong: (p) => `Trop long\u00a0: ${p.max.toLocaleString('fr')} caractères au plus.`,
        date: 'Écrivez la date sous la forme AAAA-MM-JJ, ou une date et une heure avec leur décalage (2023-07-27T08:30+02:00).',
        language: 'Écrivez un code de langue comme fr, en ou pt-BR.',
        url: 'Écrivez une adresse web complète commençant par https:// ou http://.'
      },
      save: 'Enregistrer les propriétés',
      settingsNotSaved: (p) => `Les propriétés ont été enregistrées avec les étiquettes, mais l’organisation n’a pas pu être retenue\u00a0: ${p.reason}`
    },
    nameDialog: {
      empty: 'Saisissez votre nom\u00a0: il est enregistré avec chaque étiquette que vous faites.',
      welcome: 'Bienvenue dans Factmark',
      change: 'Changer votre nom',
      explanation:
        'Votre nom est enregistré avec chaque étiquette que vous faites, pour que les collègues qui relisent l’article sachent qui a vérifié quoi. Il reste sur cet ordinateur et dans les fichiers d’étiquettes à côté de vos articles.',
      label: 'Votre nom',
      start: 'Commencer à étiqueter',
      save: 'Enregistrer le nom'
    },
    save: {
      allSaved: 'Toutes les modifications sont enregistrées',
      nothingToSave: 'Aucune modification non enregistrée',
      pending: 'Modifications non enregistrées',
      saving: 'Enregistrement…',
      failed: 'Non enregistré'
    },
    toolbar: {
      label: 'Document et étiquetage',
      tagGroup: 'Étiqueter la sélection',
      titleWithShortcut: (p) => `${p.title} (${p.shortcut})`
    },
    statusBar: {
      changeName: 'Changer votre nom',
      taggingAs: (p): RichText => ['Étiquetage par ', { strong: p.name }]
    }
  },

  update: {
    banner: (p) =>
      [
        plural(p.reattached, {
          one: `${count(p.reattached)} étiquette rattachée`,
          many: `${count(p.reattached)} d’étiquettes rattachées`,
          other: `${count(p.reattached)} étiquettes rattachées`
        }),
        p.changed > 0 ? plural(p.changed, { one: `${count(p.changed)} modifiée`, many: `${count(p.changed)} modifiées`, other: `${count(p.changed)} modifiées` }) : null,
        p.review > 0 ? `${count(p.review)} à revoir` : null
      ]
        .filter((part) => part !== null)
        .join(', ') +
      (p.changed + p.review > 0
        ? '. L’article a changé depuis l’enregistrement des étiquettes\u00a0: vérifiez-les.'
        : '. L’article a changé depuis l’enregistrement des étiquettes.'),
    showToCheck: 'Afficher les étiquettes à vérifier',
    marks: { moved: '↪ Déplacée', changed: '≠ Texte modifié', review: '⚠ À revoir', earlier: '⟲ Évaluée sur une version antérieure' },
    filters: {
      label: 'Filtrer les étiquettes',
      checkAfterUpdate: 'À vérifier après la mise à jour',
      text: 'Rechercher dans les étiquettes',
      textPlaceholder: 'La citation ou la note contient…',
      verdict: 'Verdict',
      claimStatus: 'Statut de l’affirmation',
      author: 'Auteur',
      links: 'Liens',
      any: 'Tous',
      withLinks: 'Avec des liens',
      withoutLinks: 'Sans lien',
      needsReview: 'À revoir',
      clear: 'Effacer les filtres',
      more: 'Plus de filtres',
      shown: (p) => `${count(p.shown)} étiquette${p.shown > 1 ? 's' : ''} affichée${p.shown > 1 ? 's' : ''} sur ${count(p.total)}`,
      noneMatch: 'Aucune étiquette ne correspond à ces filtres.'
    },
    changeBox: {
      label: 'Texte modifié',
      textChanged: 'Le texte de cette étiquette a changé lors d’une mise à jour de l’article.',
      detected: (p) => `Constaté le ${p.at}.`,
      oldText: 'Ancien texte',
      newText: 'Nouveau texte',
      diffLabel: 'Modifications\u00a0: mots supprimés barrés, mots ajoutés soulignés',
      removed: 'supprimé',
      added: 'ajouté',
      ratedEarlier: 'Évaluée sur une version antérieure',
      ratedEarlierHelp: (p) => `Le verdict «\u00a0${p.verdict}\u00a0» a été donné sur l’ancien texte. Confirmez-le pour le nouveau texte, ou évaluez de nouveau l’affirmation.`,
      confirmVerdict: 'Confirmer le verdict',
      reRate: 'Réévaluer',
      confirmText: 'Confirmer le nouveau texte',
      moved: 'Cette étiquette a été retrouvée à un autre endroit de l’article mis à jour.'
    },
    versions: {
      title: 'Versions de l’article',
      intro: 'Chaque fois que le fichier de l’article a changé sous vos étiquettes, Factmark les a rattachées et l’a noté ici.',
      none: 'Aucun changement de l’article n’a été noté\u00a0: vos étiquettes ont été faites sur cette version.',
      current: 'actuelle',
      columns: { date: 'Rattachement', from: 'De', to: 'À', counts: 'Étiquettes' },
      counts: (p) =>
        `${count(p.attached)} en place, ${count(p.moved)} déplacée${p.moved > 1 ? 's' : ''}, ${count(p.changed)} modifiée${p.changed > 1 ? 's' : ''}, ${count(p.needsReview)} à revoir`,
      close: 'Fermer'
    }
  },

  cli: cliFr
}
