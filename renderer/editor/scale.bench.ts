/**
 * Benchmark, not a test: a 450-page report (~200,000 words) with 5,000 tags. Opening it,
 * re-attaching every tag, and the per-action costs that must stay instant: adding a tag, a
 * keystroke in Edit text mode, and the list's sort. Run: `npm run bench`.
 */
import { bench, describe } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { TextSelection } from 'prosemirror-state'
import { describeRange } from '../../shared/anchoring/anchor'
import { importText } from '../../shared/article/importText'
import { plainTextOf } from '../../shared/article/plainText'
import { buildSidecar, type Sidecar } from '../../shared/sidecar'
import { createTag, TAG_KINDS, type Tag } from '../../shared/model/tag'
import { createArticleState } from './articleState'
import { setEditing } from './modePlugin'
import { anchorTags } from './openArticle'
import { createTagFromSelection, loadTags } from './tagCommands'
import { tagsInDocumentOrder } from './tagPlugin'

const sample = readFileSync(join(__dirname, '../../electron/resources/russie-coree-du-nord.fr.txt'), 'utf8').trim()
const paragraphs = sample.split(/\n\s*\n/)
// ~200,000 words: the sample's paragraphs repeated, each copy numbered so quotes differ.
const blocks: string[] = []
for (let copy = 0; blocks.join(' ').length < 1_300_000; copy++) {
  for (const p of paragraphs) blocks.push(`[${copy}] ${p}`)
}
const reportText = blocks.join('\n\n')
const doc = importText(reportText)
const plain = plainTextOf(doc)
const words = plain.text.split(/\s+/).length

function makeSidecar(text: string): Sidecar {
  const tags: Tag[] = []
  const step = Math.floor(text.length / 5000)
  for (let i = 0; i < 5000; i++) {
    let start = i * step
    while (start < text.length && /\s/.test(text[start])) start++
    const end = Math.min(text.length, start + 12 + (i % 40))
    tags.push(
      createTag({
        id: `t${i}`,
        kind: TAG_KINDS[i % 3],
        target: describeRange(text, start, end),
        author: { annotatorId: 'bench', name: 'Bench' },
        now: '2026-11-26T10:00:00.000Z'
      })
    )
  }
  return buildSidecar({
    article: { fileName: 'report.txt', sha256: '0'.repeat(64), textLength: text.length },
    annotator: { id: 'bench', name: 'Bench' },
    tags,
    editedText: null,
    now: '2026-11-26T10:00:00.000Z'
  })
}

const sidecar = makeSidecar(plain.text)
// The same report with a paragraph inserted at the top: every tag has moved.
const shiftedDoc = importText(`Avertissement de la rédaction, ajouté après publication.\n\n${reportText}`)
const base = createArticleState(doc)
const loaded = base.apply(loadTags(base, anchorTags(doc, sidecar).tags))
const editing = loaded.apply(setEditing(loaded, true))
const middle = Math.floor(doc.content.size / 2)
const selected = loaded.apply(loaded.tr.setSelection(TextSelection.create(loaded.doc, middle, middle + 10)))

console.log(`report: ${words.toLocaleString('en')} words, ${plain.text.length.toLocaleString('en')} characters, ${sidecar.tags.length} tags`)

describe('open a 200,000-word report with 5,000 tags', () => {
  bench('import the text', () => {
    importText(reportText)
  })
  bench('re-attach 5,000 tags, text unchanged', () => {
    anchorTags(doc, sidecar)
  })
  bench('re-attach 5,000 tags after a paragraph was inserted above them all', () => {
    anchorTags(shiftedDoc, sidecar)
  }, { iterations: 3 })
  bench('build the editor state and load the tags', () => {
    const state = createArticleState(doc)
    state.apply(loadTags(state, anchorTags(doc, sidecar).tags))
  })
})

describe('per action, with 5,000 tags', () => {
  bench('add a tag', () => {
    const result = createTagFromSelection(selected, { kind: 'claim', id: 'new', author: { annotatorId: 'bench', name: 'Bench' }, now: '2026-11-26T10:00:00.000Z' })
    if (result.ok) selected.apply(result.tr)
  })
  bench('type one character in Edit text mode (maps 5,000 tags)', () => {
    editing.apply(editing.tr.insertText('x', middle))
  })
  bench('sort tags for the list', () => {
    tagsInDocumentOrder(loaded)
  })
})
