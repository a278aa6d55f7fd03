import { describe, expect, it } from 'vitest'
import { normalizeForMatch, normalizeWithMap, toNormalizedOffset, toOriginalRange } from './normalizeForMatch'
import { createRandom } from '../testing/fuzz/random'

/** Checks the map's invariants and returns it as a plain array for assertions. */
function checkedMap(original: string): { text: string; map: number[] } {
  const { text, toOriginal } = normalizeWithMap(original)
  expect(toOriginal.length).toBe(text.length + 1)
  expect(toOriginal[text.length]).toBe(original.length)
  let nonDecreasing = true
  for (let i = 1; i < toOriginal.length; i += 1) nonDecreasing &&= toOriginal[i] >= toOriginal[i - 1]
  expect(nonDecreasing).toBe(true)
  return { text, map: Array.from(toOriginal) }
}

describe('normalizeForMatch', () => {
  it('maps typographic apostrophes and primes to an ASCII apostrophe', () => {
    expect(normalizeForMatch('l’agence l‘a l‛a 5′ ʼokina')).toBe("l'agence l'a l'a 5' 'okina")
  })

  it('maps guillemets, curly and low quotes and double primes to an ASCII double quote', () => {
    expect(normalizeForMatch('«a» “b” „c‟ 5″')).toBe('"a" "b" "c" 5"')
  })

  it('turns every Unicode space into one space and collapses runs', () => {
    expect(normalizeForMatch('a\u00a0b\u202fc\u2009d\u3000e')).toBe('a b c d e')
    expect(normalizeForMatch('a \u00a0\t\n\n  b')).toBe('a b')
    expect(normalizeForMatch('« État ami »')).toBe(normalizeForMatch('«\u00a0État ami\u202f»'))
  })

  it('expands ligatures, ellipsis, and œ æ; folds dashes; drops soft hyphens', () => {
    expect(normalizeForMatch('ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ')).toBe('ff fi fl ffi ffl st st')
    expect(normalizeForMatch('Attendez…')).toBe('attendez...')
    expect(normalizeForMatch('Cœur Œuvre æ')).toBe('coeur oeuvre ae')
    expect(normalizeForMatch('a–b—c‑d')).toBe('a-b-c-d')
    expect(normalizeForMatch('coopé\u00adration')).toBe('coopération')
  })

  it('lower-cases, including accented capitals, keeping accents', () => {
    expect(normalizeForMatch('ÉTATS-UNIS Séoul ÀÇÎ')).toBe('états-unis séoul àçî')
  })

  it('lower-cases one character at a time, whatever surrounds it', () => {
    expect(normalizeForMatch('ΟΔΟΣ ΟΔΟΣ.')).toBe('οδοσ οδοσ.')
  })

  it('gives the text normalizeWithMap gives (it builds no map of its own)', () => {
    const random = createRandom(12)
    const alphabet = [...'aA ÉéŒœﬁ…’«»\u00a0\u202f\n\r\t\u00ad\u200b\u0301\u0327e\ud835\udc00\ud800İẞΣς.-\u2013']
    for (let n = 0; n < 2000; n += 1) {
      const text = Array.from({ length: random.int(40) }, () => alphabet[random.int(alphabet.length)]).join('')
      expect(normalizeForMatch(text), JSON.stringify(text)).toBe(normalizeWithMap(text).text)
    }
  })

  it('leaves astral characters whole', () => {
    expect(normalizeForMatch('a😀b')).toBe('a😀b')
  })
})

