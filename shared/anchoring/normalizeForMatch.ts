/**
 * Text normalisation for matching quotes against an article.
 *
 * Matching must not care whether a quote was typed with ’ or ', « » or ", a narrow no-break space
 * or a plain one, a ligature or its letters, a soft hyphen, or another case. The article itself is
 * never rewritten: {@link normalizeWithMap} returns the normalised text with a map from every
 * normalised UTF-16 unit back to an offset in the original, so a match found in normalised text
 * maps back to an exact original range ({@link toOriginalRange}). One pass, O(n).
 *
 * The rules, applied per code point of the original:
 * - apostrophes ’ ‘ ‚ ‛ ′ ʼ → '; double quotes « » ‹ › “ ” „ ‟ ″ → "
 * - every Unicode space (U+00A0, U+202F, U+2009, …) and line break → " ", and a run of them → one " "
 * - ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ, and œ æ (often typed "oe", "ae" in French) → their letters
 * - hyphen and dash variants (U+2010–U+2015, U+2212) → -; … → ...
 * - invisible characters (soft hyphen U+00AD, U+200B, U+2060, U+FEFF) are removed
 * - a character followed by combining marks (U+0300–U+036F and the other combining blocks) is
 *   composed with them (NFC), so decomposed accents match composed ones (canonical equivalence)
 * - everything else is lower-cased, one code point at a time (so the result never depends on
 *   what surrounds a character, unlike `String.prototype.toLowerCase` on a whole string).
 */

/** A normalised text and the way back to the original it was built from. */
export interface NormalizedText {
  /** The normalised text. */
  readonly text: string
  /**
   * `toOriginal[i]` is the offset in the original of the character that produced normalised
   * unit `i`; non-decreasing; one extra last entry holds the original's length.
   */
  readonly toOriginal: Uint32Array
}

const APOSTROPHE = "'"
const DOUBLE_QUOTE = '"'
const HYPHEN = '-'
const REMOVED = ''

/** Non-ASCII code points that do not simply lower-case; whitespace is handled apart. */
const REPLACEMENTS: ReadonlyMap<number, string> = new Map([
  [0x2018, APOSTROPHE],
  [0x2019, APOSTROPHE],
  [0x201a, APOSTROPHE],
  [0x201b, APOSTROPHE],
  [0x2032, APOSTROPHE],
  [0x02bc, APOSTROPHE],
  [0x00ab, DOUBLE_QUOTE],
  [0x00bb, DOUBLE_QUOTE],
  [0x2039, DOUBLE_QUOTE],
  [0x203a, DOUBLE_QUOTE],
  [0x201c, DOUBLE_QUOTE],
  [0x201d, DOUBLE_QUOTE],
  [0x201e, DOUBLE_QUOTE],
  [0x201f, DOUBLE_QUOTE],
  [0x2033, DOUBLE_QUOTE],
  [0x2010, HYPHEN],
  [0x2011, HYPHEN],
  [0x2012, HYPHEN],
  [0x2013, HYPHEN],
  [0x2014, HYPHEN],
  [0x2015, HYPHEN],
  [0x2212, HYPHEN],
  [0x2026, '...'],
  [0xfb00, 'ff'],
  [0xfb01, 'fi'],
  [0xfb02, 'fl'],
  [0xfb03, 'ffi'],
  [0xfb04, 'ffl'],
  [0xfb05, 'st'],
  [0xfb06, 'st'],
  [0x0152, 'oe'],
  [0x0153, 'oe'],
  [0x00c6, 'ae'],
  [0x00e6, 'ae'],
  [0x00ad, REMOVED],
  [0x200b, REMOVED],
  [0x2060, REMOVED],
  [0xfeff, REMOVED]
])

const SPACE = 0x20

/** True for the code units JavaScript's `\s` matches (bar U+FEFF, removed instead) and NEL. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === SPACE || (code >= 0x09 && code <= 0x0d)
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}

/** True for the combining diacritical marks of the blocks a Latin, Greek or Cyrillic text uses. */
function isCombiningMark(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  )
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** Length in code units of the code point starting at `offset` (1 for a lone surrogate). */
function codePointLength(text: string, offset: number): number {
  return isHighSurrogate(text.charCodeAt(offset)) && isLowSurrogate(text.charCodeAt(offset + 1)) ? 2 : 1
}

/**
 * Normalises `text` for matching and records where each normalised unit came from.
 *
 * Contract: `result.toOriginal.length === result.text.length + 1`; `toOriginal` is
 * non-decreasing; its last entry is `text.length`. All units produced by one original code point
 * (a ligature's letters, "..." for …, both halves of a surrogate pair) map to that code point's
 * offset. Linear in `text.length`.
 */
export function normalizeWithMap(text: string): NormalizedText {
  return normalize(text, true)
}

/** The normalised form of `text` (see the module comment), without the offset map. */
export function normalizeForMatch(text: string): string {
  return normalize(text, false).text
}

/** No map: what {@link normalize} returns in `toOriginal` when asked for none. */
const NO_MAP = new Uint32Array(0)

/**
 * The normalisation itself, with the offset map when `withMap` (otherwise `toOriginal` is empty:
 * allocating it is most of the cost of a short string's normalisation).
 */
