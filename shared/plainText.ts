/**
 * The plain-text serialisation of an article and the one place where ProseMirror positions and
 * plain-text offsets are converted.
 *
 * Plain text = the texts of all textblocks in document order joined by "\n\n"; a hard break is
 * "\n". Every offset stored in a sidecar counts UTF-16 code units into this text. Inside a
 * textblock one position is one code unit, so a conversion is a binary search over block starts.
 */
import type { Node as PMNode } from 'prosemirror-model'

export const BLOCK_SEPARATOR = '\n\n'

interface BlockSpan {
  /** Position of the first character inside the textblock. */
  pos: number
  /** Offset of that character in the plain text. */
  offset: number
  /** Length of the block's text. */
  length: number
}

/** A document's plain text with the index needed to convert positions and offsets. */
export interface PlainText {
  readonly text: string
  readonly blocks: readonly BlockSpan[]
}

/** Builds the plain text of `doc`. O(size of the document); call once per document version. */
export function toPlainText(doc: PMNode): PlainText {
  const parts: string[] = []
  const blocks: BlockSpan[] = []
  let offset = 0
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true
    if (blocks.length > 0) offset += BLOCK_SEPARATOR.length
    const text = node.textBetween(0, node.content.size, undefined, (leaf) => leaf.type.spec.leafText?.(leaf) ?? '\uFFFC')
    blocks.push({ pos: pos + 1, offset, length: text.length })
    parts.push(text)
    offset += text.length
    return false
  })
  return { text: parts.join(BLOCK_SEPARATOR), blocks }
}

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

const cache = new WeakMap<PMNode, PlainText>()

/** {@link toPlainText}, memoised per document node (nodes are immutable). */
export function plainTextOf(doc: PMNode): PlainText {
  let plain = cache.get(doc)
  if (!plain) {
    plain = toPlainText(doc)
    cache.set(doc, plain)
  }
  return plain
}
