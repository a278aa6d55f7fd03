/**
 * Turns an article from main into an editor state with its tags re-attached.
 *
 * Tags are anchored against the plain text (shared/anchor.ts). A tag found exactly sits where it
 * was; a tag found elsewhere is re-attached and counted, so the user is told; a tag whose text
 * is gone is kept as *needs review* with its old quote. No tag is dropped here.
 */
import type { Node as PMNode } from 'prosemirror-model'
import type { EditorState } from 'prosemirror-state'
import { anchorTarget, type AnchorResult } from '../../shared/anchor'
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

/** True when `target`'s quote and both contexts stand exactly at `start` in `text`. */
function standsAt(text: string, target: Sidecar['tags'][number]['target'], start: number): boolean {
  const { exact, prefix, suffix } = target.quote
  const end = start + exact.length
  return (
    start - prefix.length >= 0 &&
    end + suffix.length <= text.length &&
    text.startsWith(exact, start) &&
    text.startsWith(prefix, start - prefix.length) &&
    text.startsWith(suffix, end)
  )
}

/**
 * Anchors stored tags in `doc`; returns live tags (in the sidecar's order) and how many moved or
 * need review. Tags are visited in text order: an edit shifts every tag after it by the same
 * amount, so the shift that re-attached the previous tag is tried before any search. A 450-page
 * report whose text gained a paragraph at the top then costs one search, not 5,000.
 */
export function anchorTags(doc: PMNode, sidecar: Sidecar | null): { tags: LiveTag[]; moved: number; review: number } {
  if (!sidecar) return { tags: [], moved: 0, review: 0 }
  const plain = plainTextOf(doc)
  const text = plain.text
  let moved = 0
  let review = 0
  // Normalising the whole text is the costly part of a search: once, and only when needed.
  let normalized: NormalizedText | undefined
  let shift = 0
  const order = sidecar.tags.map((_, index) => index)
  order.sort((a, b) => sidecar.tags[a].target.position.start - sidecar.tags[b].target.position.start)
  const tags: LiveTag[] = new Array(sidecar.tags.length)
  for (const index of order) {
    const tag = sidecar.tags[index]
    const { start, end } = tag.target.position
    let result: AnchorResult
    if (text.slice(start, end) === tag.target.quote.exact) {
      result = { status: 'exact', start, end, confidence: 1 }
    } else if (shift !== 0 && standsAt(text, tag.target, start + shift)) {
      result = { status: 'moved', start: start + shift, end: start + shift + tag.target.quote.exact.length, confidence: 1 }
    } else {
      normalized ??= normalizeWithMap(text)
      result = anchorTarget(text, tag.target, { normalized })
    }
    const from = offsetToPos(plain, Math.min(result.start, text.length))
    const to = offsetToPos(plain, Math.min(result.end, text.length))
    if (result.status === 'orphaned') {
      review += 1
      tags[index] = { tag, from, to: Math.max(from, to), review: { reason: 'not-found', confidence: result.confidence } }
      continue
    }
    shift = result.start - start
    if (result.status !== 'exact') moved += 1
    tags[index] = { tag, from, to, review: null }
  }
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