function normalize(text: string, withMap: boolean): NormalizedText {
  const length = text.length
  // Speed matters on a long article: characters that stay as they are, or only change case
  // without changing length, are copied as slices of `text` (lower-cased as a whole when needed),
  // and the loop keeps its state in locals.
  const pieces: string[] = []
  let runStart = -1
  let runHasCapitals = false
  // Invariant: room for one unit per original unit still to read, plus the end entry.
  let map: Uint32Array = withMap ? new Uint32Array(length + 1) : NO_MAP
  let size = 0
  let lastWasSpace = false

  let i = 0
  while (i < length) {
    const code = text.charCodeAt(i)
    let step = 1
    // What the character becomes when it is not copied: null copies it.
    let value: string | null = null
    // Never read past the end (0 is no combining mark): a read out of bounds slows every read.
    const next = i + 1 < length ? text.charCodeAt(i + 1) : 0
    if (next >= 0x0300 && isCombiningMark(next) && code > SPACE && !isSpace(code)) {
      // A decomposed character: composed (NFC) as a whole, every unit mapped to its first.
      let end = i + codePointLength(text, i)
      while (end < length && isCombiningMark(text.charCodeAt(end))) end += 1
      const cluster = text.slice(i, end)
      value = cluster.normalize('NFC').toLowerCase()
      step = end - i
    } else if (code < 0x80) {
      if (code === SPACE) {
        if (lastWasSpace) value = ''
      } else if (code >= 0x09 && code <= 0x0d) {
        value = lastWasSpace ? '' : ' '
      } else if (code >= 0x41 && code <= 0x5a) {
        runHasCapitals = true
      }
    } else if (isSpace(code)) {
      value = lastWasSpace ? '' : ' '
    } else {
      const replacement = REPLACEMENTS.get(code)
      if (replacement !== undefined) {
        value = replacement
      } else if (code <= 0xff) {
        // Latin-1 capitals À–Þ (but ×) lower-case to the code 0x20 above; the rest is lower case.
        if (code >= 0xc0 && code <= 0xde && code !== 0xd7) runHasCapitals = true
      } else {
        step = codePointLength(text, i)
        const original = text.slice(i, i + step)
        const lower = original.toLowerCase()
        if (lower !== original) value = lower
      }
    }

    if (value === null) {
      if (runStart === -1) runStart = i
      if (withMap) {
        map[size++] = i
        if (step === 2) map[size++] = i
      }
      lastWasSpace = code === SPACE
    } else {
      if (runStart !== -1) {
        const run = text.slice(runStart, i)
        // Safe as a whole: a run holds only characters whose lower case is one unit, context-free.
        pieces.push(runHasCapitals ? run.toLowerCase() : run)
        runStart = -1
        runHasCapitals = false
      }
      if (value.length > 0) {
        pieces.push(value)
        if (withMap) {
          const needed = size + value.length + (length - i - step) + 1
          if (needed > map.length) map = grow(map, needed)
          for (let k = 0; k < value.length; k += 1) map[size++] = i
        }
        lastWasSpace = value === ' '
      }
    }
    i += step
  }
  if (runStart !== -1) {
    const run = text.slice(runStart)
    pieces.push(runHasCapitals ? run.toLowerCase() : run)
  }
  if (!withMap) return { text: pieces.join(''), toOriginal: NO_MAP }
  map[size] = length
  // A view, not a copy: the map is as long as the text or a little longer (spaces collapsed,
  // invisible characters removed), and copying it cost as much as building it.
  return { text: pieces.join(''), toOriginal: size + 1 === map.length ? map : map.subarray(0, size + 1) }
}

/** A copy of `map` with room for at least `needed` entries. */
function grow(map: Uint32Array, needed: number): Uint32Array {
  // Only expansions (…, ligatures, some lower-case forms) outgrow the first guess.
  const grown = new Uint32Array(Math.max(2 * map.length, needed))
  grown.set(map)
  return grown
}

/**
 * Maps the normalised range [start, end) back to the smallest original range covering every
 * original character that produced it. A range that starts or ends inside an expansion (one of
 * the three dots of …, one letter of ﬁ) widens to the whole original character (a decomposed one
 * with all its combining marks); a collapsed run
 * of spaces maps to its first space. An empty range maps to an empty range.
 *
 * Throws a RangeError unless 0 <= start <= end <= normalized.text.length, or when `original` is
 * not the text `normalized` was built from (by length).
 */
export function toOriginalRange(
  original: string,
  normalized: NormalizedText,
  start: number,
  end: number
): { start: number; end: number } {
  const size = normalized.text.length
  if (normalized.toOriginal[size] !== original.length) {
    throw new RangeError('normalizeForMatch: normalised text was not built from this original')
  }
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > size || start > end) {
    throw new RangeError(`normalizeForMatch: range ${start}..${end} outside 0..${size}`)
  }
  const originalStart = normalized.toOriginal[start]
  if (start === end) return { start: originalStart, end: originalStart }
  const last = normalized.toOriginal[end - 1]
  let originalEnd = last + codePointLength(original, last)
  // A decomposed character's marks belong to it: a range never ends between them.
  while (originalEnd < original.length && isCombiningMark(original.charCodeAt(originalEnd))) originalEnd += 1
  return { start: originalStart, end: originalEnd }
}

/**
 * The normalised offset of original offset `offset`: the index of the first normalised unit
 * produced at or after it (the normalised length when none is). Throws a RangeError outside
 * [0, original length]. O(log n).
 */
export function toNormalizedOffset(normalized: NormalizedText, offset: number): number {
  const map = normalized.toOriginal
  const size = normalized.text.length
  if (!Number.isInteger(offset) || offset < 0 || offset > map[size]) {
    throw new RangeError(`normalizeForMatch: offset ${offset} outside 0..${map[size]}`)
  }
  let lo = 0
  let hi = size
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (map[mid] < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
