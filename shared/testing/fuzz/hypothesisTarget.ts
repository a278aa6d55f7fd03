/**
 * Fuzz target of the Hypothesis importer (shared/formats/hypothesis.ts), on the model of
 * sidecarTarget (targets.ts): Hypothesis files built from the sample article (an API answer, an
 * export file or one annotation, with quotes cut from the sample, microsecond dates, acct: users,
 * tags, Range/TextPosition/TextQuote selectors, page notes and replies), then damaged in their
 * structure (fields removed, of the wrong type, hostile strings) and as text (cut, spliced).
 *
 * A failure: the parser throws; refuses with another code or an unclear message; accepts
 * something malformed (an empty key or quote, a position, a date not in UTC with Z, two
 * annotations with one key); gives an unclear warning; or the import pipeline (importTags.ts)
 * throws on what it accepted or makes a tag outside the text or two tags with one id.
 * Pure: no node:* built-ins.
 */
import { importAnnotations } from '../../formats/importTags'
import type { ImportContext, ImportFormat } from '../../formats/types'
import { TAG_KINDS, tagSchema } from '../../model/tag'
import { randomChar, type FuzzCorpus } from './generators'
import type { Random } from './random'
import type { FuzzTarget } from './runFuzz'
import { stringCodec, unclearReason } from './targets'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const NOW = '2026-12-01T10:00:00.000Z'
const ISO_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/
const HOSTILE: readonly Json[] = ['', ' ', '\u0000', '\u202e', '\ud800', 'undefined', '__proto__', 'x'.repeat(5000), 0, -1, 1e308, true, null, [], {}, [null], { '@context': 'x' }]
const TAGS = ['claim', 'Affirmation', 'source', 'Personne', 'lieu', 'organization', 'false', 'Plutôt faux', 'unverifiable', 'russie', '', '  ', 'CLAIM']
const USERS = ['acct:mark@localhost', 'acct:marie.dupont@hypothes.is', 'acct:@x', 'mark', 'acct:a@b@c', 'acct:élodie@hypothes.is']
const TIMES = ['2018-12-15T16:16:12.225402+00:00', '2016-12-16T11:24:14.673557+00:00', '2023-07-26T23:59:59.999999-05:00', '2023-07-27T10:00:00Z', '2023-07-27T10:00:00+0200', '2023-02-30T10:00:00Z', '27/07/2023', '']

function slice(random: Random, text: string, maxLength: number): { start: number; end: number } {
  const start = random.int(Math.max(1, text.length - 1))
  return { start, end: Math.min(text.length, start + random.range(1, maxLength)) }
}

function annotation(random: Random, corpus: FuzzCorpus, index: number): { [key: string]: Json } {
  const text = corpus.sample
  const { start, end } = slice(random, text, 200)
  const context = random.range(0, 40)
  const selectors: Json[] = [
    { type: 'RangeSelector', startContainer: '/div[1]/p[2]', endContainer: '/div[1]/p[2]', startOffset: start, endOffset: end },
    { type: 'TextPositionSelector', start: start + 11_000, end: end + 11_000 },
    { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - context), start), suffix: text.slice(end, end + context) }
  ]
  const row: { [key: string]: Json } = {
    id: random.chance(0.05) ? 'duplicate' : `a${index}-${random.int(1_000_000).toString(36)}`,
    created: random.pick(TIMES.slice(0, 4)),
    updated: random.pick(TIMES.slice(0, 4)),
    user: random.pick(USERS.slice(0, 2)),
    uri: 'https://example.org/article',
    text: random.chance(0.5) ? `**Note** ${text.slice(start, Math.min(text.length, start + 30))}` : '',
    tags: Array.from({ length: random.int(4) }, () => random.pick(TAGS)),
    group: '__world__',
    target: [{ source: 'https://example.org/article', selector: random.chance(0.3) ? [...selectors].reverse() : selectors }],
    document: { title: ['Russie et Corée du Nord'] }
  }
  if (random.chance(0.3)) row.user_info = { display_name: random.pick<Json>(['Mark Example', '', null, 3]) }
  if (random.chance(0.08)) row.references = ['a0']
  if (random.chance(0.08)) row.target = [{ source: 'https://example.org/article' }]
  return row
}

