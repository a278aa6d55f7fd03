/**
 * Approximate search: the matches of a pattern in a text with the fewest errors, exactly as
 * approx-string-match 2.0's `search` reports them, in less time.
 *
 * The same algorithm step for step: Myers' block-based bit-vector search (Myers 1999, Fig. 9),
 * the bottom block raised and lowered by the same tests, the error bound ratcheted down at each
 * match, the same Uint32 arithmetic for the blocks' scores; a match's start is where the reversed
 * pattern, searched back from its end over the same span with its error count, ends furthest.
 * What differs is only the work around it: the pattern's masks are built once per pattern and
 * direction (patternTable.ts) instead of once per call and again for every match's start, the
 * text and pattern are read backwards by index instead of reversed copies, and the block step is
 * inlined on local state. anchorSearch.ts searches the quote several times per tag (near, far,
 * near a copy), so the masks are shared. approximateSearch.test.ts checks it against the library.
 */
import { maskBase, MASKS, patternTable, type PatternTable } from './patternTable'

/** A match: the range [start, end) of the text and its edit distance to the pattern. */
export interface ApproximateMatch {
  start: number
  end: number
  errors: number
}

const WORD = 32

/**
 * Scans `count` units of `text` from `first` (forwards for direction 1, backwards for -1) for
 * `table`'s pattern (length `m` > 0) with at most `maxErrors` errors, as approx-string-match's
 * findMatchEnds. Fills `ends` with the match ends (units read, 1..count) of the lowest error
 * count and returns that count (meaningless when `ends` is empty).
 */
function scan(text: string, first: number, count: number, direction: 1 | -1, table: PatternTable, m: number, maxErrorsAsked: number, ends: number[]): number {
  ends.length = 0
  const masks = table.data
  let maxErrors = Math.min(maxErrorsAsked, m)
  const bMax = Math.ceil(m / WORD) - 1
  if (bMax === 0) return scanWord(text, first, count, direction, table, m, maxErrors, ends)
  const positives = new Int32Array(bMax + 1)
  const negatives = new Int32Array(bMax + 1)
  // Uint32 as the library's: the same wrap-around should a score ever go below 0.
  const score = new Uint32Array(bMax + 1)
  const lastRow = 1 << (m - 1) % WORD
  // Last block computed in the column.
  let y = Math.max(0, Math.ceil(maxErrors / WORD) - 1)
  for (let b = 0; b <= y; b += 1) {
    score[b] = (b + 1) * WORD
    positives[b] = -1
  }
  score[bMax] = m
  let errors = 0
  let at = first
  for (let j = 0; j < count; j += 1, at += direction) {
    const base = maskBase(table, text.charCodeAt(at))
    let carry = 0
    for (let b = 0; b <= y; b += 1) {
      carry = advance(positives, negatives, masks[base + b], b, carry, b === bMax ? lastRow : 1 << 31)
      score[b] += carry
    }
    if (score[y] - carry <= maxErrors && y < bMax && ((masks[base + y + 1] & 1) !== 0 || carry < 0)) {
      // The bottom block is within the bound: one more block, for this column and the next.
      y += 1
      positives[y] = -1
      negatives[y] = 0
      const remainder = m % WORD
      const maxBlockScore = y === bMax ? (remainder === 0 ? WORD : remainder) : WORD
      score[y] = score[y - 1] + maxBlockScore - carry + advance(positives, negatives, masks[base + y], y, carry, y === bMax ? lastRow : 1 << 31)
    } else {
      while (y > 0 && score[y] >= maxErrors + WORD) y -= 1
    }
    if (y === bMax && score[y] <= maxErrors) {
      if (score[y] < maxErrors) ends.length = 0
      ends.push(j + 1)
      errors = score[y]
      maxErrors = score[y]
    }
  }
  return errors
}

/**
 * {@link scan} for a pattern of at most 32 units (`maxErrors` already at most `m`): one block,
 * always the last, so its score is the bottom row's, the edit distance itself (never below 0),
 * and every column is checked for a match. The state lives in locals.
 */
function scanWord(text: string, first: number, count: number, direction: 1 | -1, table: PatternTable, m: number, maxErrorsAsked: number, ends: number[]): number {
  const { data, large } = table
  const lastRow = 1 << (m - 1)
  let maxErrors = maxErrorsAsked
  let positive = -1
  let negative = 0
  let score = m
  let errors = 0
  let at = first
  for (let j = 0; j < count; j += 1, at += direction) {
    const code = text.charCodeAt(at)
    const equal = data[MASKS + (code < MASKS ? data[code] : (large.get(code) ?? 0))]
    const vertical = equal | negative
    const horizontal = (((equal & positive) + positive) ^ positive) | equal
    let up = negative | ~(horizontal | positive)
    let down = positive & horizontal
    if ((up & lastRow) !== 0) score += 1
    else if ((down & lastRow) !== 0) score -= 1
    // The text may start a match anywhere: no horizontal delta enters the top row.
    up <<= 1
    down <<= 1
    positive = down | ~(vertical | up)
    negative = up & vertical
    if (score <= maxErrors) {
      if (score < maxErrors) ends.length = 0
      ends.push(j + 1)
      errors = score
      maxErrors = score
    }
  }
  return errors
}

/**
 * One block of one column (Myers 1999, Fig. 8, in approx-string-match's branch-free form):
 * updates the block's vertical deltas for text unit mask `peq` and horizontal delta `hIn`
 * entering its top row, and returns the horizontal delta leaving row `bottom` (-1, 0 or 1).
 */
function advance(positives: Int32Array, negatives: Int32Array, peq: number, b: number, hIn: number, bottom: number): number {
  const positive = positives[b]
  const negative = negatives[b]
  const hInIsNegative = hIn >>> 31
  const equal = peq | hInIsNegative
  const vertical = equal | negative
  const horizontal = (((equal & positive) + positive) ^ positive) | equal
  let up = negative | ~(horizontal | positive)
  let down = positive & horizontal
  const out = (up & bottom) !== 0 ? 1 : (down & bottom) !== 0 ? -1 : 0
  up <<= 1
  down <<= 1
  down |= hInIsNegative
  if (hIn > 0) up |= 1
  positives[b] = down | ~(vertical | up)
  negatives[b] = up & vertical
  return out
}

/**
 * The matches of `pattern` in `text` with at most `maxErrors` errors, only those with the fewest,
 * in text order: approx-string-match 2.0's `search(text, pattern, maxErrors)`, the same array of
 * { start, end, errors } for every input (an empty pattern gives none). Cost: text length ×
 * ⌈maxErrors / 32⌉ block steps, plus per match (pattern length + errors) × ⌈errors / 32⌉.
 */
export function approximateSearch(text: string, pattern: string, maxErrors: number): ApproximateMatch[] {
  const m = pattern.length
  if (m === 0) return []
  const ends: number[] = []
  const errors = scan(text, 0, text.length, 1, patternTable(pattern, 1), m, maxErrors, ends)
  if (ends.length === 0) return []
  const backwards = patternTable(pattern, -1)
  const starts: number[] = []
  const matches: ApproximateMatch[] = []
  for (const end of ends) {
    // The reversed pattern searched back from the end over the longest span it could take; the
    // last (longest) of its best matches gives the start.
    const minStart = Math.max(0, end - m - errors)
    scan(text, end - 1, end - minStart, -1, backwards, m, errors, starts)
    const start = starts.length === 0 ? end : end - starts[starts.length - 1]
    matches.push({ start, end, errors })
  }
  return matches
}
