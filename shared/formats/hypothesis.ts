/**
 * Hypothesis import: annotations made with the Hypothesis client (hypothes.is) on the article's
 * web page, read from the client's export file (`{ export_date, annotations: […] }`), from an API
 * search answer (`{ rows: […], total }`) or from one annotation.
 *
 * Where: `target[0].selector` holds a `TextQuoteSelector` (exact, prefix, suffix), a
 * `TextPositionSelector` and a `RangeSelector`. The position counts UTF-16 units over the web
 * page's whole text, scripts and menus included, not over the article's plain text, and the range
 * is an XPath into that page: both are ignored, and each annotation is placed by its quote and
 * context only (`position: null`, see importTags.ts).
 *
 * Who and when: `user` is `acct:name@authority`; the author's id is that account and the name is
 * `user_info.display_name` when given, else the account's name part. `created` and `updated`
 * (`2018-12-15T16:16:12.225402+00:00`: microseconds and an offset) become ISO times in UTC with a
 * trailing Z (milliseconds kept). Missing ones take the importer and the time of the import.
 *
 * What: the annotation's `text` (Markdown) is kept as the tag's note, followed by a line with its
 * `tags`. A tag naming a kind or an entity type, in English or French ("claim", « affirmation »,
 * "source", "person", « lieu »…), makes the annotation that kind; a verdict tag ("false",
 * « plutôt faux ») rates a claim. Without one, an annotation becomes a claim not yet rated, to
 * check: a fact-checker who highlights a passage in Hypothesis marks something to check, and a
 * claim is what the report lists; the note keeps every word of it.
 *
 * Left out, with a warning: page notes (no selector), replies (`references` not empty) and
 * annotations without a quote. A file that is not JSON or not shaped like Hypothesis's is refused
 * with a sentence naming the field (`rows[3].target[0].selector`).
 */
import { fail, ok, type Result } from '../ipc/result'
import { labelsEn } from '../messages/labels.en'
import { labelsFr } from '../messages/labels.fr'
import { msg } from '../messages'
import { ENTITY_TYPES, VERDICTS, type Author, type EntityType, type TagKind, type Verdict } from '../model/tag'
import type { ImportContext, ImportedAnnotation, ImportFormat, ParsedImport } from './types'

const m = msg.formats.hypothesis

/** Hypothesis's time stamps: date, time, optional fraction of any length, Z or an offset. */
const HYPOTHESIS_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/
const ACCOUNT = /^acct:([^@\s]+)@([^@\s]+)$/

type Json = unknown

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** What a tag of the file says of the annotation's kind. */
type KindWord = { kind: 'claim' } | { kind: 'source' } | { kind: 'entity'; entityType: EntityType } | { verdict: Verdict }

/** Words that name a kind, an entity type or a verdict: identifiers and labels in both languages. */
const KIND_WORDS: ReadonlyMap<string, KindWord> = (() => {
  const words = new Map<string, KindWord>()
  const add = (word: string, meaning: KindWord) => words.set(word.trim().toLowerCase(), meaning)
  for (const labels of [labelsEn, labelsFr]) {
    add(labels.kinds.claim, { kind: 'claim' })
    add(labels.kinds.source, { kind: 'source' })
    add(labels.kinds.entity, { kind: 'entity', entityType: 'other' })
    for (const type of ENTITY_TYPES) if (type !== 'other') add(labels.entityTypes[type], { kind: 'entity', entityType: type })
    for (const verdict of VERDICTS) if (verdict !== 'not-rated') add(labels.verdicts[verdict], { verdict })
  }
  for (const kind of ['claim', 'source'] as const) add(kind, { kind })
  add('entity', { kind: 'entity', entityType: 'other' })
  add('organization', { kind: 'entity', entityType: 'organisation' })
  for (const type of ENTITY_TYPES) if (type !== 'other') add(type, { kind: 'entity', entityType: type })
  for (const verdict of VERDICTS) if (verdict !== 'not-rated') add(verdict, { verdict })
  return words
})()

/** A file-level refusal: the sentence, carried out of the walk. */
class Refusal {
  constructor(readonly message: string) {}
}

/** Longest piece of the file a message quotes. */
const QUOTED = 80

/**
 * A piece of the file as a message may quote it: on one line, controls, bidi marks, separators
 * and lone surrogates shown as \uXXXX, at most {@link QUOTED} characters.
 */
