import { describe, expect, it } from 'vitest'
import { createTag, type EntityTag, type Tag } from '../model/tag'
import { groupEntities, namesOf } from './entityGroups'

const author = { annotatorId: 'a1', name: 'Marie' }
const now = '2026-12-01T10:00:00.000Z'

function entity(id: string, exact: string, fields: Partial<EntityTag['entity']> = {}): EntityTag {
  const tag = createTag({ id, kind: 'entity', target: { position: { start: 0, end: exact.length }, quote: { exact, prefix: '', suffix: '' } }, author, now, entityType: 'place' })
  if (tag.kind !== 'entity') throw new RangeError('not an entity')
  return { ...tag, entity: { ...tag.entity, ...fields } }
}

describe('groupEntities', () => {
  it('gathers each entity with its mentions, sorted by name, and ignores claims and sources', () => {
    const claim: Tag = createTag({ id: 'c', kind: 'claim', target: { position: { start: 0, end: 1 }, quote: { exact: 'x', prefix: '', suffix: '' } }, author, now })
    const tags = [
      entity('p1', 'Pyongyang'),
      entity('m1', 'Moscou'),
      claim,
      entity('p2', 'Pyongyang', { mentionOf: 'p1' }),
      entity('m2', 'moscou', { mentionOf: 'm1' }),
      entity('p3', 'Pyongyang', { mentionOf: 'p1' }),
      entity('k1', 'la RPDC', { canonicalName: 'Corée du Nord' })
    ]
    const { groups, groupOf } = groupEntities(tags)
    expect(groups.map((g) => [g.name, g.tagIds.length])).toEqual([
      ['Corée du Nord', 1],
      ['Moscou', 2],
      ['Pyongyang', 3]
    ])
    expect(groupOf.get('p3')?.id).toBe('p1')
    expect(groupOf.has('c')).toBe(false)
  })

  it('keeps mentions whose first tag is gone as an entity of their own', () => {
    const { groups } = groupEntities([entity('p2', 'Pyongyang', { mentionOf: 'gone' }), entity('p3', 'Pyongyang', { mentionOf: 'gone' })])
    expect(groups).toHaveLength(1)
    expect(groups[0]).toMatchObject({ id: 'gone', name: 'Pyongyang', first: null, tagIds: ['p2', 'p3'] })
  })

  it('searches the quoted text, the canonical name and the aliases', () => {
    expect(namesOf(entity('k', 'la RPDC', { canonicalName: 'Corée du Nord', aliases: ['Nord-Corée'] }))).toEqual(['la RPDC', 'Corée du Nord', 'Nord-Corée'])
  })
})
