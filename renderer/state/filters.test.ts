import { describe, expect, it } from 'vitest'
import type { TagKind } from '../../shared/model/tag'
import { applyKindFilter, countByKind, FILTER_LABELS, KIND_FILTERS } from './filters'

const items = (['claim', 'entity', 'claim', 'source'] as TagKind[]).map((kind, i) => ({ id: i, tag: { kind } }))

describe('kind filter', () => {
  it('shows everything under “All”, in the same order', () => {
    expect(applyKindFilter(items, 'all')).toBe(items)
  })

  it('shows only the tags of the chosen kind', () => {
    expect(applyKindFilter(items, 'claim').map((i) => i.id)).toEqual([0, 2])
    expect(applyKindFilter(items, 'source').map((i) => i.id)).toEqual([3])
    expect(applyKindFilter([], 'entity')).toEqual([])
  })

  it('counts what each chip would show', () => {
    expect(countByKind(items)).toEqual({ all: 4, claim: 2, source: 1, entity: 1 })
  })

  it('offers All, Claims, Sources, Entities', () => {
    expect(KIND_FILTERS.map((f) => FILTER_LABELS[f])).toEqual(['All', 'Claims', 'Sources', 'Entities'])
  })
})
