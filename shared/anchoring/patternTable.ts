/**
 * Match masks of a pattern for the bit-vector edit-distance algorithms (Myers 1999):
 * anchoredDistances.ts and approximateSearch.ts.
 *
 * For each unit of the pattern, read forwards or from its end backwards, one bit per pattern row
 * where that unit stands, 32 rows to a word. The units are numbered (an array for those below
 * 256, a map for the others) so a text unit's masks are one lookup away. The same quote is read
 * both ways by snapToWords and by the approximate search (ends forwards, starts backwards), so
 * the last pattern's table per direction is kept; the stored contexts, compared with every
 * candidate, keep theirs in a cache of their own.
 */

/** A pattern's match masks in one reading direction. */
export interface PatternTable {
  readonly pattern: string
  /** Blocks of 32 pattern rows: ⌈pattern length / 32⌉. */
  readonly blocks: number
  /** For a unit below 256, its index among the pattern's distinct units (from 1); 0 when absent. */
  readonly small: Int32Array
  /** The same for other units. */
  readonly large: Map<number, number>
  /**
   * `masks[index * blocks + b]`: bit r set when the unit read (32 b + r)-th in the direction
   * (pattern row 32 b + r + 1) is unit `index`. Index 0, no unit of the pattern, is all 0; bits
   * past the pattern's end are 0.
   */
  readonly masks: Int32Array
}

/** The last pattern's table per reading direction (forwards, backwards). */
export type TableCache = [PatternTable | null, PatternTable | null]

/** A new, empty {@link TableCache}. */
export function createTableCache(): TableCache {
  return [null, null]
}

/** The quotes' tables (the default cache); contexts keep theirs apart so neither evicts the other. */
const quoteTables = createTableCache()

/**
 * The masks of `pattern` read forwards (direction 1) or from its end backwards (-1). Returns the
 * table kept in `cache` when the pattern is the last one read that way there (tables are never
 * modified).
 */
export function patternTable(pattern: string, direction: 1 | -1, cache: TableCache = quoteTables): PatternTable {
  const slot = direction === 1 ? 0 : 1
  const cached = cache[slot]
  if (cached !== null && cached.pattern === pattern) return cached
  const m = pattern.length
  const blocks = Math.ceil(m / 32)
  const small = new Int32Array(256)
  const large = new Map<number, number>()
  const rows = new Int32Array(m)
  let count = 1
  for (let i = 0; i < m; i += 1) {
    const code = pattern.charCodeAt(direction === 1 ? i : m - 1 - i)
    let index = code < 256 ? small[code] : (large.get(code) ?? 0)
    if (index === 0) {
      index = count
      count += 1
      if (code < 256) small[code] = index
      else large.set(code, index)
    }
    rows[i] = index
  }
  const masks = new Int32Array(count * blocks)
  for (let i = 0; i < m; i += 1) masks[rows[i] * blocks + (i >>> 5)] |= 1 << (i & 31)
  const table: PatternTable = { pattern, blocks, small, large, masks }
  cache[slot] = table
  return table
}

/**
 * Index in `table.masks` of the first block's mask of text unit `code` (NaN, a position outside
 * the text, gives the all-0 masks).
 */
export function maskBase(table: PatternTable, code: number): number {
  return (code < 256 ? table.small[code] : (table.large.get(code) ?? 0)) * table.blocks
}
