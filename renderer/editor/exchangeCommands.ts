/**
 * What exports and imports need of the editor: the article's plain text and its tags as they are
 * now (unsaved ones included), and the transaction that adds imported tags — all of them in one
 * transaction, so one undo removes the whole import. A tag that could not be placed is added as
 * *needs review* at its stored position, its quote kept, as a tag file's would be.
 */
import type { EditorState, Transaction } from 'prosemirror-state'
import { plainTextOf } from '../../shared/article/plainText'
import type { AnchoredStatus } from '../../shared/anchoring/anchorSidecar'
import type { OutsideSource, Tag } from '../../shared/model/tag'
import { getOutsideState } from './outsidePlugin'
import { offsetToPos } from './positions'
import { currentTarget } from './tagCommands'
import { getTagState, tagsInDocumentOrder } from './tagPlugin'
import { TagStep } from './tagStep'

/** The document's text and tags as an export sees them: tag positions are offsets into `text`. */
export interface ExportSource {
  readonly text: string
  readonly tags: Tag[]
  readonly outsideSources: OutsideSource[]
}

/** The plain text, the tags (with their targets where they are now) and the sources outside the text. */
export function exportSource(state: EditorState): ExportSource {
  const tags = tagsInDocumentOrder(state).map((live) => ({ ...live.tag, target: currentTarget(state, live) }))
  return { text: plainTextOf(state.doc).text, tags, outsideSources: [...getOutsideState(state).sources.values()] }
}

/**
 * The transaction adding `imported` (tags whose positions are offsets into the plain text now,
 * each with where importing left it); null when there is nothing to add. Tags whose id is
 * already in the document are left out.
 */
export function addImportedTags(state: EditorState, imported: readonly { tag: Tag; status: AnchoredStatus }[]): Transaction | null {
  const present = getTagState(state).tags
  const plain = plainTextOf(state.doc)
  const tr = state.tr
  let added = 0
  for (const { tag, status } of imported) {
    if (present.has(tag.id)) continue
    const start = Math.min(tag.target.position.start, plain.text.length)
    const end = Math.min(Math.max(start, tag.target.position.end), plain.text.length)
    const review = status === 'needs-review' ? { reason: 'not-found' as const, confidence: 0 } : null
    tr.step(TagStep.add({ tag, from: offsetToPos(plain, start), to: offsetToPos(plain, end), review }))
    added += 1
  }
  return added > 0 ? tr : null
}
