/**
 * The English catalogue: every sentence, label and phrase Factmark shows, in one place. It is the
 * reference: its shape is the type of every catalogue (see index.ts), so a French catalogue that
 * misses a message, or gives one the wrong parameters, does not type-check.
 *
 * A message is a string, or a function of a parameter object for what it names (a file, a count,
 * a reason). Counts choose their words with {@link plural} (Intl.PluralRules of this locale);
 * sizes and the command line's counts are written with Intl.NumberFormat, dates and times with
 * Intl.DateTimeFormat in the user's regional conventions. Phrases in lower case without a full
 * stop are reasons that complete another message ("Could not save your tags to …: <reason>.").
 * File contents and names quoted in a message have been made printable by the caller.
 */
import type { CommandId } from '../commands'
import type { HintKind, HintReason, SuggestedWorthiness } from '../hints/findHints'
import type { TagKind } from '../model/tag'
import { formatsEn } from './formats.en'
import { labelsEn } from './labels.en'
import { dateTimeFormatFor, numberFormatFor, pluralFor } from './locale'
import type { RichText } from './rich'

/** British English: the spelling of the app's words, and the command line's digit grouping. */
const LOCALE = 'en-GB'

/** English has two plural categories. */
const plural = pluralFor<'one' | 'other'>(LOCALE)
/** Counts as the command line prints them: "2,049". */
const count = numberFormatFor(LOCALE)
/** Sizes in MB with one decimal always: "20.5", "21.0". */
const oneDecimal = numberFormatFor(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false })
/** Sizes in MB with one decimal when it is not 0: "20", "20.5". */
const upToOneDecimal = numberFormatFor(LOCALE, { maximumFractionDigits: 1, useGrouping: false })
/** Dates and times in the user's own regional conventions, as the app always showed them. */
const dateTime = dateTimeFormatFor(undefined)

/** The words of one command (shared/commands.ts holds its keys and places). `&` marks the menu mnemonic. */
export interface CommandTexts {
  /** In menus and the shortcut sheet. */
  readonly label: string
  /** What it does, in a few words: the shortcut sheet and README say this. */
  readonly description: string
  /** Its toolbar button: label, tooltip (the shortcut is added in brackets), label while on. */
  readonly toolbar?: { readonly label: string; readonly title?: string; readonly pressedLabel?: string }
  /** Its label in the article's context menu, when not the menu label. */
  readonly contextLabel?: string
}

/** Tag as Entity of one type: its label, and its item in the context menu's Entity type submenu. */
function entityTypeWords(type: string): CommandTexts {
  return {
    label: `Tag as Entity: ${type}`,
    description: `Give the Entity just tagged the type ${type}`,
    contextLabel: type
  }
}

/** Set the selected claim's verdict to `verdict`. */
function verdictWords(verdict: string): CommandTexts {
  return { label: `Verdict: ${verdict}`, description: `Give the selected Claim the verdict ${verdict}` }
}

const commands: Readonly<Record<CommandId, CommandTexts>> = {
  open: { label: '&Open…', description: 'Open an article', toolbar: { label: 'Open…', title: 'Open an article' } },
  'open-recent': { label: 'Open &Recent', description: 'Open a document you opened before', toolbar: { label: 'Recent ▾' } },
  save: { label: '&Save', description: 'Save now (saving also happens on its own)' },
  undo: { label: '&Undo', description: 'Undo the last change (tags and text edits alike)', toolbar: { label: 'Undo', title: 'Undo' } },
  redo: { label: '&Redo', description: 'Redo what was undone', toolbar: { label: 'Redo', title: 'Redo' } },
  find: { label: '&Find…', description: 'Find in the article', toolbar: { label: 'Find', title: 'Find' } },
  'toggle-edit': {
    label: '&Edit text',
    description: 'Switch between reading (text locked) and Edit text',
    toolbar: { label: 'Edit text', title: 'Allow fixing typos in the text', pressedLabel: 'Editing text' }
  },
  'tag-claim': {
    label: 'Tag as &Claim',
    description: 'Tag the selection as a Claim',
    toolbar: { label: 'Claim', title: 'Tag the selected text as Claim' }
  },
  'tag-source': {
    label: 'Tag as &Source',
    description: 'Tag the selection as a Source',
    toolbar: { label: 'Source', title: 'Tag the selected text as Source' }
  },
  'tag-entity': {
    label: 'Tag as &Entity',
    description: 'Tag the selection as an Entity',
    toolbar: { label: 'Entity', title: 'Tag the selected text as Entity' }
  },
  'tag-entity-person': entityTypeWords('Person'),
  'tag-entity-organisation': entityTypeWords('Organisation'),
  'tag-entity-place': entityTypeWords('Place'),
  'tag-entity-date': entityTypeWords('Date'),
  'tag-entity-event': entityTypeWords('Event'),
  'tag-entity-other': entityTypeWords('Other'),
  'select-tag': { label: 'Select this tag', description: 'Select the tag under the pointer' },
  'tag-mentions': {
    label: 'Tag All &Mentions…',
    description: 'Find the other mentions of the selected entity and tag the ones you confirm',
    contextLabel: 'Tag all mentions…'
  },
  'delete-tag': {
    label: '&Delete tag',
    description: 'Delete the selected tag (in reading mode, or in the tag list)',
    contextLabel: 'Delete this tag'
  },
  'next-tag': { label: '&Next tag', description: 'Select the next tag in the article and scroll to it' },
  'previous-tag': { label: '&Previous tag', description: 'Select the previous tag in the article and scroll to it' },
  'open-inspector': { label: 'Edit tag de&tails', description: 'Move the keyboard into the selected tag’s details' },
  'verdict-not-rated': verdictWords('Not rated'),
  'verdict-true': verdictWords('True'),
  'verdict-mostly-true': verdictWords('Mostly true'),
  'verdict-mixed': verdictWords('Mixed'),
  'verdict-mostly-false': verdictWords('Mostly false'),
  'verdict-false': verdictWords('False'),
  'verdict-unverifiable': verdictWords('Unverifiable'),
  'next-hint': { label: 'Next &hint', description: 'Go to the next check-worthiness hint' },
  'previous-hint': { label: 'Previous hint', description: 'Go to the previous check-worthiness hint' },
  'accept-hint': { label: '&Accept hint', description: 'Tag the current hint (a claim with its suggested check-worthiness)' },
  'dismiss-hint': { label: 'Dis&miss hint', description: 'Hide the current hint for this session' },
  'toggle-hints': { label: 'Show &hints', description: 'Show or hide check-worthiness hints' },
  copy: { label: '&Copy', description: 'Copy the selected text' },
  'show-shortcuts': {
    label: 'Keyboard &Shortcuts',
    description: 'Show this list of shortcuts',
    toolbar: { label: 'Shortcuts', title: 'Keyboard shortcuts' }
  },
  'show-versions': { label: 'Article &Versions', description: 'List the versions of the article the tags were re-attached to' },
  export: { label: '&Export…', description: 'Export a report (Markdown, HTML, PDF), ClaimReview, W3C, brat or CSV' },
  'import-annotations': { label: '&Import Annotations…', description: 'Add tags from a W3C Web Annotation, brat or Hypothesis file' },
  'document-properties': {
    label: 'Document &Properties…',
    description: 'Edit what the report says of the article and of the fact-check: headline, URL, publisher, author, date, language, organisation'
  },
  // Each language by its own name, in every catalogue.
  'language-system': { label: '&System language', description: 'Show Factmark in the system’s language' },
  'language-en': { label: '&English', description: 'Show Factmark in English' },
  'language-fr': { label: '&Français', description: 'Show Factmark in French' }
}

