/**
 * Anchoring a whole tag file, the order check: a tag found by a search far out of the order of
 * its well-anchored neighbours is suspect when its old place is still there.
 *
 * The tag file keeps no old text, but its other tags are evidence: those re-attached with their
 * quote and whole context standing (at their old offset, or shifted with the previous tag) give
 * a monotone map of old offsets to new ones. A tag whose search put it before the neighbour that
 * preceded it, or after the one that followed it, either moved (a paragraph swapped, a sentence
 * made a paragraph elsewhere: the text between its neighbours then shrank by about its length)
 * or was captured by a verbatim copy of itself while its own text, reworded past what a search
 * finds, still stands between its neighbours (issue 7's corpus: a sentence repeated as a
 * paragraph elsewhere, then the original reworded). In the second case the text between its
 * neighbours did not shrink, and which span is the tag's the evidence cannot tell: it needs
 * review.
 */
import { heldRange, versionBesideContext, wordsKept } from './anchorHeld'

/** One tag of the file as anchoring left it. Offsets: old ones into the stored text, new ones into the current text. */
export interface Placed {
  readonly oldStart: number
  readonly oldEnd: number
  /** Where it stands now, or null when it needs review. */
  readonly found: { readonly start: number; readonly end: number } | null
  /** True when found by its quote and whole context standing, without a search: a neighbour to trust. */
  readonly anchored: boolean
  /** True when found by a search with its quote verbatim (up to what matching treats as equal). */
  readonly verbatim: boolean
  /** The stored quote and context. */
  readonly quote: string
  readonly prefix: string
  readonly suffix: string
}

/** Length from which a quote is a sentence, which a copy set elsewhere can capture. */
const SENTENCE = 32
/** Share of the quote's words the text held at its old place must keep to be its edited original (a sentence reworded keeps 60% of them). */
const WORDS_KEPT = 0.3

/** Index of the first entry of `sorted` (ascending by `key`) whose key is greater than `value`. */
function upperBound(sorted: readonly number[], key: (i: number) => number, value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (key(sorted[middle]) <= value) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * The indices of `placed` to flag: each tag found by a search out of the order of its trusted
 * neighbours (the trusted one ending last before it, or else the text's start, and the one starting
 * first after it) while the new text between those neighbours is no shorter than the old one less
 * half the tag's length; and the tags nested in it that were found within its new span (they
 * followed it). Tags without a trusted neighbour after them are left alone.
 */
export function outOfOrder(text: string, placed: readonly Placed[]): Set<number> {
  const flagged = new Set<number>()
  // Only a sentence-length quote found verbatim by a search can be a copy's capture.
  const suspects = placed.filter((tag) => !tag.anchored && tag.verbatim && tag.found && tag.quote.length >= SENTENCE)
  if (suspects.length === 0) return flagged
  const trusted = placed.map((_, index) => index).filter((index) => placed[index].anchored && placed[index].found)
  const byEnd = [...trusted].sort((a, b) => placed[a].oldEnd - placed[b].oldEnd)
  const byStart = [...trusted].sort((a, b) => placed[a].oldStart - placed[b].oldStart)
  placed.forEach((tag, index) => {
    if (tag.anchored || !tag.verbatim || !tag.found || tag.quote.length < SENTENCE) return
    const before = upperBound(byEnd, (i) => placed[i].oldEnd, tag.oldStart) - 1
    const after = upperBound(byStart, (i) => placed[i].oldStart, tag.oldEnd - 1)
    if (after >= byStart.length) return
    const previous = before >= 0 ? placed[byEnd[before]] : null
    const next = placed[byStart[after]]
    const previousOld = previous ? previous.oldEnd : 0
    const previousNew = previous?.found ? previous.found.end : 0
    const nextNew = next.found?.start ?? 0
    if (tag.found.start >= previousNew && tag.found.end <= nextNew) return
    // Where its old place is now: shifted as the trusted tag before it (or the text's start) was.
    const length = tag.oldEnd - tag.oldStart
    const expected = tag.oldStart + previousNew - previousOld
    const window = text.slice(Math.max(previousNew, expected - length), Math.min(nextNew, expected + 2 * length))
    // Its old place is still there when its stored context stands there around text of about its
    // length that keeps many of its words (an edited original, not another sentence set there).
    const range = heldRange(tag.prefix, tag.suffix, window)
    const held = range ? window.slice(range.start, range.end) : versionBesideContext(tag.quote, tag.prefix, tag.suffix, window)
    if (held === null || held.length < length / 2 || wordsKept(tag.quote, held) < WORDS_KEPT) return
    flagged.add(index)
    const span = tag.found
    placed.forEach((inner, innerIndex) => {
      if (innerIndex === index || !inner.found) return
      const nested = inner.oldStart >= tag.oldStart && inner.oldEnd <= tag.oldEnd
      if (nested && inner.found.start >= span.start && inner.found.end <= span.end) flagged.add(innerIndex)
    })
  })
  return flagged
}
