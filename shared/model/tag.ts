/**
 * The tag model: what a fact-checker attaches to an article.
 *
 * A tag is standoff data. It points into the article's plain text (see plainText.ts) with two
 * selectors, a text position and a text quote, and never changes the text. Kind-specific fields
 * live in a discriminated union on `kind`. Schemas validate anything that crosses a trust
 * boundary (a sidecar read from disk, an IPC argument); the types are inferred from them.
 */
import { z } from 'zod'
import { msg } from '../messages'

export const TAG_KINDS = ['claim', 'source', 'entity'] as const
export type TagKind = (typeof TAG_KINDS)[number]

/** The labels of kinds, verdicts, claim statuses, source and entity types, from the message catalogue. */
export const KIND_LABELS: Readonly<Record<TagKind, string>> = msg.model.kinds

export const VERDICTS = ['not-rated', 'true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'unverifiable'] as const
export type Verdict = (typeof VERDICTS)[number]
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = msg.model.verdicts

export const CLAIM_STATUSES = ['to-check', 'in-progress', 'checked'] as const
export type ClaimStatus = (typeof CLAIM_STATUSES)[number]
export const CLAIM_STATUS_LABELS: Readonly<Record<ClaimStatus, string>> = msg.model.claimStatuses

export const SOURCE_TYPES = [
  'unspecified',
  'official',
  'press-agency',
  'media',
  'expert',
  'document',
  'social-media',
  'anonymous',
  'other'
] as const
export type SourceType = (typeof SOURCE_TYPES)[number]
export const SOURCE_TYPE_LABELS: Readonly<Record<SourceType, string>> = msg.model.sourceTypes

export const ENTITY_TYPES = ['person', 'organisation', 'place', 'date', 'event', 'other'] as const
export type EntityType = (typeof ENTITY_TYPES)[number]
export const ENTITY_TYPE_LABELS: Readonly<Record<EntityType, string>> = msg.model.entityTypes

/** How much a claim deserves checking, set by the fact-checker (hints only suggest). */
export const CHECK_WORTHINESS = ['unset', 'low', 'medium', 'high'] as const
export type CheckWorthiness = (typeof CHECK_WORTHINESS)[number]

/** How a source bears on a claim that links it. */
export const SOURCE_RELATIONS = ['supports', 'contradicts', 'context', 'quoted-from'] as const
export type SourceRelation = (typeof SOURCE_RELATIONS)[number]

/** Longest note kept; a longer one is refused by validation, not cut. */
export const MAX_NOTE_LENGTH = 20_000
export const MAX_URL_LENGTH = 2_048
/** Longest one-line field (a restatement, a publisher, a canonical name, an alias, an identifier). */
export const MAX_LINE_LENGTH = 2_000
/** Most links, aliases and similar list entries one tag holds; more is refused by validation. */
export const MAX_LIST_LENGTH = 1_000

export const positionSelectorSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((p) => p.start < p.end, msg.tagFile.startBeforeEnd)

export const quoteSelectorSchema = z.object({
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string()
})

export const targetSchema = z.object({ position: positionSelectorSchema, quote: quoteSelectorSchema })

const isoTime = z.string().datetime({ offset: true })
/** A calendar date as typed by the user, `YYYY-MM-DD`, or '' when not given. */
const isoDateOrEmpty = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/)
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/)
export const tagIdSchema = z.string().min(1).max(64)
const line = z.string().max(MAX_LINE_LENGTH)

/**
 * Set when re-anchoring found a tag on text that differs from the quote it was made on (a figure
 * corrected in an updated story): the text it had, the article version it had it in, and when the
 * change was found. A claim's verdict then counts as "rated on an earlier version" until the user
 * confirms or re-rates it, which clears this; `factmark check` reports the tag as `changed` while
 * it is set.
 */
export const textChangeSchema = z.object({
  previousQuote: z.string(),
  previousSha256: sha256Hex,
  detectedAt: isoTime
})

/**
 * Who made or last changed a tag: the annotator's id, which never changes, and their name at the
 * time, for people to read. Reviews and agreement figures go by the id; names change.
 */
