/**
 * The plain-text serialisation of an article, with the map of where each textblock starts.
 *
 * Plain text = the texts of all textblocks in document order joined by "\n\n"; a hard break is
 * "\n". Every offset stored in a sidecar counts UTF-16 code units into this text; anchoring
 * (shared/anchoring), the CLI and exports work in these offsets only. The block map is what the
 * renderer's projection to ProseMirror positions (renderer/editor/positions.ts) searches.
 */
import type { Node as PMNode } from 'prosemirror-model'

export const BLOCK_SEPARATOR = '\n\n'

export interface BlockSpan {
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
