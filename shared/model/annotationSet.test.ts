/**
 * The annotation set's ops: what each does to the tags, that its inverse undoes it, and that
 * neither the set nor the op given is ever modified.
 */
import { describe, expect, it } from 'vitest'
import { describeRange } from '../anchoring/anchor'
import {
  applyOp,
  applyOps,
  createAnnotationSet,
  invertOp,
  loadTagsOp,
  reattachTagOp,
  removeTagOp,
  tagsOf,
  touchedIds,
  updateTagOp,
  type AnnotationSet,
  type TagOp
} from './annotationSet'
import { createTag, TAG_KINDS, type Author, type Tag } from './tag'

const TEXT = 'Moscou a renforcé ses liens avec son allié, la Corée du Nord, selon KCNA.'
const MARIE: Author = { annotatorId: 'a-marie', name: 'Marie Dupont' }
const JEAN: Author = { annotatorId: 'a-jean', name: 'Jean Martin' }
const T0 = '2026-11-26T10:00:00.000Z'
const T1 = '2026-11-26T10:05:00.000Z'

function tagOn(id: string, quote: string, kind: Tag['kind'] = 'entity'): Tag {
  const start = TEXT.indexOf(quote)
  return createTag({ id, kind, target: describeRange(TEXT, start, start + quote.length), author: MARIE, now: T0 })
}

/** Freezes a value and everything in it, so that any write to it throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

/** A set and every tag in it, frozen; a Map cannot be frozen, so the test also compares its entries. */
function frozenSet(tags: Tag[]): AnnotationSet {
  return deepFreeze(createAnnotationSet(tags.map(deepFreeze)))
}

const moscou = tagOn('m', 'Moscou')
const kcna = tagOn('k', 'KCNA')
const claim = tagOn('c', 'Moscou a renforcé ses liens avec son allié', 'claim')

describe('applyOp', () => {
  it('adds, removes, updates and reattaches tags, each by id', () => {
    let set = createAnnotationSet([moscou])
    set = applyOp(set, { type: 'add', tag: kcna })
    expect(tagsOf(set).map((t) => t.id)).toEqual(['m', 'k'])

    const update = updateTagOp(set, 'k', { entity: { entityType: 'organisation' } }, JEAN, T1)
    expect(update).not.toBeNull()
    set = applyOp(set, update!)
    expect(set.tags.get('k')).toMatchObject({ entity: { entityType: 'organisation' }, createdBy: MARIE, updatedBy: JEAN, updatedAt: T1 })

    const start = TEXT.indexOf('la Corée du Nord')
    const target = describeRange(TEXT, start, start + 'la Corée du Nord'.length)
    set = applyOp(set, reattachTagOp(set, 'm', target)!)
    expect(set.tags.get('m')?.target).toEqual(target)
    expect(set.tags.get('m')?.updatedAt).toBe(T0)

    set = applyOp(set, removeTagOp(set, 'k')!)
    expect(tagsOf(set).map((t) => t.id)).toEqual(['m'])
  })

  it('load replaces every tag', () => {
    const set = createAnnotationSet([moscou, kcna])
    const loaded = applyOp(set, loadTagsOp(set, [claim]))
    expect(tagsOf(loaded)).toEqual([claim])
  })

  it('never modifies the set or the op it is given', () => {
    const set = frozenSet([moscou, kcna])
    const entries = [...set.tags.entries()]
    const listed: TagOp[] = [
      { type: 'add', tag: claim },
      { type: 'remove', tag: kcna },
      updateTagOp(set, 'k', { note: 'Vérifier', entity: { entityType: 'organisation' } }, JEAN, T1)!,
      reattachTagOp(set, 'm', describeRange(TEXT, 0, 3))!,
      loadTagsOp(set, [claim])
    ]
    const ops = listed.map(deepFreeze)
    const copies = ops.map((op) => structuredClone(op))
    for (const op of ops) {
      const next = applyOp(set, op)
      expect(next).not.toBe(set)
      expect(invertOp(op)).not.toBe(op)
    }
    expect([...set.tags.entries()]).toEqual(entries)
    expect(ops).toEqual(copies)
  })

  it('returns the same set when the op is about a tag it does not hold', () => {
    const set = createAnnotationSet([moscou])
    expect(applyOp(set, { type: 'remove', tag: kcna })).toBe(set)
    expect(applyOp(set, { type: 'update', before: kcna, after: { ...kcna, note: 'x' } })).toBe(set)
    expect(applyOp(set, { type: 'reattach', id: 'k', before: kcna.target, after: moscou.target })).toBe(set)
    expect(removeTagOp(set, 'k')).toBeNull()
    expect(updateTagOp(set, 'k', { note: 'x' }, MARIE, T1)).toBeNull()
    expect(reattachTagOp(set, 'k', moscou.target)).toBeNull()
  })

  it('gives no update op for a patch that changes nothing but who and when', () => {
    const set = createAnnotationSet([kcna])
    expect(updateTagOp(set, 'k', { entity: { entityType: 'other' } }, JEAN, T1)).toBeNull()
    expect(updateTagOp(set, 'k', { note: '' }, JEAN, T1)).toBeNull()
  })

  it('refuses, as a programming error, an update that changes a tag’s id or kind', () => {
    const set = createAnnotationSet([kcna])
    expect(() => applyOp(set, { type: 'update', before: kcna, after: { ...kcna, id: 'other' } })).toThrow(RangeError)
    expect(() => applyOp(set, { type: 'update', before: kcna, after: { ...claim, id: 'k' } })).toThrow(RangeError)
  })
})

