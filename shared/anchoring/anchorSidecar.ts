/**
 * Anchoring a whole tag file against an article's plain text: where each stored tag stands now.
 *
 * The app (on open and on reload) and the `factmark` command both call this, so they can never
 * disagree about where a tag is. It works in plain-text offsets only (UTF-16 code units, as the tag
 * file counts); the editor projects them to ProseMirror positions (renderer/editor/positions.ts).
 *
 * Tags are visited in text order: an edit shifts every tag after it by the same amount, so the
 * shift that re-attached the previous tag is tried before any search (the tag's quote and its
 * context must stand there), and is the position a search starts from. A 450-page report whose
 * text gained a paragraph at the top then costs one search, not 5,000. A tag nested in one that
 * needs review (a name in a deleted sentence) may only be found where that one was: it never
 * follows a near-copy of the sentence or jumps to another mention far away; when that one was
 * refused on a near-copy, not inside it, and when that near-copy stands elsewhere, only with its
 * own whole context around it. A tag nested in one
 * re-attached (a name in a sentence that moved) is looked for with that one's shift and only in
 * its new span: the name went with its sentence, or changed or went with it. A tag nested in one
 * needing review whose text stands verbatim twice needs review too (its own context is in both
 * copies).
 *
 * The tags of the file are evidence for each other once all are placed: a tag a search put out
 * of the order of its trusted neighbours while its old place still holds its reworded text
 * (anchorOrder.ts), and the less sure of two tags with the same quote, stored apart, found on the
 * very same span, need review.
 */
import type { TagTarget } from '../model/tag'
import { anchorTarget, QUOTE_CONTEXT, standsAt, type AnchorResult } from './anchor'
import { normalizeWithMap, type NormalizedText } from './normalizeForMatch'
import { outOfOrder, type Placed } from './anchorOrder'

/**
 * Where a stored tag stands in the text now. `attached`: at its stored position, unchanged.
 * `moved`: re-attached elsewhere, its text equal to the stored quote (as matching compares: ’ and
 * ', « » and ", non-breaking spaces, composed and decomposed accents are equal).
 * `changed`: found, but its own text differs from the stored quote (the user sees old and new).
 * `needs-review`: its text was not found; it keeps its stored position (clamped into the text).
 */
export type AnchoredStatus = 'attached' | 'moved' | 'changed' | 'needs-review'

export const ANCHORED_STATUSES: readonly AnchoredStatus[] = ['attached', 'moved', 'changed', 'needs-review']

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

/**
 * The tags to flag because another tag with the same quote, stored at another place, was found on
 * the very same span: two mentions of a name cannot both be that one (its own was deleted or
 * reworded and it took the other's). Of each such group, all but the most confident one (none
 * when the best is tied) are flagged.
 */
function sameSpanTwice(tags: readonly AnchorableTag[], anchored: readonly AnchoredTag[], placed: readonly Placed[]): Set<number> {
  const flagged = new Set<number>()
  // Only a tag a search placed (see Placed.anchored) can have landed on another's span.
  const searchedStarts = new Set<number>()
  anchored.forEach((tag, index) => {
    if (!placed[index].anchored && tag.status !== 'needs-review') searchedStarts.add(tag.start)
  })
  if (searchedStarts.size === 0) return flagged
  const byStart = new Map<number, number[]>()
  anchored.forEach((tag, index) => {
    if (tag.status === 'needs-review' || !searchedStarts.has(tag.start)) return
    const group = byStart.get(tag.start)
    if (group) group.push(index)
    else byStart.set(tag.start, [index])
  })
  for (const starting of byStart.values()) {
    if (starting.length < 2) continue
    const groups = new Map<string, number[]>()
    for (const index of starting) {
      const key = `${anchored[index].end}:${tags[index].target.quote.exact}`
      const group = groups.get(key)
      if (group) group.push(index)
      else groups.set(key, [index])
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue
      const stored = new Set(group.map((index) => `${tags[index].target.position.start}:${tags[index].target.position.end}`))
      if (stored.size < 2) continue
      const sorted = [...group].sort((x, y) => anchored[y].confidence - anchored[x].confidence)
      const tied = anchored[sorted[0]].confidence === anchored[sorted[1]].confidence
      for (const index of tied ? sorted : sorted.slice(1)) flagged.add(index)
    }
  }
  return flagged
}

