/**
 * Turns an article from main into an editor state with its tags re-attached.
 *
 * The article is imported and its tags anchored in plain-text offsets by shared/ (article/,
 * anchoring/), exactly as the `factmark` command does; this module only projects the result to
 * editor positions and builds the state. A tag found exactly sits where it was; a tag found
 * elsewhere is re-attached and counted, so the user is told; a tag whose text is gone is kept as
 * *needs review* with its old quote. No tag is dropped here.
 */
import DOMPurify from 'dompurify'
import type { Node as PMNode } from 'prosemirror-model'
import type { EditorState } from 'prosemirror-state'
import { anchorSidecar } from '../../shared/anchoring/anchorSidecar'
import { correctedText } from '../../shared/article/correctedText'
import { createHtmlImporter } from '../../shared/article/importHtml'
import { loadArticle } from '../../shared/article/loadArticle'
import { plainTextOf } from '../../shared/article/plainText'
import type { OpenedDocument, Result } from '../../shared/ipc'
import { msg } from '../../shared/messages'
import type { Sidecar } from '../../shared/sidecar'
import { createArticleState } from './articleState'
import { offsetToPos } from './positions'
import { loadTags } from './tagCommands'
import type { LiveTag } from './tagStep'

export interface OpenedArticle {
  state: EditorState
  /** The document as imported from the file, before any of the user's text edits. */
  originalDoc: PMNode
  notices: string[]
}

/** HTML articles are imported with the page's own window (never its live document). */
const importHtmlInPage = createHtmlImporter(() => ({ window, purify: DOMPurify }))

/**
 * Anchors stored tags in `doc` (shared/anchoring/anchorSidecar.ts) and projects them to editor
 * positions; returns live tags (in the sidecar's order) and how many moved or need review.
 */
export function anchorTags(doc: PMNode, sidecar: Sidecar | null): { tags: LiveTag[]; moved: number; review: number } {
  if (!sidecar) return { tags: [], moved: 0, review: 0 }
  const plain = plainTextOf(doc)
  let moved = 0
  let review = 0
  const tags = anchorSidecar(plain.text, sidecar.tags).map((anchored, index): LiveTag => {
    const tag = sidecar.tags[index]
    const from = offsetToPos(plain, anchored.start)
    const to = offsetToPos(plain, anchored.end)
    if (anchored.status === 'needs-review') {
      review += 1
      return { tag, from, to, review: { reason: 'not-found', confidence: anchored.confidence } }
    }
    if (anchored.status === 'moved' || anchored.status === 'changed') moved += 1
    return { tag, from, to, review: null }
  })
  return { tags, moved, review }
}

/** Builds the editor state for an opened document, or the reason it cannot be shown. */
export function openArticle(document: OpenedDocument): Result<OpenedArticle> {
  const imported = loadArticle(document.format, document.text, importHtmlInPage)
  if (!imported.ok) return imported
  const notices: string[] = []
  if (document.sidecarNotice) notices.push(document.sidecarNotice)
  const edited = correctedText(document.sidecar, document.sha256)
  if (edited.notice) notices.push(edited.notice)
  const doc = edited.doc ?? imported.value
  const { tags, moved, review } = anchorTags(doc, document.sidecar)
  if (moved > 0) notices.push(msg.session.reattached({ count: moved }))
  if (review > 0) notices.push(msg.session.needReview({ count: review }))
  let state = createArticleState(doc)
  state = state.apply(loadTags(state, tags))
  return { ok: true, value: { state, originalDoc: imported.value, notices } }
}
