/**
 * Anchoring: describing a range of an article as a tag target, and finding it again after the
 * article changed.
 *
 * A target holds two selectors, a position and a quote with QUOTE_CONTEXT characters of context
 * on each side (as Hypothesis does). {@link anchorTarget} tries, in order:
 * 1. the stored position, if the text there is still the quote and its context still stands
 *    around it ('exact'; see {@link standsAt});
 * 2. every exact occurrence of the quote in the normalised text (see normalizeForMatch.ts) that
 *    stands on word edges where the quote did, scored by context and distance ('moved'); one with weak context is compared with the
 *    approximate matches near the old position (a verbatim copy elsewhere must not beat the
 *    slightly edited original); a quote of QUOTE_CONTEXT units or more found verbatim exactly
 *    once is trusted whatever its context; a best occurrence that does not clearly beat the next
 *    one is a guess, and the tag needs review;
 * 3. approximate matches (approx-string-match) near the old position, then in the whole text
 *    within a cost budget, scored by quote, context and distance, their edges moved to where
 *    the context ends, on word edges and the quote's own edge marks ('fuzzy'); such a match
 *    must keep half its context anywhere.
 *    Far from the old position (more than NEAR units) a match must be stronger evidence: an
 *    approximate one at most FAR_FUZZY_ERRORS different, a short exact one (an entity name)
 *    keeping one side of its context. Issue 7 measured why (anchorRules.ts). A name whose old
 *    place holds another word now (anchorHeld.ts), or a sentence with another version of itself
 *    beside the place found (anchorCopies.ts), is not attached either.
 * 4. otherwise the tag is 'orphaned': it keeps its old position, clamped into the text, and the
 *    caller shows it as *needs review* with its old quote. A tag is never dropped, and a match
 *    scoring below the review threshold never moves it.
 *
 * This module holds the order of the steps; the search and scoring of candidates is in
 * anchorSearch.ts, the rules deciding whether a candidate may attach the tag in anchorRules.ts.
 */
import { normalizeForMatch, normalizeWithMap, toNormalizedOffset, type NormalizedText } from './normalizeForMatch'
import type { TagTarget } from '../model/tag'
import {
  approximateMatches,
  bestCandidate,
  better,
  errorsReaching,
  exactOccurrences,
  QUOTE_CONTEXT,
  scoreCandidate,
  type Candidate,
  type Scored,
  type SearchContext
} from './anchorSearch'
import { keepsWordEdges, snapToWords } from './anchorSnap'
import { breakAfter, breakBefore, isHighSurrogate, isLowSurrogate, opensSentence } from './textShape'
import { doubtsCopyBeside, doubtsDistantCopy, verbatimCopyBeside } from './anchorCopies'
import { replacedInPlace, replacementInPlace } from './anchorHeld'
import { comparesNearby, isAmbiguous, isContested, isCredibleAt, isNear, NEAR, SHORT_QUOTE, standsAt, trustsUniqueVerbatim } from './anchorRules'

export { QUOTE_CONTEXT } from './anchorSearch'
export { standsAt } from './anchorRules'

/** Confidence from which a moved or fuzzy match is trusted; below it a tag needs review. */
export const REVIEW_THRESHOLD = 0.75

export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphaned'

/** Where a target was found. Offsets count UTF-16 units into the article's plain text. */
export interface AnchorResult {
  /**
   * 'exact': the stored position still holds the quote. 'moved': the quote (up to typographic
   * variants and case) was found elsewhere or at the same place. 'fuzzy': an approximate match.
   * 'orphaned': not found; start/end are the old position clamped into the text (maybe empty).
   */
  status: AnchorStatus
  start: number
  end: number
  /** 0..1. 1 for 'exact'; for 'orphaned' the score of the best rejected candidate, or 0. */
  confidence: number
  /**
   * For 'orphaned': the best candidate rejected, original range and edit distance to the quote
   * (normalised units), when there was one. Where the quote's text may be now, for the tags
   * nested in it to weigh (anchorSidecar.ts).
   */
  rejected?: { readonly start: number; readonly end: number; readonly errors: number }
}

