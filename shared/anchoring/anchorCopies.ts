/**
 * Anchoring, doubting a verbatim copy: when the best place found for a sentence-length quote is
 * an exact occurrence away from the expected position with weak context (a paragraph of its
 * own), it may be the tag's sentence moved there, or a copy of it set there while the tag's own
 * sentence was edited or deleted (issue 7's corpus: a sentence repeated as a paragraph elsewhere,
 * then the original reworded, or replaced by a near-copy). The copy is doubted, and the tag
 * needs review, when another version of the sentence exists:
 * - an edited original near the expected position, in the tag's own context
 *   ({@link EDITED_ORIGINAL_CONTEXT} of it);
 * - or a near-copy anywhere, starting a sentence, at most {@link NEAR_COPY_ERRORS} different and
 *   keeping {@link NEAR_COPY_WORDS} of its words:
 *   text was duplicated and edited, and which version is the tag's the quote alone cannot tell.
 * A sentence that only moved has neither, and stays attached where it went.
 */
import { approximateSearch as approxSearch } from './approximateSearch'
import { approximateMatches, contextSimilarity, QUOTE_CONTEXT, type Candidate, type Scored, type SearchContext } from './anchorSearch'
import { isNear } from './anchorRules'
import { wordsKept } from './anchorHeld'

/** Context score an approximate match near the expected position must keep to be the tag's edited original. */
export const EDITED_ORIGINAL_CONTEXT = 0.7
/**
 * Share of the quote's length a near-copy may differ by: a near-copy of the corpus has about 12%
 * of its words changed, which is up to a quarter of its units when long words replace short ones.
 */
export const NEAR_COPY_ERRORS = 0.35
/**
 * Share of the quote's words a near-copy keeps. Another sentence of the same pattern ("Officials
 * in Valencia said the death toll was likely to rise." and "…would probably rise further.") keeps
 * fewer (73%) and is no copy.
 */
export const NEAR_COPY_WORDS = 0.8

/** True when the unit before `at` (spaces skipped) ends a sentence or a paragraph, or `at` is the text's start. */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1
  while (i >= 0 && text.charCodeAt(i) === 0x20) i -= 1
  return i < 0 || '\n.!?…"'.includes(text[i])
}

/**
 * True when `best`, an exact occurrence away from the expected position, is doubted (see the
 * module comment). `nearby` is the best approximate match searched around the expected position
 * (or null); `exact` the exact occurrences, hidden from the near-copy search; [lowest, highest)
 * the normalised range searched, with at most `maxErrors` errors allowed to fit the caller's
 * budget. Costs one approximate search of the range.
 */
export function doubtsDistantCopy(
  context: SearchContext,
  best: Scored,
  nearby: Scored | null,
  exact: readonly Candidate[],
  lowest: number,
  highest: number,
  maxErrors: number
): boolean {
  if (best.errors > 0 || isNear(context, best)) return false
  if (nearby && isNear(context, nearby) && nearby.contextScore >= EDITED_ORIGINAL_CONTEXT && nearby.contextScore > best.contextScore) return true
  const errors = Math.min(Math.floor(NEAR_COPY_ERRORS * context.quote.length), maxErrors)
  if (errors === 0) return false
  const text = context.normalized.text
  return approximateMatches(context, lowest, highest, errors, exact).some(
    (c) =>
      c.errors > 0 &&
      (c.end <= best.normalizedStart || c.start >= best.normalizedEnd) &&
      startsSentence(text, c.start) &&
      wordsKept(context.quote, text.slice(c.start, c.end)) >= NEAR_COPY_WORDS
  )
}

/** Normalised units between two versions of a sentence set side by side (a paragraph break, a space). */
const BESIDE = 2 * QUOTE_CONTEXT
/** Context score under which a side of the context counts as lost. */
const LOST_SIDE = 0.5
/**
 * Share of the quote's words an edited original keeps: a sentence reworded keeps 60% of them,
 * the sentences around it (sharing de, la, the) seldom half.
 */
const ORIGINAL_WORDS = 0.5

