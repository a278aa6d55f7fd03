/**
 * The contract of Factmark's interchange and report formats (shared/formats/). Each format is a
 * pure `{ serialize, parse? }` pair used the same way by the app (renderer, main) and by
 * `factmark export` / `factmark import`: no electron, no node:*, no DOM.
 *
 * Exporting starts from an {@link ExportInput}: the article's plain text (the text tag offsets
 * count into, see shared/article/plainText.ts), the tags and sources outside the text of one tag
 * file, its document properties and the labels of the output's language. It gives one or more
 * files ({@link ExportedFile}); brat gives two (.ann and .txt).
 *
 * Importing goes the other way in two steps: a format's `parse` reads a foreign file into
 * {@link ImportedAnnotation}s, saying where each was in the text it was made on (a quote with its
 * context, and a position when the format has one); shared/formats/importTags.ts then anchors
 * them in the article as it is, by the rules of the re-attachment work (shared/anchoring/), and
 * makes Factmark tags of them. A parser never throws on a file's content: it returns a sentence
 * naming the line or field that is wrong.
 */
import type { Result } from '../ipc'
import type { ModelLabels } from '../messages/labels.en'
import type { DocumentProperties } from '../model/documentProperties'
import type { Author, ClaimFields, EntityFields, OutsideSource, SourceFields, Tag, TagKind } from '../model/tag'

/** The formats `factmark export --format` and the app's Export menu know. */
export const EXPORT_FORMAT_IDS = ['md', 'html', 'claimreview', 'factcheck-api', 'w3c', 'brat', 'csv'] as const
export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number]

/** The formats `factmark import` and the app's Import menu read. */
export const IMPORT_FORMAT_IDS = ['w3c', 'brat', 'hypothesis'] as const
export type ImportFormatId = (typeof IMPORT_FORMAT_IDS)[number]

/** The language outputs are written in: the article's (document properties), French or English. */
export type OutputLanguage = 'en' | 'fr'

/** What every export starts from. Nothing in it is modified by a format. */
export interface ExportInput {
  /** The article's plain text: tag positions are UTF-16 offsets into it. */
  readonly text: string
  /** The article file's name and the SHA-256 of its bytes. */
  readonly article: { readonly fileName: string; readonly sha256: string }
  /** The tag file's tags, in any order (formats sort by position where order matters). */
  readonly tags: readonly Tag[]
  readonly outsideSources: readonly OutsideSource[]
  /** The tag file's properties with any `--property` overrides applied. */
  readonly properties: DocumentProperties
  /** The tag file's annotator. */
  readonly annotator: Author
  /** The output's language and its labels (verdicts, kinds, types; see shared/formats/labels.ts). */
  readonly language: OutputLanguage
  readonly labels: ModelLabels
  /** ISO time of the export, for formats that record one. */
  readonly now: string
  /** Claim ids to include (the report's choice); every claim when absent. */
  readonly claimIds?: ReadonlySet<string>
}

/** One file an export writes. The first of a format's files is the one `--out` names. */
export interface ExportedFile {
  /** Appended to the output's base name: ".md", ".ann", ".txt", ".csv", ".jsonld". */
  readonly extension: string
  readonly mediaType: string
  /** The file's text (UTF-8 when written; CSV starts with a byte-order mark). */
  readonly content: string
}

/**
 * A check a format makes before it writes: e.g. ClaimReview needs `claimReviewed`, a rating with
 * a label and the fact-check's URL for each rated claim. `tagId` null for the document.
 */
export interface ExportProblem {
  readonly tagId: string | null
  /** A sentence the user reads, naming what is missing. */
  readonly message: string
}

/** Where an imported annotation was, in the text it was made on. */
export interface ImportedTarget {
  readonly exact: string
  readonly prefix: string
  readonly suffix: string
  /**
   * UTF-16 offsets into the article's plain text when the format's positions map into it (W3C
   * code points converted, brat's offsets mapped); null when they count into something else (a
   * Hypothesis web page): then only the quote and its context place it.
   */
  readonly position: { readonly start: number; readonly end: number } | null
}

/**
 * One annotation read from a foreign file, before anchoring. `key` is its identity in that file
 * (an annotation's IRI, brat's T1, Hypothesis's id): links between annotations name keys, and
 * importing the same file twice gives the same tag ids (see importTags.ts).
 */
export interface ImportedAnnotation {
  readonly key: string
  readonly kind: TagKind
  readonly target: ImportedTarget
  readonly note: string
  readonly createdBy: Author
  readonly createdAt: string
  readonly updatedBy: Author
  readonly updatedAt: string
  /** Kind fields as far as the file gives them; the rest take the defaults of a new tag. */
  readonly claim?: Partial<Omit<ClaimFields, 'sources' | 'entities' | 'speakerId'>>
  readonly source?: Partial<SourceFields>
  readonly entity?: Partial<Omit<EntityFields, 'mentionOf'>>
  /** Links by key, resolved to tag ids by importTags.ts; a key not in the file is dropped with a warning. */
  readonly links?: {
    readonly sources?: readonly { readonly key: string; readonly relation: ClaimFields['sources'][number]['relation'] }[]
    readonly entities?: readonly string[]
    readonly speaker?: string
    readonly mentionOf?: string
  }
}

/** What a parser read from a file. */
export interface ParsedImport {
  readonly annotations: readonly ImportedAnnotation[]
  /** Sentences about what was read but not kept (an unknown attribute, a link to a missing key). */
  readonly warnings: readonly string[]
}

/** What a format needs to know of the file it reads besides its content. */
export interface ImportContext {
  /** The article's plain text now (brat maps its offsets against it when its .txt differs). */
  readonly text: string
  /** The text the file's offsets count into, when it comes with one (brat's .txt). */
  readonly sourceText?: string
  /** Who imports, for annotations without an author. */
  readonly importer: Author
  /** ISO time, for annotations without dates. */
  readonly now: string
}

/** An export format. */
export interface ExportFormat {
  readonly id: ExportFormatId
  /** Checks what the format requires before writing; [] when it can write. */
  readonly problems?: (input: ExportInput) => ExportProblem[]
  readonly serialize: (input: ExportInput) => ExportedFile[]
}

/** An import format. */
export interface ImportFormat {
  readonly id: ImportFormatId
  /** True when `content` looks like this format (used when `--format` is not given). */
  readonly detect: (content: string) => boolean
  readonly parse: (content: string, context: ImportContext) => Result<ParsedImport>
}
