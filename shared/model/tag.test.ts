import { describe, expect, it } from 'vitest'
import { applyTagPatch, createTag, type Tag } from './tag'

const author = { annotatorId: 'a1', name: 'Marie Dupont' }
const target = { position: { start: 0, end: 5 }, quote: { exact: '12,5 %', prefix: '', suffix: '' } }
const change = { previousQuote: '12,5 %', previousSha256: 'a'.repeat(64), detectedAt: '2026-12-01T10:00:00.000Z' }

function changedClaim(): Tag {
  const claim = createTag({ id: 'c1', kind: 'claim', target, author, now: '2026-11-30T10:00:00.000Z' })
  if (claim.kind !== 'claim') throw new Error('not a claim')
  return { ...claim, claim: { ...claim.claim, verdict: 'mostly-false' }, changed: change }
}

describe('the text-change mark of a tag ("rated on an earlier version")', () => {
  it('stays through a note edit, and is cleared by confirming or by giving a verdict, even the same one', () => {
    const tag = changedClaim()
    const now = '2026-12-01T11:00:00.000Z'
    expect(applyTagPatch(tag, { note: 'vérifié' }, author, now).changed).toEqual(change)
    expect(applyTagPatch(tag, { claim: { status: 'checked' } }, author, now).changed).toEqual(change)
    expect(applyTagPatch(tag, { changed: null }, author, now).changed).toBeNull()
    const rerated = applyTagPatch(tag, { claim: { verdict: 'mostly-false' } }, author, now)
    expect(rerated.changed).toBeNull()
    expect(rerated.kind === 'claim' && rerated.claim.verdict).toBe('mostly-false')
    expect(tag.changed).toEqual(change)
  })

  it('is empty on a new tag, with the new fields empty', () => {
    const entity = createTag({ id: 'e1', kind: 'entity', target, author, now: '2026-12-01T10:00:00.000Z', entityType: 'place' })
    expect(entity).toMatchObject({ changed: null, entity: { entityType: 'place', canonicalName: '', aliases: [], externalId: '', mentionOf: null } })
    const claim = createTag({ id: 'c2', kind: 'claim', target, author, now: '2026-12-01T10:00:00.000Z' })
    expect(claim).toMatchObject({ claim: { claimReviewed: '', speakerId: null, sources: [], entities: [], checkWorthiness: 'unset' } })
  })
})
