/**
 * W3C Web Annotation import: reads an `AnnotationCollection` (its embedded pages, `first` then
 * each `next`), an `AnnotationPage`, a single `Annotation` or a JSON array of annotations, as
 * Factmark's export writes them (see w3cExport.ts for the mapping) or as other tools do.
 *
 * Each annotation is placed by its `TextQuoteSelector` (found in `selector`, a list of selectors
 * or a `refinedBy` chain); a `TextPositionSelector` beside it at the top of `selector` counts
 * code points and is converted to UTF-16 (shared/anchoring/codePoints.ts) as the position hint;
 * anchoring itself is importTags.ts's. `creator` keeps its id (Factmark's own annotator IRIs give
 * back the annotator id) and name. Factmark's `urn:factmark:` fields give back kind, verdict and
 * the other kind fields; for other tools' annotations the kind comes from a tagging body naming
 * it, else `identifying` makes an entity and anything else a claim to check. Textual bodies
 * other than Factmark's own labels become the note. Linking annotations between two annotations
 * of the file become links.
 *
 * Refused, with a sentence naming the path of the field: not JSON; no `@context` or another one
 * than anno.jsonld (http, or https which some tools write); a node without `type` or of the wrong
 * type; a date that is not ISO 8601; no annotation with a `TextQuoteSelector` at all; a quote or
 * position of the wrong JSON type. Annotations without a quote among others, unknown
 * motivations, bodies and values are left out or kept as notes with a warning. Never throws.
 */
import { codePointIndex, toUtf16Range } from '../anchoring/codePoints'
import { fail, ok, type Result } from '../ipc'
import { msg } from '../messages'
import { labelsEn } from '../messages/labels.en'
import { labelsFr } from '../messages/labels.fr'
import {
  CHECK_WORTHINESS,
  CLAIM_STATUSES,
  ENTITY_TYPES,
  SOURCE_RELATIONS,
  SOURCE_TYPES,
  TAG_KINDS,
  VERDICTS,
  type Author,
  type TagKind
} from '../model/tag'
import { fnv1a64Hex } from '../sidecar'
import type { ImportContext, ImportedAnnotation, ImportFormat, ParsedImport } from './types'
import { ANNO_CONTEXT, ANNO_CONTEXT_HTTPS, ANNOTATOR_IRI, ENTITY_RELATION, FMK, MENTION_RELATION, SPEAKER_RELATION } from './w3cVocabulary'

type Json = { [key: string]: unknown }
const m = msg.formats.w3c

/** Thrown inside this module only, caught by parse: a refusal with its sentence. */
class Refusal {
  constructor(readonly message: string) {}
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A value from the file, shown in a sentence: quoted, short, no control or bidi characters. */
function shown(value: unknown): string {
  let text: string
  try {
    text = JSON.stringify(value) ?? typeof value
  } catch {
    text = typeof value
  }
  if (text.length > 60) text = `${text.slice(0, 60)}…`
  return text.replace(/[\p{C}\u2028\u2029]/gu, '?')
}

function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}

function typesOf(node: Json, path: string): string[] {
  if (node.type === undefined && node['@type'] === undefined) throw new Refusal(m.noType({ path }))
  const types = listOf(node.type ?? node['@type'])
  if (!types.every((t) => typeof t === 'string')) throw new Refusal(m.notString({ path: `${path}.type` }))
  return types as string[]
}

