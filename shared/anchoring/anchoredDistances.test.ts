/**
 * The bit-parallel anchored edit distances give exactly what the plain table gives: random quotes
 * of 1 to 300 units (one block and several, a partial last block) against random text, both
 * reading directions, from the text's edges and inside it, widths reaching past the text.
 */
import { describe, expect, it } from 'vitest'
import { anchoredDistances } from './anchoredDistances'
import { createRandom, type Random } from '../testing/fuzz/random'

/** The plain O(m × width) table, the implementation anchoredDistances replaced. */
function referenceDistances(quote: string, text: string, from: number, width: number, direction: 1 | -1): Uint32Array {
  const m = quote.length
  let previous = new Uint32Array(width + 1)
  let current = new Uint32Array(width + 1)
  for (let j = 0; j <= width; j += 1) previous[j] = j
  for (let i = 1; i <= m; i += 1) {
    const code = quote.charCodeAt(direction === 1 ? i - 1 : m - i)
    current[0] = i
    for (let j = 1; j <= width; j += 1) {
      // Outside the text charCodeAt gives NaN, equal to nothing.
      const textCode = text.charCodeAt(direction === 1 ? from + j - 1 : from - j)
      current[j] = Math.min(previous[j - 1] + (code === textCode ? 0 : 1), previous[j] + 1, current[j - 1] + 1)
    }
    const swap = previous
    previous = current
    current = swap
  }
  return previous
}

/** Alphabets: tiny (long runs of matches), small with accents and punctuation, and large (surrogates, CJK, units above 255). */
const ALPHABETS = ['ab', 'ab c’é.', 'abcdefghijklmnopqrstuvwxyz ,.\'"-éèàçœ’«»\u00a0😀𝔸漢字한글ДЖ\ud800']

function word(random: Random, alphabet: readonly string[], length: number): string {
  let out = ''
  while (out.length < length) out += alphabet[random.int(alphabet.length)]
  return out.slice(0, length)
}

describe('anchoredDistances', () => {
  it('equals the plain table for quotes of 1 to 300 units, both directions, from edges and inside', () => {
    const random = createRandom(20261202)
    for (let n = 0; n < 600; n += 1) {
      const alphabet = [...random.pick(ALPHABETS)]
      const m = random.chance(0.3) ? 1 + random.int(40) : 1 + random.int(300)
      const quote = word(random, alphabet, m)
      // Often text containing an edited copy of the quote, so distances run low as well as high.
      const text = random.chance(0.5)
        ? word(random, alphabet, random.int(60)) + [...quote].map((c) => (random.chance(0.1) ? word(random, alphabet, random.int(3)) : c)).join('') + word(random, alphabet, random.int(60))
        : word(random, alphabet, random.int(400))
      const direction = random.chance(0.5) ? 1 : -1
      const from = random.weighted<number>([
        [1, 0],
        [1, text.length],
        [2, random.int(text.length + 1)]
      ])
      const available = direction === 1 ? text.length - from : from
      // Mostly within the text; sometimes past its edge (units there match nothing).
      const width = random.chance(0.8) ? random.int(Math.min(available, 400) + 1) : random.int(401)
      const label = `m=${m} text=${text.length} from=${from} width=${width} direction=${direction}`
      expect(Array.from(anchoredDistances(quote, text, from, width, direction)), label).toEqual(Array.from(referenceDistances(quote, text, from, width, direction)))
    }
  })

  it('equals the plain table for a paragraph-long quote (dozens of blocks)', () => {
    const random = createRandom(1201)
    const alphabet = [...ALPHABETS[2]]
    for (let n = 0; n < 4; n += 1) {
      const quote = word(random, alphabet, 800 + random.int(600))
      const copy = [...quote].map((c) => (random.chance(0.08) ? word(random, alphabet, random.int(3)) : c)).join('')
      const text = word(random, alphabet, 40) + copy + word(random, alphabet, 40)
      const direction = random.chance(0.5) ? 1 : -1
      const from = direction === 1 ? 40 : 40 + copy.length
      const width = Math.min(direction === 1 ? text.length - from : from, copy.length + 30)
      expect(Array.from(anchoredDistances(quote, text, from, width, direction))).toEqual(Array.from(referenceDistances(quote, text, from, width, direction)))
    }
  })

  it('gives j for every j with an empty quote', () => {
    expect(Array.from(anchoredDistances('', 'abc', 0, 3, 1))).toEqual([0, 1, 2, 3])
    expect(Array.from(anchoredDistances('', 'abc', 3, 3, -1))).toEqual([0, 1, 2, 3])
    expect(Array.from(anchoredDistances('', '', 0, 0, 1))).toEqual([0])
  })

  it('gives only the quote’s length with width 0', () => {
    expect(Array.from(anchoredDistances('quote', 'quote', 0, 0, 1))).toEqual([5])
    const long = 'x'.repeat(70)
    expect(Array.from(anchoredDistances(long, long, 70, 0, -1))).toEqual([70])
  })

  it('counts the missing units when the quote is longer than the text', () => {
    const quote = 'a'.repeat(40) + 'bc'
    expect(Array.from(anchoredDistances(quote, 'aab', 0, 3, 1))).toEqual([42, 41, 40, 39])
    expect(Array.from(anchoredDistances(quote, 'aabc', 4, 4, -1))).toEqual([42, 41, 40, 39, 38])
    expect(Array.from(anchoredDistances('abc', 'ab', 0, 2, 1))).toEqual([3, 2, 1])
  })

  it('reads backwards from `from` with the quote read from its end', () => {
    // "la Corée" ends at 13 in the text; read back from there the distances fall to 0 at its length.
    const text = 'xx la Corée x'
    const distances = anchoredDistances('la Corée', text, 11, 11, -1)
    expect(distances[8]).toBe(0)
    expect(distances[9]).toBe(1)
  })

  it('handles a pattern of exactly 32 and 33 units with a surrogate pair split across blocks', () => {
    const quote = 'a'.repeat(31) + '😀' + 'b'
    for (const q of [quote.slice(0, 32), quote]) {
      const text = `zz${q}zz`
      for (const direction of [1, -1] as const) {
        const from = direction === 1 ? 2 : 2 + q.length
        const width = direction === 1 ? text.length - from : from
        expect(Array.from(anchoredDistances(q, text, from, width, direction))).toEqual(Array.from(referenceDistances(q, text, from, width, direction)))
      }
    }
  })
})
