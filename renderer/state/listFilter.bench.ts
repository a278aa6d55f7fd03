/**
 * Benchmark, not a test: the tag list's filters over 5,000 tags of a long report — what the list
 * does once per change of the tags (fold the quotes and notes, find the linked ids) and what it
 * does per key typed in the search field or per filter chip pressed. Run: `npm run bench`.
 */
import { bench, describe } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describeRange } from '../../shared/anchoring/anchor'
import { createTag, TAG_KINDS, type Tag } from '../../shared/model/tag'
import { applyListFilter, CHECK_AFTER_UPDATE, foldForSearch, linkedIds, NO_FILTER, type FilterableTag, type UpdateStatuses } from './listFilter'

const sample = readFileSync(join(__dirname, '../../electron/resources/russie-coree-du-nord.fr.txt'), 'utf8')
const text = Array.from({ length: 600 }, (_, copy) => `[${copy}] ${sample}`).join('\n\n')
const items: FilterableTag[] = []
const step = Math.floor(text.length / 5000)
for (let i = 0; i < 5000; i++) {
  const start = i * step
  const tag: Tag = createTag({ id: `t${i}`, kind: TAG_KINDS[i % 3], target: describeRange(text, start, start + 20 + (i % 60)), author: { annotatorId: 'bench', name: 'Bench' }, now: '2026-11-26T10:00:00.000Z' })
  items.push({ tag: i % 50 === 0 ? { ...tag, note: 'À vérifier auprès de l’agence de presse' } : tag, review: i % 97 === 0 ? { reason: 'not-found' } : null })
}
const statuses: UpdateStatuses = new Map(items.filter((_, i) => i % 7 === 0).map((item) => [item.tag.id, 'moved' as const]))
const folded = new Map(items.map((item) => [item.tag.id, foldForSearch(`${item.tag.target.quote.exact}\n${item.tag.note}`)]))
const context = { statuses, linked: linkedIds(items), haystack: (item: FilterableTag) => folded.get(item.tag.id) ?? '' }

describe('the tag list filters, 5,000 tags', () => {
  bench('once per change of the tags: fold 5,000 quotes and notes, find the linked ids', () => {
    for (const item of items) foldForSearch(`${item.tag.target.quote.exact}\n${item.tag.note}`)
    linkedIds(items)
  })
  bench('per key typed: search “agence”', () => {
    applyListFilter(items, { ...NO_FILTER, text: 'agence' }, context)
  })
  bench('per chip: check after update', () => {
    applyListFilter(items, CHECK_AFTER_UPDATE, context)
  })
})
