/**
 * The sidecar file: one annotator's tags for one article, stored as JSON beside it.
 *
 * `<article file name>.<annotator slug>.factmark.json`. One writer per file, so colleagues who
 * share a folder never overwrite each other. A name that would be too long for the file system
 * is shortened (see {@link sidecarFileName}). A sidecar read from disk is untrusted until
 * {@link parseSidecar} has validated it (and migrated older schema versions).
 *
 * Schema versions: 1 stored each tag's author as a display name; 2 stores `{ annotatorId, name }`;
 * 3 (current) adds claim, source and entity fields and links (see model/tag.ts), the `changed`
 * mark of a tag whose text changed, sources outside the text and the article's versions; 4 adds the
document properties (model/documentProperties.ts). A file
 * of a newer version than this one is refused, never rewritten: an older app would drop what it
 * does not know.
 */
import { z } from 'zod'
import { msg } from './messages'
import { documentPropertiesSchema, emptyDocumentProperties, type DocumentProperties } from './model/documentProperties'
import { outsideSourceSchema, tagSchema, type OutsideSource, type Tag } from './model/tag'

export const SIDECAR_SCHEMA_VERSION = 4
export const SIDECAR_SUFFIX = '.factmark.json'

export const annotatorSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(200)
})
export type Annotator = z.infer<typeof annotatorSchema>

/** What the sidecar records of the article file the offsets count into. */
export const articleInfoSchema = z.object({
  fileName: z.string().min(1),
  /** SHA-256 (hex) of the article file's bytes when the tags were saved. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Length, in UTF-16 code units, of the plain text the offsets count into. */
  textLength: z.number().int().nonnegative()
})

/**
 * Deepest nesting of a corrected document's JSON: twice what the deepest imported article needs
 * (Chromium's HTML parser nests at most 512 elements, and each ProseMirror level is two JSON
 * levels), and about half of what JSON.stringify manages before it runs out of stack, so that a
 * sidecar accepted here can always be written back.
 */
export const MAX_EDITED_DOC_DEPTH = 2048

/** True when no value in `value` sits under more than `limit` objects and arrays. Iterative. */
function isNestedAtMost(value: unknown, limit: number): boolean {
  const stack: { item: unknown; depth: number }[] = [{ item: value, depth: 1 }]
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    if (typeof entry.item !== 'object' || entry.item === null) continue
    if (entry.depth > limit) return false
    for (const child of Object.values(entry.item)) stack.push({ item: child, depth: entry.depth + 1 })
  }
  return true
}

/**
 * Text corrections the fact-checker made in "Edit text" mode. The article file is never
 * rewritten; the corrected document is kept here, as ProseMirror JSON, and is used while the
 * article file still has the `baseSha256` it was made from.
 */
export const editedTextSchema = z.object({
  baseSha256: z.string().regex(/^[0-9a-f]{64}$/),
  doc: z
    .record(z.string(), z.unknown())
    .refine((doc) => isNestedAtMost(doc, MAX_EDITED_DOC_DEPTH), msg.tagFile.nestedTooDeep({ limit: MAX_EDITED_DOC_DEPTH }))
})

/** Tags counted by where re-anchoring left them (see shared/anchoring/anchorSidecar.ts). */
export const anchoredCountsSchema = z.object({
  attached: z.number().int().nonnegative(),
  moved: z.number().int().nonnegative(),
  changed: z.number().int().nonnegative(),
  needsReview: z.number().int().nonnegative()
})

/**
 * One change of the article file under the tags: the SHA-256 before and after, when the tags
 * were re-anchored, and how they ended. Oldest first; the article's versions are read from here.
 */