function printable(value: string): string {
  const cut = [...value].slice(0, QUOTED).join('')
  return cut.replace(/[\p{C}\u2028\u2029]/gu, (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`)
}

function refuse(message: string): never {
  throw new Refusal(message)
}

function stringAt(record: Record<string, Json>, key: string, path: string): string | undefined {
  const value = record[key]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') refuse(m.notAString({ path: `${path}.${key}` }))
  return value
}

/** `value` (a Hypothesis time) as an ISO time in UTC with a trailing Z. */
export function hypothesisTimeToIso(value: string): string | null {
  const match = HYPOTHESIS_TIME.exec(value)
  if (!match) return null
  const fraction = (match[2] ?? '.000').slice(0, 4).padEnd(4, '0')
  const offset = match[3] === 'Z' ? 'Z' : match[3].includes(':') ? match[3] : `${match[3].slice(0, 3)}:${match[3].slice(3)}`
  const time = new Date(`${match[1]}${fraction}${offset}`)
  return Number.isNaN(time.getTime()) ? null : time.toISOString()
}

function timeAt(record: Record<string, Json>, key: string, path: string): string | undefined {
  const value = stringAt(record, key, path)
  if (value === undefined) return undefined
  const iso = hypothesisTimeToIso(value)
  if (iso === null) refuse(m.badDate({ path: `${path}.${key}`, value: printable(value) }))
  return iso
}

function authorOf(record: Record<string, Json>, path: string, importer: Author): Author {
  const user = stringAt(record, 'user', path)
  if (user === undefined) return importer
  const match = ACCOUNT.exec(user)
  if (!match) refuse(m.badUser({ path: `${path}.user`, value: printable(user) }))
  const info = record.user_info
  const display = isObject(info) && typeof info.display_name === 'string' ? info.display_name.trim() : ''
  return { annotatorId: user, name: display || match[1] }
}

/** The rows of the file and the path their indexes are shown under. */
function rowsOf(data: Json): { rows: Json[]; base: string } | { single: Record<string, Json> } {
  if (!isObject(data)) refuse(m.notHypothesis)
  if ('annotations' in data) {
    if (!Array.isArray(data.annotations)) refuse(m.notAnArray({ path: 'annotations' }))
    return { rows: data.annotations, base: 'annotations' }
  }
  if ('rows' in data) {
    if (!Array.isArray(data.rows)) refuse(m.notAnArray({ path: 'rows' }))
    return { rows: data.rows, base: 'rows' }
  }
  if (looksLikeAnnotation(data)) return { single: data }
  refuse(m.notHypothesis)
}

function looksLikeAnnotation(data: Record<string, Json>): boolean {
  return typeof data.id === 'string' && Array.isArray(data.target) && ('uri' in data || 'user' in data)
}

/** One row: an annotation, or a warning saying why it is left out. */
function readRow(row: Json, path: string, context: ImportContext): ImportedAnnotation | { warning: string } {
  if (!isObject(row)) refuse(m.notAnObject({ path }))
  const id = stringAt(row, 'id', path)
  if (id === undefined || id.trim() === '') refuse(m.emptyField({ path: `${path}.id` }))
  const createdBy = authorOf(row, path, context.importer)
  const createdAt = timeAt(row, 'created', path) ?? context.now
  const updatedAt = timeAt(row, 'updated', path) ?? createdAt
  const references = row.references
  if (references !== undefined && references !== null && !Array.isArray(references)) refuse(m.notAnArray({ path: `${path}.references` }))
  if (Array.isArray(references) && references.length > 0) return { warning: m.reply({ path }) }

  const target = row.target
  if (target === undefined || target === null) return { warning: m.pageNote({ path }) }
  if (!Array.isArray(target)) refuse(m.notAnArray({ path: `${path}.target` }))
  if (target.length === 0) return { warning: m.pageNote({ path }) }
  const first = target[0]
  if (!isObject(first)) refuse(m.notAnObject({ path: `${path}.target[0]` }))
  const selectors = first.selector
  if (selectors === undefined || selectors === null) return { warning: m.pageNote({ path }) }
  if (!Array.isArray(selectors)) refuse(m.notAnArray({ path: `${path}.target[0].selector` }))
  let quote: { exact: string; prefix: string; suffix: string } | null = null
  for (const [index, selector] of selectors.entries()) {
    const at = `${path}.target[0].selector[${index}]`
    if (!isObject(selector)) refuse(m.notAnObject({ path: at }))
    // RangeSelector (an XPath into the web page) and TextPositionSelector (offsets into the
    // page's whole text) do not count into the article's plain text: only the quote is read.
    if (selector.type !== 'TextQuoteSelector' || quote) continue
    const exact = stringAt(selector, 'exact', at)
    if (exact === undefined || exact === '') refuse(m.emptyField({ path: `${at}.exact` }))
    quote = { exact, prefix: stringAt(selector, 'prefix', at) ?? '', suffix: stringAt(selector, 'suffix', at) ?? '' }
  }
  if (!quote) return { warning: m.noQuote({ path }) }

  const text = stringAt(row, 'text', path) ?? ''
  const rawTags = row.tags
  if (rawTags !== undefined && rawTags !== null && !Array.isArray(rawTags)) refuse(m.notAnArray({ path: `${path}.tags` }))
  const tags = (Array.isArray(rawTags) ? rawTags : []).map((tag, index) => {
    if (typeof tag !== 'string') refuse(m.notAString({ path: `${path}.tags[${index}]` }))
    return tag.trim()
  }).filter((tag) => tag !== '')

  let kind: TagKind = 'claim'
  let entityType: EntityType = 'other'
  let verdict: Verdict | undefined
  let kindSet = false
  for (const tag of tags) {
    const meaning = KIND_WORDS.get(tag.toLowerCase())
    if (!meaning) continue
    if ('verdict' in meaning) verdict ??= meaning.verdict
    else if (!kindSet) {
      kind = meaning.kind
      if (meaning.kind === 'entity') entityType = meaning.entityType
      kindSet = true
    }
  }
  const note = [text.trim(), tags.length > 0 ? m.tagsLine({ tags: tags.join(', ') }) : ''].filter((part) => part !== '').join('\n\n')
  const base = {
    key: id,
    target: { ...quote, position: null },
    note,
    createdBy,
    createdAt,
    updatedBy: createdBy,
    updatedAt
  }
  if (kind === 'claim') return { ...base, kind, claim: verdict ? { verdict } : {} }
  if (kind === 'source') return { ...base, kind, source: {} }
  return { ...base, kind, entity: { entityType } }
}

/** Reads a Hypothesis file. Never throws on its content. */
export function parseHypothesis(content: string, context: ImportContext): Result<ParsedImport> {
  let data: Json
  try {
    data = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content)
  } catch (error) {
    // JSON.parse quotes a piece of the file, which may hold control or bidi characters.
    const detail = printable((error instanceof Error ? error.message : String(error)).slice(0, 120))
    return fail('INVALID', m.notJson({ detail }))
  }
  try {
    const found = rowsOf(data)
    const list = 'single' in found ? [{ row: found.single as Json, path: 'annotation' }] : found.rows.map((row, i) => ({ row, path: `${found.base}[${i}]` }))
    const annotations: ImportedAnnotation[] = []
    const warnings: string[] = []
    const seen = new Set<string>()
    for (const { row, path } of list) {
      const read = readRow(row, path, context)
      if ('warning' in read) {
        warnings.push(read.warning)
        continue
      }
      if (seen.has(read.key)) refuse(m.duplicateId({ path: `${path}.id`, id: printable(read.key) }))
      seen.add(read.key)
      annotations.push(read)
    }
    return ok({ annotations, warnings })
  } catch (error) {
    if (error instanceof Refusal) return fail('INVALID', error.message)
    throw error
  }
}

/** True for JSON shaped like a Hypothesis export, API search answer or annotation (and not W3C JSON-LD). */
export function looksLikeHypothesis(content: string): boolean {
  const head = content.slice(0, 4096)
  if (!/^\s*(\ufeff)?\s*\{/.test(head)) return false
  let data: Json
  try {
    data = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content)
  } catch {
    return false
  }
  if (!isObject(data) || '@context' in data) return false
  if ('export_date' in data && Array.isArray(data.annotations)) return true
  if (Array.isArray(data.rows) && 'total' in data) return true
  return looksLikeAnnotation(data) && typeof data.user === 'string' && data.user.startsWith('acct:')
}

export const hypothesisFormat: ImportFormat = {
  id: 'hypothesis',
  detect: looksLikeHypothesis,
  parse: parseHypothesis
}