/** Sets one field somewhere in the file to a hostile or wrong value, or removes it. */
function damage(random: Random, rows: Json[], root: { [key: string]: Json }): void {
  if (rows.length === 0 || random.chance(0.1)) {
    root[random.pick(['rows', 'annotations', 'total', 'export_date'])] = random.pick(HOSTILE)
    return
  }
  const row = rows[random.int(rows.length)]
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return
  const field = random.pick(['id', 'created', 'updated', 'user', 'text', 'tags', 'target', 'references', 'user_info', 'selector', 'exact', 'prefix'])
  const value = random.chance(0.2) ? random.pick([...TIMES, ...USERS, ...TAGS]) : random.pick(HOSTILE)
  if (field === 'selector' || field === 'exact' || field === 'prefix') {
    const target = row.target
    const first = Array.isArray(target) ? target[0] : null
    if (first === null || typeof first !== 'object' || Array.isArray(first)) return
    if (field === 'selector') first.selector = value
    else if (Array.isArray(first.selector)) {
      const quote = first.selector.find((s) => s !== null && typeof s === 'object' && !Array.isArray(s) && s.type === 'TextQuoteSelector')
      if (quote && typeof quote === 'object' && !Array.isArray(quote)) quote[field] = value
    }
    return
  }
  if (random.chance(0.2)) delete row[field]
  else row[field] = value
}

/** A Hypothesis file, often valid, often damaged. */
export function generateHypothesisJson(random: Random, corpus: FuzzCorpus): string {
  const rows: Json[] = Array.from({ length: random.weighted([[1, 0], [6, random.range(1, 5)], [2, random.range(6, 30)]]) }, (_, i) => annotation(random, corpus, i))
  const shape = random.weighted([[5, 'api'], [4, 'export'], [1, 'single']] as const)
  let root: { [key: string]: Json } =
    shape === 'api' ? { total: rows.length, rows } : shape === 'export' ? { export_date: '2026-11-30T09:00:00.000Z', annotations: rows } : (rows[0] as { [key: string]: Json } | undefined) ?? {}
  const damages = random.weighted([[4, 0], [4, 1], [2, 3]])
  for (let i = 0; i < damages; i += 1) damage(random, shape === 'single' ? [root] : rows, root)
  if (shape === 'single' && random.chance(0.1)) root = { ...root, '@context': 'http://www.w3.org/ns/anno.jsonld' }
  let text = JSON.stringify(root, null, random.pick([undefined, 2]))
  if (random.chance(0.15)) {
    const at = random.int(text.length + 1)
    text = random.chance(0.5) ? text.slice(0, at) : text.slice(0, at) + randomChar(random) + text.slice(at)
  }
  if (random.chance(0.05)) text = `\ufeff${text}`
  return text
}

/**
 * hypothesisTarget: the importer never throws; a refusal is INVALID with a clear message; what it
 * accepts is well formed and goes through the import pipeline into valid tags inside the text.
 */
export function hypothesisTarget(format: ImportFormat, corpus: FuzzCorpus): FuzzTarget<string> {
  const context: ImportContext = { text: corpus.sample, importer: { annotatorId: 'fuzz-id', name: 'Fuzz' }, now: NOW }
  return {
    name: 'hypothesis',
    generate: (random) => generateHypothesisJson(random, corpus),
    fixture: stringCodec('json'),
    check: (content) => {
      format.detect(content)
      const result = format.parse(content, context)
      if (!result.ok) {
        if (result.error.code !== 'INVALID') return `unexpected error code ${result.error.code}`
        const unclear = unclearReason(result.error.message)
        return unclear ? `refusal: ${unclear}` : null
      }
      const { annotations, warnings } = result.value
      for (const warning of warnings) {
        const unclear = unclearReason(warning)
        if (unclear) return `warning: ${unclear}`
      }
      const keys = new Set<string>()
      for (const a of annotations) {
        if (a.key.trim() === '') return 'accepted an annotation with an empty key'
        if (keys.has(a.key)) return `accepted two annotations with the key ${JSON.stringify(a.key)}`
        keys.add(a.key)
        if (a.target.exact === '') return `annotation ${a.key}: empty quote`
        if (a.target.position !== null) return `annotation ${a.key}: a position from the web page was kept`
        if (!TAG_KINDS.includes(a.kind)) return `annotation ${a.key}: kind ${String(a.kind)}`
        for (const time of [a.createdAt, a.updatedAt]) if (!ISO_Z.test(time)) return `annotation ${a.key}: time ${JSON.stringify(time)} is not ISO in UTC with Z`
      }
      const outcome = importAnnotations({ text: corpus.sample, articleSha256: 'c'.repeat(64), format: 'hypothesis', parsed: result.value, existingIds: new Set(), now: NOW })
      const ids = new Set<string>()
      for (const tag of outcome.tags) {
        if (ids.has(tag.id)) return `import made two tags with the id ${tag.id}`
        ids.add(tag.id)
        if (!tagSchema.safeParse(tag).success) return `import made an invalid tag ${tag.id}`
        const { start, end } = tag.target.position
        if (start < 0 || end > corpus.sample.length || start >= end) return `tag ${tag.id} at ${start}..${end} is outside the text`
      }
      return null
    }
  }
}
