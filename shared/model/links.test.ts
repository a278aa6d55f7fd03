/**
 * Links read both ways, and what deleting a linked tag does to the tags that link to it.
 */
import { describe, expect, it } from 'vitest'
import { describeRange } from '../anchoring/anchor'
import { applyOp, createAnnotationSet, type TagOp } from './annotationSet'
import { buildLinkIndex, countLinksTo, deletionUpdates, linkIndexMemo } from './links'
import { applyOutsideOp, createOutsideSource, invertOutsideOp, updateOutsideOp } from './outsideSources'
import { applyTagPatch, createTag, type Author, type Tag } from './tag'

const TEXT = 'Moscou a renforcé ses liens avec son allié, la Corée du Nord, selon KCNA et Reuters. Moscou dément.'
const MARIE: Author = { annotatorId: 'a-marie', name: 'Marie Dupont' }
const JEAN: Author = { annotatorId: 'a-jean', name: 'Jean Martin' }
const T0 = '2026-11-26T10:00:00.000Z'
const T1 = '2026-11-26T10:05:00.000Z'

function tagOn(id: string, quote: string, kind: Tag['kind'], from = 0): Tag {
  const start = TEXT.indexOf(quote, from)
  return createTag({ id, kind, target: describeRange(TEXT, start, start + quote.length), author: MARIE, now: T0 })
}

const kcna = tagOn('kcna', 'KCNA', 'source')
const reuters = tagOn('reuters', 'Reuters', 'source')
const moscou = tagOn('moscou', 'Moscou', 'entity')
const moscou2 = applyTagPatch(tagOn('moscou2', 'Moscou', 'entity', 10), { entity: { mentionOf: 'moscou' } }, MARIE, T0)
const claim = applyTagPatch(
  tagOn('c1', 'Moscou a renforcé ses liens', 'claim'),
  {
    claim: {
      sources: [
        { sourceId: 'kcna', relation: 'supports' },
        { sourceId: 'reuters', relation: 'contradicts' },
        { sourceId: 'report', relation: 'context' }
      ],
      entities: ['moscou'],
      speakerId: 'moscou'
    }
  },
  MARIE,
  T0
)
const claim2 = applyTagPatch(tagOn('c2', 'Moscou dément', 'claim'), { claim: { sources: [{ sourceId: 'kcna', relation: 'quoted-from' }] } }, MARIE, T0)
const set = createAnnotationSet([claim, claim2, kcna, reuters, moscou, moscou2])

describe('buildLinkIndex', () => {
  it('lists, for each target, who links to it, in what role and with what relation', () => {
    const index = buildLinkIndex(set.tags.values())
    expect(index.get('kcna')).toEqual([
      { fromId: 'c1', role: 'source', relation: 'supports' },
      { fromId: 'c2', role: 'source', relation: 'quoted-from' }
    ])
    expect(index.get('moscou')).toEqual([
      { fromId: 'c1', role: 'about', relation: null },
      { fromId: 'c1', role: 'speaker', relation: null },
      { fromId: 'moscou2', role: 'mention', relation: null }
    ])
    // An outside source (not a tag) is a target like any other.
    expect(index.get('report')).toEqual([{ fromId: 'c1', role: 'source', relation: 'context' }])
    expect(index.has('c1')).toBe(false)
    expect(countLinksTo(index, 'moscou')).toBe(3)
    expect(countLinksTo(index, 'c2')).toBe(0)
  })

  it('is computed once per version of the set when memoised', () => {
    const memo = linkIndexMemo()
    const first = memo(set.tags)
    expect(memo(set.tags)).toBe(first)
    const next = applyOp(set, { type: 'remove', tag: claim2 })
    expect(memo(next.tags)).not.toBe(first)
    expect(memo(next.tags).get('kcna')).toHaveLength(1)
  })
})

