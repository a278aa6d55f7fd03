/**
 * Re-attachment over the edited-article corpus (shared/testing/reattach): every tag of every case
 * must end where the corpus says it truly is (attached or moved at its true span), or needs
 * review where its text changed or is gone. Never silently on another span.
 *
 * The tags Factmark still gets wrong are listed in shared/testing/reattach/knownFailures.ts, each with
 * its outcome and the edits of its case;
 * the test fails both when a tag outside the list goes wrong and when a listed one comes right
 * (then remove it from the list), so the list is always the exact remaining work.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { anchorSidecar } from './anchorSidecar'
import { generateCase, generateCorpus } from '../testing/reattach/corpus'
import { BUDGET_FR, corpusArticles, TEST_CASES_PER_ARTICLE } from '../testing/reattach/articles'
import { classify, scoreMatcher } from '../testing/reattach/score'
import { KNOWN_FAILURES } from '../testing/reattach/knownFailures'

const CORPUS_ARTICLES = corpusArticles(readFileSync(new URL('../../electron/resources/russie-coree-du-nord.fr.txt', import.meta.url), 'utf8'))

describe('re-attaching tags in edited articles', () => {
  const cases = generateCorpus(CORPUS_ARTICLES, TEST_CASES_PER_ARTICLE)

  it('ends every tag at its true span or in needs review, as its case says', () => {
    const unexpected: string[] = []
    const fixed: string[] = []
    for (const item of cases) {
      const answers = anchorSidecar(item.newText, item.tags)
      item.tags.forEach((tag, index) => {
        const outcome = classify(tag, answers[index])
        const key = `${item.name} ${tag.id}`
        const bad = outcome === 'silently-wrong' || outcome === 'flagged-present'
        if (bad && !KNOWN_FAILURES.has(key)) {
          unexpected.push(`${key}: ${outcome}, ${JSON.stringify(tag.expected)} but ${answers[index].status} ${answers[index].start}..${answers[index].end}`)
        }
        if (!bad && KNOWN_FAILURES.has(key)) fixed.push(key)
      })
    }
    expect(unexpected).toEqual([])
    expect(fixed).toEqual([])
  })

  it('counts its outcomes on the test corpus', () => {
    const score = scoreMatcher(cases, anchorSidecar)
    expect(score.correct + score.flagged + score.flaggedPresent + score.silentlyWrong).toBe(score.total)
    expect(score.silentlyWrong + score.flaggedPresent).toBe(KNOWN_FAILURES.size)
  })
})

describe('re-attaching after the causes issue 7 found', () => {
  it('finds short names in a text re-saved with decomposed accents (NFD)', () => {
    const item = generateCase(BUDGET_FR, 7, ['nfd'])
    const answers = anchorSidecar(item.newText, item.tags)
    const outcomes = item.tags.map((tag, index) => `${tag.id} ${classify(tag, answers[index])}`)
    expect(outcomes).toEqual(item.tags.map((tag) => `${tag.id} correct`))
  })
})