export interface AnchorOptions {
  /** Overrides {@link REVIEW_THRESHOLD}; must be within 0..1. */
  reviewThreshold?: number
  /**
   * `normalizeWithMap(text)`, computed once and shared when anchoring many tags in one text.
   * Must have been built from this very text.
   */
  normalized?: NormalizedText
  /**
   * Original offsets the match must lie within (a tag nested in one already re-attached is looked
   * for only in that one's new span); the whole text when absent. Clamped into the text.
   */
  within?: { readonly start: number; readonly end: number }
}

/** Longest error count approx-string-match is asked to tolerate. */
const MAX_ERRORS = 256
/** Normalised characters searched on each side of the old position before the whole text. */
const LOCAL_RADIUS = 2048
/**
 * Work allowed for a whole-text approximate search, in text characters × 32-unit pattern blocks
 * (the search costs about text length × ceil(maxErrors / 32)). Past it the error count allowed
 * far from the old position is cut to what fits, but never below 32.
 */
const FULL_SCAN_BUDGET = 2_000_000
const WORD_BITS = 32
/**
 * Confidence an approximate match is taken to gain at most by snapping to word edges (see
 * snapToWords: edges move by a word or so); on both re-attachment corpora the most was 0.06. A
 * match that could not pass or win even with it is not snapped.
 */
const SNAP_GAIN = 0.1

/**
 * Builds the target of the range [start, end) of `text`: its position and its quote with up to
 * QUOTE_CONTEXT units of context each side (one fewer where that would split a surrogate pair).
 * Throws a RangeError unless 0 <= start < end <= text.length, with integers.
 */
export function describeRange(text: string, start: number, end: number): TagTarget {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`anchor: offsets must be integers, got ${start}..${end}`)
  }
  if (start < 0 || end > text.length) {
    throw new RangeError(`anchor: range ${start}..${end} outside 0..${text.length}`)
  }
  if (start >= end) throw new RangeError(`anchor: start ${start} not before end ${end}`)

  let prefixStart = Math.max(0, start - QUOTE_CONTEXT)
  if (
    prefixStart > 0 &&
    isLowSurrogate(text.charCodeAt(prefixStart)) &&
    isHighSurrogate(text.charCodeAt(prefixStart - 1))
  ) {
    prefixStart += 1
  }
  let suffixEnd = Math.min(text.length, end + QUOTE_CONTEXT)
  if (
    suffixEnd < text.length &&
    isHighSurrogate(text.charCodeAt(suffixEnd - 1)) &&
    isLowSurrogate(text.charCodeAt(suffixEnd))
  ) {
    suffixEnd -= 1
  }
  return {
    position: { start, end },
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd)
    }
  }
}

/** An offset read from a file, made a valid offset into a text of `length` units. */
function clampOffset(value: number, length: number): number {
  if (!Number.isFinite(value)) return 0
  return Math.min(length, Math.max(0, Math.trunc(value)))
}

/**
 * Finds `target` in `text` (see the module comment for the steps). Never throws on target data
 * read from a file: positions out of range, reversed or not finite are clamped, an empty or
 * whitespace-only quote is orphaned, and of a longer context only the QUOTE_CONTEXT units next to
 * the quote are used. Throws a RangeError on misuse: a review threshold outside 0..1, or
 * `options.normalized` not built from `text`. Does not mutate its arguments.
 */
