/**
 * Benchmark, not a test: the check-worthiness rules on a 200,000-word report built from the sample
 * article (its paragraphs repeated, each copy numbered and given a figure so that no two are
 * alike): the first full pass, and the incremental pass after a one-paragraph edit as the worker
 * runs it while the user types.
 * Run: `npx vitest bench --run shared/hints/findHints.bench.ts`.
 */
import { readFileSync } from 'node:fs'
import { bench, describe } from 'vitest'
import { findHints } from './findHints'
import { HintIndex } from './hintIndex'

const sample = readFileSync(new URL('../../electron/resources/russie-coree-du-nord.fr.txt', import.meta.url), 'utf8')
const paragraphs = sample.split('\n\n')
const WORDS = 200_000

function buildReport(): string {
  const out: string[] = []
  let words = 0
  for (let copy = 0; words < WORDS; copy++) {
    for (const paragraph of paragraphs) {
      const p = `${paragraph} Au total, ${copy + 1} 200 soldats et ${(copy % 97) + 0.5} % du budget.`
      out.push(p)
      words += p.split(/\s+/).length
    }
  }
  return out.join('\n\n')
}

const report = buildReport()
const wordCount = report.split(/\s+/).length
const middle = report.indexOf('mercredi 26 juillet 2023', report.length >> 1)
const edited = `${report.slice(0, middle)}jeudi 27${report.slice(middle + 'mercredi 26'.length)}`

function time(run: () => unknown): number {
  const started = performance.now()
  run()
  return performance.now() - started
}

const full = time(() => findHints(report))
const index = new HintIndex()
const first = time(() => index.update(report))
const count = index.update(report).length
const incremental = time(() => index.update(edited))
console.log(
  `${wordCount} words, ${report.split('\n\n').length} paragraphs, ${count} hints: ` +
    `findHints ${full.toFixed(0)} ms; HintIndex first pass ${first.toFixed(0)} ms, ` +
    `after a one-paragraph edit ${incremental.toFixed(1)} ms (${index.lastComputed} paragraph recomputed)`
)

describe(`hints on a ${wordCount}-word report`, () => {
  bench('findHints, whole text', () => void findHints(report), { iterations: 3, time: 0 })
  const warm = new HintIndex()
  warm.update(report)
  let flip = false
  bench('HintIndex.update after a one-paragraph edit', () => {
    flip = !flip
    warm.update(flip ? edited : report)
  }, { iterations: 10, time: 0 })
})
