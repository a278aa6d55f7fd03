/**
 * Anchoring, acceptance rules: when a place found for a quote is good enough to attach its tag.
 *
 * The candidate search (anchorSearch.ts) only scores; these rules say when the score is not the
 * whole story. Each answers a way a matcher that always takes the best candidate goes wrong
 * (issue 7 measured them on the edited-article corpus, shared/testing/reattach):
 * - the quote at its old offset is trusted only with its context around it ({@link standsAt});
 * - a match must be credible where it is ({@link isCredibleAt}): far from where it is expected,
 *   stronger evidence; an edited sentence standing in its paragraph as it did; a name keeping
 *   half a side of its context, its letters when one word, its other side when stored at the
 *   article's edge;
 * - an exact copy with weak context is compared with the edited original nearby
 *   ({@link comparesNearby});
 * - a sentence-long quote found verbatim exactly once is trusted wherever it went
 *   ({@link trustsUniqueVerbatim});
 * - of several verbatim occurrences, the best must win clearly ({@link isAmbiguous}), and no other
 *   may keep whole a side of the context the best lost ({@link isContested}).
 * When a rule refuses, the tag needs review: a flag the user sees beats a wrong attachment.
 */
import type { TagTarget } from '../model/tag'
import { versionBesideContext } from './anchorHeld'
import { contextSimilarity, QUOTE_CONTEXT, type Candidate, type Scored, type SearchContext } from './anchorSearch'
import { breakAfter, breakBefore } from './textShape'

/** Similarity each side's context must keep for a quote still at its old offset to stay there. */
const POSITION_CONTEXT = 0.75
/**
 * Normalised units from the expected position within which a match counts as near. Farther, a
 * match must be stronger evidence: an approximate one must differ from the quote by at most
 * FAR_FUZZY_ERRORS of its length (a near-copy of a deleted sentence, 10–16% different, must not
 * capture its tag) and keep some of its context, and a short exact one must keep one side of its
 * context.
 */
export const NEAR = 2 * QUOTE_CONTEXT
const FAR_FUZZY_ERRORS = 0.08
/** Context score a far approximate match must keep (a near-copy set in another paragraph keeps little). */
const FAR_FUZZY_CONTEXT = 0.5
/** A quote shorter than this (an entity name) needs its context to move far. */
export const SHORT_QUOTE = QUOTE_CONTEXT
/**
 * Context score an approximate match must keep, near or far. Only changed or deleted text is
 * matched approximately, so this rule can flag a changed tag (an acceptable answer) but never one
 * whose text is still there.
 */
const FUZZY_CONTEXT = 0.5
/**
 * Context score one side must reach for a short quote to stay near: another mention of a name a
 * few sentences away (a paragraph swapped in, the shift of the tag before it misleading) keeps
 * little of either side.
 */
const NEAR_SIDE = 0.5
/** Context score one side must reach for a short quote to move far. */
const FAR_CONTEXT = 0.9
/** Normalised length from which a quote found verbatim exactly once is trusted whatever its context. */
const UNIQUE_VERBATIM = QUOTE_CONTEXT
/** Context score under which an exact occurrence is compared with approximate ones nearby. */
const WEAK_CONTEXT = 0.5
/**
 * Confidence by which the best of several verbatim occurrences must beat the next one. Closer,
 * the context cannot tell them apart (about three units of context in a short quote's score).
 */
const AMBIGUITY_MARGIN = 0.02

/** True when the stored context stands around `from`..`to` of `text` well enough to keep a tag there without a search. */
function contextHoldsAt(text: string, prefix: string, suffix: string, from: number, to: number): boolean {
  const holds = (expected: string, at: number, direction: 1 | -1): boolean => {
    // An empty context was stored at an edge of the text: it holds only at an edge again.
    if (expected.length === 0) return direction === 1 ? at === text.length : at === 0
    return contextSimilarity(expected, text, at, direction) >= POSITION_CONTEXT
  }
  return holds(prefix, from, -1) && holds(suffix, to, 1)
}