const { kinds, verdicts, claimStatuses, sourceTypes, entityTypes } = labelsEn

/** What a binary file looks like, by its signature; completes "it looks like …". */
export type BinaryKind = 'pdf' | 'zip-or-office' | 'zip' | 'png' | 'jpeg' | 'gif' | 'old-office' | 'gzip' | 'program'

const binaryKinds: Readonly<Record<BinaryKind, string>> = {
  pdf: 'a PDF document',
  'zip-or-office': 'a ZIP archive or an office document (.docx, .odt, …)',
  zip: 'a ZIP archive',
  png: 'a PNG image',
  jpeg: 'a JPEG image',
  gif: 'a GIF image',
  'old-office': 'an old Word or Office document (.doc, .xls)',
  gzip: 'a compressed (gzip) file',
  program: 'a program'
}

/** Why a file operation failed, as a short phrase (see explainFileError in main). */
export type FileErrorReason =
  | 'no-space'
  | 'quota'
  | 'permission'
  | 'read-only'
  | 'locked'
  | 'folder-gone'
  | 'not-a-folder'
  | 'folder-in-place'
  | 'too-many-open'
  | 'io'
  | 'too-large'
  | 'name-too-long'

const fileErrors: Readonly<Record<FileErrorReason, string>> = {
  'no-space': 'there is no space left on the disk',
  quota: 'your disk quota is full',
  permission: 'permission was denied',
  'read-only': 'the folder is read-only',
  locked: 'the file is locked by another program',
  'folder-gone': 'the folder no longer exists',
  'not-a-folder': 'part of the path is not a folder',
  'folder-in-place': 'there is a folder where the file should be',
  'too-many-open': 'too many files are open',
  io: 'the disk reported a read/write error',
  'too-large': 'the file would be too large',
  'name-too-long': 'the file name is too long'
}

/** How a damaged file (settings or tags) was dealt with on reading or writing. */
interface DamagedFile {
  readonly reason: string
  readonly corruptPath: string
}

const UTF8_FIX = 'open it in a text editor, save it again with the UTF-8 encoding, and open the new file.'

