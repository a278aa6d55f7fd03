/**
 * Turns an article from main into an editor state with its tags re-attached.
 *
 * The article is imported and its tags anchored in plain-text offsets by shared/ (article/,
 * anchoring/), exactly as the `factmark` command does; this module only projects the result to
 * editor positions and builds the state. The tags are re-anchored by shared/reanchor.ts, as
 * `factmark reattach` does: a tag found exactly sits where it was; a tag found elsewhere is
 * re-attached, one found on changed text is marked with its old text, and the user is told; a tag
 * whose text is gone is kept as *needs review* with its old quote. No tag is dropped here.
 */
import DOMPurify from 'dompurify'
import type { Node as PMNode } from 'prosemirror-model'
import type { EditorState } from 'prosemirror-state'
import { correctedText } from '../../shared/article/correctedText'
import { createHtmlImporter } from '../../shared/article/importHtml'
import { loadArticle } from '../../shared/article/loadArticle'
import { plainTextOf } from '../../shared/article/plainText'
import type { OpenedDocument, Result } from '../../shared/ipc'
import { reanchorSidecar, type Reanchored } from '../../shared/reanchor'
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
  /** How the stored tags were re-anchored; null without a tag file. */
  reanchored: Reanchored | null
}

/** HTML articles are imported with the page's own window (never its live document). */
const importHtmlInPage = createHtmlImporter(() => ({ window, purify: DOMPurify }))

export interface AnchoredTags {
  /** Live tags, in the tag file's order, with the data re-anchoring gave them (new quotes, marks). */
  tags: LiveTag[]
  /** Tags found elsewhere or on changed text. */
  moved: number
  /** Tags that need review. */
  review: number
  reanchored: Reanchored | null
}

/**
 * Re-anchors stored tags in `doc` (shared/reanchor.ts) for the article whose bytes hash to
 * `sha256` (the tag file's own hash when not given: then no version is recorded) and projects
 * them to editor positions. `now` is the time recorded on new marks and versions.
 */
export function anchorTags(doc: PMNode, sidecar: Sidecar | null, sha256?: string, now: string = new Date().toISOString()): AnchoredTags {
  if (!sidecar) return { tags: [], moved: 0, review: 0, reanchored: null }
  const plain = plainTextOf(doc)
  const reanchored = reanchorSidecar(sidecar, plain.text, sha256 ?? sidecar.article.sha256, now)
  const tags = reanchored.anchored.map((anchored, index): LiveTag => {
    const tag = reanchored.tags[index]
    const from = offsetToPos(plain, anchored.start)
    const to = offsetToPos(plain, anchored.end)
    if (anchored.status === 'needs-review') return { tag, from, to, review: { reason: 'not-found', confidence: anchored.confidence } }
    return { tag, from, to, review: null }
  })
  const { moved, changed, needsReview } = reanchored.counts
  return { tags, moved: moved + changed, review: needsReview, reanchored }
}

/** Builds the editor state for an opened document, or the reason it cannot be shown. */
export function openArticle(document: OpenedDocument, now?: string): Result<OpenedArticle> {
  const imported = loadArticle(document.format, document.text, importHtmlInPage)
  if (!imported.ok) return imported
  const notices: string[] = []
  if (document.sidecarNotice) notices.push(document.sidecarNotice)
  const edited = correctedText(document.sidecar, document.sha256)
  if (edited.notice) notices.push(edited.notice)
  const doc = edited.doc ?? imported.value
  const { tags, reanchored } = anchorTags(doc, document.sidecar, document.sha256, now)
  let state = createArticleState(doc)
  state = state.apply(loadTags(state, tags))
  return { ok: true, value: { state, originalDoc: imported.value, notices, reanchored } }
}