describe('applyOps', () => {
  it('gives what applying the ops one by one gives, without changing the set or the ops', () => {
    const set = frozenSet([moscou, claim])
    const before = [...set.tags.entries()]
    const update = updateTagOp(createAnnotationSet([moscou, kcna]), 'k', { note: 'agence officielle' }, JEAN, T1)
    const ops: TagOp[] = deepFreeze([
      { type: 'add', tag: kcna },
      update!,
      { type: 'remove', tag: moscou },
      { type: 'remove', tag: moscou },
      { type: 'reattach', id: 'c', before: claim.target, after: describeRange(TEXT, 0, 6) },
      { type: 'add', tag: moscou }
    ])
    const oneByOne = ops.reduce(applyOp, set)
    const together = applyOps(set, ops)
    expect([...together.tags.entries()]).toEqual([...oneByOne.tags.entries()])
    expect([...set.tags.entries()]).toEqual(before)
    // Undoing them all, in reverse order, gives the set back.
    const undone = applyOps(together, [...ops].reverse().map(invertOp))
    expect(tagsOf(undone).sort((a, b) => a.id.localeCompare(b.id))).toEqual([claim, moscou])
  })

  it('returns the same set when nothing changes, and refuses an update that changes the kind', () => {
    const set = frozenSet([moscou])
    expect(applyOps(set, [])).toBe(set)
    expect(applyOps(set, [{ type: 'remove', tag: kcna }, { type: 'remove', tag: kcna }])).toBe(set)
    expect(() => applyOps(set, [{ type: 'add', tag: kcna }, { type: 'update', before: moscou, after: { ...claim, id: 'm' } }])).toThrow(RangeError)
  })
})

describe('invertOp', () => {
  /** A small seeded generator, so that a failure can be replayed. */
  function lcg(seed: number): (n: number) => number {
    let state = seed >>> 0
    return (n) => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0
      return state % n
    }
  }

  /** An op that changes `set`: add a new tag, or remove, update, reattach or reload one. */
  function randomOp(set: AnnotationSet, pick: (n: number) => number, serial: number): TagOp {
    const ids = [...set.tags.keys()]
    const choice = ids.length === 0 ? 0 : pick(5)
    const start = pick(TEXT.length - 8)
    const target = describeRange(TEXT, start, start + 1 + pick(7))
    const id = ids[pick(Math.max(1, ids.length))]
    switch (choice) {
      case 0:
        return { type: 'add', tag: createTag({ id: `t${serial}`, kind: TAG_KINDS[pick(3)], target, author: MARIE, now: T0 }) }
      case 1:
        return removeTagOp(set, id)!
      case 2:
        return updateTagOp(set, id, { note: `note ${serial}` }, JEAN, T1)!
      case 3:
        return reattachTagOp(set, id, target)!
      default:
        return loadTagsOp(set, tagsOf(set).slice(0, pick(ids.length + 1)))
    }
  }

  it('undoes each op: applying an op and then its inverse gives the tags back', () => {
    const pick = lcg(20261126)
    let set = createAnnotationSet([moscou, kcna, claim])
    for (let serial = 0; serial < 500; serial++) {
      const op = randomOp(set, pick, serial)
      const next = applyOp(set, op)
      const back = applyOp(next, invertOp(op))
      expect(new Map(back.tags), `op ${serial}: ${op.type}`).toEqual(new Map(set.tags))
      expect(invertOp(invertOp(op))).toEqual(op)
      set = next
    }
  })

  it('names the ids an op touches', () => {
    const set = createAnnotationSet([moscou, kcna])
    expect(touchedIds({ type: 'add', tag: claim })).toEqual(['c'])
    expect(touchedIds(removeTagOp(set, 'k')!)).toEqual(['k'])
    expect(touchedIds(loadTagsOp(set, [kcna, claim])).sort()).toEqual(['c', 'k', 'm'])
  })
})