describe('normalizeWithMap', () => {
  it('is the identity map for text that needs no change', () => {
    const { text, map } = checkedMap('abc def')
    expect(text).toBe('abc def')
    expect(map).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
  })

  it('maps expanded units to their source character', () => {
    const { text, map } = checkedMap('a…ﬁb')
    expect(text).toBe('a...fib')
    expect(map).toEqual([0, 1, 1, 1, 2, 2, 3, 4])
  })

  it('maps a collapsed run to its first space and skips removed characters', () => {
    const { text, map } = checkedMap('a \u00a0 b\u00adc')
    expect(text).toBe('a bc')
    expect(map).toEqual([0, 1, 4, 6, 7])
  })

  it('maps a lower-case form longer than its capital (İ) to that capital', () => {
    const { text, map } = checkedMap('aİb')
    expect(text).toBe('ai\u0307b')
    expect(map).toEqual([0, 1, 1, 2, 3])
  })

  it('handles an empty text', () => {
    expect(checkedMap('')).toEqual({ text: '', map: [0] })
  })

  it('grows past the first buffer guess for text made only of expansions', () => {
    const original = '…'.repeat(50_000)
    const { text, map } = checkedMap(original)
    expect(text).toBe('.'.repeat(150_000))
    expect(map[149_999]).toBe(49_999)
  })

  it('keeps a long real-looking text exact through the map', () => {
    const original = 'Il a qualifié d’« État ami » la Corée du Nord… '.repeat(5_000)
    const normalized = normalizeWithMap(original)
    const needle = '" état ami "'
    const at = normalized.text.indexOf(needle, 1_000)
    expect(at).toBeGreaterThan(1_000)
    const range = toOriginalRange(original, normalized, at, at + needle.length)
    expect(original.slice(range.start, range.end)).toBe('« État ami »')
  })
})

describe('toOriginalRange', () => {
  const original = 'Il l’a dit… « partenaire\u00a0important » 😀!'
  const normalized = normalizeWithMap(original)

  it('maps a match in normalised text back to the exact original range', () => {
    const needle = "l'a dit..."
    const at = normalized.text.indexOf(needle)
    const range = toOriginalRange(original, normalized, at, at + needle.length)
    expect(original.slice(range.start, range.end)).toBe('l’a dit…')
  })

  it('widens a range that ends inside an expansion or a surrogate pair to the whole character', () => {
    const at = normalized.text.indexOf('..')
    expect(toOriginalRange(original, normalized, at, at + 2)).toEqual({ start: 10, end: 11 })
    const emoji = normalized.text.indexOf('😀')
    const emojiOriginal = original.indexOf('😀')
    expect(toOriginalRange(original, normalized, emoji, emoji + 1)).toEqual({ start: emojiOriginal, end: emojiOriginal + 2 })
  })

  it('maps an empty range to an empty range', () => {
    expect(toOriginalRange(original, normalized, 3, 3)).toEqual({ start: 3, end: 3 })
  })

  it('throws a RangeError on a bad range or a mismatched original', () => {
    expect(() => toOriginalRange(original, normalized, 2, 1)).toThrow(RangeError)
    expect(() => toOriginalRange(original, normalized, -1, 1)).toThrow(RangeError)
    expect(() => toOriginalRange(original, normalized, 0, normalized.text.length + 1)).toThrow(RangeError)
    expect(() => toOriginalRange(original + 'x', normalized, 0, 1)).toThrow(RangeError)
  })
})

describe('toNormalizedOffset', () => {
  const original = 'a…  b'
  const normalized = normalizeWithMap(original)

  it('returns the first normalised unit produced at or after the offset', () => {
    expect(normalized.text).toBe('a... b')
    expect(toNormalizedOffset(normalized, 0)).toBe(0)
    expect(toNormalizedOffset(normalized, 1)).toBe(1)
    expect(toNormalizedOffset(normalized, 2)).toBe(4)
    expect(toNormalizedOffset(normalized, 3)).toBe(5)
    expect(toNormalizedOffset(normalized, 5)).toBe(6)
  })

  it('throws a RangeError outside the original', () => {
    expect(() => toNormalizedOffset(normalized, 6)).toThrow(RangeError)
    expect(() => toNormalizedOffset(normalized, -1)).toThrow(RangeError)
  })
})

describe('canonical equivalence (NFC / NFD)', () => {
  it('gives a decomposed text the normalised form of the composed one', () => {
    const composed = 'Sergueï Choïgou à Pyongyang, Séoul. ÉTAT'
    expect(normalizeForMatch(composed.normalize('NFD'))).toBe(normalizeForMatch(composed))
  })

  it('maps a match back over a decomposed character with all its marks', () => {
    const original = 'la Corée du Nord'.normalize('NFD')
    const normalized = normalizeWithMap(original)
    const at = normalized.text.indexOf('corée')
    const range = toOriginalRange(original, normalized, at, at + 'corée'.length)
    expect(original.slice(range.start, range.end)).toBe('Corée'.normalize('NFD'))
    expect(normalized.toOriginal.length).toBe(normalized.text.length + 1)
  })
})