function checkContext(node: Json, path: string): void {
  if (!('@context' in node)) throw new Refusal(m.noContext())
  const first = listOf(node['@context'])[0]
  if (first !== ANNO_CONTEXT && first !== ANNO_CONTEXT_HTTPS) throw new Refusal(m.wrongContext({ path: `${path}@context`, value: shown(node['@context']) }))
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/** An ISO 8601 time as UTC with a Z; a date alone is its midnight UTC, a time without zone UTC. */
function dateOf(value: unknown, path: string): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !ISO_8601.test(value)) throw new Refusal(m.badDate({ path, value: shown(value) }))
  const zoned = value.includes('T') ? (/(Z|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value}Z`) : `${value}T00:00:00Z`
  const date = new Date(zoned.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'))
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() > 9999) throw new Refusal(m.badDate({ path, value: shown(value) }))
  return date.toISOString()
}

function firstString(value: unknown): string | undefined {
  const found = listOf(value).find((v) => typeof v === 'string' && v.trim() !== '')
  return typeof found === 'string' ? found : undefined
}

/** The author of a `creator` (an agent object, an IRI, or a list of either), or undefined. */
function authorOf(value: unknown): Author | undefined {
  const agent = listOf(value)[0]
  const id = typeof agent === 'string' ? agent : isObject(agent) ? firstString(agent.id ?? agent['@id']) : undefined
  const name = isObject(agent) ? (firstString(agent.name) ?? firstString(agent.nickname)) : undefined
  if (id === undefined && name === undefined) return undefined
  let annotatorId = id ?? `w3c-${fnv1a64Hex(name ?? '')}`
  if (annotatorId.startsWith(ANNOTATOR_IRI)) {
    try {
      annotatorId = decodeURIComponent(annotatorId.slice(ANNOTATOR_IRI.length))
    } catch {
      // Not one of ours after all: keep the IRI.
    }
  }
  if (annotatorId.length > 64 || annotatorId === '') annotatorId = `w3c-${fnv1a64Hex(id ?? name ?? '')}`
  return { annotatorId, name: (name ?? id ?? annotatorId).slice(0, 200) }
}

function stringField(node: Json, key: string, path: string): string {
  const value = node[key]
  if (value === undefined) return ''
  if (typeof value !== 'string') throw new Refusal(m.notString({ path: `${path}.${key}` }))
  return value
}

/** The first TextQuoteSelector among `selectors` and their refinedBy chains, with its path. */
function findQuote(selectors: unknown, path: string, depth = 0): { node: Json; path: string } | undefined {
  const list = listOf(selectors)
  for (let i = 0; i < list.length && depth < 8; i += 1) {
    const node = list[i]
    const here = Array.isArray(selectors) ? `${path}[${i}]` : path
    if (!isObject(node)) continue
    if (listOf(node.type).includes('TextQuoteSelector')) return { node, path: here }
    const inner = findQuote(node.refinedBy, `${here}.refinedBy`, depth + 1)
    if (inner) return inner
  }
  return undefined
}

/** A whole number ≥ 0 or a refusal naming `path`. */
function offset(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw new Refusal(m.notPosition({ path }))
  return value
}

const KIND_BY_LABEL = new Map<string, TagKind>(
  TAG_KINDS.flatMap((kind) => [[labelsEn.kinds[kind].toLowerCase(), kind] as [string, TagKind], [labelsFr.kinds[kind].toLowerCase(), kind] as [string, TagKind]])
)
const VERDICT_LABELS = new Set(VERDICTS.flatMap((v) => [labelsEn.verdicts[v], labelsFr.verdicts[v]]))
const KNOWN_MOTIVATIONS = new Set(['assessing', 'identifying', 'tagging', 'commenting', 'describing', 'classifying', 'highlighting', 'bookmarking', 'questioning', 'replying', 'reviewing', 'editing', 'moderating'])

interface Builder {
  key: string
  path: string
  annotation: ImportedAnnotation
  links: { sources: { key: string; relation: (typeof SOURCE_RELATIONS)[number] }[]; entities: string[]; speaker?: string; mentionOf?: string }
}

/** One of the enum's values read from `node[key]`, or undefined with a warning. */
function enumField<T extends string>(node: Json, key: string, values: readonly T[], path: string, warnings: string[]): T | undefined {
  const value = node[key]
  if (value === undefined) return undefined
  if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T
  warnings.push(m.valueLeftOut({ path: `${path}.${key}`, value: shown(value) }))
  return undefined
}

function textFields<K extends string>(node: Json, keys: Record<K, string>, path: string): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {}
  for (const name of Object.keys(keys) as K[]) if (node[keys[name]] !== undefined) out[name] = stringField(node, keys[name], path)
  return out
}

/** The IRI a link's body or target names: a string, or a node's id. */
function iriOf(value: unknown): string | undefined {
  const first = listOf(value)[0]
  if (typeof first === 'string') return first
  return isObject(first) ? firstString(first.id ?? first['@id']) : undefined
}

function readAnnotation(node: Json, path: string, context: ImportContext, warnings: string[], index: ReturnType<typeof codePointIndex>): Builder | null {
  const created = dateOf(node.created, `${path}.created`) ?? context.now
  const modified = dateOf(node.modified, `${path}.modified`) ?? created
  const createdBy = authorOf(node.creator) ?? context.importer
  const updatedBy = authorOf(node[FMK.modifiedBy]) ?? createdBy
  const targets = listOf(node.target)
  let quote: { node: Json; path: string } | undefined
  let positionNode: Json | undefined
  let positionPath = ''
  for (let i = 0; i < targets.length && !quote; i += 1) {
    const target = targets[i]
    const tPath = Array.isArray(node.target) ? `${path}.target[${i}]` : `${path}.target`
    if (!isObject(target)) continue
    quote = findQuote(target.selector, `${tPath}.selector`)
    const top = listOf(target.selector)
    const p = top.findIndex((s) => isObject(s) && listOf(s.type).includes('TextPositionSelector'))
    if (quote && p >= 0) {
      positionNode = top[p] as Json
      positionPath = Array.isArray(target.selector) ? `${tPath}.selector[${p}]` : `${tPath}.selector`
    }
  }
  if (!quote) return null
  const exact = stringField(quote.node, 'exact', quote.path)
  if (exact === '') throw new Refusal(m.notString({ path: `${quote.path}.exact` }))
  let position: { start: number; end: number } | null = null
  if (positionNode) {
    const start = offset(positionNode.start, `${positionPath}.start`)
    const end = offset(positionNode.end, `${positionPath}.end`)
    if (start < end && end <= index.codePointLength) position = toUtf16Range(index, start, end)
  }
  const motivations = listOf(node.motivation).filter((v): v is string => typeof v === 'string')
  for (const motivation of motivations) {
    if (!KNOWN_MOTIVATIONS.has(motivation)) warnings.push(m.unknownMotivation({ path, motivation: shown(motivation) }))
  }
  const ours = enumField(node, FMK.kind, TAG_KINDS, path, warnings)
  const noteParts: string[] = []
  let bodyKind: TagKind | undefined
  const bodies = [...listOf(node.body).flatMap((b) => (isObject(b) && listOf(b.type).includes('Choice') ? listOf(b.items).slice(0, 1) : [b]))]
  if (typeof node.bodyValue === 'string') noteParts.push(node.bodyValue)
  bodies.forEach((body, i) => {
    const bPath = Array.isArray(node.body) ? `${path}.body[${i}]` : `${path}.body`
    if (typeof body === 'string') return void noteParts.push(body)
    if (!isObject(body)) return void warnings.push(m.bodyLeftOut({ path: bPath }))
    const value = firstString(body.value ?? body.chars)
    const purposes = listOf(body.purpose)
    if (value === undefined) {
      const iri = iriOf(body)
      if (iri) noteParts.push(iri)
      else warnings.push(m.bodyLeftOut({ path: bPath }))
      return
    }
    const kindNamed = KIND_BY_LABEL.get(value.trim().toLowerCase())
    if (purposes.includes('tagging') && kindNamed) return void (bodyKind ??= kindNamed)
    if (purposes.includes('assessing') && VERDICT_LABELS.has(value) && ours) return
    noteParts.push(value)
  })
  const kind: TagKind = ours ?? bodyKind ?? (motivations.includes('identifying') ? 'entity' : 'claim')
  const key = typeof node.id === 'string' ? node.id : path
  const annotation: ImportedAnnotation = {
    key,
    kind,
    target: { exact, prefix: stringField(quote.node, 'prefix', quote.path), suffix: stringField(quote.node, 'suffix', quote.path), position },
    note: noteParts.join('\n\n'),
    createdBy,
    createdAt: created,
    updatedBy,
    updatedAt: modified,
    claim:
      kind === 'claim'
        ? {
            verdict: enumField(node, FMK.verdict, VERDICTS, path, warnings),
            status: enumField(node, FMK.status, CLAIM_STATUSES, path, warnings),
            checkWorthiness: enumField(node, FMK.checkWorthiness, CHECK_WORTHINESS, path, warnings),
            ...textFields(node, { claimReviewed: FMK.claimReviewed, rationale: FMK.rationale, claimDate: FMK.claimDate }, path)
          }
        : undefined,
    source:
      kind === 'source'
        ? {
            sourceType: enumField(node, FMK.sourceType, SOURCE_TYPES, path, warnings),
            ...textFields(node, { url: FMK.sourceUrl, publisher: FMK.publisher, publishedOn: FMK.publishedOn, accessedOn: FMK.accessedOn, reliability: FMK.reliability }, path)
          }
        : undefined,
    entity:
      kind === 'entity'
        ? {
            entityType: enumField(node, FMK.entityType, ENTITY_TYPES, path, warnings),
            aliases: Array.isArray(node[FMK.aliases]) ? (node[FMK.aliases] as unknown[]).filter((a): a is string => typeof a === 'string') : undefined,
            ...textFields(node, { canonicalName: FMK.canonicalName, externalId: FMK.externalId }, path)
          }
        : undefined
  }
  // Drop the fields the file did not give, so that the defaults of a new tag apply.
  for (const part of [annotation.claim, annotation.source, annotation.entity]) {
    if (part) for (const [name, value] of Object.entries(part)) if (value === undefined) delete (part as Record<string, unknown>)[name]
  }
  return { key, path, annotation, links: { sources: [], entities: [] } }
}

/** The annotation nodes of the document, each with its path; refuses what is not one. */
function annotationNodes(root: unknown): { node: Json; path: string }[] {
  const out: { node: Json; path: string }[] = []
  const annotation = (node: unknown, path: string): void => {
    if (!isObject(node)) throw new Refusal(m.notObject({ path }))
    const types = typesOf(node, path)
    if (!types.includes('Annotation')) throw new Refusal(m.wrongType({ path, type: shown(types.join(', ')), expected: 'Annotation' }))
    out.push({ node, path })
  }
  const page = (node: unknown, path: string): void => {
    if (typeof node === 'string') throw new Refusal(m.pageNotEmbedded({ path }))
    if (!isObject(node)) throw new Refusal(m.notObject({ path }))
    const types = typesOf(node, path)
    if (!types.includes('AnnotationPage')) throw new Refusal(m.wrongType({ path, type: shown(types.join(', ')), expected: 'AnnotationPage' }))
    listOf(node.items).forEach((item, i) => annotation(item, path === '' ? `items[${i}]` : `${path}.items[${i}]`))
  }
  if (Array.isArray(root)) {
    if (root.length > 0 && isObject(root[0])) checkContext(root[0], '[0].')
    else if (root.length > 0) throw new Refusal(m.notObject({ path: '[0]' }))
    root.forEach((item, i) => annotation(item, `[${i}]`))
    return out
  }
  if (!isObject(root)) throw new Refusal(m.rootNotAnnotation())
  checkContext(root, '')
  const types = typesOf(root, 'the top level')
  if (types.includes('AnnotationCollection')) {
    let path = 'first'
    let next: unknown = root.first
    for (let pages = 0; next !== undefined && pages < 10_000; pages += 1) {
      page(next, path)
      next = isObject(next) ? next.next : undefined
      path = `${path}.next`
    }
  } else if (types.includes('AnnotationPage')) page(root, '')
  else if (types.includes('Annotation')) annotation(root, 'annotation')
  else throw new Refusal(m.wrongType({ path: 'type', type: shown(types.join(', ')), expected: m.rootTypes }))
  return out
}

const LINK_RELATIONS = new Set<string>([...SOURCE_RELATIONS, ENTITY_RELATION, SPEAKER_RELATION, MENTION_RELATION])

/** Reads a W3C Web Annotation document. Never throws; refuses with a sentence naming the field. */
export function parseW3c(content: string, context: ImportContext): Result<ParsedImport> {
  let root: unknown
  try {
    root = JSON.parse(content)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return fail('INVALID', m.notJson({ reason: shown(reason).slice(1, -1).replace(/\.$/, '') }))
  }
  try {
    const nodes = annotationNodes(root)
    const warnings: string[] = []
    const index = codePointIndex(context.text)
    const builders: Builder[] = []
    const links: { node: Json; path: string }[] = []
    for (const { node, path } of nodes) {
      const isLink = listOf(node.motivation).includes('linking') && typeof iriOf(node.target) === 'string' && !isObject(listOf(node.target)[0])
      if (isLink) {
        links.push({ node, path })
        continue
      }
      const built = readAnnotation(node, path, context, warnings, index)
      if (built) builders.push(built)
      else warnings.push(m.quoteMissing({ path }))
    }
    if (builders.length === 0 && nodes.length > links.length) throw new Refusal(m.noQuote({ path: nodes.find((n) => !links.includes(n))?.path ?? 'annotation' }))
    const byKey = new Map(builders.map((b) => [b.key, b]))
    for (const { node, path } of links) {
      dateOf(node.created, `${path}.created`)
      const relation = node[FMK.relation]
      const from = byKey.get(iriOf(node.target) ?? '')
      const to = iriOf(node.body)
      if (typeof relation !== 'string' || !LINK_RELATIONS.has(relation) || !from || to === undefined) {
        warnings.push(m.linkLeftOut({ path }))
        continue
      }
      const kind = from.annotation.kind
      if (kind === 'claim' && (SOURCE_RELATIONS as readonly string[]).includes(relation)) from.links.sources.push({ key: to, relation: relation as (typeof SOURCE_RELATIONS)[number] })
      else if (kind === 'claim' && relation === ENTITY_RELATION) from.links.entities.push(to)
      else if (kind === 'claim' && relation === SPEAKER_RELATION) from.links.speaker = to
      else if (kind === 'entity' && relation === MENTION_RELATION) from.links.mentionOf = to
      else warnings.push(m.linkLeftOut({ path }))
    }
    const annotations = builders.map((b) => ({ ...b.annotation, links: b.links }))
    return ok({ annotations, warnings })
  } catch (error) {
    if (error instanceof Refusal) return fail('INVALID', error.message)
    throw error
  }
}

/** True when `content` is JSON that names the Web Annotation context. */
export function detectW3c(content: string): boolean {
  const start = content.trimStart()
  return (start.startsWith('{') || start.startsWith('[')) && /"@context"\s*:\s*(\[\s*)?"https?:\/\/www\.w3\.org\/ns\/anno\.jsonld"/.test(content.slice(0, 100_000))
}

export const w3cImportFormat: ImportFormat = { id: 'w3c', detect: detectW3c, parse: parseW3c }
