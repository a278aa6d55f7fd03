import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { exportInputFor, tagOn } from '../testing/exportKit'
import { CSV_COLUMNS, csvFormat } from './csv'

const TEXT = 'Selon l’agence « KCNA », la Corée du Nord a envoyé 12 000 soldats 🪖 ; "un record", dit-elle.\n\n=SUM(A1) est une formule.'

function parse(content: string): string[][] {
  const parsed = Papa.parse<string[]>(content.slice(1), { newline: '\r\n', skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  return parsed.data
}

describe('CSV export', () => {
  const tags = [
    tagOn(TEXT, { id: 'c1', kind: 'claim', exact: 'la Corée du Nord a envoyé 12 000 soldats 🪖 ; "un record"', patch: { claim: { verdict: 'mostly-false', rationale: 'Deux lignes,\nune virgule' } } }),
    tagOn(TEXT, { id: 's1', kind: 'source', exact: 'l’agence « KCNA »', patch: { source: { url: 'https://kcna.kp/fr', sourceType: 'press-agency' } } }),
    tagOn(TEXT, { id: 'e1', kind: 'entity', exact: '=SUM(A1)', entityType: 'other' })
  ]

  it('writes RFC 4180 with a byte-order mark, CRLF line ends, quotes doubled, one row per tag in text order', () => {
    const [file] = csvFormat.serialize(exportInputFor(TEXT, [tags[2], tags[0], tags[1]], { language: 'fr' }))
    expect(file.extension).toBe('.csv')
    expect(file.content.startsWith('\ufeffid,kind,kindLabel,quote,')).toBe(true)
    expect(file.content.endsWith('\r\n')).toBe(true)
    expect(file.content.replace(/\r\n/g, '').includes('\n')).toBe(true) // the rationale's own line break, inside quotes
    expect(file.content).toContain('"la Corée du Nord a envoyé 12 000 soldats 🪖 ; ""un record"""')
    const rows = parse(file.content)
    expect(rows[0]).toEqual([...CSV_COLUMNS])
    const byColumn = rows.slice(1).map((row) => Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, row[i]])))
    expect(byColumn.map((row) => row.id)).toEqual(['s1', 'c1', 'e1'])
    expect(byColumn[1]).toMatchObject({ kind: 'claim', kindLabel: 'Affirmation', verdict: 'mostly-false', verdictLabel: 'Plutôt faux', rationale: 'Deux lignes,\nune virgule' })
    expect(byColumn[0]).toMatchObject({ quote: 'l’agence « KCNA »', url: 'https://kcna.kp/fr', typeLabel: 'Agence de presse' })
  })

  it('counts offsets in UTF-16 units and in code points, and defuses a cell a spreadsheet would run as a formula', () => {
    const [file] = csvFormat.serialize(exportInputFor(TEXT, tags))
    const rows = parse(file.content).slice(1)
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name)
    const formula = rows.find((row) => row[col('id')] === 'e1') as string[]
    expect(formula[col('quote')]).toBe("'=SUM(A1)")
    const afterEmoji = TEXT.indexOf('=SUM')
    expect(formula[col('start')]).toBe(String(afterEmoji))
    expect(formula[col('startCodePoint')]).toBe(String(afterEmoji - 1))
    expect(formula[col('kindLabel')]).toBe('Entity')
  })
})