export const authorSchema = z.object({
  annotatorId: z.string().min(1).max(64),
  name: z.string().min(1).max(200)
})

const commonFields = {
  id: tagIdSchema,
  target: targetSchema,
  note: z.string().max(MAX_NOTE_LENGTH),
  createdBy: authorSchema,
  createdAt: isoTime,
  updatedBy: authorSchema,
  updatedAt: isoTime,
  /** Null unless the tag's text changed in an article update and the user has not confirmed it. */
  changed: textChangeSchema.nullable().default(null)
}

/** A claim's link to a source (a tag in the text or a source outside it), with the relation. */
export const sourceLinkSchema = z.object({ sourceId: tagIdSchema, relation: z.enum(SOURCE_RELATIONS) })

/**
 * Kind-specific fields. Fields added in tag file version 3 have defaults, so an older file reads
 * as if they were empty. Links hold tag ids; a link to an id no longer in the file is kept and
 * shown as missing, never dropped silently.
 */
export const claimFieldsSchema = z.object({
  verdict: z.enum(VERDICTS),
  status: z.enum(CLAIM_STATUSES),
  /** A short restatement of the claim; '' means the quoted text. */
  claimReviewed: line.default(''),
  /** The entity tag of who made the claim, or null. */
  speakerId: tagIdSchema.nullable().default(null),
  /** When the claim was made (YYYY-MM-DD) or ''. */
  claimDate: isoDateOrEmpty.default(''),
  rationale: z.string().max(MAX_NOTE_LENGTH).default(''),
  checkWorthiness: z.enum(CHECK_WORTHINESS).default('unset'),
  sources: z.array(sourceLinkSchema).max(MAX_LIST_LENGTH).default([]),
  /** Entity tags the claim is about. */
  entities: z.array(tagIdSchema).max(MAX_LIST_LENGTH).default([])
})
export const sourceFieldsSchema = z.object({
  url: z.string().max(MAX_URL_LENGTH),
  sourceType: z.enum(SOURCE_TYPES),
  publisher: line.default(''),
  publishedOn: isoDateOrEmpty.default(''),
  accessedOn: isoDateOrEmpty.default(''),
  reliability: z.string().max(MAX_NOTE_LENGTH).default('')
})
export const entityFieldsSchema = z.object({
  entityType: z.enum(ENTITY_TYPES),
  /** The entity's name as the fact-checker writes it; '' means the quoted text. */
  canonicalName: line.default(''),
  aliases: z.array(line).max(MAX_LIST_LENGTH).default([]),
  /** An identifier in a knowledge base, typed by hand (e.g. a Wikidata QID), or ''. */
  externalId: line.default(''),
  /**
   * Null for an entity's first tag, which holds its name, aliases and identifier; else the id of
   * that tag: this one is another mention of the same entity.
   */
  mentionOf: tagIdSchema.nullable().default(null)
})

/**
 * A source that is not in the article's text (a report, a dataset, an interview): the fields of a
 * source tag without a target, listed under "Sources not in the text". Claims link it by id as
 * they link a source tag; ids are unique across tags and outside sources.
 */
export const outsideSourceSchema = z.object({
  id: tagIdSchema,
  title: z.string().min(1).max(MAX_LINE_LENGTH),
  note: z.string().max(MAX_NOTE_LENGTH),
  createdBy: authorSchema,
  createdAt: isoTime,
  updatedBy: authorSchema,
  updatedAt: isoTime,
  source: sourceFieldsSchema
})

export const tagSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('claim'), ...commonFields, claim: claimFieldsSchema }),
  z.object({ kind: z.literal('source'), ...commonFields, source: sourceFieldsSchema }),
  z.object({ kind: z.literal('entity'), ...commonFields, entity: entityFieldsSchema })
])

