/**
 * The one place where ProseMirror positions and plain-text offsets are converted.
 *
 * Everything outside the editor (anchoring, the tag file, the CLI, exports) counts in plain-text
 * offsets (shared/article/plainText.ts); only the editor needs positions, so the projection lives
 * here. Inside a textblock one position is one code unit, so a conversion is a binary search over
 * the block starts of the plain text's map.
 */
import type { BlockSpan, PlainText } from '../../shared/article/plainText'

function blockIndexBy(blocks: readonly BlockSpan[], key: 'pos' | 'offset', value: number): number {
  let lo = 0
  let hi = blocks.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (blocks[mid][key] <= value) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * Converts a ProseMirror position to a plain-text offset. A position between blocks maps to the
 * end of the block before it (or the start of the first block).
 */
export function posToOffset(plain: PlainText, pos: number): number {
  if (plain.blocks.length === 0) return 0
  const block = plain.blocks[blockIndexBy(plain.blocks, 'pos', pos)]
  const delta = pos - block.pos
  if (delta < 0) return block.offset
  return block.offset + Math.min(delta, block.length)
}

/**
 * Converts a plain-text offset to a ProseMirror position. An offset inside a block separator maps
 * to the start of the next block. Throws a RangeError outside [0, text.length].
 */
export function offsetToPos(plain: PlainText, offset: number): number {
  if (offset < 0 || offset > plain.text.length) {
    throw new RangeError(`plainText: offset ${offset} outside 0..${plain.text.length}`)
  }
  if (plain.blocks.length === 0) return 0
  const index = blockIndexBy(plain.blocks, 'offset', offset)
  const block = plain.blocks[index]
  const delta = offset - block.offset
  if (delta <= block.length) return block.pos + delta
  const next = plain.blocks[index + 1]
  return next ? next.pos : block.pos + block.length
}
