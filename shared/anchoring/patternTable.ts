/**
 * Match masks of a pattern for the bit-vector edit-distance algorithms (Myers 1999):
 * anchoredDistances.ts and the context comparison of anchorSearch.ts.
 *
 * For each unit of the pattern, read forwards or from its end backwards, one bit per pattern row
 * where that unit stands, 32 rows to a word. The units are numbered (in a 256-entry table for
 * those below 256, a map for the others) so a text unit's masks are one lookup away; the table
 * and the masks share one typed array, cut from a larger one. The same quote is read both
 * ways by snapToWords, and a tag's stored contexts are compared in between, so a cache keeps the
 * last few tables per direction.
 */

/** Offset of the masks in {@link PatternTable.data}, after the table of units below 256. */
export const MASKS = 256

/** A pattern's match masks in one reading direction. Never modified once built. */
export interface PatternTable {
  readonly pattern: string
  /** Blocks of 32 pattern rows: ⌈pattern length / 32⌉. */
  readonly blocks: number
  /**
   * `data[code]` for a unit below 256: its index among the pattern's distinct units (from 1), 0
   * when absent. `data[MASKS + index * blocks + b]`: bit r set when the unit read (32 b + r)-th
   * in the direction (pattern row 32 b + r + 1) is unit `index`. Index 0, no unit of the
   * pattern, has masks all 0; bits past the pattern's end are 0.
   */
  readonly data: Int32Array
  /** The index of each unit of 256 and above in the pattern. */
  readonly large: ReadonlyMap<number, number>
}

/** Tables kept per reading direction (forwards, backwards), the most recent first. */
export type TableCache = [PatternTable[], PatternTable[]]

/** Tables kept per direction in a {@link TableCache}: a quote and its two contexts, and one more. */
const KEPT = 4

/** A new, empty {@link TableCache}. */
export function createTableCache(): TableCache {
  return [[], []]
}

/** The default cache (quotes, and contexts searched approximately). */
const sharedTables = createTableCache()

const NO_LARGE: ReadonlyMap<number, number> = new Map()

/**
 * Tables' arrays are cut from a shared zeroed buffer, never reused (a table is never modified and
 * may be held after it left the cache); a full buffer is replaced by a new one and freed with the
 * last table cut from it. A typed array of its own per table cost more than building its masks.
 */
const ARENA = 1 << 16
let arena = new Int32Array(ARENA)
let used = 0

/** A zeroed Int32Array of `length` entries. */
function allocate(length: number): Int32Array {
  if (length > ARENA / 4) return new Int32Array(length)
  if (used + length > ARENA) {
    arena = new Int32Array(ARENA)
    used = 0
  }
  const view = arena.subarray(used, used + length)
  used += length
  return view
}

/** Index of each pattern row's unit, and the index of each unit below 256: scratch reused between builds. */
let rows = new Int32Array(64)
const small = new Int32Array(MASKS)

/**
 * The masks of `pattern` read forwards (direction 1) or from its end backwards (-1). Returns a
 * table kept in `cache` when the pattern was one of the last read that way there.
 */
export function patternTable(pattern: string, direction: 1 | -1, cache: TableCache = sharedTables): PatternTable {
  const kept = cache[direction === 1 ? 0 : 1]
  for (let k = 0; k < kept.length; k += 1) {
    const table = kept[k]
    if (table.pattern === pattern) {
      if (k > 0) {
        kept.splice(k, 1)
        kept.unshift(table)
      }
      return table
    }
  }
  const table = buildTable(pattern, direction)
  kept.unshift(table)
  if (kept.length > KEPT) kept.pop()
  return table
}

function buildTable(pattern: string, direction: 1 | -1): PatternTable {
  const m = pattern.length
  const blocks = Math.ceil(m / 32)
  if (rows.length < m) rows = new Int32Array(Math.max(m, 2 * rows.length))
  // First pass: number the distinct units (in the scratch table for those below 256).
  let large: Map<number, number> | null = null
  let count = 1
  for (let i = 0; i < m; i += 1) {
    const code = pattern.charCodeAt(direction === 1 ? i : m - 1 - i)
    let index = code < MASKS ? small[code] : (large?.get(code) ?? 0)
    if (index === 0) {
      index = count
      count += 1
      if (code < MASKS) small[code] = index
      else (large ??= new Map()).set(code, index)
    }
    rows[i] = index
  }
  const data = allocate(MASKS + count * blocks)
  data.set(small)
  for (let i = 0; i < m; i += 1) {
    data[MASKS + rows[i] * blocks + (i >>> 5)] |= 1 << (i & 31)
    // The scratch table back to all 0 for the next build.
    const code = pattern.charCodeAt(i)
    if (code < MASKS) small[code] = 0
  }
  return { pattern, blocks, data, large: large ?? NO_LARGE }
}

/**
 * Index in `table.data` of the first block's mask of text unit `code` (NaN, a position outside
 * the text, gives the all-0 masks).
 */
export function maskBase(table: PatternTable, code: number): number {
  return MASKS + (code < MASKS ? table.data[code] : (table.large.get(code) ?? 0)) * table.blocks
}
