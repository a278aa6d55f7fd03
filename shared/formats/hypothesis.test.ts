import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Author } from '../model/tag'
import { importAnnotations } from './importTags'
import { detectImportFormat, IMPORT_FORMATS } from './index'
import { hypothesisFormat, hypothesisTimeToIso } from './hypothesis'
import type { ImportContext, ParsedImport } from './types'

/** A real Hypothesis API search answer (hypothesis/client's anchoring baseline; see fixtures/hypothesis/README.md). */
const REAL = readFileSync(new URL('./fixtures/hypothesis/wikipedia-regression-testing.json', import.meta.url), 'utf8')
interface Row {
  id: string
  text: string
  tags: string[]
  created: string
  target: { selector: { type: string; exact?: string; prefix?: string; suffix?: string }[] }[]
  [key: string]: unknown
}
const rows = (JSON.parse(REAL) as { rows: Row[] }).rows
const quoteOf = (row: Row) => row.target[0].selector.find((s) => s.type === 'TextQuoteSelector') as { exact: string; prefix: string; suffix: string }

/** A text holding each annotation's quote with its context, in another order than the page's and between other words. */
const TEXT = [...rows]
  .reverse()
  .map((row, i) => {
    const q = quoteOf(row)
    return `Paragraphe ${i} ajouté.\n${q.prefix}${q.exact}${q.suffix}`
  })
  .join('\n\n')

const IMPORTER: Author = { annotatorId: 'importer-id', name: 'Importer' }
const CONTEXT: ImportContext = { text: TEXT, importer: IMPORTER, now: '2026-12-01T10:00:00.000Z' }

