import { describe, expect, it } from 'vitest'
import { applyTagPatch, createTag, type Tag, type TagKind } from '../../shared/model/tag'
import { applyListFilter, CHECK_AFTER_UPDATE, foldForSearch, isFiltering, linkedIds, NO_FILTER, type FilterableTag, type UpdateStatuses } from './listFilter'

const ana = { annotatorId: 'a-1', name: 'Ana' }
const ben = { annotatorId: 'b-2', name: 'Ben' }
const NOW = '2026-12-01T10:00:00.000Z'

function tag(id: string, kind: TagKind, quote: string, author = ana): Tag {
  return createTag({ id, kind, target: { position: { start: 0, end: quote.length }, quote: { exact: quote, prefix: '', suffix: '' } }, author, now: NOW })
}

const claim = applyTagPatch(tag('c1', 'claim', 'le chômage a baissé de 12,5 %'), { claim: { verdict: 'mostly-false', sources: [{ sourceId: 's1', relation: 'supports' }] } }, ana, NOW)
const marked: Tag = { ...tag('c2', 'claim', 'Moscou et Pyongyang'), changed: { previousQuote: 'Moscou', previousSha256: 'a'.repeat(64), detectedAt: NOW } }
const items: FilterableTag[] = [
  { tag: claim, review: null },
  { tag: marked, review: null },
  { tag: tag('s1', 'source', 'l’agence de presse officielle KCNA'), review: null },
  { tag: tag('e1', 'entity', 'Séoul', ben), review: null },
  { tag: tag('e2', 'entity', 'Corée du Sud'), review: { reason: 'not-found', confidence: 0.2 } }
]
const statuses: UpdateStatuses = new Map([['e1', 'moved']])
const context = { statuses, linked: linkedIds(items), haystack: (item: FilterableTag) => foldForSearch(`${item.tag.target.quote.exact}\n${item.tag.note}`) }
const ids = (filter: Partial<typeof NO_FILTER>) => applyListFilter(items, { ...NO_FILTER, ...filter }, context).map((i) => i.tag.id)

describe('the tag list filters', () => {
  it('let everything through when none is set, as the same list', () => {
    expect(applyListFilter(items, NO_FILTER, context)).toBe(items)
    expect(isFiltering({ ...NO_FILTER, kind: 'claim' })).toBe(false)
  })

  it('“check after update” shows moved, changed, marked and needs-review tags', () => {
    expect(ids(CHECK_AFTER_UPDATE)).toEqual(['c2', 'e1', 'e2'])
  })

  it('filter by verdict, claim status, author, links and needs review', () => {
    expect(ids({ verdict: 'mostly-false' })).toEqual(['c1'])
    expect(ids({ claimStatus: 'to-check' })).toEqual(['c1', 'c2'])
    expect(ids({ author: 'b-2' })).toEqual(['e1'])
    expect(ids({ links: 'with' })).toEqual(['c1', 's1'])
    expect(ids({ links: 'without' })).toEqual(['c2', 'e1', 'e2'])
    expect(ids({ needsReview: true })).toEqual(['e2'])
  })

  it('search the quote and note, whatever the accents and case', () => {
    expect(ids({ text: 'seoul' })).toEqual(['e1'])
    expect(ids({ text: 'CHOMAGE' })).toEqual(['c1'])
    expect(ids({ text: 'corée' })).toEqual(['e2'])
    expect(ids({ text: 'nothing like it' })).toEqual([])
  })
})
