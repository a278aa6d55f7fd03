/**
 * The candidate search's context comparison: the bit-vector edit distance used for contexts of up
 * to 32 units gives exactly what the plain table gives, read outward either way.
 */
import { describe, expect, it } from 'vitest'
import { contextSimilarity } from './anchorSearch'
import { opensSentence } from './textShape'
import { createRandom } from '../testing/fuzz/random'

/** The plain table: edit distance of `expected` against the text read outward from `from`, the text side stopping anywhere within twice its length. */
function referenceSimilarity(expected: string, text: string, from: number, direction: 1 | -1): number {
  const outward = (direction === 1 ? text.slice(from) : [...text.slice(0, from)].reverse().join('')).slice(0, 2 * expected.length)
  const pattern = direction === 1 ? expected : [...expected].reverse().join('')
  let previous = Array.from({ length: outward.length + 1 }, (_, j) => j)
  for (let i = 1; i <= pattern.length; i += 1) {
    const current = [i]
    for (let j = 1; j <= outward.length; j += 1) {
      current[j] = Math.min(previous[j - 1] + (pattern[i - 1] === outward[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1)
    }
    previous = current
  }
  return Math.max(0, 1 - Math.min(pattern.length, ...previous) / pattern.length)
}

describe('contextSimilarity', () => {
  it('equals the plain edit-distance table for contexts of 1 to 40 units, both ways', () => {
    const random = createRandom(7)
    const alphabet = 'ab c’é.'
    const word = (length: number) => Array.from({ length }, () => alphabet[random.int(alphabet.length)]).join('')
    for (let n = 0; n < 2000; n += 1) {
      const expected = word(1 + random.int(40))
      const text = word(random.int(90))
      const from = random.int(text.length + 1)
      const direction = random.chance(0.5) ? 1 : -1
      expect(contextSimilarity(expected, text, from, direction), `${expected} | ${text} @${from} ${direction}`).toBe(referenceSimilarity(expected, text, from, direction))
    }
  })

  it('is 1 for the context verbatim and falls with each error', () => {
    const prefix = 'les deux Corées, hier mercredi, '
    expect(prefix.length).toBe(32)
    expect(contextSimilarity(prefix, `xx${prefix}Sergueï`, 2 + prefix.length, -1)).toBe(1)
    expect(contextSimilarity(prefix, `xx${prefix.replace('hier', 'hyer')}Sergueï`, 2 + prefix.length, -1)).toBe(1 - 1 / 32)
    expect(contextSimilarity(prefix, 'Sergueï', 0, -1)).toBe(0)
  })
})

describe('opensSentence', () => {
  it('is true after a sentence’s end, a line break or at the text’s start', () => {
    expect(opensSentence('')).toBe(true)
    expect(opensSentence('Elle estime que c’est faux. ')).toBe(true)
    expect(opensSentence('« C’est faux. »\u00a0')).toBe(true)
    expect(opensSentence('He said: “No.” ')).toBe(true)
    expect(opensSentence('à la Russie\r\n\r\n')).toBe(true)
    expect(opensSentence('Vraiment ?  ')).toBe(true)
  })

  it('is false inside a sentence, after an elision or an opening quotation mark', () => {
    expect(opensSentence('il a qualifié d’')).toBe(false)
    expect(opensSentence('selon lui, ')).toBe(false)
    expect(opensSentence('a déclaré « ')).toBe(false)
    expect(opensSentence('Notons que la consolidation')).toBe(false)
  })

  it('reads the text before an offset', () => {
    expect(opensSentence('Fin. Début de la suite', 5)).toBe(true)
    expect(opensSentence('Fin. Début de la suite', 11)).toBe(false)
  })
})