/**
 * True when, on the side of `start` where the stored context was lost (after the quote when the
 * prefix stands whole, before it otherwise), that context stands a sentence further around a
 * version of the quote (anchorHeld.ts' versionBesideContext): the tag's original, edited, with a
 * verbatim copy of it set beside it (issue 7's corpus: a sentence repeated right before itself,
 * then a typo fixed in the original).
 */
function versionOnLostSide(text: string, target: TagTarget, start: number, prefixStands: boolean): boolean {
  const { exact, prefix, suffix } = target.quote
  const reach = 2 * exact.length + 2 * QUOTE_CONTEXT
  if (prefixStands) {
    const end = start + exact.length
    return versionBesideContext(exact, '', suffix, text.slice(end, end + reach)) !== null
  }
  return versionBesideContext(exact, prefix, '', text.slice(Math.max(0, start - reach), start)) !== null
}

/**
 * True when `target`'s quote stands at `start` of `text` with its context around it: each side
 * at least POSITION_CONTEXT similar (an empty context only at the text's edge), or one side of
 * full length (QUOTE_CONTEXT units, or one fewer where that would split a surrogate pair) verbatim
 * with the quote found verbatim nowhere else. The identical
 * text at the old offset is not enough: a new lead paragraph opening with "Moscou" must not
 * capture a tag on the article's first "Moscou".
 */
export function standsAt(text: string, target: TagTarget, start: number): boolean {
  const { exact, prefix, suffix } = target.quote
  const end = start + exact.length
  // slice and === rather than startsWith: much faster on a long text in V8.
  if (start < 0 || end > text.length || text.slice(start, end) !== exact) return false
  if (
    start >= prefix.length &&
    text.slice(start - prefix.length, start) === prefix &&
    text.slice(end, end + suffix.length) === suffix
  ) {
    const edgeOk = (prefix.length >= QUOTE_CONTEXT - 1 || start === prefix.length) && (suffix.length >= QUOTE_CONTEXT - 1 || end + suffix.length === text.length)
    if (edgeOk) return true
  }
  // One whole side verbatim: an edit on the other side (a copy of the sentence inserted right
  // after it, a word changed next to it) has not moved the quote. A side stored short (at the
  // text's edge) is not enough: a new lead opening with the same name keeps an empty prefix.
  // Only where the quote occurs nowhere else: a copy set right before or after it holds the
  // other side, and which of the two is the tag's the context cannot tell.
  const fullPrefix = prefix.length >= QUOTE_CONTEXT - 1 && start >= prefix.length && text.slice(start - prefix.length, start) === prefix
  const fullSuffix = suffix.length >= QUOTE_CONTEXT - 1 && text.slice(end, end + suffix.length) === suffix
  if ((fullPrefix || fullSuffix) && text.indexOf(exact) === start && text.indexOf(exact, start + 1) === -1 && !versionOnLostSide(text, target, start, fullPrefix)) return true
  return contextHoldsAt(text, prefix.slice(-QUOTE_CONTEXT), suffix.slice(0, QUOTE_CONTEXT), start, end)
}

/**
 * True when `found` is credible evidence of the tag where it is. Everywhere, an approximate match
 * must keep FUZZY_CONTEXT of its context: its own text differs, so only its context says it is
 * the tag's and not a near-copy set elsewhere (a paragraph of its own keeps little context) or
 * another sentence of the same pattern. Far from the expected position (see NEAR) a match must
 * be stronger evidence still.
 */
export function isCredibleAt(context: SearchContext, found: Scored): boolean {
  if (found.errors > 0 && found.contextScore < FUZZY_CONTEXT) return false
  const text = context.normalized.text
  const short = context.quote.length < SHORT_QUOTE
  if (short && lostEdge(context, found)) return false
  if (found.errors > 0 && !short && !keepsParagraph(context, found)) return false
  if (found.errors > 0 && short && !keepsLetters(context.quote, text.slice(found.normalizedStart, found.normalizedEnd))) return false
  const sideScore = (): number => {
    const prefixScore = context.prefix.length > 0 ? contextSimilarity(context.prefix, text, found.normalizedStart, -1) : 0
    const suffixScore = context.suffix.length > 0 ? contextSimilarity(context.suffix, text, found.normalizedEnd, 1) : 0
    return Math.max(prefixScore, suffixScore)
  }
  const near = isNear(context, found)
  if (near && !short) return true
  if (!near && found.errors > 0) return found.errors <= FAR_FUZZY_ERRORS * context.quote.length && found.contextScore >= FAR_FUZZY_CONTEXT
  if (!short) return true
  // Near, a quote stored without any context (imported from another tool) has nothing to keep.
  if (near && context.prefix.length === 0 && context.suffix.length === 0) return true
  return sideScore() >= (near ? NEAR_SIDE : FAR_CONTEXT)
}

