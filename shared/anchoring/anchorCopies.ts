/**
 * Anchoring, doubting a copy: a sentence-length quote may stand in more than one version, when a
 * sentence was repeated and then one version edited (issue 7's corpus). Which version is the
 * tag's the quote alone cannot tell; the tag needs review when:
 * - the best place is a verbatim copy away from the expected position while an edited original
 *   stands near it in the tag's own context ({@link doubtsDistantCopy});
 * - the place found has another version of the sentence right beside it: the original reworded
 *   with its copy set next to it, both versions edited ({@link doubtsCopyBeside}), or two
 *   verbatim copies side by side without the whole context to tell them apart
 *   ({@link verbatimCopyBeside}).
 * A sentence that only moved has no other version, and stays attached where it went; so does a
 * sentence deleted while its verbatim copy outlives it: that copy is all that is left of it, the
 * text reads as if it had moved (a near-copy elsewhere does not make it less so).
 */
import approxSearch from 'approx-string-match'
import { approximateMatches, contextSimilarity, QUOTE_CONTEXT, type Candidate, type Scored, type SearchContext } from './anchorSearch'
import { isNear } from './anchorRules'
import { isVersionOf, wordsKept } from './anchorHeld'

/** Context score an approximate match near the expected position must keep to be the tag's edited original. */
export const EDITED_ORIGINAL_CONTEXT = 0.7
/**
 * Share of the quote's words a near-copy keeps. Another sentence of the same pattern ("Officials
 * in Valencia said the death toll was likely to rise." and "…would probably rise further.") keeps
 * fewer (73%) and is no copy.
 */
export const NEAR_COPY_WORDS = 0.8

/**
 * True when `best`, an exact occurrence away from the expected position, is doubted: `nearby`,
 * the best approximate match searched around the expected position (or null), is near it and
 * keeps EDITED_ORIGINAL_CONTEXT of the tag's context, more than `best` does: the tag's original,
 * edited in place, its verbatim copy elsewhere.
 */
export function doubtsDistantCopy(context: SearchContext, best: Scored, nearby: Scored | null): boolean {
  if (best.errors > 0 || isNear(context, best)) return false
  return nearby !== null && isNear(context, nearby) && nearby.contextScore >= EDITED_ORIGINAL_CONTEXT && nearby.contextScore > best.contextScore
}

/** Normalised units between two versions of a sentence set side by side (a paragraph break, a space). */
const BESIDE = 2 * QUOTE_CONTEXT
/** Context score under which a side of the context counts as lost. */
const LOST_SIDE = 0.5
/** How well each side of the stored context stands around normalised [start, end): prefix, suffix; 1 for a side stored empty. */
function sidesOf(context: SearchContext, start: number, end: number): [number, number] {
  const text = context.normalized.text
  return [
    context.prefix.length > 0 ? contextSimilarity(context.prefix, text, start, -1) : 1,
    context.suffix.length > 0 ? contextSimilarity(context.suffix, text, end, 1) : 1
  ]
}

/** Share of a stored context's length that may differ where it is looked for beside a copy. */
const CONTEXT_ERRORS = 0.25
/** Shortest stored context looked for beside a copy. */
const MIN_CONTEXT = 16

/**
 * True when, on a side where `found` lost its stored context, that context stands a sentence
 * further and the text between is a version of the quote (anchorHeld.ts' isVersionOf): the tag's
 * original, reworded in place, with `found` set beside it.
 */
function lostSideHeldBeside(context: SearchContext, found: Scored, sides: readonly [number, number], lowest: number, highest: number): boolean {
  const text = context.normalized.text
  const length = context.quote.length
  const reach = 2 * length + BESIDE
  const original = (between: string): boolean => isVersionOf(context.quote, between)
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
  const sides = sidesOf(context, found.normalizedStart, found.normalizedEnd)
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

/** Context score from which a side of the context counts as standing. */
const STANDING_SIDE = 0.75

/**
 * True when `best`, a verbatim occurrence of a sentence-length quote without its whole context,
 * has another verbatim occurrence of `exact` right beside it (a sentence repeated as a paragraph
 * next to itself) that `best` does not clearly beat: `best` keeps a side of its context standing
 * where the other lost it, and is worse on neither side. The two are the same text, and which is
 * the tag's only the context can tell.
 */
export function verbatimCopyBeside(context: SearchContext, best: Scored, exact: readonly Candidate[]): boolean {
  if (best.errors > 0 || best.contextScore >= 1 || context.quote.length < QUOTE_CONTEXT || exact.length < 2) return false
  const [bestPrefix, bestSuffix] = sidesOf(context, best.normalizedStart, best.normalizedEnd)
  return exact.some((other) => {
    const gap = other.start >= best.normalizedEnd ? other.start - best.normalizedEnd : best.normalizedStart - other.end
    if (gap < 0 || gap > BESIDE) return false
    const [otherPrefix, otherSuffix] = sidesOf(context, other.start, other.end)
    const stands = (mine: number, theirs: number): boolean => mine >= STANDING_SIDE && theirs < LOST_SIDE
    const beats = bestPrefix >= otherPrefix && bestSuffix >= otherSuffix && (stands(bestPrefix, otherPrefix) || stands(bestSuffix, otherSuffix))
    return !beats
  })
}
