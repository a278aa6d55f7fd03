/**
 * CSV of tags, for spreadsheets and pipelines: one row per tag in text order, RFC 4180 (CRLF
 * line ends, fields with a comma, quote or line break in double quotes, quotes doubled; written
 * by Papa Parse), UTF-8 with a byte-order mark so that spreadsheet programs read French text
 * correctly. Column names are stable English identifiers, whatever the language; the verdict and
 * type columns hold identifiers, and `label` columns their labels in the output's language.
 * Offsets are UTF-16 units into the article's plain text, as in the tag file, and code points
 * (`startCodePoint`, `endCodePoint`), as the W3C and brat formats count.
 */
import Papa from 'papaparse'
import { codePointIndex, toCodePointRange } from '../anchoring/codePoints'
import type { Tag } from '../model/tag'
import type { ExportFormat, ExportInput } from './types'

export const CSV_COLUMNS = [
  'id',
  'kind',
  'kindLabel',
  'quote',
  'start',
  'end',
  'startCodePoint',
  'endCodePoint',
  'verdict',
  'verdictLabel',
  'status',
  'claimReviewed',
  'claimDate',
  'rationale',
  'checkWorthiness',
  'speakerId',
  'sources',
  'entities',
  'sourceType',
  'url',
  'publisher',
  'publishedOn',
  'accessedOn',
  'entityType',
  'typeLabel',
  'canonicalName',
  'aliases',
  'externalId',
  'mentionOf',
  'note',
  'createdBy',
  'createdAt',
  'updatedBy',
  'updatedAt'
] as const
type Column = (typeof CSV_COLUMNS)[number]

/** A spreadsheet would run a field starting with these as a formula: it is written after a quote mark. */
const FORMULA_START = /^[=+\-@\t\r]/

function cell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

function rowOf(tag: Tag, input: ExportInput, cp: { start: number; end: number }): Record<Column, string> {
  const { labels } = input
  const empty = Object.fromEntries(CSV_COLUMNS.map((column) => [column, ''])) as Record<Column, string>
  const row: Record<Column, string> = {
    ...empty,
    id: tag.id,
    kind: tag.kind,
    kindLabel: labels.kinds[tag.kind],
    quote: tag.target.quote.exact,
    start: String(tag.target.position.start),
    end: String(tag.target.position.end),
    startCodePoint: String(cp.start),
    endCodePoint: String(cp.end),
    note: tag.note,
    createdBy: tag.createdBy.name,
    createdAt: tag.createdAt,
    updatedBy: tag.updatedBy.name,
    updatedAt: tag.updatedAt
  }
  if (tag.kind === 'claim') {
    const c = tag.claim
    Object.assign(row, {
      verdict: c.verdict,
      verdictLabel: labels.verdicts[c.verdict],
      status: c.status,
      claimReviewed: c.claimReviewed,
      claimDate: c.claimDate,
      rationale: c.rationale,
      checkWorthiness: c.checkWorthiness,
      speakerId: c.speakerId ?? '',
      sources: c.sources.map((link) => `${link.sourceId}:${link.relation}`).join(' '),
      entities: c.entities.join(' ')
    })
  } else if (tag.kind === 'source') {
    const s = tag.source
    Object.assign(row, {
      sourceType: s.sourceType,
      typeLabel: labels.sourceTypes[s.sourceType],
      url: s.url,
      publisher: s.publisher,
      publishedOn: s.publishedOn,
      accessedOn: s.accessedOn
    })
  } else {
    const e = tag.entity
    Object.assign(row, {
      entityType: e.entityType,
      typeLabel: labels.entityTypes[e.entityType],
      canonicalName: e.canonicalName,
      aliases: e.aliases.join(' | '),
      externalId: e.externalId,
      mentionOf: e.mentionOf ?? ''
    })
  }
  return row
}

/** The CSV text of `input`'s tags (all of them; a claim choice applies to reports only). */
export function tagsToCsv(input: ExportInput): string {
  const index = codePointIndex(input.text)
  const tags = [...input.tags].sort((a, b) => a.target.position.start - b.target.position.start || b.target.position.end - a.target.position.end)
  const rows = tags.map((tag) => {
    const row = rowOf(tag, input, toCodePointRange(index, tag.target.position.start, tag.target.position.end))
    return CSV_COLUMNS.map((column) => (column === 'start' || column === 'end' ? row[column] : cell(row[column])))
  })
  const body = Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', quotes: false, header: true })
  return `\ufeff${body}\r\n`
}

export const csvFormat: ExportFormat = {
  id: 'csv',
  serialize: (input) => [{ extension: '.csv', mediaType: 'text/csv;charset=utf-8', content: tagsToCsv(input) }]
}