/** Share of its length by which a rejected candidate may differ from a quote and still be taken for its text, edited or copied. */
const NEAR_COPY_ERRORS = 0.25

/**
 * The range of the candidate `result` (a tag needing review, its quote `length` units) was
 * refused on, when that differs from its quote by at most NEAR_COPY_ERRORS: its text moved and
 * edited, or a near-copy of it. Else null.
 */
function nearCopyOf(result: AnchorResult, length: number): { start: number; end: number } | null {
  const rejected = result.rejected
  return rejected && rejected.errors <= NEAR_COPY_ERRORS * length ? { start: rejected.start, end: rejected.end } : null
}

/** True when `target`'s quote and its whole stored context stand verbatim around `start` of `text`. */
function standsWhole(text: string, target: TagTarget, start: number): boolean {
  const { exact, prefix, suffix } = target.quote
  const end = start + exact.length
  return start >= prefix.length && text.slice(start - prefix.length, end + suffix.length) === prefix + exact + suffix
}

/** True when `quote` occurs verbatim at least twice in `text`. */
function occursTwice(text: string, quote: string): boolean {
  const first = text.indexOf(quote)
  return first !== -1 && text.indexOf(quote, first + 1) !== -1
}

function statusOf(result: AnchorResult): AnchoredStatus {
  if (result.status === 'orphaned') return 'needs-review'
  if (result.status === 'fuzzy') return 'changed'
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
  // Text order; of two tags starting together the longer first, so a container precedes what it holds.
  order.sort(
    (a, b) =>
      tags[a].target.position.start - tags[b].target.position.start ||
      tags[b].target.position.end - tags[a].target.position.end
  )
  // Tags still open at the current tag's start, in text order: their old range, where they were
  // found (when they were) and whether they need review.
  let open: { start: number; end: number; found: AnchorResult | null; repeated: boolean; nearCopy: { start: number; end: number } | null; elsewhere: boolean; trusted: boolean }[] = []
  const anchored: AnchoredTag[] = new Array(tags.length)
  const placed: Placed[] = new Array(tags.length)
  for (const index of order) {
    const tag = tags[index]
    const { start, end } = tag.target.position
    if (open.length > 0) open = open.filter((range) => range.end > start)
    // The innermost tag holding this one (the last opened that contains it).
    let container: (typeof open)[number] | undefined
    for (let i = open.length - 1; i >= 0 && !container; i -= 1) {
      if (open[i].start <= start && end <= open[i].end) container = open[i]
    }
    // A tag inside one re-attached moved with it: that one's shift is where to look first.
    const tagShift = container?.found ? container.found.start - container.start : shift
    // A tag inside one re-attached stays inside that one's new span, even where its quote and
    // context still stand at its old offset: a copy of the sentence set there holds them too.
    const fits = (from: number, to: number): boolean => !container?.found || (from >= container.found.start && to <= container.found.end)
    const length = tag.target.quote.exact.length
    let result: AnchorResult
    // Found with its quote and whole context standing, at its old offset or shifted with the tag
    // before it (not with a container that a search placed): a neighbour the order check trusts.
    let trusted = !container?.found || container.trusted
    if (fits(start, start + length) && standsAt(text, tag.target, start)) {
      result = { status: 'exact', start, end, confidence: 1 }
    } else if (tagShift !== 0 && fits(start + tagShift, start + tagShift + length) && standsAt(text, tag.target, start + tagShift)) {
      result = { status: 'moved', start: start + tagShift, end: start + tagShift + length, confidence: 1 }
    } else {
      trusted = false
      normalized ??= normalizeWithMap(text)
      // The shift that re-attached the previous tag is the best guess of where this one went.
      const hinted = tagShift === 0 ? tag.target : { ...tag.target, position: { start: start + tagShift, end: end + tagShift } }
      // A tag inside one re-attached is looked for only in that one's new text: its text is there
      // or it changed or went with it, and it never jumps to another mention elsewhere.
      const within = container?.found ? { start: container.found.start, end: container.found.end } : undefined
      result = anchorTarget(text, hinted, { normalized, within })
      if (result.status === 'exact' && result.start !== start) result = { ...result, status: 'moved' }
      // Needs review keeps the stored position, not the guess.
      if (result.status === 'orphaned') result = { ...result, start, end }
    }
    // A tag inside one whose text is gone may not move away from where that one was: a deleted
    // sentence's names must not follow a near-copy of it, or jump to other mentions.
    if (
      container &&
      !container.found &&
      result.status !== 'orphaned' &&
      (result.start < container.start + shift - QUOTE_CONTEXT || result.end > container.end + shift + QUOTE_CONTEXT)
    ) {
      result = { status: 'orphaned', start, end, confidence: result.confidence }
    }
    // A tag inside one needing review whose text stands verbatim twice (a sentence repeated, and
    // which copy is the tag's its context could not tell) cannot tell either: its own context is
    // in both copies.
    if (container?.repeated && result.status !== 'orphaned') result = { status: 'orphaned', start, end, confidence: result.confidence }
    // Nor may it stay where that one's text may now be a near-copy: found within the near-copy
    // that one was refused on (the "nested tags follow it"), or, while that one's text
    // may stand elsewhere (moved and edited, or copied and edited), anywhere but with its whole
    // context verbatim around it: a mention found otherwise is another one (a twin sentence's
    // that took the old place, the lead's) as often as its own.
    if (container?.nearCopy && result.status !== 'orphaned') {
      const inCopy = result.start >= container.nearCopy.start && result.end <= container.nearCopy.end
      if (inCopy || (container.elsewhere && !standsWhole(text, tag.target, result.start))) result = { status: 'orphaned', start, end, confidence: result.confidence }
    }
    // Likewise where its own quote stands twice in the room it is allowed (a sentence edited,
    // then repeated beside itself): which mention went with which copy nothing tells.
    if (container && !container.found && result.status !== 'orphaned') {
      const room = text.slice(Math.max(0, container.start + shift - QUOTE_CONTEXT), Math.max(0, container.end + shift + QUOTE_CONTEXT))
      if (occursTwice(room, tag.target.quote.exact)) result = { status: 'orphaned', start, end, confidence: result.confidence }
    }
    const status = statusOf(result)
    const from = Math.min(Math.max(0, result.start), text.length)
    const to = Math.max(from, Math.min(result.end, text.length))
    anchored[index] = { tagId: tag.id, status, start: from, end: to, confidence: result.confidence }
    if (status !== 'needs-review') shift = result.start - start
    const found = status === 'needs-review' ? null : result
    const repeated = status === 'needs-review' && occursTwice(text, tag.target.quote.exact)
    const nearCopy = status === 'needs-review' ? nearCopyOf(result, length) : null
    const elsewhere = nearCopy !== null && Math.abs(nearCopy.start - (start + tagShift)) > Math.max(2 * QUOTE_CONTEXT, length)
    open.push({ start, end, found, repeated, nearCopy, elsewhere, trusted })
    placed[index] = { oldStart: start, oldEnd: end, found, anchored: trusted && found !== null, verbatim: status === 'moved', quote: tag.target.quote.exact, prefix: tag.target.quote.prefix, suffix: tag.target.quote.suffix }
  }
  const doubted = outOfOrder(text, placed)
  for (const index of sameSpanTwice(tags, anchored, placed)) doubted.add(index)
  for (const index of doubted) {
    const { start, end } = tags[index].target.position
    anchored[index] = { ...anchored[index], status: 'needs-review', start: Math.min(Math.max(0, start), text.length), end: Math.min(Math.max(0, end), text.length) }
  }
  return anchored
}