/** Share of a one-word name's letters an approximate match of it must keep, as a typo does ("Paris" → "Pairs", not "pas"). */
const LETTERS_KEPT = 0.8

/**
 * True unless `quote` is one word and `found` (its approximate match, normalised) keeps under
 * LETTERS_KEPT of its letters, counted with repeats: a one-word name replaced by another word
 * ("À Paris, on assure…" → "À pas, on assure…") is gone, not changed, however few edits apart.
 */
function keepsLetters(quote: string, found: string): boolean {
  if (quote.includes(' ')) return true
  const counts = new Map<string, number>()
  for (const letter of found) counts.set(letter, (counts.get(letter) ?? 0) + 1)
  let kept = 0
  for (const letter of quote) {
    const left = counts.get(letter) ?? 0
    if (left > 0) {
      kept += 1
      counts.set(letter, left - 1)
    }
  }
  return kept >= LETTERS_KEPT * quote.length && found.length >= LETTERS_KEPT * quote.length
}

/**
 * True when `found` stands in its paragraph as the stored quote did: opening it or not, ending it
 * or not. An edited sentence stays where it was in its paragraph; a near-copy of it set as a
 * paragraph of its own, right where its stored context stands (a paragraph swapped next to it),
 * does not. Only asked of approximate matches: a verbatim sentence made a paragraph of its own
 * has moved, and stays attached.
 */
function keepsParagraph(context: SearchContext, found: Scored): boolean {
  return breakBefore(context.text, found.start) === context.paragraph.startsIt && breakAfter(context.text, found.end) === context.paragraph.endsIt
}

/**
 * True when a side of the context was stored empty (the quote was at an edge of its text), `found`
 * is not at that edge, and its other side does not stand (FAR_CONTEXT): a name that opened the
 * article and whose paragraph was deleted must not take a mention in what now opens it, whose
 * context the empty side cannot contradict.
 */
function lostEdge(context: SearchContext, found: Scored): boolean {
  // No context at all (a quote imported from another tool without any): nothing to contradict.
  if (context.prefix.length === 0 && context.suffix.length === 0) return false
  const text = context.normalized.text
  // Normalised text holds at most one space in a row.
  const atStart = found.normalizedStart === 0 || (found.normalizedStart === 1 && text.charCodeAt(0) === 0x20)
  const atEnd = found.normalizedEnd === text.length || (found.normalizedEnd === text.length - 1 && text.charCodeAt(text.length - 1) === 0x20)
  if (context.prefix.length === 0 && !atStart) return contextSimilarity(context.suffix, text, found.normalizedEnd, 1) < FAR_CONTEXT
  if (context.suffix.length === 0 && !atEnd) return contextSimilarity(context.prefix, text, found.normalizedStart, -1) < FAR_CONTEXT
  return false
}

/**
 * True when the best exact occurrence `best` of a sentence-length quote has weak context, or
 * stands away from the expected position without its whole context: then approximate matches are
 * searched too (near the expected position; in the local window for one away from it), and an
 * edited original in its context (scoring higher, with better context) wins over a verbatim copy
 * elsewhere (a sentence repeated as a paragraph of its own while the original gained an emoji).
 */
export function comparesNearby(context: SearchContext, best: Scored, maxErrors: number): boolean {
  if (maxErrors === 0 || context.quote.length < SHORT_QUOTE) return false
  return best.contextScore < WEAK_CONTEXT || (best.contextScore < 1 && !isNear(context, best))
}

/** True when `found` is within NEAR units (or the quote's length) of the expected position. */
export function isNear(context: SearchContext, found: Scored): boolean {
  return Math.abs(found.start - context.hint) <= Math.max(NEAR, context.quote.length)
}