export const en = {
  locale: LOCALE,

  /** Helpers every catalogue provides, for messages that other modules compose. */
  format: {
    dateTime,
    count
  },

  app: {
    name: 'Factmark',
    /** The window title: the document's name, with a dot while something is unsaved. */
    windowTitle: (p: { fileName: string | null; unsaved: boolean }) =>
      p.fileName !== null ? `${p.unsaved ? '● ' : ''}${p.fileName} — Factmark` : 'Factmark',
    startFailed: 'Factmark could not start',
    openDialogTitle: 'Open an article',
    openDialogArticles: 'Articles',
    openDialogAllFiles: 'All files'
  },

  /** The native menu's own words (commands bring theirs from `commands`). */
  menu: {
    file: '&File',
    edit: '&Edit',
    tag: '&Tag',
    view: '&View',
    help: '&Help',
    about: (p: { appName: string }) => `About ${p.appName}`,
    noRecent: 'No recent documents',
    /** View ▸ Language, the submenu of the language commands. */
    language: '&Language',
    /** Electron's own items (roles), labelled so they follow the app's language. */
    roles: {
      quit: '&Quit',
      cut: 'Cu&t',
      copy: '&Copy',
      paste: '&Paste',
      selectAll: 'Select &All',
      zoomIn: 'Zoom In',
      zoomOut: 'Zoom Out',
      resetZoom: 'Actual Size',
      togglefullscreen: 'Toggle Full Screen',
      toggleDevTools: 'Toggle Developer Tools'
    }
  },

  commands,

  shortcuts: {
    /** Joins a command's keys: "Ctrl+Shift+Z or Ctrl+Y". */
    alternativesSeparator: ' or ',
    /** A key pressed right after another shortcut: "Ctrl+3 then P". */
    followUp: (p: { first: string; then: string }) => `${p.first} then ${p.then}`,
    /** Keys that belong to the article, the tag list or the find bar rather than to a command. */
    editorKeys: [
      { keys: 'Backspace', description: 'Delete the selected tag, like Delete (in reading mode, or in the tag list)' },
      { keys: 'Enter / Shift+Enter in the find bar', description: 'Next / previous match' },
      { keys: 'Esc', description: 'Close the find bar, a menu or a dialog' },
      { keys: '↑ / ↓ in the tag list', description: 'Select the previous / next tag' },
      { keys: '↑ / ↓, Enter in the Entities tab', description: 'Choose an entity / go to its next mention in the article' },
      { keys: '← / → on the sidebar’s tabs', description: 'Switch between the tag list and the entities' },
      { keys: 'Shift+arrows', description: 'Extend the selection from the caret' }
    ] as readonly { readonly keys: string; readonly description: string }[],
    sheetTitle: 'Keyboard shortcuts',
    commandsCaption: 'Commands',
    editorKeysHeading: 'In the article, the tag list and the find bar',
    editorKeysCaption: 'Keys of the article, the tag list and the find bar',
    close: 'Close'
  },

  /** Labels of the tag model's values. */
  /** Exports, imports and reports (formats.en.ts). */
  formats: formatsEn,

  model: {
    kinds,
    verdicts,
    claimStatuses,
    sourceTypes,
    entityTypes,
    /** A claim's one-line status in lists. */
    claimStatusLine: (p: { verdict: string; status: string }) => `${p.verdict} · ${p.status}`
  },

  /** Reading an article file (main and the command line) and turning it into a document. */
  article: {
    notFound: (p: { fileName: string }) => `“${p.fileName}” was not found. It may have been moved or deleted.`,
    pathNotFolder: (p: { fileName: string }) => `“${p.fileName}” was not found: part of its path is not a folder.`,
    linkLoop: (p: { fileName: string }) => `“${p.fileName}” cannot be opened: it is a link that leads round in a loop.`,
    pathTooLong: (p: { fileName: string }) => `“${p.fileName}” cannot be opened: its name or path is too long for the system.`,
    permissionDenied: (p: { fileName: string }) => `Factmark is not allowed to read “${p.fileName}” (permission denied).`,
    isFolder: (p: { fileName: string }) => `“${p.fileName}” is a folder, not an article file.`,
    readFailed: (p: { fileName: string; reason: string }) => `“${p.fileName}” could not be read (${p.reason}).`,
    nulInPath: (p: { fileName: string }) =>
      `“${p.fileName}” cannot be opened: its path holds a NUL character, which no file name can hold.`,
    unsupportedType: (p: { fileName: string }) =>
      `“${p.fileName}” is not an article Factmark can open. Open a text (.txt), Markdown (.md) or web page (.html) file.`,
    notRegularFile: (p: { fileName: string }) => `“${p.fileName}” is not a regular file.`,
    /** `sizeMb` is rounded up to a tenth by the caller, so a file just over the limit never reads as equal to it. */
    tooLarge: (p: { fileName: string; sizeMb: number; limitMb: number }) =>
      `“${p.fileName}” is too large to open (${oneDecimal(p.sizeMb)} MB; the limit is ${p.limitMb} MB).`,
    /** A file that was read but cannot be shown, with the sentence that says why. */
    cannotOpen: (p: { fileName: string; reason: string }) => `“${p.fileName}” cannot be opened. ${p.reason}`,
    /** The command line's form of the same, naming the file before the reason. */
    fileSays: (p: { fileName: string; message: string }) => `“${p.fileName}”: ${p.message}`,

    /** Decoding the bytes (shared/article/decodeText.ts); sizes are rounded to a tenth by the caller. */
    decode: {
      empty: 'This file is empty: it has no text to read.',
      tooLarge: (p: { sizeMb: number; limitMb: number }) =>
        `This file is too large to open: it is ${upToOneDecimal(p.sizeMb)} MB and the limit is ${upToOneDecimal(p.limitMb)} MB.`,
      otherUnicode: (p: { encoding: string }) =>
        `This file is saved as ${p.encoding} text, which Factmark does not read. Open it in a text editor, save it again with the UTF-8 encoding, and open the new file.`,
      looksLike: (p: { kind: BinaryKind }) => `This file is not text: it looks like ${binaryKinds[p.kind]}.`,
      looksUtf16:
        'This file seems to be saved as UTF-16 text, which Factmark does not read. Open it in a text editor, save it again with the UTF-8 encoding, and open the new file.',
      nulBytes: 'This file is not text: it contains binary data (NUL bytes).',
      controlCharacters: 'This file is not text: it contains too many control characters to be an article.',
      /** `at` is where the first invalid byte is (0-based byte offset, 1-based line), when known. */
      notUtf8: (p: { at: { offset: number; line: number } | null }) =>
        `This file is not valid UTF-8 text${p.at ? ` (the first invalid byte is at byte offset ${p.at.offset}, line ${p.at.line})` : ''}. ` +
        `It may have been saved as Latin-1 or Windows-1252: ${UTF8_FIX}`,
      blankOnly: 'This file has no readable text: it contains only blank space.'
    },

    /** Importing the text (shared/article/loadArticle.ts). */
    /** The importer failed; `formatName` is one of `formatNames`, or null for an unknown format. */
    importFailed: (p: { formatName: string | null; reason: string | null }) =>
      `Factmark could not read this file as ${p.formatName ?? 'an article'}${p.reason ? ` (${p.reason})` : ''}.`,
    formatNames: { txt: 'plain text', md: 'Markdown', html: 'HTML' } as Readonly<Record<'txt' | 'md' | 'html', string>>,
    noReadableText: 'This file has no readable text.',

    /** Text corrections kept in a tag file (shared/article/correctedText.ts). */
    correctionsStale:
      'The article file has changed since you corrected its text in Factmark. Your corrections were set aside and your tags re-attached to the new text.',
    correctionsDamaged: 'Your text corrections could not be read and were set aside; the article is shown as in the file.'
  },

  /** Why a file operation failed, and why a JSON file read from disk was judged damaged. */
  files: {
    errors: fileErrors,
    tooLarge: (p: { sizeMiB: number; limitMiB: number }) =>
      `the file is too large (${oneDecimal(p.sizeMiB)} MiB; the limit is ${oneDecimal(p.limitMiB)} MiB)`,
    notUtf8: 'the file is not UTF-8 text',
    empty: 'the file is empty',
    notJson: (p: { detail: string }) => `the file is not valid JSON (${p.detail})`,
    isFolder: (p: { path: string }) => `${p.path} is a folder, not a file`,
    notRegularFile: (p: { path: string }) => `${p.path} is not a regular file`,
    refuseNotJson: 'refusing to write: the data is not JSON',
    refuseTooLarge: 'refusing to write: the file would be too large to read back',
    refuseInvalid: (p: { reason: string }) => `refusing to write invalid data (${p.reason})`,
    /** A validation issue of a stored file: where in it (a dotted path), and what is wrong. */
    issueAt: (p: { path: string | null; issue: string }) => `${p.path ?? 'file'}: ${p.issue}`
  },

  /** A tag file (sidecar): validation, loading and saving, and colleagues' files read beside the article. */
  tagFile: {
    notJson: (p: { detail: string }) => `not valid JSON (${p.detail})`,
    notAnObject: 'not a Factmark sidecar (expected a JSON object)',
    tooNew: (p: { version: number; known: number }) =>
      `written by a newer version of Factmark (schema version ${p.version}; this version reads up to ${p.known})`,
    duplicateId: (p: { id: string }) => `tags: duplicate tag id ${p.id}`,
    nestedTooDeep: (p: { limit: number }) => `nested more than ${p.limit} levels deep`,
    startBeforeEnd: 'start must be before end',

    cannotSave: (p: { reason: string }) => `These tags cannot be saved: ${p.reason}.`,
    recoveredFromBackup: (p: DamagedFile & { backupPath: string; savedAt: string | null; restored: boolean }) =>
      `Your tags file was damaged (${p.reason}). It was moved to ${p.corruptPath} and your tags were ` +
      `restored from the backup${p.savedAt !== null ? ` saved at ${p.savedAt}` : ''} (${p.backupPath}). Changes made after that backup may be missing.` +
      (p.restored ? '' : ' They will be written back to the tags file when you save.'),
    damagedNoBackup: (p: DamagedFile) =>
      `Your tags file was damaged (${p.reason}) and no backup of it could be read. It was moved to ` +
      `${p.corruptPath} so that nothing is lost; you are starting with no tags.`,
    damagedOnWrite: (p: DamagedFile) => `The tags file on disk was damaged (${p.reason}). It was moved to ${p.corruptPath}.`,
    /** `reason` completes "was …" (a tooNew phrase). */
    readTooNew: (p: { path: string; reason: string }) =>
      `Your tag file ${p.path} was ${p.reason}. It was left as it is: update Factmark to see and change the tags in it. Until then, tags you make here cannot be saved.`,
    readFailed: (p: { path: string; reason: string }) => `Could not read your tags file ${p.path}: ${p.reason}. The file was left as it is.`,
    saveTooNew: (p: { path: string; reason: string }) =>
      `Your tags were not saved: your tag file ${p.path} was ${p.reason}, and this version will not overwrite it. Update Factmark to save them.`,
    saveFailed: (p: { path: string; reason: string }) =>
      `Could not save your tags to ${p.path}: ${p.reason}. The file on disk was left as it was; your tags are still open here, so you can fix the problem and save again.`,
    changedOnDisk: (p: { fileName: string }) =>
      `Your tag file “${p.fileName}” was changed by another program since Factmark last saved it.`,

    folderUnlisted: (p: { folder: string; reason: string }) => `The folder ${p.folder} could not be listed: ${p.reason}.`,
    besideDamaged: (p: { path: string; reason: string }) => `The tag file ${p.path} is damaged (${p.reason}); it was left as it is.`,
    besideEmpty: (p: { path: string }) => `The tag file ${p.path} holds no tags data; it was left as it is.`,
    besideTooNew: (p: { path: string; reason: string }) =>
      `The tag file ${p.path} is of a version this Factmark does not know (${p.reason}); it was left as it is.`,
    besideUnreadable: (p: { path: string; reason: string }) => `The tag file ${p.path} could not be read: ${p.reason}; it was left as it is.`
  },

  settings: {
    unreadable: (p: { path: string; reason: string }) =>
      `Could not read your settings (${p.path}): ${p.reason}. Factmark is using default settings.`,
    saveFailed: (p: { path: string; reason: string }) => `Could not save your settings to ${p.path}: ${p.reason}.`,
    nameLength: 'The name must have between 1 and 200 characters.',
    organisationInvalid: 'The organisation’s name or website address is too long to keep.',
    badWindowBounds: 'Impossible window bounds.',
    badLanguage: 'Unknown language.',
    recoveredFromBackup: (p: DamagedFile) =>
      `Your settings file was damaged (${p.reason}). It was moved to ${p.corruptPath} and your settings were restored from a backup.`,
    damagedNoBackup: (p: DamagedFile) =>
      `Your settings file was damaged (${p.reason}). It was moved to ${p.corruptPath} and Factmark is using default settings.`,
    damagedOnWrite: (p: DamagedFile) => `Your settings file was damaged (${p.reason}). It was moved to ${p.corruptPath}.`
  },

  /** Refusals of main's handlers and the preload. */
  requests: {
    cancelled: 'Cancelled.',
    documentClosed: 'This document is no longer open.',
    sampleUnavailable: (p: { reason: string }) => `The sample article could not be prepared (${p.reason}).`,
    notInRecent: 'That document is no longer in the recent list.',
    checkFailed: (p: { reason: string }) => `The files could not be checked (${p.reason}).`,
    cannotOpenItem: 'That item cannot be opened.',
    nameFirst: 'Enter your name before tagging, so your tags can be saved.',
    badLink: 'Only web (http, https) and e-mail links can be opened.',
    onlyFiles: 'Only files can be dropped here.'
  },

  /** The open document: notices and decisions of the renderer's session. */
  session: {
    reattached: (p: { count: number }) =>
      plural(p.count, {
        one: `${p.count} tag was re-attached because the article text changed. Check it in the list.`,
        other: `${p.count} tags were re-attached because the article text changed. Check them in the list.`
      }),
    needReview: (p: { count: number }) =>
      plural(p.count, {
        one: `${p.count} tag needs review: its text was not found in the article. It is kept in the list with the old quote.`,
        other: `${p.count} tags need review: their text was not found in the article. They are kept in the list with the old quote.`
      }),
    recoveryOffer: (p: { count: number; savedAt: Date }) =>
      `Factmark kept ${plural(p.count, { one: `${p.count} tag`, other: `${p.count} tags` })} for this article that could not be saved (${dateTime(p.savedAt)}).`,
    restoreUnsaved: 'Restore unsaved tags',
    discardUnsaved: 'Discard them',
    conflict: (p: { message: string }) => `${p.message} Which version do you want to keep?`,
    keepMine: 'Keep my version',
    loadTheirs: 'Load the other version',
    tagFileChanged: 'Your tag file was changed by another program.',
    articleGone: (p: { fileName: string }) =>
      `The article file “${p.fileName}” was moved or deleted. Your tags are kept and still saved beside where it was.`,
    articleChanged: (p: { fileName: string }) => `The article file “${p.fileName}” was changed by another program.`,
    reloadArticle: 'Reload the article',
    keepThisVersion: 'Keep this version',
    unsavedTitle: 'Your latest tags are not saved',
    openUnsaved:
      'Your latest tags could not be saved beside the article. Factmark keeps a copy and offers it when you open that article again. Open another article anyway?',
    openAnyway: 'Open anyway',
    closeUnsaved: 'Your latest tags could not be saved. Close Factmark anyway? Unsaved tags will be lost.',
    closeAnyway: 'Close anyway',
    switchUnsaved:
      'Your latest tags could not be saved beside the article. Factmark keeps a copy and offers it when the article opens again in the new language. Switch language anyway?',
    switchAnyway: 'Switch anyway'
  },

  /** Hints in the status bar. */
  hints: {
    saved: 'Saved.',
    selectFirst: (p: { kind: string }) => `Select some text in the article first, then tag it as ${p.kind}.`,
    blankSelection: 'That selection is only blank space. Select words to tag.',
    duplicateTag: (p: { kind: string }) => `This text is already tagged as ${p.kind}: that tag is selected.`,
    /** After Ctrl+3: `keys` lists the letters that give the new entity its type (see followUpKey). */
    entityTypeKeys: (p: { keys: string }) => `Entity type? Press ${p.keys}. Any other key keeps Other.`,
    followUpKey: (p: { key: string; label: string }) => `${p.key} ${p.label}`,
    followUpKeysSeparator: ' · ',
    /** A verdict key pressed with no claim selected. */
    selectClaimFirst: (p: { nextTagKeys: string }) => `Select a Claim first (${p.nextTagKeys} goes to the next tag): verdicts are for claims.`,
    /** The inspector key pressed with no tag selected. */
    selectTagFirst: (p: { nextTagKeys: string }) => `Select a tag first: ${p.nextTagKeys} goes to the next one.`,
    editMode: 'Edit text mode: you can fix typos. Tags follow your edits; the article file itself is never changed.',
    readMode: 'Reading mode: the text is locked, select words to tag them.',
    mentionsTagged: (p: { count: number; name: string }) =>
      plural(p.count, { one: `${p.count} mention of ${p.name} tagged.`, other: `${p.count} mentions of ${p.name} tagged.` }),
    selectEntityFirst: 'Select an entity tag first: its other mentions are found from its name.'
  },

  /** Check-worthiness hints: the Hints panel, the reasons a span was suggested, what the hint keys say. */
  checkHints: {
    label: 'Hints',
    showToggle: 'Show hints',
    listLabel: 'Check-worthiness hints in document order',
    count: (p: { count: number }) => plural(p.count, { one: `${p.count} hint`, other: `${p.count} hints` }),
    computing: 'Looking for figures, dates, quotes and superlatives…',
    noDocument: 'Open an article to see hints.',
    none: 'No hints in this article.',
    noneHelp: 'Hints point at figures, dates, quoted speech and who said it, superlatives and comparisons.',
    allHandled: (p: { dismissed: number }) =>
      plural(p.dismissed, { one: 'No hints left: 1 dismissed, the others tagged.', other: `No hints left: ${p.dismissed} dismissed, the others tagged.` }),
    hidden: (p: { keys: string }) => `Hints are hidden. Press ${p.keys} or tick “Show hints” to see them.`,
    accept: 'Accept',
    acceptTitle: (p: { kind: string; keys: string }) => `Tag as ${p.kind} (${p.keys})`,
    dismiss: 'Dismiss',
    dismissTitle: (p: { keys: string }) => `Hide this hint for this session (${p.keys})`,
    kinds: { figure: 'Figure', date: 'Date', quote: 'Quote', attribution: 'Attribution', superlative: 'Superlative' } as Readonly<Record<HintKind, string>>,
    worthiness: { low: 'low', medium: 'medium', high: 'high' } as Readonly<Record<SuggestedWorthiness, string>>,
    worthinessLine: (p: { level: string }) => `Check-worthiness: ${p.level}`,
    reasons: {
      percentage: 'A percentage: check the figure and what it is a share of.',
      amount: 'An amount: check the figure and its source.',
      money: 'A sum of money: check the amount, the currency and the period.',
      'large-number': 'A large number: check it against the source.',
      decimal: 'A precise figure: check it against the source.',
      number: 'A number: check it if it carries the story.',
      'full-date': 'A date: check that it is right.',
      'day-month': 'A date without a year: check which year is meant.',
      'month-year': 'A month: check that it is right.',
      'numeric-date': 'A date: check that it is right.',
      year: 'A year in context: check what happened then.',
      quote: 'Quoted speech: check who said it, and that it was said.',
      'according-to': 'An attribution: check the source behind it.',
      'speech-verb': 'Reported speech: check who said it.',
      superlative: 'A superlative: check that nothing else is bigger, smaller or more.',
      record: 'A record or a first: check it against earlier figures.',
      first: 'A “first”: check that it never happened before.',
      never: 'An absolute (“never”, “ever”): check that no exception exists.',
      comparison: 'A comparison: check both sides of it.'
    } as Readonly<Record<HintReason, string>>,
    noHint: 'No hint to act on: there is none left in this article, or hints are hidden.',
    accepted: (p: { kind: string }) => `Hint tagged as ${p.kind}.`
  },

  /** The window's components. */
  ui: {
    cancel: 'Cancel',
    dropOverlay: 'Drop an article (.txt, .md, .html) to open it',
    articleActions: 'Article actions',
    /** The submenus of the article's context menu (shared/commands.ts ContextSubmenu). */
    contextSubmenus: { 'entity-type': 'Tag as Entity of type' },
    recentDocuments: 'Recent documents',
    noRecentYet: 'No recent documents yet.',
    editingBadge: 'Editing text',
    readingBadge: 'Reading · text locked',
    sampleBadge: 'Sample article',
    opening: 'Opening the article…',
    articleLabel: 'Article',
    find: {
      label: 'Find in article',
      noMatches: 'No matches',
      position: (p: { current: number; count: number }) => `${p.current} of ${p.count}`,
      previous: 'Previous match',
      next: 'Next match',
      close: 'Close find bar'
    },
    inspector: {
      label: 'Tag details',
      noneSelected: 'No tag selected.',
      noneSelectedHelp: 'Click a highlight in the article or a tag in the list to see and edit its details.',
      deleteTitle: 'Delete this tag (Delete)',
      deleteTag: 'Delete tag',
      needsReview: 'Needs review.',
      textDeleted: 'The text this tag was on has been deleted.',
      textNotFound: 'This tag’s text was not found in the article.',
      itsTextWas: (p: { quote: string }) => `Its text was: “${p.quote}”.`,
      attach: 'Attach to selected text',
      attachHelp: 'Select the right words in the article first, or delete the tag.',
      verdict: 'Verdict',
      status: 'Status',
      url: 'URL',
      urlPlaceholder: 'https://…',
      openLinkTitle: 'Open in your web browser',
      openLink: 'Open',
      badUrl: 'Enter a web address starting with http:// or https://.',
      sourceType: 'Source type',
      entityType: 'Entity type',
      note: 'Note',
      notePlaceholder: 'What to check, what you found, links to evidence…',
      mentionOf: (p: { name: string }) => `Mention of ${p.name}`,
      tagAllMentions: 'Tag all mentions…',
      taggedBy: (p: { name: string; at: string }) => `Tagged by ${p.name}, ${p.at}`,
      changedBy: (p: { name: string; at: string }) => `Last changed by ${p.name}, ${p.at}`
    },
    /** The inspector's fields of each kind (tag file version 3). */
    fields: {
      claimReviewed: 'Claim reviewed',
      speaker: 'Speaker',
      noSpeaker: 'No speaker',
      claimDate: 'Date made',
      rationale: 'Rationale',
      rationalePlaceholder: 'Why this verdict: what the evidence shows…',
      checkWorthiness: 'Check-worthiness',
      checkWorthinessLevels: labelsEn.checkWorthiness,
      publisher: 'Publisher',
      publishedOn: 'Date published',
      accessedOn: 'Date accessed',
      reliability: 'Reliability',
      reliabilityPlaceholder: 'How far this source can be trusted, and why…',
      canonicalName: 'Canonical name',
      aliases: 'Aliases',
      aliasPlaceholder: 'Add an alias…',
      aliasChips: 'Other names it goes by',
      addAlias: 'Add',
      removeAlias: (p: { alias: string }) => `Remove the alias “${p.alias}”`,
      noAliases: 'No aliases.',
      externalId: 'External identifier',
      externalIdPlaceholder: 'e.g. Q159 (Wikidata)',
      externalIdHint: 'A Wikidata identifier is Q followed by digits, e.g. Q159. Other identifiers are kept as typed.'
    },
    /** Links between claims, sources and entities, in the inspector. */
    links: {
      sources: 'Sources',
      entities: 'About',
      noSources: 'No source linked yet.',
      noEntities: 'No entity linked yet.',
      linkSource: 'Link source…',
      linkEntity: 'Link entity…',
      relation: 'Relation',
      relationOf: (p: { name: string }) => `How “${p.name}” bears on the claim`,
      relations: labelsEn.relations,
      unlink: 'Remove',
      show: (p: { name: string }) => `Show “${p.name}”`,
      go: 'Show',
      unlinkTitle: (p: { name: string }) => `Remove the link to “${p.name}”`,
      missing: 'Missing tag',
      missingTitle: 'This link points to a tag that is no longer in the tag file. Remove the link, or undo the deletion.',
      notInText: 'Not in the text',
      speakerTag: 'Speaker',
      pickerSourceLabel: 'Sources to link',
      pickerEntityLabel: 'Entities to link',
      pickerFilter: 'Filter',
      pickerFilterPlaceholder: 'Type to filter, ↑↓ to choose, Enter to link',
      pickerEmptySource: 'No source to link: tag one in the article, or add one under “Sources not in the text”.',
      pickerEmptyEntity: 'No entity to link: tag one in the article first.',
      pickerNoMatch: 'No match.',
      pickerClose: 'Close',
      pickInArticle: 'Pick in the article',
      pickSourceHint: 'Click a source’s highlight in the article to link it. Escape cancels.',
      pickEntityHint: 'Click an entity’s highlight in the article to link it. Escape cancels.',
      picking: 'Click a highlight in the article to link it. Escape cancels.',
      cancelPick: 'Cancel',
      claimsResting: 'Claims resting on this source',
      claimsAbout: 'Claims about this entity',
      speakerOf: 'Claims it made (speaker)',
      noClaims: 'No claim links here yet.',
      confirmDeleteTitle: (p: { name: string }) => `Delete “${p.name}”?`,
      confirmDeleteMessage: (p: { count: number; undoKeys: string }) =>
        plural(p.count, {
          one: `Another tag links to it. Deleting it also removes that link. Undo (${p.undoKeys}) brings both back.`,
          other: `Other tags link to it ${p.count} times. Deleting it also removes those ${p.count} links. Undo (${p.undoKeys}) brings everything back.`
        }),
      confirmDelete: 'Delete with its links'
    },
    /** Sources that are not in the article's text. */
    outside: {
      title: 'Sources not in the text',
      show: 'Show',
      hide: 'Hide',
      help: 'Reports, datasets, interviews: sources a claim rests on that the article does not quote.',
      newTitle: 'Title of a new source',
      newTitlePlaceholder: 'e.g. INSEE report, 2024',
      add: 'Add',
      none: 'None yet.',
      titleField: 'Title',
      edit: (p: { title: string }) => `Edit “${p.title}”`,
      done: 'Done',
      delete: 'Delete source',
      usedBy: (p: { count: number }) => (p.count === 0 ? 'not linked' : plural(p.count, { one: '1 link', other: `${p.count} links` }))
    },
    tagList: {
      label: 'Tags',
      filterLabel: 'Show tags of kind',
      filters: { all: 'All', claim: 'Claims', source: 'Sources', entity: 'Entities' } as Readonly<Record<TagKind | 'all', string>>,
      empty: 'No tags yet.',
      emptyHelp: (p: { claimKeys: string; sourceKeys: string; entityKeys: string }): RichText => [
        'Select words in the article, then choose ',
        { em: 'Claim' },
        ` (${p.claimKeys}), `,
        { em: 'Source' },
        ` (${p.sourceKeys}) or `,
        { em: 'Entity' },
        ` (${p.entityKeys}).`
      ],
      /** `filter` is the filter's label ("Claims"). */
      noneOfKind: (p: { filter: string }) => `No ${p.filter.toLowerCase()} yet. Choose “All” to see every tag.`,
      listLabel: 'Tags in document order',
      needsReview: '⚠ Needs review'
    },
    /** The sidebar's tabs. */
    sidebarTabs: { label: 'Sidebar', tags: 'Tags', entities: 'Entities', hints: 'Hints' },
    entities: {
      label: 'Entities',
      listLabel: 'Entities with their mention counts',
      empty: 'No entities yet.',
      emptyHelp: 'Tag a name as Entity, then use “Tag all mentions” to gather its other mentions here.',
      mentions: (p: { count: number }) => plural(p.count, { one: `${p.count} mention`, other: `${p.count} mentions` }),
      /** Which of its mentions is selected: "2 of 5". */
      position: (p: { current: number; count: number }) => `${p.current} of ${p.count}`,
      stepTitle: 'Click or press Enter to go to its next mention in the article'
    },
    mentions: {
      title: (p: { name: string }) => `Tag all mentions of “${p.name}”`,
      found: (p: { count: number }) =>
        plural(p.count, {
          one: `${p.count} other mention found. Untick any that is not this entity.`,
          other: `${p.count} other mentions found. Untick those that are not this entity.`
        }),
      none: 'No other mentions found.',
      noneHelp: 'Its name, canonical name and aliases appear nowhere else in the article without this tag.',
      listLabel: 'Mentions found',
      ellipsis: '…',
      all: 'Tick all',
      nothing: 'Untick all',
      confirm: (p: { count: number }) => plural(p.count, { one: `Tag ${p.count} mention`, other: `Tag ${p.count} mentions` }),
      close: 'Close'
    },
    notices: {
      dismiss: 'Dismiss',
      saveFailed: (p: { message: string }) => `Your tags could not be saved: ${p.message} They are kept in memory and saving is retried.`
    },
    propertiesDialog: {
      title: 'Document properties',
      explanation: 'What reports and ClaimReview say of the article and of your fact-check. They are saved with the tags.',
      articleGroup: 'The article',
      reviewGroup: 'The fact-check',
      labels: {
        headline: 'Headline',
        url: 'Article URL',
        publisher: 'Publisher',
        author: 'Author',
        datePublished: 'Date published',
        language: 'Language',
        reviewUrl: 'Fact-check URL',
        organisation: 'Fact-checking organisation',
        organisationUrl: 'Organisation’s website'
      },
      languageOptions: { none: 'Not given', fr: 'French', en: 'English', other: 'Other…' },
      otherLanguage: 'Language tag (BCP 47)',
      hints: {
        datePublished: 'YYYY-MM-DD, or a date and time such as 2023-07-27T08:30+02:00',
        otherLanguage: 'For example de, es, pt-BR',
        organisation: 'Remembered for your next articles'
      },
      errors: {
        tooLong: (p: { max: number }) => `Too long: at most ${p.max.toLocaleString('en')} characters.`,
        date: 'Write the date as YYYY-MM-DD, or a date and time with its offset (2023-07-27T08:30+02:00).',
        language: 'Write a language tag such as fr, en or pt-BR.',
        url: 'Write a full web address starting with https:// or http://.'
      },
      save: 'Save properties',
      settingsNotSaved: (p: { reason: string }) => `The properties were saved with the tags, but the organisation could not be remembered: ${p.reason}`
    },
    nameDialog: {
      empty: 'Enter your name: it is recorded with every tag you make.',
      welcome: 'Welcome to Factmark',
      change: 'Change your name',
      explanation:
        'Your name is saved with every tag you make, so colleagues reviewing the article know who checked what. It stays on this computer and in the tag files beside your articles.',
      label: 'Your name',
      start: 'Start tagging',
      save: 'Save name'
    },
    save: {
      allSaved: 'All changes saved',
      nothingToSave: 'No unsaved changes',
      pending: 'Unsaved changes',
      saving: 'Saving…',
      failed: 'Not saved'
    },
    toolbar: {
      label: 'Document and tagging',
      tagGroup: 'Tag the selection',
      /** A button's tooltip with its shortcut. */
      titleWithShortcut: (p: { title: string; shortcut: string }) => `${p.title} (${p.shortcut})`
    },
    statusBar: {
      changeName: 'Change your name',
      taggingAs: (p: { name: string }): RichText => ['Tagging as ', { strong: p.name }]
    }
  },

  /** The `factmark` command. */
  /** The article changed under the tags: the banner, the list's marks and filters, the change box, the versions. */
  update: {
    /** The banner after re-anchoring: "41 tags re-attached, 3 changed, 2 need review". */
    banner: (p: { reattached: number; changed: number; review: number }) =>
      [
        plural(p.reattached, { one: `${p.reattached} tag re-attached`, other: `${p.reattached} tags re-attached` }),
        p.changed > 0 ? `${p.changed} changed` : null,
        p.review > 0 ? plural(p.review, { one: `${p.review} needs review`, other: `${p.review} need review` }) : null
      ]
        .filter((part) => part !== null)
        .join(', ') + (p.changed + p.review > 0 ? '. The article changed since the tags were saved: check them.' : '. The article changed since the tags were saved.'),
    showToCheck: 'Show tags to check',
    /** Marks in the tag list (an icon and a word, never colour alone). */
    marks: { moved: '↪ Moved', changed: '≠ Text changed', review: '⚠ Needs review', earlier: '⟲ Rated on an earlier version' },
    filters: {
      label: 'Filter tags',
      checkAfterUpdate: 'Check after update',
      text: 'Search tags',
      textPlaceholder: 'Quote or note contains…',
      verdict: 'Verdict',
      claimStatus: 'Claim status',
      author: 'Author',
      links: 'Links',
      any: 'Any',
      withLinks: 'Has links',
      withoutLinks: 'No links',
      needsReview: 'Needs review',
      clear: 'Clear filters',
      more: 'More filters',
      shown: (p: { shown: number; total: number }) => `${p.shown} of ${p.total} tags shown`,
      noneMatch: 'No tag matches these filters.'
    },
    /** The inspector's box for a tag whose text changed. */
    changeBox: {
      label: 'Text changed',
      textChanged: 'The text of this tag changed in an update of the article.',
      detected: (p: { at: string }) => `Found on ${p.at}.`,
      oldText: 'Old text',
      newText: 'New text',
      diffLabel: 'Changes: removed words struck through, added words underlined',
      removed: 'removed',
      added: 'added',
      ratedEarlier: 'Rated on an earlier version',
      ratedEarlierHelp: (p: { verdict: string }) => `The verdict “${p.verdict}” was given on the old text. Confirm it for the new text, or rate the claim again.`,
      confirmVerdict: 'Confirm verdict',
      reRate: 'Re-rate',
      confirmText: 'Confirm new text',
      moved: 'This tag was found at another place in the updated article.'
    },
    versions: {
      title: 'Article versions',
      intro: 'Each time the article file changed under your tags, Factmark re-attached them and recorded it here.',
      none: 'No change of the article has been recorded: your tags were made on this version.',
      current: 'current',
      columns: { date: 'Re-attached', from: 'From', to: 'To', counts: 'Tags' },
      counts: (p: { attached: number; moved: number; changed: number; needsReview: number }) =>
        `${p.attached} attached, ${p.moved} moved, ${p.changed} changed, ${p.needsReview} needs review`,
      close: 'Close'
    }
  },

  cli: {
    usage: 'Usage: factmark check <article> [--json]    (factmark --help for more)',
    help: `factmark: Factmark's tags from the command line.

Usage: factmark <command> [options]

Commands:
  check <article> [--json]  Read an article and every tag file beside it, anchor every tag as
                            the app does when it opens the article, and print a summary (or,
                            with --json, one JSON object). Never writes anything.
  reattach <article> [--json]
                            Re-attach the tags of every tag file beside the article to the
                            article as it is now, exactly as the app does when it opens it, and
                            write the tag files (new positions, hash and version record).

Options:
  -h, --help                Show this help. "factmark check --help" shows help for check.

Exit codes: 0 everything was read (and written); 1 a tag file is damaged, unreadable, of an
unknown version or could not be written; 2 bad usage (no such article, an unknown option or
command).
`,
    reattachHelp: `Usage: factmark reattach <article> [--json]

Reads <article> and every annotator's tag file beside it, re-attaches every tag to the article as
it is now exactly as the app does when it opens the article, and writes each tag file that no
longer says what is true: tags found at another place get their new position, a tag whose text
changed keeps its old text in its "changed" mark (a claim's verdict then counts as rated on an
earlier version), a tag whose text is gone is kept as it was (needs review), and the tag file
records the article's new SHA-256 and the version change. Writes are durable (a backup is kept).
A tag file from a newer Factmark, or one that cannot be read, is left untouched.

Options:
  --json      Print one JSON object instead of the summary:
              { "article": { "file", "sha256", "textLength" },
                "files": [ { "file", "annotatorId", "previousSha256", "written",
                             "counts": { "attached", "moved", "changed", "needsReview" },
                             "tags": [ { "id", "status", "start", "end" } ] } ] }
  -h, --help  Show this help.

Exit codes: 0 every tag file was read and written; 1 a tag file could not be read or written
(named on stderr; the others are still done); 2 bad usage.
`,
    unknownReattachOption: (p: { option: string }) => `unknown option “${p.option}” for reattach.`,
    noArticleToReattach: 'reattach needs the article whose tags to re-attach.',
    reattachOtherName: (p: { file: string }) =>
      `${p.file} was not written: it is named for another annotator name than the one it holds. Open the article in Factmark once to rename it.`,
    reattachFileLine: (p: { file: string; summary: string; written: boolean }) => `  ${p.file}: ${p.summary}${p.written ? ' Written.' : ''}`,
    reattachUnchanged: (p: { file: string; tags: number }) =>
      `  ${p.file}: ${plural(p.tags, { one: `${count(p.tags)} tag`, other: `${count(p.tags)} tags` })} attached, nothing changed.`,
    checkHelp: `Usage: factmark check <article> [--json]

Reads <article> (.txt, .md or .html, with the app's limits) and every annotator's tag file beside
it (<article>.<name>.factmark.json), anchors every tag exactly as the app does when it opens the
article, and prints tags per kind and per annotator, and which tags were re-attached, changed or
need review, each with its quote and id. Never writes, moves, renames or repairs anything.

Offsets count UTF-16 code units into the plain text of the article as it is now (for an
annotator whose tag file holds text corrections of this very file: their corrected text).

Options:
  --json      Print one JSON object instead of the summary:
              { "article": { "file", "sha256", "textLength" },
                "annotators": [ { "id", "name", "file" } ],
                "tags": [ { "id", "annotatorId", "kind", "status", "confidence",
                            "start", "end", "text" } ] }
              status is "attached", "moved", "changed" (its text differs from the text it
              was tagged on, or its tag file marks it changed until confirmed) or
              "needs-review"; confidence is 0..1.
  -h, --help  Show this help.

Exit codes: 0 everything was read; 1 a tag file is damaged, unreadable or of an unknown version
(named on stderr; the other files are still reported); 2 bad usage.
`,
    /** A line on stderr: the command's name, then one sentence. */
    errorLine: (p: { sentence: string }) => `factmark: ${p.sentence}`,
    internalError: (p: { detail: string }) => `factmark: internal error: ${p.detail}`,
    noCommand: 'no command given.',
    unknownOption: (p: { option: string }) => `unknown option “${p.option}”.`,
    unknownCommand: (p: { command: string }) => `unknown command “${p.command}”.`,
    unknownCheckOption: (p: { option: string }) => `unknown option “${p.option}” for check.`,
    noArticle: 'check needs the article to check.',
    tooManyArticles: (p: { count: number }) => `check takes one article, not ${p.count}.`,

    /** The summary of `factmark check`. */
    articleLine: (p: { file: string; characters: number; sha256: string }) =>
      `${p.file}: ${count(p.characters)} ${plural(p.characters, { one: 'character', other: 'characters' })} of text, sha256 ${p.sha256}`,
    noTagFiles: 'No tag file was found beside it.',
    tagFilesHeading: (p: { files: number }) => `${count(p.files)} ${plural(p.files, { one: 'tag file', other: 'tag files' })}:`,
    tagFileLine: (p: { file: string; name: string; tags: number }) =>
      `  ${p.file}  ${p.name}, ${count(p.tags)} ${plural(p.tags, { one: 'tag', other: 'tags' })}`,
    /** `byKind` lists "claim 2", … */
    tagsLine: (p: { total: number; byKind: readonly { kind: TagKind; count: number }[] }) =>
      `Tags: ${p.total} (${p.byKind.map((k) => `${kinds[k.kind].toLowerCase()} ${k.count}`).join(', ')})`,
    byAnnotatorLine: (p: { annotators: readonly { name: string; count: number }[] }) =>
      `By annotator: ${p.annotators.map((a) => `${a.name} ${a.count}`).join(', ')}`,
    /** The counts by status; "changed" only when some are (the line reads as before otherwise). */
    statusLine: (p: { attached: number; moved: number; changed: number; review: number }) =>
      `Attached: ${p.attached}, re-attached: ${p.moved}, ${p.changed > 0 ? `changed: ${p.changed}, ` : ''}need review: ${p.review}`,
    movedHeading: 'Re-attached because the article text changed:',
    changedHeading: 'Changed, their text differs from the text they were tagged on (until confirmed in the app):',
    reviewHeading: 'Need review, their text was not found in the article (kept at their old place):',
    /** A listed tag: its stored quote, id, annotator and kind, and its text now when it changed. */
    tagLine: (p: { quote: string; id: string; name: string; kind: TagKind; now: string | null }) =>
      `  “${p.quote}”  ${p.id} (${p.name}, ${p.kind})${p.now !== null ? `, now “${p.now}”` : ''}`,
    correctedFor: (p: { name: string }) => `${p.name}'s tags count into their corrected text of the article.`,
    /** A notice about one tag file, naming it. */
    fileNotice: (p: { fileName: string; notice: string }) => `${p.fileName}: ${p.notice}`
  }
}
