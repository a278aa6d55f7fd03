/**
 * Anchoring a whole tag file against an article's plain text: where each stored tag stands now.
 *
 * The app (on open and on reload) and the `factmark` command both call this, so they can never
 * disagree about where a tag is. It works in plain-text offsets only (UTF-16 code units, as the tag
 * file counts); the editor projects them to ProseMirror positions (renderer/editor/positions.ts).
 *
 * Tags are visited in text order: an edit shifts every tag after it by the same amount, so the
 * shift that re-attached the previous tag is tried before any search. A 450-page report whose
 * text gained a paragraph at the top then costs one search, not 5,000.
 */
import type { TagTarget } from '../model/tag'
import { anchorTarget, type AnchorResult } from './anchor'
import { normalizeWithMap, type NormalizedText } from './normalizeForMatch'

/**
 * Where a stored tag stands in the text now. `attached`: at its stored position, unchanged.
 * `moved`: re-attached elsewhere or to slightly changed text (the user is told and checks it).
 * `needs-review`: its text was not found; it keeps its stored position (clamped into the text).
 */
export type AnchoredStatus = 'attached' | 'moved' | 'needs-review'

export const ANCHORED_STATUSES: readonly AnchoredStatus[] = ['attached', 'moved', 'needs-review']

/** What anchoring needs of a stored tag. */
export interface AnchorableTag {
  readonly id: string
  readonly target: TagTarget
}

/** One tag anchored in the text: plain-text offsets, `0 <= start <= end <= text.length`. */
export interface AnchoredTag {
  tagId: string
  status: AnchoredStatus
  start: number
  end: number
  /** 0..1: 1 for a tag found where it was; for `needs-review` the best rejected candidate's score. */
  confidence: number
}

/** True when `target`'s quote and both contexts stand exactly at `start` in `text`. */
function standsAt(text: string, target: TagTarget, start: number): boolean {
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

function statusOf(result: AnchorResult): AnchoredStatus {
  if (result.status === 'orphaned') return 'needs-review'
  return result.status === 'exact' ? 'attached' : 'moved'
}

/**
 * Anchors every tag of `tags` in `text` (the plain text of the article as it is now). Returns one
 * entry per tag, in the order of `tags`. Never throws on data read from a file (see anchorTarget);
 * no tag is dropped. Does not mutate its arguments.
 */
export function anchorSidecar(text: string, tags: readonly AnchorableTag[]): AnchoredTag[] {
  // Normalising the whole text is the costly part of a search: once, and only when needed.
  let normalized: NormalizedText | undefined
  let shift = 0
  const order = tags.map((_, index) => index)
  order.sort((a, b) => tags[a].target.position.start - tags[b].target.position.start)
  const anchored: AnchoredTag[] = new Array(tags.length)
  for (const index of order) {
    const tag = tags[index]
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
    const status = statusOf(result)
    const from = Math.min(result.start, text.length)
    const to = Math.max(from, Math.min(result.end, text.length))
    anchored[index] = { tagId: tag.id, status, start: from, end: to, confidence: result.confidence }
    if (status !== 'needs-review') shift = result.start - start
  }
  return anchored
}
