/**
 * The names Factmark writes into brat standoff files and reads back (see brat.ts for the format
 * and the choices made): the span types, relation types, attribute names and note types, and
 * the common type names of other brat corpora that map to Factmark's entity types.
 *
 * Names are written capitalised, as brat's own example configurations spell types (Person,
 * Organization, GPE); Factmark's entity types keep their British spelling (Organisation). Names
 * are read back case-insensitively, ignoring hyphens and underscores (`quoted-from`, `QuotedFrom`).
 */
import type { EntityType, SourceRelation, TagKind } from '../model/tag'

/** The brat type of a claim and of a source. */
export const CLAIM_TYPE = 'Claim'
export const SOURCE_TYPE = 'Source'

/** The brat type of each entity type. */
export const ENTITY_TYPE_NAMES: Readonly<Record<EntityType, string>> = {
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  date: 'Date',
  event: 'Event',
  other: 'Other'
}

/** The relation type of each claim → source link. */
export const SOURCE_RELATION_NAMES: Readonly<Record<SourceRelation, string>> = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  context: 'Context',
  'quoted-from': 'QuotedFrom'
}

/** Relation types of the other links: claim → entity it is about, claim → speaker, mention → entity. */
export const ABOUT = 'About'
export const SPEAKER = 'Speaker'
export const MENTION_OF = 'MentionOf'

/** Attribute names (enumerations and dates, whose values hold no space). */
export const ATTRIBUTES = {
  verdict: 'Verdict',
  status: 'Status',
  checkWorthiness: 'CheckWorthiness',
  claimDate: 'ClaimDate',
  sourceType: 'SourceType',
  publishedOn: 'PublishedOn',
  accessedOn: 'AccessedOn'
} as const

/** Note types (`#` lines) of free-text fields; a tag's own note is brat's AnnotatorNotes. */
export const NOTES = {
  note: 'AnnotatorNotes',
  claimReviewed: 'ClaimReviewed',
  rationale: 'Rationale',
  url: 'Url',
  publisher: 'Publisher',
  reliability: 'Reliability',
  canonicalName: 'CanonicalName',
  alias: 'Alias',
  externalId: 'ExternalId'
} as const

/** The normalisation type written for an entity's identifier (brat's own examples use Reference). */
export const REFERENCE = 'Reference'

/** A name as compared when reading: lower case, without hyphens, underscores or spaces. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[-_\s]/g, '')
}

/** What a brat type is in Factmark, read case-insensitively; null for a type it does not have. */
export function kindOfType(type: string): { kind: TagKind; entityType?: EntityType } | null {
  const key = nameKey(type)
  if (key === 'claim') return { kind: 'claim' }
  if (key === 'source') return { kind: 'source' }
  const entityType = FOREIGN_ENTITY_TYPES[key]
  return entityType ? { kind: 'entity', entityType } : null
}

/** Entity type names of Factmark and of common brat corpora (CoNLL, ACE, OntoNotes, TDT), by nameKey. */
const FOREIGN_ENTITY_TYPES: Readonly<Record<string, EntityType>> = {
  person: 'person',
  per: 'person',
  people: 'person',
  organisation: 'organisation',
  organization: 'organisation',
  org: 'organisation',
  company: 'organisation',
  norp: 'organisation',
  place: 'place',
  location: 'place',
  loc: 'place',
  gpe: 'place',
  facility: 'place',
  fac: 'place',
  geopoliticalentity: 'place',
  date: 'date',
  time: 'date',
  timex: 'date',
  timex3: 'date',
  event: 'event',
  other: 'other',
  misc: 'other',
  miscellaneous: 'other',
  entity: 'other'
}

/**
 * Line breaks as brat's server sees them: it reads an .ann file with Python's `splitlines`, so a
 * text, a note or an identifier written into one must not hold any of these.
 */
export const LINE_BREAK = new RegExp(`\r\n|[\n\r\v\f${String.fromCharCode(0x1c, 0x2d, 0x1e)}\u0085\u2028\u2029]`, 'u')

/** A brat id: a letter (or #) and a number, then an optional tail brat gives no meaning. */
export const ID = /^(?:[A-Za-z]|#)[0-9]+\S*$/
