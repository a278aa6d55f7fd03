/**
 * Anchoring, doubting a verbatim copy: when the best place found for a sentence-length quote is
 * an exact occurrence away from the expected position with weak context (a paragraph of its
 * own), it may be the tag's sentence moved there, or a copy of it set there while the tag's own
 * sentence was edited or deleted (issue 7's corpus: a sentence repeated as a paragraph elsewhere,
 * then the original reworded, or replaced by a near-copy). The copy is doubted, and the tag
 * needs review, when another version of the sentence exists:
 * - an edited original near the expected position, in the tag's own context
 *   ({@link EDITED_ORIGINAL_CONTEXT} of it);
 * - or a near-copy anywhere, starting a sentence and at most {@link NEAR_COPY_ERRORS} different:
 *   text was duplicated and edited, and which version is the tag's the quote alone cannot tell.
 * A sentence that only moved has neither, and stays attached where it went.
 */
import { approximateMatches, type Candidate, type Scored, type SearchContext } from './anchorSearch'
import { isNear } from './anchorRules'

/** Context score an approximate match near the expected position must keep to be the tag's edited original. */
export const EDITED_ORIGINAL_CONTEXT = 0.7
/** Share of the quote's length a near-copy may differ by (a near-copy of the corpus is about 12% of words different). */
export const NEAR_COPY_ERRORS = 0.2

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
    (c) => c.errors > 0 && (c.end <= best.normalizedStart || c.start >= best.normalizedEnd) && startsSentence(text, c.start)
  )
}
