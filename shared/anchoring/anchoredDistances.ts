/**
 * Anchored edit distances, bit-parallel: the edit distance of a whole quote against every length
 * of text read from one offset, in one pass.
 *
 * Entry j of the result is the edit distance (insertions, deletions, substitutions, each 1) of
 * the quote against the j text units next to `from`, read forwards (direction 1) or backwards
 * (-1, the quote then read from its end too). That is the bottom row D[m][0..width] of the
 * edit-distance table whose top row is anchored, D[0][j] = j: the alignment starts at `from`.
 * snapToWords (anchorSearch.ts) asks it for every possible end of a match at once.
 *
 * Myers' bit-vector algorithm (Myers 1999) in Hyyrö's form, computing a column of the table per
 * text unit as vertical deltas packed 32 pattern rows to a machine word. A quote longer than 32
 * units is split in blocks of 32 rows; each column is computed block by block, the horizontal
 * delta leaving a block's bottom row entering the next block's top row (Myers 1999, Fig. 9).
 * The top block's top row gains 1 at every column (the anchoring). Every block is computed at
 * every column, as every bottom-row value is wanted: cost ⌈m / 32⌉ × width word operations,
 * against m × width for the plain table. UTF-16 units are compared as they are (a surrogate is a
 * unit like any other).
 */
import { MASKS, patternTable, type TableCache } from './patternTable'

/**
 * Edit distance of `quote` against the text read from `from` (forwards for direction 1,
 * backwards for -1, the quote then read backwards from its end too), for every length at once:
 * entry j, for j from 0 to `width`, is the distance to the j units next to `from` (text
 * [from, from + j) forwards, [from − j, from) backwards). So entry 0 is the quote's length, and
 * with an empty quote entry j is j.
 *
 * Contract: `width` is a non-negative integer; positions read outside the text (past its end,
 * before its start) count as units matching nothing. Exactly the values of the plain table
 * (m × width), computed in ⌈m / 32⌉ × width word operations. Returns a new array of width + 1
 * entries, or `options.into` (its first width + 1 entries written) when it is long enough; the
 * pattern's masks come from `options.cache` when given (patternTable.ts).
 */
export function anchoredDistances(
  quote: string,
  text: string,
  from: number,
  width: number,
  direction: 1 | -1,
  options: { readonly cache?: TableCache; readonly into?: Uint32Array } = {}
): Uint32Array {
  const m = quote.length
  const result = options.into && options.into.length > width ? options.into : new Uint32Array(width + 1)
  if (m === 0) {
    for (let j = 0; j <= width; j += 1) result[j] = j
    return result
  }
  result[0] = m
  if (width === 0) return result
  const { blocks, data, large } = patternTable(quote, direction, options.cache)
  // Unit of column j: text[from + j - 1] forwards, text[from - j] backwards.
  let at = direction === 1 ? from : from - 1
  let score = m
  if (blocks === 1) {
    // One word: positive/negative vertical deltas of rows 1..m, all +1 in column 0 (D[i][0] = i).
    const last = 1 << (m - 1)
    let positive = -1
    let negative = 0
    for (let j = 1; j <= width; j += 1, at += direction) {
      const code = text.charCodeAt(at)
      // NaN outside the text: not below 256, and no key of `large`.
      const equal = data[MASKS + (code < MASKS ? data[code] : (large.get(code) ?? 0))]
      const vertical = equal | negative
      const horizontal = (((equal & positive) + positive) ^ positive) | equal
      let up = negative | ~(horizontal | positive)
      let down = positive & horizontal
      if (up & last) score += 1
      else if (down & last) score -= 1
      result[j] = score
      // The top row's horizontal delta is +1 (D[0][j] = j): shifted in as row 0's.
      up = (up << 1) | 1
      down <<= 1
      positive = down | ~(vertical | up)
      negative = up & vertical
    }
    return result
  }
  const positives = new Int32Array(blocks).fill(-1)
  const negatives = new Int32Array(blocks)
  const lastBlock = blocks - 1
  const lastRow = 1 << ((m - 1) & 31)
  for (let j = 1; j <= width; j += 1, at += direction) {
    const code = text.charCodeAt(at)
    const base = MASKS + (code < MASKS ? data[code] : (large.get(code) ?? 0)) * blocks
    // Horizontal delta entering the block's top row: +1 at the top (anchored), then the one
    // leaving the block above's bottom row.
    let carry = 1
    for (let b = 0; b < blocks; b += 1) {
      const positive = positives[b]
      const negative = negatives[b]
      // A top row going down by one counts as a match in the block's first row (Myers 1999).
      const equal = carry < 0 ? data[base + b] | 1 : data[base + b]
      const vertical = equal | negative
      const horizontal = (((equal & positive) + positive) ^ positive) | equal
      let up = negative | ~(horizontal | positive)
      let down = positive & horizontal
      const bottom = b === lastBlock ? lastRow : 1 << 31
      const out = up & bottom ? 1 : down & bottom ? -1 : 0
      up <<= 1
      down <<= 1
      if (carry > 0) up |= 1
      else if (carry < 0) down |= 1
      positives[b] = down | ~(vertical | up)
      negatives[b] = up & vertical
      carry = out
    }
    score += carry
    result[j] = score
  }
  return result
}