export function anchorTarget(text: string, target: TagTarget, options: AnchorOptions = {}): AnchorResult {
  const threshold = options.reviewThreshold ?? REVIEW_THRESHOLD
  if (!(threshold >= 0 && threshold <= 1)) {
    throw new RangeError(`anchor: review threshold ${threshold} outside 0..1`)
  }
  const normalized = options.normalized
  if (
    normalized &&
    (normalized.toOriginal.length !== normalized.text.length + 1 ||
      normalized.toOriginal[normalized.text.length] !== text.length)
  ) {
    throw new RangeError('anchor: options.normalized was not built from this text')
  }

  const hintStart = clampOffset(target.position.start, text.length)
  const hintEnd = Math.max(hintStart, clampOffset(target.position.end, text.length))
  const orphaned = (found: Scored | null): AnchorResult => ({
    status: 'orphaned',
    start: hintStart,
    end: hintEnd,
    confidence: found?.confidence ?? 0,
    ...(found ? { rejected: { start: found.start, end: found.end, errors: found.errors } } : {})
  })

  const quote = target.quote.exact
  if (quote.trim() === '') return orphaned(null)
  if (hintEnd - hintStart === quote.length && standsAt(text, target, hintStart)) {
    return { status: 'exact', start: hintStart, end: hintEnd, confidence: 1 }
  }

  const normalizedQuote = normalizeForMatch(quote)
  if (normalizedQuote.trim() === '' || text.length === 0) return orphaned(null)
  const normalizedText = normalized ?? normalizeWithMap(text)
  const context: SearchContext = {
    text,
    normalized: normalizedText,
    quote: normalizedQuote,
    // Only the QUOTE_CONTEXT units describeRange stores count: scoring costs the square of the
    // context's length per candidate, so a file's overlong context would stall the search.
    prefix: normalizeForMatch(target.quote.prefix.slice(-QUOTE_CONTEXT)),
    suffix: normalizeForMatch(target.quote.suffix.slice(0, QUOTE_CONTEXT)),
    hint: hintStart,
    normalizedHint: toNormalizedOffset(normalizedText, hintStart),
    opens: opensSentence(target.quote.prefix),
    paragraph: { startsIt: breakBefore(target.quote.prefix, target.quote.prefix.length), endsIt: breakAfter(target.quote.suffix, 0) }
  }
  // Candidates already snapped to word edges: the same best one reaches accept from several
  // steps, and snapping costs the square of the quote's length.
  const snappedOnes = new Set<Scored>()
  const snap = (found: Scored): Scored => {
    if (snappedOnes.has(found)) return found
    const snapped = scoreCandidate(context, snapToWords(context, { start: found.normalizedStart, end: found.normalizedEnd, errors: found.errors })) ?? found
    snappedOnes.add(snapped)
    return snapped
  }
  // A name whose old place now holds another word was replaced there (anchorHeld.ts): no other
  // mention may take its tag. Looked for once, only when a candidate elsewhere could.
  let replacement: { start: number; end: number } | null | undefined
  const besideDoubts = new Map<number, boolean>()
  const accept = (found: Scored | null): AnchorResult | null => {
    if (!found) return null
    // Too weak to pass even once snapped: not worth snapping.
    if (found.confidence + SNAP_GAIN < threshold) return null
    // An approximate match, or one found verbatim inside a word ("le texte" in "Marseille texte").
    if (found.errors > 0 || !keepsWordEdges(context, { start: found.normalizedStart, end: found.normalizedEnd, errors: 0 })) found = snap(found)
    if (found.confidence < threshold || !isCredibleAt(context, found)) return null
    // A candidate at the expected position is the place itself: no search needed.
    if (Math.abs(found.normalizedStart - context.normalizedHint) > context.quote.length) {
      replacement ??= replacementInPlace(context)
      if (replacedInPlace(replacement, found)) return null
    }
    // Another version of the sentence right beside it: which is the tag's nothing tells (anchorCopies.ts).
    if (context.quote.length >= SHORT_QUOTE && found.contextScore < 1) {
      let doubted = besideDoubts.get(found.normalizedStart)
      if (doubted === undefined) {
        doubted = doubtsCopyBeside(context, found, lowest, highest, maxErrors)
        besideDoubts.set(found.normalizedStart, doubted)
      }
      if (doubted) return null
    }
    return { status: found.errors === 0 ? 'moved' : 'fuzzy', start: found.start, end: found.end, confidence: found.confidence }
  }

  const size = normalizedText.text.length
  // The searched range, normalised: the whole text, or options.within.
  const lowest = options.within ? toNormalizedOffset(normalizedText, clampOffset(options.within.start, text.length)) : 0
  const highest = options.within ? toNormalizedOffset(normalizedText, clampOffset(options.within.end, text.length)) : size
  let exact = exactOccurrences(normalizedText.text, normalizedQuote).filter((c) => keepsWordEdges(context, c))
  if (options.within) exact = exact.filter((c) => c.start >= lowest && c.end <= highest)
  let best = bestCandidate(context, exact)
  const radius = Math.max(LOCAL_RADIUS, 4 * normalizedQuote.length)
  const from = Math.max(lowest, context.normalizedHint - radius)
  const to = Math.min(highest, context.normalizedHint + normalizedQuote.length + radius)
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(normalizedQuote.length / 2))
  // An exact copy with weak context (a sentence repeated elsewhere) must not win over its own
  // slightly edited original, in its context, near the old position.
  if (best && comparesNearby(context, best, maxErrors)) {
    // Near the expected position (where an edited original in its context doubts a copy away from
    // it, whatever its errors); for a copy away from it, near the copy too, where a version of it
    // matters only if it could win (a repeated sentence is set beside its original more often
    // than anywhere else). Never the whole text.
    const reach = NEAR + normalizedQuote.length
    const around = (at: number, errors: number): Candidate[] =>
      approximateMatches(context, Math.max(lowest, at - reach), Math.min(highest, at + normalizedQuote.length + reach), errors, exact)
    const winning = Math.min(maxErrors, errorsReaching(context, best.confidence - SNAP_GAIN))
    const far = !isNear(context, best)
    const atHint = bestCandidate(context, around(context.normalizedHint, far ? maxErrors : winning).filter((c) => c.errors > 0))
    const nearby = far ? better(atHint, bestCandidate(context, around(best.normalizedStart, winning).filter((c) => c.errors > 0))) : atHint
    // Snapping costs the square of the quote's length: only a match that could win is snapped.
    const snapped = nearby && nearby.confidence > best.confidence - SNAP_GAIN ? snap(nearby) : null
    if (snapped && snapped.confidence > best.confidence && snapped.contextScore > best.contextScore) best = snapped
    // A verbatim copy away from the expected place, doubted when its edited original stands
    // near that place (anchorCopies.ts).
    else if (doubtsDistantCopy(context, best, atHint)) return orphaned(best)
  }

  if (best && (isAmbiguous(best) || isContested(context, best, exact) || verbatimCopyBeside(context, best, exact))) return orphaned(best)
  if (best && best.confidence < threshold && trustsUniqueVerbatim(context, best, exact.length)) {
    best = { ...best, confidence: threshold }
  }
  const moved = accept(best)
  if (moved) return moved

  // Only a match that could reach the threshold once snapped is worth finding.
  const acceptable = Math.min(maxErrors, errorsReaching(context, threshold - SNAP_GAIN))
  if (acceptable === 0) return orphaned(best)

  // Edits are usually local: look near the old position first, tolerating as many errors as an
  // accepted match could have.
  best = better(best, bestCandidate(context, approximateMatches(context, from, to, acceptable)))
  const nearby = accept(best)
  if (nearby) return nearby

  // approx-string-match reports only the lowest error count, so with exact occurrences present
  // a whole-text search could only return those again.
  if (exact.length === 0 && (from > lowest || to < highest)) {
    const blocks = Math.max(1, Math.floor(FULL_SCAN_BUDGET / Math.max(1, highest - lowest)))
    const farErrors = Math.min(acceptable, blocks * WORD_BITS)
    best = better(best, bestCandidate(context, approximateMatches(context, lowest, highest, farErrors)))
    const far = accept(best)
    if (far) return far
  }
  return orphaned(best)
}