export type PositionSelector = z.infer<typeof positionSelectorSchema>
export type QuoteSelector = z.infer<typeof quoteSelectorSchema>
export type TagTarget = z.infer<typeof targetSchema>
export type Author = z.infer<typeof authorSchema>
export type Tag = z.infer<typeof tagSchema>
export type ClaimTag = Extract<Tag, { kind: 'claim' }>
export type SourceTag = Extract<Tag, { kind: 'source' }>
export type EntityTag = Extract<Tag, { kind: 'entity' }>
export type ClaimFields = z.infer<typeof claimFieldsSchema>
export type SourceFields = z.infer<typeof sourceFieldsSchema>
export type EntityFields = z.infer<typeof entityFieldsSchema>
export type SourceLink = z.infer<typeof sourceLinkSchema>
export type TextChange = z.infer<typeof textChangeSchema>
export type OutsideSource = z.infer<typeof outsideSourceSchema>

/** The fields a user may change on a tag (everything but identity, target and authorship). */
export type TagPatch =
  | { note?: string; changed?: null }
  | { note?: string; changed?: null; claim?: Partial<ClaimFields> }
  | { note?: string; changed?: null; source?: Partial<SourceFields> }
  | { note?: string; changed?: null; entity?: Partial<EntityFields> }

/** A new claim's fields: not rated, to check, nothing else filled in. */
export function emptyClaimFields(): ClaimFields {
  return claimFieldsSchema.parse({ verdict: 'not-rated', status: 'to-check' })
}

/** A new source's fields: no URL, type unspecified, nothing else filled in. */
export function emptySourceFields(): SourceFields {
  return sourceFieldsSchema.parse({ url: '', sourceType: 'unspecified' })
}

/** A new entity's fields: type Other, no name of its own, no aliases, its own first mention. */
export function emptyEntityFields(): EntityFields {
  return entityFieldsSchema.parse({ entityType: 'other' })
}

/**
 * Creates a tag. `now` is an ISO time; the caller supplies id, author and time so this stays pure.
 * An entity gets `entityType` (Other when not given); other kinds ignore it.
 */
export function createTag(args: { id: string; kind: TagKind; target: TagTarget; author: Author; now: string; entityType?: EntityType }): Tag {
  const common = {
    id: args.id,
    target: args.target,
    note: '',
    createdBy: args.author,
    createdAt: args.now,
    updatedBy: args.author,
    updatedAt: args.now,
    changed: null
  }
  switch (args.kind) {
    case 'claim':
      return { kind: 'claim', ...common, claim: emptyClaimFields() }
    case 'source':
      return { kind: 'source', ...common, source: emptySourceFields() }
    case 'entity':
      return { kind: 'entity', ...common, entity: { ...emptyEntityFields(), entityType: args.entityType ?? 'other' } }
  }
}

/**
 * Returns a copy of `tag` with `patch` applied and authorship updated. Does not mutate.
 * `changed: null` clears the text-change mark (the user confirmed the tag on its new text); so
 * does giving a claim a verdict, even the same one: the claim is then rated on this version.
 */
export function applyTagPatch(tag: Tag, patch: TagPatch, author: Author, now: string): Tag {
  const next = { ...tag, updatedBy: author, updatedAt: now } as Tag
  if ('note' in patch && patch.note !== undefined) next.note = patch.note
  if ('changed' in patch && patch.changed === null) next.changed = null
  if ('claim' in patch && patch.claim?.verdict !== undefined) next.changed = null
  if (next.kind === 'claim' && 'claim' in patch && patch.claim) next.claim = { ...next.claim, ...patch.claim }
  if (next.kind === 'source' && 'source' in patch && patch.source) next.source = { ...next.source, ...patch.source }
  if (next.kind === 'entity' && 'entity' in patch && patch.entity) next.entity = { ...next.entity, ...patch.entity }
  return next
}

/** A one-line status for lists: the verdict and status of a claim, the type of others. */
export function describeTagStatus(tag: Tag): string {
  switch (tag.kind) {
    case 'claim':
      return msg.model.claimStatusLine({ verdict: VERDICT_LABELS[tag.claim.verdict], status: CLAIM_STATUS_LABELS[tag.claim.status] })
    case 'source':
      return SOURCE_TYPE_LABELS[tag.source.sourceType]
    case 'entity':
      return ENTITY_TYPE_LABELS[tag.entity.entityType]
  }
}
