/**
 * Turns an article from main into an editor state with its tags re-attached.
 *
 * Tags are anchored against the plain text (shared/anchor.ts). A tag found exactly sits where it
 * was; a tag found elsewhere is re-attached and counted, so the user is told; a tag whose text
 * is gone is kept as *needs review* with its old quote. No tag is dropped here.
 */
import type { Node as PMNode } from 'prosemirror-model'
import type { EditorState } from 'prosemirror-state'
import { anchorTarget } from '../../shared/anchor'
import { normalizeWithMap, type NormalizedText } from '../../shared/normalizeForMatch'
import type { OpenedDocument, Result } from '../../shared/ipc'
import { offsetToPos, plainTextOf } from '../../shared/plainText'
import { schema } from '../../shared/schema'
import type { Sidecar } from '../../shared/sidecar'
import { createArticleState } from './articleState'
import { loadArticle } from './loadArticle'
import { loadTags } from './tagCommands'
import type { LiveTag } from './tagStep'

export interface OpenedArticle {
  state: EditorState
  /** The document as imported from the file, before any of the user's text edits. */
  originalDoc: PMNode
  notices: string[]
}

function editedDoc(sidecar: Sidecar | null, sha256: string): { doc: PMNode | null; notice: string | null } {
  if (!sidecar?.editedText) return { doc: null, notice: null }
  if (sidecar.editedText.baseSha256 !== sha256) {
    return {
      doc: null,
      notice: 'The article file has changed since you corrected its text in Factmark. Your corrections were set aside and your tags re-attached to the new text.'
    }
  }
  try {
    const doc = schema.nodeFromJSON(sidecar.editedText.doc)
    doc.check()
    return { doc, notice: null }
  } catch {
    // A damaged corrected text must not stop the article from opening: fall back to the file.
    return { doc: null, notice: 'Your text corrections could not be read and were set aside; the article is shown as in the file.' }
  }
}

/** Anchors stored tags in `doc`; returns live tags and how many moved or need review. */
export function anchorTags(doc: PMNode, sidecar: Sidecar | null): { tags: LiveTag[]; moved: number; review: number } {
  if (!sidecar) return { tags: [], moved: 0, review: 0 }
  const plain = plainTextOf(doc)
  let moved = 0
  let review = 0
  // Normalising the whole text is the costly part of re-attaching: do it once, and only when a
  // tag is not where it was.
  let normalized: NormalizedText | undefined
  const tags = sidecar.tags.map((tag): LiveTag => {
    const { start, end } = tag.target.position
    const inPlace = plain.text.slice(start, end) === tag.target.quote.exact
    if (!inPlace && !normalized) normalized = normalizeWithMap(plain.text)
    const result = anchorTarget(plain.text, tag.target, inPlace ? {} : { normalized })
    const from = offsetToPos(plain, Math.min(result.start, plain.text.length))
    const to = offsetToPos(plain, Math.min(result.end, plain.text.length))
    if (result.status === 'orphaned') {
      review += 1
      return { tag, from, to: Math.max(from, to), review: { reason: 'not-found', confidence: result.confidence } }
    }
    if (result.status !== 'exact') moved += 1
    return { tag, from, to, review: null }
  })
  return { tags, moved, review }
}

/** Builds the editor state for an opened document, or the reason it cannot be shown. */
export function openArticle(document: OpenedDocument): Result<OpenedArticle> {
  const imported = loadArticle(document.format, document.text)
  if (!imported.ok) return imported
  const notices: string[] = []
  if (document.sidecarNotice) notices.push(document.sidecarNotice)
  const edited = editedDoc(document.sidecar, document.sha256)
  if (edited.notice) notices.push(edited.notice)
  const doc = edited.doc ?? imported.value
  const { tags, moved, review } = anchorTags(doc, document.sidecar)
  if (moved > 0) {
    notices.push(`${moved} tag${moved === 1 ? ' was' : 's were'} re-attached because the article text changed. Check ${moved === 1 ? 'it' : 'them'} in the list.`)
  }
  if (review > 0) {
    notices.push(`${review} tag${review === 1 ? ' needs' : 's need'} review: ${review === 1 ? 'its' : 'their'} text was not found in the article. ${review === 1 ? 'It is' : 'They are'} kept in the list with the old quote.`)
  }
  let state = createArticleState(doc)
  state = state.apply(loadTags(state, tags))
  return { ok: true, value: { state, originalDoc: imported.value, notices } }
}