export const articleVersionSchema = z.object({
  previousSha256: z.string().regex(/^[0-9a-f]{64}$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string().datetime({ offset: true }),
  counts: anchoredCountsSchema
})
export type ArticleVersion = z.infer<typeof articleVersionSchema>
export type AnchoredCounts = z.infer<typeof anchoredCountsSchema>

/** Most article versions a tag file records; more is refused by validation. */
export const MAX_ARTICLE_VERSIONS = 10_000

export const sidecarSchema = z.object({
  schemaVersion: z.literal(SIDECAR_SCHEMA_VERSION),
  app: z.literal('factmark'),
  article: articleInfoSchema,
  annotator: annotatorSchema,
  savedAt: z.string().datetime({ offset: true }),
  editedText: editedTextSchema.nullable(),
  tags: z.array(tagSchema),
  outsideSources: z.array(outsideSourceSchema).default([]),
  versions: z.array(articleVersionSchema).max(MAX_ARTICLE_VERSIONS).default([]),
  /** What a report says of the article and the fact-check; all empty in a file older than version 4. */
  properties: documentPropertiesSchema.default(emptyDocumentProperties)
})
export type Sidecar = z.infer<typeof sidecarSchema>
export type EditedText = z.infer<typeof editedTextSchema>

export type SidecarParseResult =
  | { ok: true; sidecar: Sidecar }
  | { ok: false; error: { code: 'SIDECAR_NOT_JSON' | 'SIDECAR_INVALID' | 'SIDECAR_TOO_NEW'; message: string } }

/**
 * Version 1 → 2: each tag's `createdBy` and `updatedBy` become `{ annotatorId, name }`. The id is
 * the file's annotator's: one writer per file, and the app only ever wrote its own annotator's
 * name into their tags (under the name of the day: a renamed annotator's older tags keep the old
 * name, as before). Works on unvalidated data, without modifying it: anything that is not what
 * version 1 held is passed on as it is, for validation to refuse with its reason.
 */
function migrateFrom1(data: Record<string, unknown>): Record<string, unknown> {
  const annotator = data.annotator
  const annotatorId = isRecord(annotator) && typeof annotator.id === 'string' ? annotator.id : undefined
  const author = (name: unknown) => (typeof name === 'string' && annotatorId !== undefined ? { annotatorId, name } : name)
  const tags = Array.isArray(data.tags)
    ? data.tags.map((tag: unknown) => (isRecord(tag) ? { ...tag, createdBy: author(tag.createdBy), updatedBy: author(tag.updatedBy) } : tag))
    : data.tags
  return { ...data, schemaVersion: 2, tags }
}

/**
 * Version 2 → 3: nothing to convert. Every field version 3 adds has a default in the schema (no
 * links, empty fields, no outside sources, no recorded versions), so only the number changes.
 */
function migrateFrom2(data: Record<string, unknown>): Record<string, unknown> {
  return { ...data, schemaVersion: 3 }
}

/** Version 3 → 4: nothing to convert; the document properties default to empty. */
function migrateFrom3(data: Record<string, unknown>): Record<string, unknown> {
  return { ...data, schemaVersion: 4 }
}

/** Migrations from older schema versions, keyed by the version they upgrade from; each goes up one. */
const migrations: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {
  1: migrateFrom1,
  2: migrateFrom2,
  3: migrateFrom3
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Parses and validates sidecar JSON text. Never throws on bad input: returns a reason a user can
 * read. An older schema version is migrated to the current one (the result is always current);
 * a newer one is refused with SIDECAR_TOO_NEW. Duplicate tag ids are refused, since every later
 * operation finds tags by id.
 */
export function parseSidecar(text: string): SidecarParseResult {
  let data: unknown
  try {
    // A byte-order mark (Notepad adds one) is not part of the JSON.
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    // JSON.parse quotes a piece of the file, which may hold control or bidi characters.
    return { ok: false, error: { code: 'SIDECAR_NOT_JSON', message: msg.tagFile.notJson({ detail: printable((error as Error).message) }) } }
  }
  return validateSidecar(data)
}

/** Validates (and migrates) already-parsed sidecar data; see {@link parseSidecar}. `data` is not modified. */
export function validateSidecar(data: unknown): SidecarParseResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: { code: 'SIDECAR_INVALID', message: msg.tagFile.notAnObject } }
  }
  let record = data as Record<string, unknown>
  let version = record.schemaVersion
  if (typeof version === 'number' && version > SIDECAR_SCHEMA_VERSION) {
    return {
      ok: false,
      error: {
        code: 'SIDECAR_TOO_NEW',
        message: msg.tagFile.tooNew({ version, known: SIDECAR_SCHEMA_VERSION })
      }
    }
  }
  while (typeof version === 'number' && version < SIDECAR_SCHEMA_VERSION && migrations[version]) {
    record = migrations[version](record)
    version = record.schemaVersion
  }
  const result = sidecarSchema.safeParse(record)
  if (!result.success) {
    const issue = result.error.issues[0]
    const where = issue.path.length ? issue.path.join('.') : null
    return { ok: false, error: { code: 'SIDECAR_INVALID', message: msg.files.issueAt({ path: where, issue: issue.message }) } }
  }
  const duplicate = duplicateTagIdProblem([...result.data.tags, ...result.data.outsideSources])
  if (duplicate) return { ok: false, error: { code: 'SIDECAR_INVALID', message: duplicate } }
  return { ok: true, sidecar: result.data }
}

/**
 * What the tag schema cannot see: two tags with one id (every later operation finds tags by id).
 * Returns the problem as {@link validateSidecar} words it (`tags: duplicate tag id …`), or null.
 */
