/**
 * Reading a brat `.ann` file (see brat.ts for the format as Factmark writes it) into annotations
 * that importTags.ts anchors in the article.
 *
 * Where the spans are: brat offsets count code points into the `.txt` (a CR is one character).
 * - With the `.txt` (`context.sourceText`), each T line's text must be the `.txt`'s at its
 *   offsets (fragments joined by one space), else the file is refused. When the `.txt` is the
 *   article's plain text, positions carry over; when it differs only in blank space (single
 *   newlines, CRs, indentation), spans are mapped character by character onto the article; when
 *   it differs more, each span's text and context in the `.txt` place it by quote.
 * - Without the `.txt`, the article's own text is used when every T line's text is there at its
 *   offsets; else each annotation is placed by its text alone (a warning says so).
 * Raw offsets are never used in a text they were not checked against.
 *
 * A discontinuous span (`0 5;10 15`) becomes its covering span, from the first fragment's start
 * to the last one's end: silently when what lies between is blank space (brat cuts a span made
 * across lines that way), else with a warning naming it.
 *
 * Types are read case-insensitively, with common names of other corpora (Organization, GPE,
 * PER, LOC…) mapped to entity types; any other type becomes an entity of type Other whose note
 * names the type. `A` and legacy `M` attributes fill fields (an attribute without value means
 * true), `#` notes the tag's note and text fields, `N` normalisations the entity's identifier,
 * `R` relations links, `*` equivalences (Alias) make later entities mentions of the first. Events
 * (`E`) and anything else Factmark has no field for are left out with a warning. A line that is
 * not brat, a bad offset, a text that differs from the `.txt` or a reference to an id not in the
 * file is refused with a sentence naming the line. brat has no authors or dates: imported tags
 * are the importer's, made at the time of the import.
 */
import { codePointIndex } from '../anchoring/codePoints'
import { fail, ok, type Result } from '../ipc/result'
import { msg } from '../messages'
import {
  CHECK_WORTHINESS,
  CLAIM_STATUSES,
  SOURCE_RELATIONS,
  SOURCE_TYPES,
  VERDICTS,
  type ClaimFields,
  type EntityFields,
  type EntityType,
  type SourceFields,
  type SourceRelation,
  type TagKind
} from '../model/tag'
import { ABOUT, ATTRIBUTES, MENTION_OF, NOTES, SOURCE_RELATION_NAMES, SPEAKER, kindOfType, nameKey } from './bratVocabulary'
import { shown, targetsOf, textAt, type Fragment, type TextBound } from './bratPlacement'
import type { ImportContext, ImportedAnnotation, ImportedTarget, ParsedImport } from './types'

const m = msg.formats.brat

