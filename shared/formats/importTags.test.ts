import { describe, expect, it } from 'vitest'
import { importAnnotations, importedTagId } from './importTags'
import type { ImportedAnnotation, ParsedImport } from './types'

const TEXT =
  'Moscou et Pyongyang ont signé un traité. Selon l’agence KCNA, la Corée du Nord enverra 12 000 soldats.\n\n' +
  'Le Kremlin dément. La Corée du Nord a déjà livré des obus.'
const SHA = 'b'.repeat(64)
const NOW = '2026-12-01T10:00:00.000Z'
const ana = { annotatorId: 'ana', name: 'Ana Costa' }

function annotation(key: string, exact: string, extra: Partial<ImportedAnnotation> = {}): ImportedAnnotation {
  const start = TEXT.indexOf(exact)
  return {
    key,
    kind: 'entity',
    target: { exact, prefix: TEXT.slice(Math.max(0, start - 32), start), suffix: TEXT.slice(start + exact.length, start + exact.length + 32), position: null },
    note: '',
    createdBy: ana,
    createdAt: '2025-01-02T03:04:05.000Z',
    updatedBy: ana,
    updatedAt: '2025-01-02T03:04:05.000Z',
    ...extra
  }
}

function run(parsed: ParsedImport, existingIds: ReadonlySet<string> = new Set()) {
  return importAnnotations({ text: TEXT, articleSha256: SHA, format: 'w3c', parsed, existingIds, now: NOW })
}

describe('importAnnotations', () => {
  it('places each annotation by its quote and context, keeps authors and dates, and resolves links by key', () => {
    const second = TEXT.lastIndexOf('la Corée du Nord'.slice(3))
    const parsed: ParsedImport = {
      warnings: [],
      annotations: [
        annotation('c1', 'la Corée du Nord enverra 12 000 soldats', {
          kind: 'claim',
          claim: { verdict: 'mostly-false' },
          links: { sources: [{ key: 's1', relation: 'supports' }], entities: ['e2'], speaker: 'e1' }
        }),
        annotation('s1', 'l’agence KCNA', { kind: 'source', source: { url: 'https://kcna.kp' } }),
        annotation('e1', 'Moscou'),
        // The second "Corée du Nord": its context tells it from the first.
        {
          ...annotation('e2', 'Corée du Nord'),
          target: { exact: 'Corée du Nord', prefix: TEXT.slice(second - 32, second), suffix: TEXT.slice(second + 13, second + 45), position: null }
        }
      ]
    }
    const outcome = run(parsed)
    expect(outcome.warnings).toEqual([])
    expect(outcome.tags.map((tag) => TEXT.slice(tag.target.position.start, tag.target.position.end))).toEqual([
      'la Corée du Nord enverra 12 000 soldats',
      'l’agence KCNA',
      'Moscou',
      'Corée du Nord'
    ])
    expect(outcome.tags[3].target.position.start).toBe(second)
    const [claim, source, speaker, about] = outcome.tags
    if (claim.kind !== 'claim' || source.kind !== 'source') throw new Error('kinds')
    expect(claim.claim).toMatchObject({ verdict: 'mostly-false', speakerId: speaker.id, entities: [about.id], sources: [{ sourceId: source.id, relation: 'supports' }] })
    expect(source.source.url).toBe('https://kcna.kp')
    expect(claim.createdBy).toEqual(ana)
    expect(claim.createdAt).toBe('2025-01-02T03:04:05.000Z')
    expect(outcome.counts).toEqual({ attached: 1, moved: 3, changed: 0, needsReview: 0 })
  })

  it('gives the same ids to the same file, so a second import adds nothing', () => {
    const parsed: ParsedImport = { warnings: [], annotations: [annotation('T1', 'Moscou'), annotation('T2', 'Le Kremlin')] }
    const first = run(parsed)
    expect(first.tags).toHaveLength(2)
    expect(first.tags[0].id).toBe(importedTagId('w3c', parsed.annotations[0]))
    const again = run(parsed, new Set(first.tags.map((tag) => tag.id)))
    expect(again.tags).toEqual([])
    expect(again.alreadyThere).toBe(2)
  })

  it('keeps an annotation whose text is gone as a tag that needs review, with its own quote', () => {
    const gone = { ...annotation('T9', 'Moscou'), target: { exact: 'Séoul a protesté vivement', prefix: '', suffix: '', position: { start: 5, end: 30 } } }
    const outcome = run({ warnings: [], annotations: [gone] })
    expect(outcome.statuses).toEqual(['needs-review'])
    expect(outcome.tags[0].target.quote.exact).toBe('Séoul a protesté vivement')
    expect(outcome.tags[0].target.position).toEqual({ start: 5, end: 30 })
  })

  it('marks a quote found on slightly different text as changed, with the text it had', () => {
    const edited = { ...annotation('T3', 'enverra 12 000 soldats'), target: { ...annotation('T3', 'enverra 12 000 soldats').target, exact: 'enverra 11 000 soldats' } }
    const outcome = run({ warnings: [], annotations: [edited] })
    expect(outcome.statuses).toEqual(['changed'])
    expect(outcome.tags[0].changed).toEqual({ previousQuote: 'enverra 11 000 soldats', previousSha256: SHA, detectedAt: NOW })
  })

  it('leaves out a link to a key the file does not have, and says so', () => {
    const outcome = run({ warnings: [], annotations: [annotation('c', 'Le Kremlin dément', { kind: 'claim', links: { entities: ['nobody'] } })] })
    expect(outcome.tags).toHaveLength(1)
    expect(outcome.warnings).toEqual(['A link to “nobody” was left out: the file has no annotation with that name.'])
  })
})