export function duplicateTagIdProblem(tags: readonly { id: string }[]): string | null {
  const seen = new Set<string>()
  for (const tag of tags) {
    if (seen.has(tag.id)) return msg.tagFile.duplicateId({ id: printable(tag.id) })
    seen.add(tag.id)
  }
  return null
}

/** True for what would garble a one-line message: controls, bidi controls, line separators, surrogates. */
function isGarbling(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0xd800 && code <= 0xdfff)
  )
}

/** `text` from a file, made fit for a one-line message: each garbling character written as `\uXXXX`. */
function printable(text: string): string {
  let out = ''
  // By code point: a surrogate pair stays, a lone surrogate is escaped.
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    out += isGarbling(code) ? `\\u${code.toString(16).padStart(4, '0')}` : char
  }
  return out
}

/**
 * Longest sidecar file name, in UTF-8 bytes. File systems allow 255 bytes (NTFS and HFS+ 255 UTF-16
 * units, never more than the UTF-8 bytes); the names the store derives from it (`.<name>.<pid>.<hex>.tmp`,
 * `<name>.1`, `<name>.corrupt-<time>`) add up to 40 bytes, and must fit too.
 */
export const MAX_SIDECAR_NAME_BYTES = 200

/** Names Windows keeps for devices: no file may be called so, with or without an extension. */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/

/**
 * File-name-safe slug of an annotator's name: 1 to 40 lower case ASCII letters, digits and dashes,
 * never a Windows device name (`con` becomes `con-annotator`); `annotator` when nothing is left.
 */
export function annotatorSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
  if (!slug) return 'annotator'
  return WINDOWS_DEVICE_NAME.test(slug) ? `${slug}-annotator` : slug
}

/**
 * The sidecar file name for an article file name (one path segment, as `basename` gives it) and an
 * annotator: `<article>.<slug>.factmark.json`, one path segment of at most
 * {@link MAX_SIDECAR_NAME_BYTES} bytes. When that would be longer, the article part is cut (at a
 * character boundary) and followed by `~` and a hash of the whole article name, so articles that
 * share a long beginning keep separate sidecars. Throws a RangeError for a name that is not a
 * single segment (empty, `.`, `..`, or holding `/` or a NUL).
 */
export function sidecarFileName(articleFileName: string, annotator: Annotator): string {
  const isSegment = articleFileName !== '' && articleFileName !== '.' && articleFileName !== '..'
  if (!isSegment || articleFileName.includes('/') || articleFileName.includes('\0')) {
    throw new RangeError('sidecarFileName: the article file name must be a single path segment')
  }
  const tail = `.${annotatorSlug(annotator.name)}${SIDECAR_SUFFIX}`
  const name = `${articleFileName}${tail}`
  if (utf8Length(name) <= MAX_SIDECAR_NAME_BYTES) return name
  // The article's own name ends in its extension, never in `~` and 16 hex digits, so a shortened
  // name cannot be taken by an article of that exact name.
  const mark = `~${fnv1a64Hex(articleFileName)}`
  return `${truncateUtf8(articleFileName, MAX_SIDECAR_NAME_BYTES - utf8Length(tail) - mark.length)}${mark}${tail}`
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length
}

/** The longest start of `text` that is at most `maxBytes` in UTF-8, cut between code points. */
function truncateUtf8(text: string, maxBytes: number): string {
  let bytes = 0
  let end = 0
  for (const char of text) {
    bytes += utf8Length(char)
    if (bytes > maxBytes) break
    end += char.length
  }
  return text.slice(0, end)
}

/** FNV-1a, 64 bits, of the UTF-8 bytes: a stable name hash, not a cryptographic one. */
export function fnv1a64Hex(text: string): string {
  const mask = (1n << 64n) - 1n
  let hash = 0xcbf29ce484222325n
  for (const byte of new TextEncoder().encode(text)) {
    hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & mask
  }
  return hash.toString(16).padStart(16, '0')
}

/** Builds a sidecar object; pure, the caller gives the time. */
export function buildSidecar(args: {
  article: z.infer<typeof articleInfoSchema>
  annotator: Annotator
  tags: readonly Tag[]
  editedText: EditedText | null
  now: string
  outsideSources?: readonly OutsideSource[]
  versions?: readonly ArticleVersion[]
  properties?: DocumentProperties
}): Sidecar {
  return {
    schemaVersion: SIDECAR_SCHEMA_VERSION,
    app: 'factmark',
    article: args.article,
    annotator: args.annotator,
    savedAt: args.now,
    editedText: args.editedText,
    tags: [...args.tags],
    outsideSources: [...(args.outsideSources ?? [])],
    versions: [...(args.versions ?? [])],
    properties: { ...(args.properties ?? emptyDocumentProperties()) }
  }
}
