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

const article = readFileSync(new URL('../../electron/resources/russie-coree-du-nord.fr.txt', import.meta.url), 'utf8')
  .split(/\r?\n[ \t]*\r?\n/)
  .map((paragraph) => paragraph.trim())
  .filter((paragraph) => paragraph.length > 0)
  .join('\n\n')

const words = article.split(/\s+/)
let seed = 11
const filler: string[] = []
for (let i = 0; i < 200_000; i += 1) {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
  filler.push(words[seed % words.length])
}
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

console.log(`text: ${base.length} UTF-16 units, ${filler.length + words.length} words; quote: ${quote.length} units`)
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
