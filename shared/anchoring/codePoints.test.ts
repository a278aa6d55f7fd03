import { describe, expect, it } from 'vitest'
import { codePointIndex, toCodePointRange, toUtf16Range } from './codePoints'

/** UTF-16 offsets of every code point boundary, by JavaScript's string iterator. */
function boundaries(text: string): number[] {
  const out = [0]
  let at = 0
  for (const char of text) {
    at += char.length
    out.push(at)
  }
  return out
}

const EMOJI = '😀' // U+1F600: two UTF-16 units, one code point

describe('codePointIndex', () => {
  it('counts an emoji as one code point', () => {
    const text = `Il a dit ${EMOJI} puis « oui »`
    const index = codePointIndex(text)
    expect(index.utf16Length).toBe(text.length)
    expect(index.codePointLength).toBe(text.length - 1)
    const after = text.indexOf(' puis')
    expect(index.toCodePoints(after)).toBe(after - 1)
    expect(index.toUtf16(after - 1)).toBe(after)
    expect(index.toCodePoints(text.indexOf(EMOJI))).toBe(text.indexOf(EMOJI))
  })

  it('matches the string iterator on every boundary, both ways', () => {
    const texts = [
      '',
      'abc',
      `${EMOJI}${EMOJI}a${EMOJI}`,
      '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 et é (e\u0301)',
      'a\ud800b', // a lone high surrogate
      'a\udc00b', // a lone low surrogate
      '\udc00\ud800', // low then high: two lone surrogates
      `\ud800\ud800\udc00`, // a lone high, then a pair
      `${EMOJI}\udfff\ud83d` // a pair, a lone low, a lone high at the end
    ]
    for (const text of texts) {
      const index = codePointIndex(text)
      const marks = boundaries(text)
      expect(index.codePointLength).toBe(marks.length - 1)
      marks.forEach((utf16, codePoint) => {
        expect(index.toCodePoints(utf16)).toBe(codePoint)
        expect(index.toCodePoints(utf16, 'up')).toBe(codePoint)
        expect(index.toUtf16(codePoint)).toBe(utf16)
      })
    }
  })

  it('rounds an offset inside a surrogate pair down by default, up when asked', () => {
    const text = `ab${EMOJI}cd`
    const index = codePointIndex(text)
    // Offset 3 lies between the two halves of the emoji, which is code point 2.
    expect(index.toCodePoints(3)).toBe(2)
    expect(index.toCodePoints(3, 'down')).toBe(2)
    expect(index.toCodePoints(3, 'up')).toBe(3)
    // Back: both land on a real boundary.
    expect(index.toUtf16(2)).toBe(2)
    expect(index.toUtf16(3)).toBe(4)
  })

  it('never splits a character in a range: start rounds down, end rounds up', () => {
    const text = `x${EMOJI}y`
    const index = codePointIndex(text)
    expect(toCodePointRange(index, 2, 3)).toEqual({ start: 1, end: 2 })
    expect(toCodePointRange(index, 1, 3)).toEqual({ start: 1, end: 2 })
    expect(toCodePointRange(index, 0, 4)).toEqual({ start: 0, end: 3 })
    expect(toUtf16Range(index, 1, 2)).toEqual({ start: 1, end: 3 })
    expect(text.slice(...Object.values(toUtf16Range(index, 1, 2)))).toBe(EMOJI)
  })

  it('throws a RangeError outside the text or on a reversed range', () => {
    const index = codePointIndex(`a${EMOJI}`)
    expect(() => index.toCodePoints(-1)).toThrow(RangeError)
    expect(() => index.toCodePoints(4)).toThrow(RangeError)
    expect(() => index.toCodePoints(1.5)).toThrow(RangeError)
    expect(() => index.toUtf16(3)).toThrow(RangeError)
    expect(() => index.toUtf16(Number.NaN)).toThrow(RangeError)
    expect(() => toCodePointRange(index, 2, 1)).toThrow(RangeError)
    expect(() => toUtf16Range(index, 2, 1)).toThrow(RangeError)
  })

  it('stays exact on a long text with many astral characters', () => {
    const parts: string[] = []
    for (let i = 0; i < 2000; i++) parts.push(i % 3 === 0 ? EMOJI : i % 7 === 0 ? '\ud800' : 'mot ')
    const text = parts.join('')
    const index = codePointIndex(text)
    const marks = boundaries(text)
    for (let codePoint = 0; codePoint < marks.length; codePoint += 13) {
      expect(index.toUtf16(codePoint)).toBe(marks[codePoint])
      expect(index.toCodePoints(marks[codePoint])).toBe(codePoint)
    }
  })
})