describe('deletionUpdates', () => {
  const index = buildLinkIndex(set.tags.values())

  it('takes a deleted source out of every claim resting on it, keeping their other links', () => {
    const updates = deletionUpdates(set.tags, index, 'kcna', JEAN, T1)
    expect(updates.map((u) => u.before.id)).toEqual(['c1', 'c2'])
    const [c1, c2] = updates.map((u) => u.after)
    expect(c1.kind === 'claim' && c1.claim.sources).toEqual([
      { sourceId: 'reuters', relation: 'contradicts' },
      { sourceId: 'report', relation: 'context' }
    ])
    expect(c1.kind === 'claim' && c1.claim.entities).toEqual(['moscou'])
    expect(c2.kind === 'claim' && c2.claim.sources).toEqual([])
    expect(c1).toMatchObject({ updatedBy: JEAN, updatedAt: T1, createdBy: MARIE })
  })

  it('takes a deleted entity out of the claims about it and spoken by it, and frees its mentions', () => {
    const updates = deletionUpdates(set.tags, index, 'moscou', JEAN, T1)
    expect(updates.map((u) => u.before.id)).toEqual(['c1', 'moscou2'])
    const [c1, mention] = updates.map((u) => u.after)
    expect(c1.kind === 'claim' && [c1.claim.entities, c1.claim.speakerId, c1.claim.sources.length]).toEqual([[], null, 3])
    expect(mention.kind === 'entity' && mention.entity.mentionOf).toBeNull()
  })

  it('removes an outside source’s links as a tag’s', () => {
    const updates = deletionUpdates(set.tags, index, 'report', JEAN, T1)
    expect(updates).toHaveLength(1)
    const after = updates[0].after
    expect(after.kind === 'claim' && after.claim.sources.map((s) => s.sourceId)).toEqual(['kcna', 'reuters'])
  })

  it('is empty for a tag nobody links to, and undoes exactly with the deletion', () => {
    expect(deletionUpdates(set.tags, index, 'c2', JEAN, T1)).toEqual([])
    const updates = deletionUpdates(set.tags, index, 'kcna', JEAN, T1)
    const ops: TagOp[] = [{ type: 'remove', tag: kcna }, ...updates.map((u) => ({ type: 'update' as const, ...u }))]
    const after = ops.reduce(applyOp, set)
    expect(after.tags.has('kcna')).toBe(false)
    const inverse: TagOp[] = ops.map((op): TagOp => (op.type === 'update' ? { type: 'update', before: op.after, after: op.before } : { type: 'add', tag: kcna }))
    const back = inverse.reverse().reduce(applyOp, after)
    expect(back.tags.get('c1')).toBe(claim)
    expect(back.tags.get('kcna')).toBe(kcna)
  })

  it('does not modify the set or the index', () => {
    const before = JSON.stringify([...set.tags.values()])
    deletionUpdates(set.tags, index, 'moscou', JEAN, T1)
    expect(JSON.stringify([...set.tags.values()])).toBe(before)
    expect(index.get('moscou')).toHaveLength(3)
  })
})

describe('outside sources', () => {
  const report = createOutsideSource({ id: 'report', title: 'Rapport annuel', author: MARIE, now: T0 })

  it('are added, changed and deleted by put ops that invert', () => {
    const added = applyOutsideOp(new Map(), { type: 'put', before: null, after: report })
    expect([...added.keys()]).toEqual(['report'])
    const op = updateOutsideOp(report, { source: { publisher: 'ONU' } }, JEAN, T1)
    expect(op).not.toBeNull()
    const changed = applyOutsideOp(added, op!)
    expect(changed.get('report')).toMatchObject({ title: 'Rapport annuel', source: { publisher: 'ONU', url: '' }, updatedBy: JEAN })
    expect(applyOutsideOp(changed, invertOutsideOp(op!)).get('report')).toBe(report)
    const deleted = applyOutsideOp(changed, { type: 'put', before: changed.get('report')!, after: null })
    expect(deleted.size).toBe(0)
    expect(changed.size).toBe(1)
  })

  it('refuse a blank title and a patch that changes nothing', () => {
    expect(updateOutsideOp(report, { title: '  ' }, JEAN, T1)).toBeNull()
    expect(updateOutsideOp(report, { title: 'Rapport annuel', source: { url: '' } }, JEAN, T1)).toBeNull()
  })
})
