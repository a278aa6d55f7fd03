/**
 * The one converter between UTF-16 offsets and code point offsets into a text.
 *
 * Factmark's tag files count UTF-16 code units (as JavaScript strings do); the W3C Web Annotation
 * model and brat count code points, so an emoji or another character outside the Basic
 * Multilingual Plane is 2 units but 1 code point. Every export or import that speaks code points
 * converts here and nowhere else.
 *
 * The rules:
 * - A well-formed surrogate pair (a high surrogate followed by a low one) is one code point.
 * - A lone surrogate (a high one not followed by a low one, or a low one not preceded by a high
 *   one) counts as one code point of its own, as JavaScript's string iterator counts it.
 * - A UTF-16 offset between the two halves of a pair is not a character boundary. Converting it
 *   rounds *down* (to the start of that character) by default, or *up* (to its end) when asked;
 *   a range is converted with its start rounded down and its end rounded up, so a span never
 *   loses half a character.
 * - Every code point offset is a boundary, so the conversion back is exact.
 * - Offsets outside the text are misuse and throw a RangeError.
 */

/** How to convert a UTF-16 offset that falls between the two halves of a surrogate pair. */
export type SurrogateRounding = 'down' | 'up'

/** Converts offsets into one text; build once per text and reuse (O(log astral characters) per call). */
export interface CodePointIndex {
  /** Length of the text in UTF-16 code units. */
  readonly utf16Length: number
  /** Length of the text in code points (a lone surrogate counts as one). */
  readonly codePointLength: number
  /** The code point offset of a UTF-16 offset in 0..utf16Length (see the module rules). */
  toCodePoints(utf16Offset: number, rounding?: SurrogateRounding): number
  /** The UTF-16 offset of a code point offset in 0..codePointLength. Exact. */
  toUtf16(codePointOffset: number): number
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

function checkOffset(kind: string, offset: number, length: number): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > length) {
    throw new RangeError(`codePoints: ${kind} offset ${offset} outside 0..${length}`)
  }
}

/** Number of entries of the sorted `values` that are < `limit` (a binary search). */
export function countBelow(values: readonly number[], limit: number): number {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (values[mid] < limit) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Builds the converter for `text`. O(text length); does not keep the text. */
export function codePointIndex(text: string): CodePointIndex {
  // UTF-16 offsets where a well-formed pair starts, and each pair's code point offset.
  const pairStarts: number[] = []
  const pairCodePoints: number[] = []
  for (let i = 0; i < text.length - 1; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
      pairCodePoints.push(i - pairStarts.length)
      pairStarts.push(i)
      i++
    }
  }
  const utf16Length = text.length
  const codePointLength = utf16Length - pairStarts.length
  return {
    utf16Length,
    codePointLength,
    toCodePoints(utf16Offset, rounding = 'down') {
      checkOffset('UTF-16', utf16Offset, utf16Length)
      // Pairs that start before the offset: each one that ends at or before it saves one unit.
      const started = countBelow(pairStarts, utf16Offset)
      const inside = started > 0 && pairStarts[started - 1] === utf16Offset - 1
      if (!inside) return utf16Offset - started
      const start = utf16Offset - 1 - (started - 1)
      return rounding === 'down' ? start : start + 1
    },
    toUtf16(codePointOffset) {
      checkOffset('code point', codePointOffset, codePointLength)
      return codePointOffset + countBelow(pairCodePoints, codePointOffset)
    }
  }
}

/**
 * The code point range of the UTF-16 range [start, end) of `text`: start rounded down and end
 * rounded up when they fall inside a surrogate pair. Throws a RangeError when start > end or
 * either is outside the text.
 */
export function toCodePointRange(index: CodePointIndex, start: number, end: number): { start: number; end: number } {
  if (start > end) throw new RangeError(`codePoints: start ${start} after end ${end}`)
  return { start: index.toCodePoints(start, 'down'), end: index.toCodePoints(end, 'up') }
}

/** The UTF-16 range of the code point range [start, end). Throws a RangeError like toCodePointRange. */
export function toUtf16Range(index: CodePointIndex, start: number, end: number): { start: number; end: number } {
  if (start > end) throw new RangeError(`codePoints: start ${start} after end ${end}`)
  return { start: index.toUtf16(start), end: index.toUtf16(end) }
}
