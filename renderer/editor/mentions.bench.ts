/**
 * Benchmark, not a test: "Tag all mentions" in a 200,000-word report that already holds 5,000
 * tags. Finding the untagged mentions of a name that appears about a thousand times (what opening
 * the dialog costs, the first time on this text and again), tagging all of them in one
 * transaction, and undoing that. Run: `npx vitest bench renderer/editor/mentions.bench.ts --run`.
 */
import { bench, describe } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { TextSelection, type EditorState } from 'prosemirror-state'
import { undo } from 'prosemirror-history'
import { describeRange } from '../../shared/anchoring/anchor'
import { importText } from '../../shared/article/importText'
import { plainTextOf } from '../../shared/article/plainText'
import { createTag, type Tag } from '../../shared/model/tag'
import { createArticleState } from './articleState'
import { findUntaggedMentions, tagMentions } from './mentionCommands'
import { offsetToPos } from './positions'
import { createTagFromSelection, loadTags } from './tagCommands'
import type { LiveTag } from './tagStep'

const sample = readFileSync(join(__dirname, '../../electron/resources/russie-coree-du-nord.fr.txt'), 'utf8').trim()
const paragraphs = sample.split(/\n\s*\n/)
const blocks: string[] = []
for (let copy = 0; blocks.join(' ').length < 1_300_000; copy++) {
  for (const p of paragraphs) blocks.push(`[${copy}] ${p}`)
}
const doc = importText(blocks.join('\n\n'))
const plain = plainTextOf(doc)
const author = { annotatorId: 'bench', name: 'Bench' }
const now = '2026-12-01T10:00:00.000Z'

// 5,000 claims spread over the report, none on a name.
const live: LiveTag[] = []
const step = Math.floor(plain.text.length / 5000)
for (let i = 0; i < 5000; i++) {
  const start = i * step
  const tag: Tag = createTag({ id: `t${i}`, kind: 'claim', target: describeRange(plain.text, start, start + 5), author, now })
  live.push({ tag, from: offsetToPos(plain, start), to: offsetToPos(plain, start + 5), review: null })
}
const base = createArticleState(doc)
const loaded = base.apply(loadTags(base, live))
const at = plain.text.indexOf('Pyongyang')
const selected = loaded.apply(loaded.tr.setSelection(TextSelection.create(doc, offsetToPos(plain, at), offsetToPos(plain, at + 9))))
const made = createTagFromSelection(selected, { kind: 'entity', id: 'p', author, now, entityType: 'place' })
if (!made.ok) throw new RangeError('bench: could not tag Pyongyang')
const withEntity: EditorState = selected.apply(made.tr)
const search = findUntaggedMentions(withEntity, 'p')
if (!search) throw new RangeError('bench: no entity')
let n = 0
const newId = () => `m${n++}`
const tagged = withEntity.apply(tagMentions(withEntity, { entityId: 'p', spans: search.mentions, author, now, newId }) ?? withEntity.tr)

console.log(`report: ${plain.text.split(/\s+/).length.toLocaleString('en')} words, 5,000 tags; untagged mentions of Pyongyang: ${search.mentions.length}`)

describe('tag all mentions in a 200,000-word report with 5,000 tags', () => {
  bench('find the untagged mentions (text prepared already)', () => {
    findUntaggedMentions(withEntity, 'p')
  })
  bench('find them after a text edit (the text prepared again)', () => {
    const edited = withEntity.apply(withEntity.tr.setMeta('addToHistory', false))
    findUntaggedMentions(edited.apply(edited.tr.insertText('x', 1)), 'p')
  }, { iterations: 5 })
  bench(`tag all of them in one transaction`, () => {
    withEntity.apply(tagMentions(withEntity, { entityId: 'p', spans: search.mentions, author, now, newId }) ?? withEntity.tr)
  }, { iterations: 5 })
  bench('undo that (one step)', () => {
    undo(tagged, () => undefined)
    undo(tagged, (tr) => tagged.apply(tr))
  }, { iterations: 5 })
})