function parse(content: string): ParsedImport {
  const result = hypothesisFormat.parse(content, CONTEXT)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

function refusal(content: string): string {
  const result = hypothesisFormat.parse(content, CONTEXT)
  if (result.ok) throw new Error('accepted')
  return result.error.message
}

function withRows(change: (rows: Row[]) => unknown): string {
  const copy = JSON.parse(REAL) as { rows: Row[] }
  change(copy.rows)
  return JSON.stringify(copy)
}

describe('Hypothesis import', () => {
  it('is registered and detected from an API answer, an export file and one annotation, not from W3C JSON-LD or CSV', () => {
    expect(IMPORT_FORMATS.hypothesis).toBe(hypothesisFormat)
    expect(detectImportFormat(REAL)).toBe(hypothesisFormat)
    expect(detectImportFormat(JSON.stringify({ export_date: '2026-11-30T09:00:00.000Z', annotations: rows }))).toBe(hypothesisFormat)
    expect(detectImportFormat(JSON.stringify(rows[0]))).toBe(hypothesisFormat)
    expect(hypothesisFormat.detect(JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', rows: [], total: 0 }))).toBe(false)
    expect(hypothesisFormat.detect('id,kind,quote\r\n')).toBe(false)
  })

  it('reads a real API answer: quotes with their context and no position, acct: users, microsecond dates in UTC with Z', () => {
    const parsed = parse(REAL)
    expect(parsed.warnings).toEqual([])
    expect(parsed.annotations.map((a) => a.key)).toEqual(rows.map((r) => r.id))
    const first = parsed.annotations[0]
    expect(first.target).toEqual({ exact: '11 November 2016', prefix: ' This page was last modified on ', suffix: ', at 05:56.\n\t\t\t\t\t\t\t\t\t\t\tText is a', position: null })
    expect(first.createdBy).toEqual({ annotatorId: 'acct:mark@localhost', name: 'mark' })
    expect(first.createdAt).toBe('2016-12-16T11:24:14.673Z')
    expect(first.updatedAt).toBe('2016-12-16T11:24:14.673Z')
    // No tag naming a kind: a claim not yet rated, its Markdown text kept as the note.
    expect(first.kind).toBe('claim')
    expect(first.claim).toEqual({})
    expect(parsed.annotations.map((a) => a.note)).toEqual(['Footer', 'Body', 'Quote', 'Introduction', 'Heading'])
  })

  it('anchors each annotation by its quote in a text built from them, span by span, and a second import adds nothing', () => {
    const parsed = parse(REAL)
    const outcome = importAnnotations({ text: TEXT, articleSha256: 'b'.repeat(64), format: 'hypothesis', parsed, existingIds: new Set(), now: CONTEXT.now })
    expect(outcome.warnings).toEqual([])
    expect(outcome.tags).toHaveLength(5)
    outcome.tags.forEach((tag, i) => {
      const q = quoteOf(rows[i])
      expect(TEXT.slice(tag.target.position.start, tag.target.position.end)).toBe(q.exact)
      // The right occurrence: its context is the one the annotation was made in.
      expect(TEXT.slice(tag.target.position.start - q.prefix.length, tag.target.position.start)).toBe(q.prefix)
      expect(tag.createdBy).toEqual({ annotatorId: 'acct:mark@localhost', name: 'mark' })
      expect(tag.createdAt).toBe(hypothesisTimeToIso(rows[i].created))
    })
    expect(outcome.statuses.every((s) => s === 'attached' || s === 'moved')).toBe(true)
    const again = importAnnotations({
      text: TEXT,
      articleSha256: 'b'.repeat(64),
      format: 'hypothesis',
      parsed: parse(REAL),
      existingIds: new Set(outcome.tags.map((t) => t.id)),
      now: CONTEXT.now
    })
    expect(again.tags).toEqual([])
    expect(again.alreadyThere).toBe(5)
  })

  it('reads the client’s export file: display names, tags naming a kind, type or verdict, page notes and replies left out with a warning', () => {
    const annotations: Row[] = JSON.parse(JSON.stringify(rows)) as Row[]
    annotations[0] = { ...annotations[0], user_info: { display_name: 'Mark Example' }, tags: ['claim', 'Plutôt faux'], text: '**À vérifier** : la date.' }
    annotations[1] = { ...annotations[1], tags: ['Personne'] }
    annotations[2] = { ...annotations[2], tags: ['source', 'wikipedia'] }
    annotations[3] = { ...annotations[3], target: [{ source: 'https://en.wikipedia.org/wiki/Regression_testing' }] as unknown as Row['target'] }
    annotations[4] = { ...annotations[4], references: ['LOCXbsOCEeaQl6f6fQh87Q'] }
    const parsed = parse(JSON.stringify({ export_date: '2026-11-30T09:00:00.000Z', annotations }))
    expect(parsed.warnings).toEqual([
      'annotations[3] was left out: it is a page note, on no passage of the text.',
      'annotations[4] was left out: it is a reply to another annotation.'
    ])
    const [claim, person, source] = parsed.annotations
    expect(claim).toMatchObject({ kind: 'claim', claim: { verdict: 'mostly-false' }, createdBy: { annotatorId: 'acct:mark@localhost', name: 'Mark Example' } })
    expect(claim.note).toBe('**À vérifier** : la date.\n\nHypothesis tags: claim, Plutôt faux')
    expect(person).toMatchObject({ kind: 'entity', entity: { entityType: 'person' }, note: 'Body\n\nHypothesis tags: Personne' })
    expect(source).toMatchObject({ kind: 'source', note: 'Quote\n\nHypothesis tags: source, wikipedia' })
  })

  it('turns Hypothesis time stamps into ISO times in UTC with a trailing Z', () => {
    expect(hypothesisTimeToIso('2018-12-15T16:16:12.225402+00:00')).toBe('2018-12-15T16:16:12.225Z')
    expect(hypothesisTimeToIso('2018-12-15T18:16:12.2+02:00')).toBe('2018-12-15T16:16:12.200Z')
    expect(hypothesisTimeToIso('2018-12-15T16:16:12Z')).toBe('2018-12-15T16:16:12.000Z')
    expect(hypothesisTimeToIso('2018-12-15 16:16')).toBeNull()
    expect(hypothesisTimeToIso('2018-13-45T16:16:12+00:00')).toBeNull()
  })

  it('refuses a malformed file with a sentence naming the field', () => {
    expect(refusal('{"rows": [')).toMatch(/^This is not a Hypothesis file: it is not valid JSON \(.+\)\.$/)
    expect(refusal('[1, 2]')).toBe('This is not a Hypothesis file: it holds neither an export (“annotations”), nor an API search answer (“rows”), nor one annotation.')
    expect(refusal('{"rows": {}, "total": 0}')).toBe('This Hypothesis file is damaged: rows should be a list.')
    expect(refusal(withRows((r) => ((r as unknown[])[1] = 'text')))).toBe('This Hypothesis file is damaged: rows[1] should be an object.')
    expect(refusal(withRows((r) => ((r[3].target[0] as unknown as Record<string, unknown>).selector = { type: 'TextQuoteSelector' })))).toBe(
      'This Hypothesis file is damaged: rows[3].target[0].selector should be a list.'
    )
    expect(refusal(withRows((r) => (r[2].target[0].selector[2].exact = '')))).toBe('This Hypothesis file is damaged: rows[2].target[0].selector[2].exact is empty.')
    expect(refusal(withRows((r) => (r[0].created = '16/12/2016')))).toBe(
      'This Hypothesis file is damaged: rows[0].created should be a date and time such as 2018-12-15T16:16:12.225402+00:00, not “16/12/2016”.'
    )
    expect(refusal(withRows((r) => (r[0].created = '\u202e2016-12-16\u0000')))).toBe(
      'This Hypothesis file is damaged: rows[0].created should be a date and time such as 2018-12-15T16:16:12.225402+00:00, not “\\u202e2016-12-16\\u0000”.'
    )
    expect(refusal(withRows((r) => (r[4].user = 'mark')))).toBe('This Hypothesis file is damaged: rows[4].user should be an account such as acct:name@hypothes.is, not “mark”.')
    expect(refusal(withRows((r) => delete (r[1] as Partial<Row>).id))).toBe('This Hypothesis file is damaged: rows[1].id is empty.')
    expect(refusal(withRows((r) => (r[1].id = r[0].id)))).toBe('This Hypothesis file is damaged: rows[1].id repeats the annotation id “LOCXbsOCEeaQl6f6fQh87Q”.')
    expect(refusal(withRows((r) => ((r[0] as Record<string, unknown>).tags = [3])))).toBe('This Hypothesis file is damaged: rows[0].tags[0] should be text.')
  })

  it('skips an annotation with no quote, and ignores RangeSelector and TextPositionSelector', () => {
    const content = withRows((r) => {
      r[0].target[0].selector = r[0].target[0].selector.filter((s) => s.type !== 'TextQuoteSelector')
      r[1].target[0].selector = r[1].target[0].selector.filter((s) => s.type === 'TextQuoteSelector')
    })
    const parsed = parse(content)
    expect(parsed.warnings).toEqual(['rows[0] was left out: it has no quote of the text (no TextQuoteSelector).'])
    const { exact, prefix, suffix } = quoteOf(rows[1])
    expect(parsed.annotations[0].target).toEqual({ exact, prefix, suffix, position: null })
  })
})
