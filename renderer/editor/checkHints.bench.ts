/**
 * Benchmark, not a test: what check-worthiness hints cost the page's thread on a ~200,000-word
 * report, the rules themselves running in the worker (shared/hints/findHints.bench.ts times
 * those): placing the worker's answer (keys and positions of every hint), drawing them all as
 * decorations (a new document), redrawing one paragraph's after an edit, a keystroke in Edit text
 * mode with every hint underlined, and a dismissal.
 * Run: `npx vitest bench --run renderer/editor/checkHints.bench.ts`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { bench, describe } from 'vitest'
import { importText } from '../../shared/article/importText'
import { plainTextOf } from '../../shared/article/plainText'
import { findHints, hintKey } from '../../shared/hints/findHints'
import { createArticleState } from './articleState'
import { removeCheckHints, setCheckHints, updateCheckHints, type PlacedHint } from './checkHintPlugin'
import { setEditing } from './modePlugin'
import { offsetToPos } from './positions'

const sample = readFileSync(join(__dirname, '../../electron/resources/russie-coree-du-nord.fr.txt'), 'utf8').trim()
const paragraphs = sample.split(/\n\s*\n/)
const blocks: string[] = []
for (let copy = 0; blocks.join(' ').length < 1_300_000; copy++) {
  for (const p of paragraphs) blocks.push(`[${copy}] ${p} Au total, ${copy + 1} 200 soldats et ${(copy % 97) + 0.5} % du budget.`)
}
const doc = importText(blocks.join('\n\n'))
const plain = plainTextOf(doc)
const hints = findHints(plain.text)

function place(): PlacedHint[] {
  return hints.map((hint) => ({ key: hintKey(plain.text, hint), kind: hint.kind, from: offsetToPos(plain, hint.start), to: offsetToPos(plain, hint.end) }))
}

function time<T>(run: () => T): [T, number] {
  const started = performance.now()
  const value = run()
  return [value, performance.now() - started]
}

const base = createArticleState(doc)
const [placed, placeMs] = time(place)
const [shown, drawMs] = time(() => base.apply(setCheckHints(base, placed, null)))
const editing = shown.apply(setEditing(shown, true))
const middle = Math.floor(doc.content.size / 2)
const [, keyMs] = time(() => editing.apply(editing.tr.insertText('x', middle)))
const [, dismissMs] = time(() => shown.apply(removeCheckHints(shown, [placed[placed.length >> 1].key])))
// A new answer after a one-paragraph edit: that paragraph's hints go and come back.
const paragraphHints = placed.filter((h) => h.from >= middle && h.from < middle + 400)
const [, updateMs] = time(() => shown.apply(updateCheckHints(shown, paragraphHints.map((h) => h.key), paragraphHints)))
console.log(
  `${plain.text.split(/\s+/).length} words, ${hints.length} hints on the page's thread: place the answer ${placeMs.toFixed(1)} ms, ` +
    `draw them all ${drawMs.toFixed(1)} ms (a new document), redraw one paragraph's ${paragraphHints.length} after an edit ${updateMs.toFixed(1)} ms, ` +
    `a keystroke with all underlined ${keyMs.toFixed(2)} ms, a dismissal ${dismissMs.toFixed(2)} ms`
)

describe(`hints on the page's thread, ${hints.length} hints`, () => {
  bench('place the worker’s answer (keys and positions)', () => void place(), { iterations: 5, time: 0 })
  bench('draw every hint as a decoration', () => void base.apply(setCheckHints(base, placed, null)), { iterations: 5, time: 0 })
  bench('type one character in Edit text mode, every hint underlined', () => void editing.apply(editing.tr.insertText('x', middle)))
  bench('a new answer after a one-paragraph edit (redraw that paragraph’s hints)', () => void shown.apply(updateCheckHints(shown, paragraphHints.map((h) => h.key), paragraphHints)))
  bench('dismiss one hint', () => void shown.apply(removeCheckHints(shown, [placed[placed.length >> 1].key])))
})
