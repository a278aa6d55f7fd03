/**
 * Benchmark of anchoring in a long article: 200,000 words (about 1.3 MB) drawn from the sample
 * article, with the sample itself in the middle, and a 200-character quote.
 *
 * Run with `npx vitest bench shared/anchor.bench.ts --run`. It prints figures; it asserts
 * nothing (tests never assert on wall-clock time). The status each case ends in is printed once
 * first, so the figures can be read against the path taken.
 */
import { readFileSync } from 'node:fs'
import { bench, describe } from 'vitest'
import { anchorTarget, describeRange } from './anchor'
import { normalizeWithMap } from './normalizeForMatch'
import { asParagraphs, seededWords } from '../testing/longReport'

const article = asParagraphs(readFileSync(new URL('../../electron/resources/russie-coree-du-nord.fr.txt', import.meta.url), 'utf8'))

const filler = seededWords(article, 200_000, 11)
const head = filler.slice(0, 100_000).join(' ')
const tail = filler.slice(100_000).join(' ')
const base = `${head}\n\n${article}\n\n${tail}`

const quoteStart = base.indexOf('Selon un communiqué')
const quote = base.slice(quoteStart, quoteStart + 200)
const target = describeRange(base, quoteStart, quoteStart + 200)
const typoQuote = quote.replace('partenaire important', 'partenaire importnat')
const articleWithTypo = article.replace(quote, typoQuote)

const texts = {
  exact: base,
  moved: `Mise à jour : ce texte a été complété.\n\n${base}`,
  fuzzyNear: `${head}\n\n${articleWithTypo}\n\n${tail}`,
  fuzzyFar: `${articleWithTypo}\n\n${head}\n\n${tail}`,
  orphaned: base.replace(quote, '')
}
const normalized = Object.fromEntries(
  Object.entries(texts).map(([name, text]) => [name, normalizeWithMap(text)])
) as Record<keyof typeof texts, ReturnType<typeof normalizeWithMap>>

console.log(`text: ${base.length} UTF-16 units, ${filler.length + article.split(/\s+/).length} words; quote: ${quote.length} units`)
for (const name of Object.keys(texts) as (keyof typeof texts)[]) {
  const result = anchorTarget(texts[name], target, { normalized: normalized[name] })
  console.log(`${name}: ${result.status} at ${result.start}..${result.end}, confidence ${result.confidence.toFixed(3)}`)
}

describe('normalise a 1.3 MB article', () => {
  bench('normalizeWithMap', () => {
    normalizeWithMap(base)
  })
})

describe('anchor a 200-character quote, normalised text shared', () => {
  for (const name of Object.keys(texts) as (keyof typeof texts)[]) {
    bench(name, () => {
      anchorTarget(texts[name], target, { normalized: normalized[name] })
    })
  }
})

describe('anchor a 200-character quote, normalising on each call', () => {
  for (const name of ['moved', 'fuzzyNear', 'fuzzyFar', 'orphaned'] as const) {
    bench(name, () => {
      anchorTarget(texts[name], target)
    })
  }
})
