/**
 * Benchmark, not a test: the link index of 5,000 tags (1,000 claims, each resting on three
 * sources and about two entities), rebuilt once per change of the tag set, and what deleting a
 * much-linked source implies. Run: `npm run bench -- shared/model/links.bench.ts`.
 */
import { bench, describe } from 'vitest'
import { buildLinkIndex, deletionUpdates } from './links'
import { applyTagPatch, createTag, type Tag, type TagKind } from './tag'

const AUTHOR = { annotatorId: 'a1', name: 'Bench' }
const NOW = '2026-11-26T10:00:00.000Z'
const target = { position: { start: 0, end: 4 }, quote: { exact: 'text', prefix: '', suffix: '' } }
const kindOf = (i: number): TagKind => (i < 1000 ? 'claim' : i < 3000 ? 'source' : 'entity')
const tags: Tag[] = Array.from({ length: 5000 }, (_, i) => {
  const tag = createTag({ id: `t${i}`, kind: kindOf(i), target, author: AUTHOR, now: NOW })
  if (tag.kind !== 'claim') return tag
  const sources = [0, 1, 2].map((k) => ({ sourceId: `t${1000 + ((i * 3 + k) % 2000)}`, relation: 'supports' as const }))
  return applyTagPatch(tag, { claim: { sources: [...sources, { sourceId: 't1000', relation: 'context' }], entities: [`t${3000 + (i % 2000)}`, `t${3000 + ((i + 7) % 2000)}`] } }, AUTHOR, NOW)
})
const byId = new Map(tags.map((t) => [t.id, t] as const))
const index = buildLinkIndex(tags)

describe('links over 5,000 tags', () => {
  bench('build the link index (once per tag-set version)', () => {
    buildLinkIndex(tags)
  })
  bench('updates implied by deleting a source 1,000 claims rest on', () => {
    deletionUpdates(byId, index, 't1000', AUTHOR, NOW)
  })
})
