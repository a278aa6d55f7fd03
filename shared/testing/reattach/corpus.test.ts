/**
 * The corpus itself: deterministic, covering every edit and every expected outcome, and its
 * recorded true positions right (a `same` tag's true span holds its quote up to equivalence).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { normalizeForMatch } from '../../anchoring/normalizeForMatch'
import { BUDGET_FR, corpusArticles, FLOODS_EN } from './articles'
import { EDIT_KINDS, generateCase, generateCorpus } from './corpus'

const CORPUS_ARTICLES = corpusArticles(readFileSync(new URL('../../../electron/resources/russie-coree-du-nord.fr.txt', import.meta.url), 'utf8'))

/** Equality for matching, canonical equivalence included. */
const equivalent = (text: string): string => normalizeForMatch(text.normalize('NFC'))

describe('re-attachment corpus', () => {
  const cases = generateCorpus(CORPUS_ARTICLES, 60)

  it('is the same for the same seed', () => {
    expect(generateCase(BUDGET_FR, 7)).toEqual(generateCase(BUDGET_FR, 7))
    expect(generateCase(BUDGET_FR, 7).newText).not.toBe(generateCase(BUDGET_FR, 8).newText)
  })

  it('applies every kind of edit and expects every outcome', () => {
    const edits = new Set(cases.flatMap((c) => c.edits))
    expect([...edits].sort()).toEqual([...EDIT_KINDS].sort())
    const kinds = new Set(cases.flatMap((c) => c.tags.map((t) => `${t.role} ${t.expected.kind}`)))
    for (const role of ['sentence', 'entity']) {
      for (const kind of ['same', 'changed', 'gone']) expect(kinds).toContain(`${role} ${kind}`)
    }
  })

  it('records a true span holding the quote, up to equivalence, for every tag still there', () => {
    for (const item of cases) {
      for (const tag of item.tags) {
        if (tag.expected.kind !== 'same') continue
        const found = item.newText.slice(tag.expected.start, tag.expected.end)
        expect(equivalent(found), `${item.name} ${tag.id}`).toBe(equivalent(tag.target.quote.exact))
      }
    }
  })

  it('records a changed span that differs from the quote', () => {
    for (const item of cases) {
      for (const tag of item.tags) {
        if (tag.expected.kind !== 'changed') continue
        const found = item.newText.slice(tag.expected.start, tag.expected.end)
        expect(equivalent(found), `${item.name} ${tag.id}`).not.toBe(equivalent(tag.target.quote.exact))
      }
    }
  })

  it('moves tags with their paragraph when paragraphs are swapped', () => {
    const item = generateCase(BUDGET_FR, 3, ['swapParagraphs'])
    expect(item.newText).not.toBe(item.oldText)
    for (const tag of item.tags) {
      expect(tag.expected.kind).toBe('same')
      if (tag.expected.kind === 'same') {
        expect(item.newText.slice(tag.expected.start, tag.expected.end)).toBe(tag.target.quote.exact)
      }
    }
  })

  it('expects a deleted sentence on its verbatim copy when the copy outlives it, with the tags that were in it', () => {
    // russie.fr#3122: a sentence repeated as a paragraph elsewhere, then its own paragraph deleted.
    const item = generateCase(CORPUS_ARTICLES[0], 3122)
    expect(item.edits).toEqual(['repeatSentence', 'deleteParagraph', 'crlf'])
    const sentence = item.tags.find((t) => t.target.quote.exact.startsWith('Il y a quelques mois'))
    const copyAt = item.newText.lastIndexOf('Il y a quelques mois')
    expect(sentence?.expected).toEqual({ kind: 'same', start: copyAt, end: copyAt + (sentence?.target.quote.exact.length ?? 0) })
    // Its paragraph went: the other sentences of it are gone.
    expect(item.tags.find((t) => t.target.quote.exact.startsWith('Pour rappel'))?.expected).toEqual({ kind: 'gone' })
  })

  it('counts the tags of a deleted paragraph as gone', () => {
    const item = generateCase(FLOODS_EN, 5, ['deleteParagraph'])
    const gone = item.tags.filter((t) => t.expected.kind === 'gone')
    expect(gone.length).toBeGreaterThan(0)
    expect(item.tags.filter((t) => t.expected.kind === 'changed')).toEqual([])
  })
})
