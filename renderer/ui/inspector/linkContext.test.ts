/**
 * How the inspector names what a link points at: a claim by its restatement, an entity by its
 * canonical name (else their text), an outside source by its title, a vanished id as missing.
 */
import { describe, expect, it } from 'vitest'
import { createOutsideSource } from '../../../shared/model/outsideSources'
import { applyTagPatch, createTag, type Tag } from '../../../shared/model/tag'
import type { LiveTag } from '../../editor/tagStep'
import { targetOf } from './linkContext'

const AUTHOR = { annotatorId: 'a1', name: 'Test' }
const NOW = '2026-11-26T10:00:00.000Z'
const target = (exact: string) => ({ position: { start: 0, end: exact.length }, quote: { exact, prefix: '', suffix: '' } })
const live = (tag: Tag): LiveTag => ({ tag, from: 1, to: 2, review: null })

describe('targetOf', () => {
  const claim = applyTagPatch(createTag({ id: 'c', kind: 'claim', target: target('Moscou a renforcé'), author: AUTHOR, now: NOW }), { claim: { claimReviewed: 'Les liens se renforcent' } }, AUTHOR, NOW)
  const entity = createTag({ id: 'e', kind: 'entity', target: target('Choïgou'), author: AUTHOR, now: NOW })
  const named = applyTagPatch(entity, { entity: { canonicalName: 'Sergueï Choïgou' } }, AUTHOR, NOW)
  const outside = new Map([['o', createOutsideSource({ id: 'o', title: 'Rapport', author: AUTHOR, now: NOW })]])
  const quoteOf = (l: LiveTag) => l.tag.target.quote.exact

  it('names tags, outside sources and missing ids', () => {
    const byId = new Map([['c', live(claim)], ['e', live(entity)]])
    expect(targetOf('c', byId, outside, quoteOf)).toEqual({ id: 'c', kind: 'claim', label: 'Les liens se renforcent' })
    expect(targetOf('e', byId, outside, quoteOf)).toEqual({ id: 'e', kind: 'entity', label: 'Choïgou' })
    expect(targetOf('e', new Map([['e', live(named)]]), outside, quoteOf).label).toBe('Sergueï Choïgou')
    expect(targetOf('o', byId, outside, quoteOf)).toEqual({ id: 'o', kind: 'outside', label: 'Rapport' })
    expect(targetOf('gone', byId, outside, quoteOf)).toEqual({ id: 'gone', kind: 'missing', label: 'Missing tag' })
  })
})