/** What the rest of the file says about one T. */
interface Fields {
  kind: TagKind
  entityType: EntityType
  foreignType: string | null
  notes: Map<string, string[]>
  claim: Partial<Omit<ClaimFields, 'sources' | 'entities' | 'speakerId'>>
  source: Partial<SourceFields>
  entity: Partial<Omit<EntityFields, 'mentionOf'>>
  referenceName: string | null
  sources: { key: string; relation: SourceRelation }[]
  entities: string[]
  speaker?: string
  mentionOf?: string
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** True when `content` looks like a brat `.ann` file: its first line that is not blank is a brat annotation. */
export function detectBrat(content: string): boolean {
  const first = content.replace(/^\ufeff/, '').split(/\r\n|\n|\r/).find((line) => line.trim() !== '')
  return first !== undefined && /^(?:T\d+\S*\t\S+ \d+ \d+|[REAMN]\d+\S*\t\S|#\d*\S*\t\S|\*\t\S)/.test(first)
}

type Refusal = { readonly refused: string }

/** Parses a T line; a refusal sentence when it is not one. */
function parseTextBound(id: string, rest: string, line: number): TextBound | Refusal {
  const tab = rest.indexOf('\t')
  if (tab < 0) return { refused: m.refuse.badTextBound({ line }) }
  const head = rest.slice(0, tab)
  const space = head.indexOf(' ')
  if (space <= 0) return { refused: m.refuse.badTextBound({ line }) }
  const type = head.slice(0, space)
  const spanText = head.slice(space + 1)
  const fragments: Fragment[] = []
  for (const piece of spanText.split(';')) {
    const match = /^\s*(\d{1,15}) (\d{1,15})\s*$/.exec(piece)
    const start = match ? Number(match[1]) : NaN
    const end = match ? Number(match[2]) : NaN
    if (!match || !(start < end)) return { refused: m.refuse.badOffsets({ line, span: shown(spanText) }) }
    fragments.push({ start, end })
  }
  const length = fragments.reduce((sum, f) => sum + f.end - f.start, 0) + fragments.length - 1
  const tail = Array.from(rest.slice(tab + 1))
  if (tail.length < length) return { refused: m.refuse.badTextBound({ line }) }
  const after = tail.slice(length).join('')
  if (after !== '' && !/^\s/u.test(after)) return { refused: m.refuse.badTextBound({ line }) }
  return { id, line, type, fragments, text: tail.slice(0, length).join('') }
}

function emptyFields(type: string): Fields {
  const known = kindOfType(type)
  return {
    kind: known?.kind ?? 'entity',
    entityType: known?.entityType ?? 'other',
    foreignType: known ? null : type,
    notes: new Map(),
    claim: {},
    source: {},
    entity: {},
    referenceName: null,
    sources: [],
    entities: []
  }
}

function oneOf<T extends string>(values: readonly T[], value: string): T | null {
  const found = values.find((v) => v === value.toLowerCase())
  return found ?? null
}

/** Sets the field an attribute names; a warning when Factmark has no such field or value. */
function applyAttribute(fields: Fields, aid: string, target: string, name: string, value: string | null): string | null {
  const key = nameKey(name)
  const bad = (): string => m.warn.badAttributeValue({ id: shown(aid), name: shown(name), value: shown(value ?? 'true') })
  const v = value ?? ''
  /** Sets a field from a value among `values`, or says why not. */
  const pick = <T extends string>(values: readonly T[], set: (value: T) => void): string | null => {
    const found = oneOf(values, v)
    if (found === null) return bad()
    set(found)
    return null
  }
  const date = (set: (value: string) => void): string | null => {
    if (!DATE.test(v)) return bad()
    set(v)
    return null
  }
  if (fields.kind === 'claim') {
    const c = fields.claim
    if (key === nameKey(ATTRIBUTES.verdict)) return pick(VERDICTS, (x) => (c.verdict = x))
    if (key === nameKey(ATTRIBUTES.status)) return pick(CLAIM_STATUSES, (x) => (c.status = x))
    if (key === nameKey(ATTRIBUTES.checkWorthiness)) return pick(CHECK_WORTHINESS, (x) => (c.checkWorthiness = x))
    if (key === nameKey(ATTRIBUTES.claimDate)) return date((x) => (c.claimDate = x))
  } else if (fields.kind === 'source') {
    const s = fields.source
    if (key === nameKey(ATTRIBUTES.sourceType)) return pick(SOURCE_TYPES, (x) => (s.sourceType = x))
    if (key === nameKey(ATTRIBUTES.publishedOn)) return date((x) => (s.publishedOn = x))
    if (key === nameKey(ATTRIBUTES.accessedOn)) return date((x) => (s.accessedOn = x))
  }
  return m.warn.unknownAttribute({ id: shown(target), name: shown(name) })
}

/** The note types each kind has, by nameKey. */
const NOTE_TYPES: Readonly<Record<TagKind, readonly string[]>> = {
  claim: [NOTES.note, NOTES.claimReviewed, NOTES.rationale].map(nameKey),
  source: [NOTES.note, NOTES.url, NOTES.publisher, NOTES.reliability].map(nameKey),
  entity: [NOTES.note, NOTES.canonicalName, NOTES.alias, NOTES.externalId].map(nameKey)
}

const RELATION_OF = new Map<string, SourceRelation>(SOURCE_RELATIONS.map((r) => [nameKey(SOURCE_RELATION_NAMES[r]), r]))

/**
 * Reads `content`, a brat `.ann` file, against `context` (see the module comment). Never throws
 * on a file's content: a refusal names the line and what is wrong.
 */
export function bratImport(content: string, context: ImportContext): Result<ParsedImport> {
  const lines = content.replace(/^\ufeff/, '').split(/\r\n|\n|\r/)
  // Every id of the file, first: references may point forward (an event to a later one).
  const idKinds = new Map<string, string>()
  for (const line of lines) {
    const tab = line.indexOf('\t')
    const id = tab > 0 ? line.slice(0, tab) : ''
    if (id !== '' && id !== '*' && !idKinds.has(id)) idKinds.set(id, id[0])
  }
  const spans: TextBound[] = []
  const fieldsOf = new Map<string, Fields>()
  const seen = new Set<string>()
  const warnings: string[] = []
  const source = context.sourceText
  const sourceChars = source === undefined ? null : codePointIndex(source)
  const refuse = (message: string): Result<ParsedImport> => fail('INVALID', message)
  /** The T an annotation line is on: a refusal when the id is not in the file, null (with a warning) when it is not a T. */
  const targetOf = (line: number, ownId: string, target: string): Fields | Refusal | null => {
    if (!idKinds.has(target)) return { refused: m.refuse.missingId({ line, id: shown(target) }) }
    const fields = fieldsOf.get(target)
    if (!fields) warnings.push(m.warn.notOnText({ id: shown(ownId), target: shown(target) }))
    return fields ?? null
  }
  // Lines that refer to Ts are read once every T is known.
  const later: { line: number; id: string; rest: string }[] = []
  for (let index = 0; index < lines.length; index += 1) {
    const text = lines[index]
    const line = index + 1
    if (text.trim() === '') continue
    const tab = text.indexOf('\t')
    const id = tab > 0 ? text.slice(0, tab) : ''
    const rest = text.slice(tab + 1)
    if (!/^(?:[TREAMN][0-9]+\S*|#[0-9]*\S*|\*)$/.test(id)) return refuse(m.refuse.unknownLine({ line, start: shown(text.slice(0, 8)) || '?' }))
    if (id !== '*') {
      if (seen.has(id)) return refuse(m.refuse.duplicateId({ line, id: shown(id) }))
      seen.add(id)
    }
    if (id[0] !== 'T') {
      later.push({ line, id, rest })
      continue
    }
    const span = parseTextBound(id, rest, line)
    if ('refused' in span) return refuse(span.refused)
    if (source !== undefined && sourceChars) {
      const end = Math.max(...span.fragments.map((f) => f.end))
      if (end > sourceChars.codePointLength) return refuse(m.refuse.pastEnd({ line, end, length: sourceChars.codePointLength }))
      const there = textAt(sourceChars, source, span.fragments) ?? ''
      if (there !== span.text) return refuse(m.refuse.textMismatch({ line, ann: shown(span.text), txt: shown(there) }))
    }
    spans.push(span)
    fieldsOf.set(id, emptyFields(span.type))
  }

  for (const { line, id, rest } of later) {
    const kind = id[0]
    if (kind === 'A' || kind === 'M') {
      const parts = rest.trim().split(/ +/)
      if (parts.length < 2 || parts.length > 3 || /\t/.test(rest.trim())) return refuse(m.refuse.badAttribute({ line }))
      const fields = targetOf(line, id, parts[1])
      if (fields && 'refused' in fields) return refuse(fields.refused)
      const warning = fields ? applyAttribute(fields, id, parts[1], parts[0], parts[2] ?? null) : null
      if (warning) warnings.push(warning)
    } else if (kind === '#') {
      const tab = rest.indexOf('\t')
      const parts = (tab < 0 ? rest : rest.slice(0, tab)).trim().split(/ +/)
      if (parts.length !== 2) return refuse(m.refuse.badNote({ line }))
      const fields = targetOf(line, id, parts[1])
      if (fields && 'refused' in fields) return refuse(fields.refused)
      if (!fields) continue
      const type = nameKey(parts[0])
      if (!NOTE_TYPES[fields.kind].includes(type)) {
        warnings.push(m.warn.unknownNote({ id: shown(id), type: shown(parts[0]) }))
        continue
      }
      const list = fields.notes.get(type) ?? []
      list.push(tab < 0 ? '' : rest.slice(tab + 1))
      fields.notes.set(type, list)
    } else if (kind === 'N') {
      const tab = rest.indexOf('\t')
      const parts = (tab < 0 ? rest : rest.slice(0, tab)).trim().split(/ +/)
      const colon = parts.length === 3 ? parts[2].indexOf(':') : -1
      if (colon <= 0 || colon === parts[2].length - 1) return refuse(m.refuse.badNormalization({ line }))
      const fields = targetOf(line, id, parts[1])
      if (fields && 'refused' in fields) return refuse(fields.refused)
      if (!fields) continue
      if (fields.kind !== 'entity') {
        warnings.push(m.warn.normalizationLeftOut({ id: shown(id) }))
        continue
      }
      if (fields.entity.externalId !== undefined) continue
      const base = parts[2].slice(0, colon)
      const entry = parts[2].slice(colon + 1)
      fields.entity.externalId = base.toLowerCase() === 'wikidata' && /^Q[0-9]+$/.test(entry) ? entry : parts[2]
      fields.referenceName = tab < 0 ? '' : rest.slice(tab + 1)
    } else if (kind === 'R') {
      const tab = rest.indexOf('\t')
      const parts = (tab < 0 ? rest : rest.slice(0, tab)).trim().split(/ +/)
      const args = parts.slice(1).map((part) => /^[^:\s]+:(\S+)$/.exec(part)?.[1])
      if (parts.length !== 3 || args[0] === undefined || args[1] === undefined) return refuse(m.refuse.badRelation({ line }))
      const [from, to] = args as [string, string]
      for (const arg of [from, to]) if (!idKinds.has(arg)) return refuse(m.refuse.missingId({ line, id: shown(arg) }))
      const a = fieldsOf.get(from)
      const b = fieldsOf.get(to)
      if (!a || !b) {
        warnings.push(m.warn.notOnText({ id: shown(id), target: shown(a ? to : from) }))
        continue
      }
      const type = nameKey(parts[0])
      const relation = RELATION_OF.get(type)
      const fits = (x: TagKind, y: TagKind): boolean => a.kind === x && b.kind === y
      const wrong = (): void => void warnings.push(m.warn.wrongKinds({ id: shown(id), type: shown(parts[0]) }))
      if (relation) {
        if (fits('claim', 'source')) a.sources.push({ key: to, relation })
        else wrong()
      } else if (type === nameKey(ABOUT)) {
        if (fits('claim', 'entity')) a.entities.push(to)
        else wrong()
      } else if (type === nameKey(SPEAKER)) {
        if (fits('claim', 'entity')) a.speaker ??= to
        else wrong()
      } else if (type === nameKey(MENTION_OF)) {
        if (fits('entity', 'entity') && from !== to) a.mentionOf ??= to
        else wrong()
      } else warnings.push(m.warn.unknownRelation({ id: shown(id), type: shown(parts[0]) }))
    } else if (kind === 'E') {
      const refs = rest.trim().split(/ +/).map((part) => /^[^:\s]+:(\S+)$/.exec(part)?.[1])
      if (refs.length === 0 || refs[0] === undefined) return refuse(m.refuse.badOther({ line }))
      for (const ref of refs) if (ref !== undefined && !idKinds.has(ref)) return refuse(m.refuse.missingId({ line, id: shown(ref) }))
      warnings.push(m.warn.eventLeftOut({ id: shown(id) }))
    } else {
      // An equivalence: `*\tAlias T3 T4 T5`.
      const parts = rest.trim().split(/ +/)
      if (parts.length < 3) return refuse(m.refuse.badOther({ line }))
      for (const ref of parts.slice(1)) if (!idKinds.has(ref)) return refuse(m.refuse.missingId({ line, id: shown(ref) }))
      const members = parts.slice(1).map((ref) => fieldsOf.get(ref))
      if (members.some((f) => f?.kind !== 'entity')) {
        warnings.push(m.warn.equivalenceLeftOut({ line }))
        continue
      }
      const first = parts[1]
      members.forEach((f, i) => {
        if (f && i > 0 && parts[i + 1] !== first) f.mentionOf ??= first
      })
    }
  }

  return ok({ annotations: annotationsOf(spans, fieldsOf, context, warnings), warnings })
}

function annotationsOf(spans: readonly TextBound[], fieldsOf: ReadonlyMap<string, Fields>, context: ImportContext, warnings: string[]): ImportedAnnotation[] {
  const targets = targetsOf(spans, context, warnings)
  const foreign = new Map<string, number>()
  const annotations = spans.map((span): ImportedAnnotation => {
    const f = fieldsOf.get(span.id) as Fields
    const notes = (type: string): string | undefined => f.notes.get(nameKey(type))?.join('\n')
    const noteParts = [f.foreignType === null ? undefined : m.typeNote({ type: f.foreignType }), notes(NOTES.note)].filter((n) => n !== undefined)
    if (f.foreignType !== null) foreign.set(f.foreignType, (foreign.get(f.foreignType) ?? 0) + 1)
    const base = {
      key: span.id,
      kind: f.kind,
      target: targets.get(span.id) as ImportedTarget,
      note: noteParts.join('\n'),
      createdBy: context.importer,
      createdAt: context.now,
      updatedBy: context.importer,
      updatedAt: context.now
    }
    const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
    if (f.kind === 'claim') {
      return {
        ...base,
        claim: defined({ ...f.claim, claimReviewed: notes(NOTES.claimReviewed), rationale: notes(NOTES.rationale) }),
        links: { sources: f.sources, entities: f.entities, speaker: f.speaker }
      }
    }
    if (f.kind === 'source') {
      return { ...base, source: defined({ ...f.source, url: notes(NOTES.url), publisher: notes(NOTES.publisher), reliability: notes(NOTES.reliability) }) }
    }
    const canonicalName = notes(NOTES.canonicalName) ?? (f.referenceName !== null && f.referenceName !== span.text ? f.referenceName : undefined)
    const externalId = f.entity.externalId ?? notes(NOTES.externalId)
    return {
      ...base,
      entity: defined({ entityType: f.entityType, canonicalName, aliases: f.notes.get(nameKey(NOTES.alias)), externalId }),
      links: { mentionOf: f.mentionOf }
    }
  })
  for (const [type, count] of foreign) warnings.push(m.warn.unknownType({ type: shown(type), count }))
  return annotations
}