/** Sentence ends in normalised `text` followed by more of it (". " within, not a final full stop). */
function sentenceEnds(text: string): number {
  return text.match(/[.!?]"? (?=\S)/gu)?.length ?? 0
}

/** Share of a stored context's length that may differ where it is looked for beside a copy. */
const CONTEXT_ERRORS = 0.25
/** Shortest stored context looked for beside a copy. */
const MIN_CONTEXT = 16

/**
 * True when, on a side where `found` lost its stored context, that context stands a sentence
 * further and the text between is a version of the quote: about its length (2/3 to 3/2), no more
 * sentences, keeping ORIGINAL_WORDS of its words. The tag's original, reworded in place, with
 * `found` set beside it.
 */
function lostSideHeldBeside(context: SearchContext, found: Scored, sides: readonly [number, number], lowest: number, highest: number): boolean {
  const text = context.normalized.text
  const length = context.quote.length
  const reach = 2 * length + BESIDE
  const original = (between: string): boolean => {
    const held = between.trim()
    return (
      held.length >= (2 * length) / 3 &&
      held.length <= (3 * length) / 2 &&
      sentenceEnds(held) <= sentenceEnds(context.quote) &&
      wordsKept(context.quote, held) >= ORIGINAL_WORDS
    )
  }
  if (sides[0] < LOST_SIDE && context.prefix.length >= MIN_CONTEXT) {
    const window = text.slice(Math.max(lowest, found.normalizedStart - reach), found.normalizedStart)
    if (approxSearch(window, context.prefix, Math.floor(CONTEXT_ERRORS * context.prefix.length)).some((m) => original(window.slice(m.end)))) return true
  }
  if (sides[1] < LOST_SIDE && context.suffix.length >= MIN_CONTEXT) {
    const window = text.slice(found.normalizedEnd, Math.min(highest, found.normalizedEnd + reach))
    if (approxSearch(window, context.suffix, Math.floor(CONTEXT_ERRORS * context.suffix.length)).some((m) => original(window.slice(0, m.start)))) return true
  }
  return false
}

/**
 * True when `found`, the place chosen for a sentence-length quote, has another version of the
 * sentence set right beside it (issue 7's corpus: a sentence repeated as a paragraph of its own
 * next to itself, then one of the two edited), so that which one is the tag's nothing tells:
 * - on a side where `found` lost its context, that context stands a sentence further, around
 *   a version of the quote (see lostSideHeldBeside): the original reworded in place, `found` its
 *   copy;
 * - or, `found` being approximate, another approximate match right beside it keeps
 *   NEAR_COPY_WORDS of the words too: both versions were edited.
 * [lowest, highest) is the normalised range searched, `maxErrors` the errors allowed. Costs an
 * approximate search of the stored context on each lost side, and for an approximate `found` one
 * of the quote around it.
 */
export function doubtsCopyBeside(context: SearchContext, found: Scored, lowest: number, highest: number, maxErrors: number): boolean {
  if (found.contextScore >= 1) return false
  const text = context.normalized.text
  const sides: [number, number] = [
    context.prefix.length > 0 ? contextSimilarity(context.prefix, text, found.normalizedStart, -1) : 1,
    context.suffix.length > 0 ? contextSimilarity(context.suffix, text, found.normalizedEnd, 1) : 1
  ]
  if (lostSideHeldBeside(context, found, sides, lowest, highest)) return true
  if (found.errors === 0 || maxErrors === 0) return false
  const length = context.quote.length
  const from = Math.max(lowest, found.normalizedStart - length - BESIDE)
  const to = Math.min(highest, found.normalizedEnd + length + BESIDE)
  const hidden: Candidate[] = [{ start: found.normalizedStart, end: found.normalizedEnd, errors: found.errors }]
  return approximateMatches(context, from, to, maxErrors, hidden).some((other) => {
    const gap = other.start >= found.normalizedEnd ? other.start - found.normalizedEnd : found.normalizedStart - other.end
    // A verbatim copy beside an edited original in its context lost to it already (anchorTarget).
    return other.errors > 0 && gap >= 0 && gap <= BESIDE && wordsKept(context.quote, text.slice(other.start, other.end)) >= NEAR_COPY_WORDS
  })
}
