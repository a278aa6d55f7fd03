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

/** Longest note kept; a longer one is refused by validation, not cut. */
export const MAX_NOTE_LENGTH = 20_000
export const MAX_URL_LENGTH = 2_048

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

/**
 * Who made or last changed a tag: the annotator's id, which never changes, and their name at the
 * time, for people to read. Reviews and agreement figures go by the id; names change.
 */
export const authorSchema = z.object({
  annotatorId: z.string().min(1).max(64),
  name: z.string().min(1).max(200)
})

const commonFields = {
  id: z.string().min(1).max(64),
  target: targetSchema,
  note: z.string().max(MAX_NOTE_LENGTH),
  createdBy: authorSchema,
  createdAt: isoTime,
  updatedBy: authorSchema,
  updatedAt: isoTime
}

export const claimFieldsSchema = z.object({
  verdict: z.enum(VERDICTS),
  status: z.enum(CLAIM_STATUSES)
})
export const sourceFieldsSchema = z.object({
  url: z.string().max(MAX_URL_LENGTH),
  sourceType: z.enum(SOURCE_TYPES)
})
export const entityFieldsSchema = z.object({ entityType: z.enum(ENTITY_TYPES) })

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

/** The fields a user may change on a tag (everything but identity, target and authorship). */
export type TagPatch =
  | { note?: string }
  | { note?: string; claim?: Partial<ClaimFields> }
  | { note?: string; source?: Partial<SourceFields> }
  | { note?: string; entity?: Partial<EntityFields> }

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
    updatedAt: args.now
  }
  switch (args.kind) {
    case 'claim':
      return { kind: 'claim', ...common, claim: { verdict: 'not-rated', status: 'to-check' } }
    case 'source':
      return { kind: 'source', ...common, source: { url: '', sourceType: 'unspecified' } }
    case 'entity':
      return { kind: 'entity', ...common, entity: { entityType: args.entityType ?? 'other' } }
  }
}

/** Returns a copy of `tag` with `patch` applied and authorship updated. Does not mutate. */
export function applyTagPatch(tag: Tag, patch: TagPatch, author: Author, now: string): Tag {
  const next = { ...tag, updatedBy: author, updatedAt: now } as Tag
  if ('note' in patch && patch.note !== undefined) next.note = patch.note
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
