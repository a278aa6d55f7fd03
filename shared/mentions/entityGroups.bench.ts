/**
 * Benchmark of the entities panel's data: grouping 5,000 entity tags (1,000 entities of 5 tags
 * each, plus 1,000 claims) by entity, as happens once per change of the tag set (never while
 * typing: the result is kept while the set is the same object).
 *
 * Run with `npx vitest bench shared/mentions/entityGroups.bench.ts --run`. It prints figures and
 * asserts nothing.
 */
import { bench, describe } from 'vitest'
import { createTag, type Tag } from '../model/tag'
import { groupEntities } from './entityGroups'

const author = { annotatorId: 'a1', name: 'Bench' }
const now = '2026-12-01T10:00:00.000Z'
const tags: Tag[] = []
for (let e = 0; e < 1000; e += 1) {
  for (let m = 0; m < 5; m += 1) {
    const exact = `Entité ${(e * 7919) % 1000} numéro ${e}`
    const tag = createTag({ id: `e${e}-${m}`, kind: 'entity', target: { position: { start: e * 100 + m, end: e * 100 + m + 10 }, quote: { exact, prefix: '', suffix: '' } }, author, now })
    if (tag.kind === 'entity') tags.push({ ...tag, entity: { ...tag.entity, mentionOf: m === 0 ? null : `e${e}-0` } })
  }
  tags.push(createTag({ id: `c${e}`, kind: 'claim', target: { position: { start: e, end: e + 1 }, quote: { exact: 'x', prefix: '', suffix: '' } }, author, now }))
}
console.log(`tags: ${tags.length.toLocaleString('en-GB')}; entities: ${groupEntities(tags).groups.length.toLocaleString('en-GB')}`)

describe('entities panel, 5,000 entity tags', () => {
  bench('group by entity and sort by name (once per change of the tag set)', () => {
    groupEntities(tags)
  })
})