/**
 * True when `best`, an exact match, is the only verbatim occurrence of a quote at least
 * UNIQUE_VERBATIM long: a sentence found verbatim once is its own evidence, wherever it went and
 * whatever now surrounds it (a one-sentence paragraph moved elsewhere keeps no context at all),
 * so it is raised to the review threshold.
 */
export function trustsUniqueVerbatim(context: SearchContext, best: Scored, exactCount: number): boolean {
  return best.errors === 0 && exactCount === 1 && context.quote.length >= UNIQUE_VERBATIM
}

/**
 * True when `best`, the best verbatim occurrence, does not beat the next one (not overlapping it)
 * by AMBIGUITY_MARGIN: a sentence repeated as a paragraph of its own while the original was
 * moved, two mentions of a name whose contexts were both rewritten. Choosing either would be a
 * guess; the tag needs review. A best occurrence with its whole context around it is never
 * ambiguous.
 */
export function isAmbiguous(best: Scored): boolean {
  // Both sides of the context found whole tell it apart from any rival that differs at all.
  return best.errors === 0 && best.contextScore < 1 && best.rival > 0 && best.confidence - best.rival < AMBIGUITY_MARGIN
}

/** Context score from which a side of the context counts as whole (up to a letter or three of 32). */
const WHOLE_SIDE = 0.9
/** Context score under which a sentence's best verbatim occurrence cannot tell itself from another. */
const WEAK_SENTENCE_CONTEXT = 0.5
/**
 * Confidence by which the best of a sentence's verbatim copies, keeping no side of its context
 * whole, must beat the next: about a quarter of one side of the context.
 */
const SENTENCE_MARGIN = 0.1
/** Verbatim occurrences compared with the best, nearest it first. */
const CONTESTING = 20

/**
 * True when `best`, the best verbatim occurrence, is contested by another of `exact` (not
 * overlapping it): the other keeps a side of the stored context whole where `best` does not (two
 * mentions of a name, each in half of the tag's context: a near-copy set before the tag's
 * sentence), or, for a sentence, `best` keeps under WEAK_SENTENCE_CONTEXT of its context, or no
 * side whole and beats the next by less than SENTENCE_MARGIN (two copies of it out of their
 * context: which one moved and which was copied nothing tells).
 * Choosing would be a guess; the tag needs review.
 */
export function isContested(context: SearchContext, best: Scored, exact: readonly Candidate[]): boolean {
  if (best.errors > 0 || best.contextScore >= 1 || exact.length < 2) return false
  const others = exact.filter((c) => c.end <= best.normalizedStart || c.start >= best.normalizedEnd)
  if (others.length === 0) return false
  if (context.quote.length >= SHORT_QUOTE && best.contextScore < WEAK_SENTENCE_CONTEXT) return true
  const text = context.normalized.text
  const side = (expected: string, at: number, direction: 1 | -1): number => (expected.length > 0 ? contextSimilarity(expected, text, at, direction) : 0)
  const bestPrefix = side(context.prefix, best.normalizedStart, -1)
  const bestSuffix = side(context.suffix, best.normalizedEnd, 1)
  if (bestPrefix >= WHOLE_SIDE && bestSuffix >= WHOLE_SIDE) return false
  // Of two verbatim copies of a sentence, one that keeps no side whole must keep clearly more.
  if (context.quote.length >= SHORT_QUOTE && bestPrefix < WHOLE_SIDE && bestSuffix < WHOLE_SIDE && best.confidence - best.rival < SENTENCE_MARGIN) return true
  const distance = (c: Candidate): number => Math.abs(c.start - best.normalizedStart)
  const nearest = others.length > CONTESTING ? [...others].sort((a, b) => distance(a) - distance(b)).slice(0, CONTESTING) : others
  return nearest.some(
    (other) =>
      (bestPrefix < WHOLE_SIDE && side(context.prefix, other.start, -1) >= WHOLE_SIDE) ||
      (bestSuffix < WHOLE_SIDE && side(context.suffix, other.end, 1) >= WHOLE_SIDE)
  )
}
