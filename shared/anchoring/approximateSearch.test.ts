/**
 * approximateSearch reports exactly what approx-string-match's `search` reports: random patterns
 * of 1 to 300 units (one block and several) in random texts holding edited copies of them, error
 * bounds from 0 past the pattern's length, small and large alphabets (surrogates, units above
 * 255), the same pattern searched repeatedly (its masks kept) and patterns alternating.
 */
import approxSearch from 'approx-string-match'
import { describe, expect, it } from 'vitest'
import { approximateSearch } from './approximateSearch'
import { createRandom, type Random } from '../testing/fuzz/random'

const ALPHABETS = ['ab', 'ab c’é.', 'abcdefghijklmnopqrstuvwxyz ,.\'"-éèàçœ’«»\u00a0😀𝔸漢字한글ДЖ\ud800']

function word(random: Random, alphabet: readonly string[], length: number): string {
  let out = ''
  while (out.length < length) out += alphabet[random.int(alphabet.length)]
  return out.slice(0, length)
}

/** `pattern` with about `rate` of its units replaced, deleted or followed by an insertion. */
function edited(random: Random, alphabet: readonly string[], pattern: string, rate: number): string {
  return [...pattern].map((c) => (random.chance(rate) ? word(random, alphabet, random.int(3)) : c)).join('')
}

describe('approximateSearch', () => {
  it('equals approx-string-match on random patterns, texts and error bounds', () => {
    const random = createRandom(1999)
    for (let n = 0; n < 500; n += 1) {
      const alphabet = [...random.pick(ALPHABETS)]
      const m = random.chance(0.3) ? 1 + random.int(40) : 1 + random.int(300)
      const pattern = word(random, alphabet, m)
      const filler = (): string => word(random, alphabet, random.int(200))
      const copies = random.int(4)
      let text = filler()
      for (let c = 0; c < copies; c += 1) text += edited(random, alphabet, pattern, random.float() * 0.4) + filler()
      const searches = 1 + random.int(3)
      for (let s = 0; s < searches; s += 1) {
        const maxErrors = random.weighted<number>([
          [1, 0],
          [3, random.int(Math.floor(m / 2) + 1)],
          [1, random.int(m + 10)]
        ])
        const label = `m=${m} text=${text.length} maxErrors=${maxErrors}`
        expect(approximateSearch(text, pattern, maxErrors), label).toEqual(approxSearch(text, pattern, maxErrors))
      }
    }
  })

  it('equals approx-string-match for a paragraph-long pattern (dozens of blocks)', () => {
    const random = createRandom(1200)
    const alphabet = [...ALPHABETS[2]]
    for (let n = 0; n < 6; n += 1) {
      const pattern = word(random, alphabet, 800 + random.int(600))
      const text = word(random, alphabet, random.int(300)) + edited(random, alphabet, pattern, 0.05 + 0.1 * random.float()) + word(random, alphabet, random.int(300))
      const maxErrors = random.pick([0, 64, 256, Math.floor(pattern.length / 2)])
      expect(approximateSearch(text, pattern, maxErrors), `m=${pattern.length} maxErrors=${maxErrors}`).toEqual(approxSearch(text, pattern, maxErrors))
    }
  })

  it('stays exact with patterns interleaved past what the mask cache keeps', () => {
    const random = createRandom(4)
    const alphabet = [...ALPHABETS[1]]
    const text = word(random, alphabet, 3000)
    // Seven patterns, more than the four tables kept per direction, some taken from the text.
    const patterns = Array.from({ length: 7 }, (_, k) => (k % 2 === 0 ? text.slice(100 * k, 100 * k + 10 + 20 * k) : word(random, alphabet, 5 + 15 * k)))
    for (let round = 0; round < 60; round += 1) {
      const pattern = patterns[random.int(patterns.length)]
      const maxErrors = random.int(Math.floor(pattern.length / 2) + 1)
      expect(approximateSearch(text, pattern, maxErrors)).toEqual(approxSearch(text, pattern, maxErrors))
    }
  })

  it('gives no match for an empty pattern or an empty text', () => {
    expect(approximateSearch('abc', '', 2)).toEqual([])
    expect(approximateSearch('', 'abc', 2)).toEqual(approxSearch('', 'abc', 2))
    expect(approximateSearch('', 'abc', 3)).toEqual(approxSearch('', 'abc', 3))
  })

  it('finds an exact copy with 0 errors and an edited one with its errors', () => {
    expect(approximateSearch('xx la Corée xx', 'la Corée', 0)).toEqual([{ start: 3, end: 11, errors: 0 }])
    const quote = 'La Corée du Nord a envoyé des troupes en Russie, selon Séoul.'
    const text = `Début. ${quote.replace('envoyé', 'expédié')} Fin.`
    expect(approximateSearch(text, quote, 10)).toEqual(approxSearch(text, quote, 10))
    expect(approximateSearch(text, quote, 10)[0].errors).toBeGreaterThan(0)
  })
})
