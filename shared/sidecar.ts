/**
 * The sidecar file: one annotator's tags for one article, stored as JSON beside it.
 *
 * `<article file name>.<annotator slug>.factmark.json`. One writer per file, so colleagues who
 * share a folder never overwrite each other. A sidecar read from disk is untrusted until
 * {@link parseSidecar} has validated it (and migrated older schema versions).
 */
import { z } from 'zod'
import { tagSchema, type Tag } from './tagModel'

export const SIDECAR_SCHEMA_VERSION = 1
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
 * Text corrections the fact-checker made in "Edit text" mode. The article file is never
 * rewritten; the corrected document is kept here, as ProseMirror JSON, and is used while the
 * article file still has the `baseSha256` it was made from.
 */
export const editedTextSchema = z.object({
  baseSha256: z.string().regex(/^[0-9a-f]{64}$/),
  doc: z.record(z.string(), z.unknown())
})

export const sidecarSchema = z.object({
  schemaVersion: z.literal(SIDECAR_SCHEMA_VERSION),
  app: z.literal('factmark'),
  article: articleInfoSchema,
  annotator: annotatorSchema,
  savedAt: z.string().datetime({ offset: true }),
  editedText: editedTextSchema.nullable(),
  tags: z.array(tagSchema)
})
export type Sidecar = z.infer<typeof sidecarSchema>
export type EditedText = z.infer<typeof editedTextSchema>

export type SidecarParseResult =
  | { ok: true; sidecar: Sidecar }
  | { ok: false; error: { code: 'SIDECAR_NOT_JSON' | 'SIDECAR_INVALID' | 'SIDECAR_TOO_NEW'; message: string } }

/** Migrations from older schema versions, keyed by the version they upgrade from. */
const migrations: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {}

/**
 * Parses and validates sidecar JSON text. Never throws on bad input: returns a reason a user can
 * read. Duplicate tag ids are refused, since every later operation finds tags by id.
 */
export function parseSidecar(text: string): SidecarParseResult {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return { ok: false, error: { code: 'SIDECAR_NOT_JSON', message: `not valid JSON (${(error as Error).message})` } }
  }
  return validateSidecar(data)
}

/** Validates already-parsed sidecar data; see {@link parseSidecar}. */
export function validateSidecar(data: unknown): SidecarParseResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: { code: 'SIDECAR_INVALID', message: 'not a Factmark sidecar (expected a JSON object)' } }
  }
  let record = data as Record<string, unknown>
  let version = record.schemaVersion
  if (typeof version === 'number' && version > SIDECAR_SCHEMA_VERSION) {
    return {
      ok: false,
      error: {
        code: 'SIDECAR_TOO_NEW',
        message: `written by a newer Factmark (schema version ${version}; this version reads up to ${SIDECAR_SCHEMA_VERSION})`
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
    const where = issue.path.length ? issue.path.join('.') : 'file'
    return { ok: false, error: { code: 'SIDECAR_INVALID', message: `${where}: ${issue.message}` } }
  }
  const seen = new Set<string>()
  for (const tag of result.data.tags) {
    if (seen.has(tag.id)) {
      return { ok: false, error: { code: 'SIDECAR_INVALID', message: `tags: duplicate tag id ${tag.id}` } }
    }
    seen.add(tag.id)
  }
  return { ok: true, sidecar: result.data }
}

/** File-name-safe slug of an annotator's name: lower case ASCII letters, digits and dashes. */
export function annotatorSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
  return slug || 'annotator'
}

/** The sidecar file name for an article file name and an annotator. */
export function sidecarFileName(articleFileName: string, annotator: Annotator): string {
  return `${articleFileName}.${annotatorSlug(annotator.name)}${SIDECAR_SUFFIX}`
}

/** Builds a sidecar object; pure, the caller gives the time. */
export function buildSidecar(args: {
  article: z.infer<typeof articleInfoSchema>
  annotator: Annotator
  tags: readonly Tag[]
  editedText: EditedText | null
  now: string
}): Sidecar {
  return {
    schemaVersion: SIDECAR_SCHEMA_VERSION,
    app: 'factmark',
    article: args.article,
    annotator: args.annotator,
    savedAt: args.now,
    editedText: args.editedText,
    tags: [...args.tags]
  }
}
