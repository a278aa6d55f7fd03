/**
 * Anchoring: describing a range of an article as a tag target, and finding it again after the
 * article changed.
 *
 * A target holds two selectors, a position and a quote with QUOTE_CONTEXT characters of context
 * on each side (as Hypothesis does). {@link anchorTarget} tries, in order:
 * 1. the stored position, if the text there is still the quote and its context still stands
 *    around it ('exact'; see {@link standsAt});
 * 2. every exact occurrence of the quote in the normalised text (see normalizeForMatch.ts),
 *    scored by context and distance ('moved'); one with weak context is compared with the
 *    approximate matches near the old position (a verbatim copy elsewhere must not beat the
 *    slightly edited original); a quote of QUOTE_CONTEXT units or more found verbatim exactly
 *    once is trusted whatever its context;
 * 3. approximate matches (approx-string-match) near the old position, then in the whole text
 *    within a cost budget, scored by quote, context and distance, their edges snapped to word
 *    edges ('fuzzy');
 *    Far from the old position (more than NEAR units) a match must be stronger evidence: an
 *    approximate one at most FAR_FUZZY_ERRORS different and keeping some context, a short
 *    exact one (an entity name) keeping one side of its context. Issue 7 measured why.
 * 4. otherwise the tag is 'orphaned': it keeps its old position, clamped into the text, and the
 *    caller shows it as *needs review* with its old quote. A tag is never dropped, and a match
 *    scoring below the review threshold never moves it.
 */
import approxSearch from 'approx-string-match'
import {
  normalizeForMatch,
  normalizeWithMap,
  toNormalizedOffset,
  toOriginalRange,
  type NormalizedText
} from './normalizeForMatch'
import type { TagTarget } from '../model/tag'

/** Characters of context stored on each side of a quote. */
export const QUOTE_CONTEXT = 32

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
}

export interface AnchorOptions {
  /** Overrides {@link REVIEW_THRESHOLD}; must be within 0..1. */
  reviewThreshold?: number
  /**
   * `normalizeWithMap(text)`, computed once and shared when anchoring many tags in one text.
   * Must have been built from this very text.
   */
  normalized?: NormalizedText
}

// Weights of the parts of a candidate's score, as in Hypothesis' match-quote.ts; the position
// only breaks ties between otherwise equal candidates. The quote weighs QUOTE_WEIGHT per
// QUOTE_CONTEXT characters (at least QUOTE_WEIGHT): a long quote is evidence in itself, so a
// sentence found verbatim once stays attached when the text around it was rewritten.
const QUOTE_WEIGHT = 50
const PREFIX_WEIGHT = 20
const SUFFIX_WEIGHT = 20
const POSITION_WEIGHT = 2

/** Longest error count approx-string-match is asked to tolerate. */
const MAX_ERRORS = 256
/** Candidates scored at most; the ones nearest the old position are kept. */
const MAX_CANDIDATES = 1000
/** Normalised characters searched on each side of the old position before the whole text. */
const LOCAL_RADIUS = 2048
/**
 * Work allowed for a whole-text approximate search, in text characters × 32-unit pattern blocks
 * (the search costs about text length × ceil(maxErrors / 32)). Past it the error count allowed
 * far from the old position is cut to what fits, but never below 32.
 */
const FULL_SCAN_BUDGET = 2_000_000
const WORD_BITS = 32
/** Normalised units an approximate match's edge may move to land on a word edge. */
const SNAP_REACH = 24
/**
 * Normalised units from the expected position within which a match counts as near. Farther, a
 * match must be stronger evidence: an approximate one must differ from the quote by at most
 * FAR_FUZZY_ERRORS of its length (a near-copy of a deleted sentence, 10–16% different, must not
 * capture its tag) and keep some of its context, and a short exact one must keep one side of its
 * context.
 */
const NEAR = 2 * QUOTE_CONTEXT
const FAR_FUZZY_ERRORS = 0.08
/** Context score a far approximate match must keep (a near-copy set in another paragraph keeps little). */
const FAR_FUZZY_CONTEXT = 0.5
/** A quote shorter than this (an entity name) needs its context to move far. */
const SHORT_QUOTE = QUOTE_CONTEXT
/** Context score one side must reach for a short quote to move far. */
const FAR_CONTEXT = 0.9
/** Normalised length from which a quote found verbatim exactly once is trusted whatever its context. */
const UNIQUE_VERBATIM = QUOTE_CONTEXT
/** Context score under which an exact occurrence is compared with approximate ones nearby. */
const WEAK_CONTEXT = 0.5
/** Similarity each side's context must keep for a quote still at its old offset to stay there. */
const POSITION_CONTEXT = 0.75

interface Candidate {
  /** Normalised range. */
  start: number
  end: number
  errors: number
}

interface Scored {
  /** Original range. */
  start: number
  end: number
  /** Normalised range. */
  normalizedStart: number
  normalizedEnd: number
  errors: number
  confidence: number
  /** 0..1: how well the stored context matches around it; 1 when none was stored. */
  contextScore: number
}

interface SearchContext {
  readonly text: string
  readonly normalized: NormalizedText
  readonly quote: string
  readonly prefix: string
  readonly suffix: string
  /** Old start, original offset, clamped. */
  readonly hint: number
  /** Old start, normalised offset. */
  readonly normalizedHint: number
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

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
 * Edit distance between `expected` read outward from a quote and the text read outward from
 * `from` (backwards for a prefix, forwards for a suffix), where the text side may stop anywhere:
 * context is cut at an arbitrary point, so only its end next to the quote must align.
 */
function outwardDistance(expected: string, text: string, from: number, direction: 1 | -1): number {
  const available = direction === 1 ? text.length - from : from
  const reach = Math.min(available, 2 * expected.length)
  const distances = distancesFrom(expected, text, from, from + direction * reach, direction)
  let best = expected.length
  for (const distance of distances) best = Math.min(best, distance)
  return best
}

function contextSimilarity(expected: string, text: string, from: number, direction: 1 | -1): number {
  return Math.max(0, 1 - outwardDistance(expected, text, from, direction) / expected.length)
}

/** Narrows a candidate to the quote's own edge whitespace and scores it, or null to skip it. */
function scoreCandidate(context: SearchContext, candidate: Candidate): Scored | null {
  const normalizedText = context.normalized.text
  let { start, end } = candidate
  if (context.quote.charCodeAt(0) !== 0x20) {
    while (start < end && normalizedText.charCodeAt(start) === 0x20) start += 1
  }
  if (context.quote.charCodeAt(context.quote.length - 1) !== 0x20) {
    while (end > start && normalizedText.charCodeAt(end - 1) === 0x20) end -= 1
  }
  if (normalizedText.slice(start, end).trim() === '') return null

  const original = toOriginalRange(context.text, context.normalized, start, end)
  const quoteWeight = QUOTE_WEIGHT * Math.max(1, context.quote.length / QUOTE_CONTEXT)
  let score = quoteWeight * Math.max(0, 1 - candidate.errors / context.quote.length)
  let maxScore = quoteWeight
  let contextScore = 0
  let contextMax = 0
  // Context stored empty (a tag at the start or end of its article) tells nothing either way.
  if (context.prefix.length > 0) {
    contextScore += PREFIX_WEIGHT * contextSimilarity(context.prefix, normalizedText, start, -1)
    contextMax += PREFIX_WEIGHT
  }
  if (context.suffix.length > 0) {
    contextScore += SUFFIX_WEIGHT * contextSimilarity(context.suffix, normalizedText, end, 1)
    contextMax += SUFFIX_WEIGHT
  }
  score += contextScore
  maxScore += contextMax
  const distance = Math.abs(original.start - context.hint)
  score += POSITION_WEIGHT * (1 - distance / Math.max(1, context.text.length))
  maxScore += POSITION_WEIGHT
  return {
    start: original.start,
    end: original.end,
    normalizedStart: start,
    normalizedEnd: end,
    errors: candidate.errors,
    confidence: score / maxScore,
    contextScore: contextMax === 0 ? 1 : contextScore / contextMax
  }
}

/** A score this close to 1 means quote and both contexts match: no other candidate can win. */
const CERTAIN = 0.999

/**
 * Scores the candidates nearest the old position first and returns the best one; stops early at
 * a certain match, so a short quote that occurs hundreds of times stays cheap.
 */
function bestCandidate(context: SearchContext, candidates: readonly Candidate[]): Scored | null {
  let kept = candidates
  if (kept.length > 1) {
    const distance = (c: Candidate): number => Math.abs(c.start - context.normalizedHint)
    kept = [...candidates].sort((a, b) => distance(a) - distance(b)).slice(0, MAX_CANDIDATES)
  }
  let best: Scored | null = null
  for (const candidate of kept) {
    const scored = scoreCandidate(context, candidate)
    if (scored && (!best || scored.confidence > best.confidence)) best = scored
    if (best && best.confidence >= CERTAIN) break
  }
  return best
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u

/** True for a letter, digit or combining mark: a unit that continues a word. */
function isWordUnit(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
  if (isHighSurrogate(code) || isLowSurrogate(code)) return false
  return WORD_CHARACTER.test(String.fromCharCode(code))
}

/** True when offset `at` of `text` is not inside a word (an edge of the text counts as outside). */
function isWordEdge(text: string, at: number): boolean {
  return !(at > 0 && at < text.length && isWordUnit(text.charCodeAt(at - 1)) && isWordUnit(text.charCodeAt(at)))
}

/**
 * Moves the edges of an approximate match onto word edges, where the stored quote's edges were on
 * word edges (approx-string-match ends a match wherever the fewest errors are: "uisiera Ser" for
 * "Quisiera Ser", or a sentence cut before its changed last word). Within a few units of each
 * edge, the best end is chosen by quote distance and suffix, then the best start by quote
 * distance and prefix. Cost: about 2 × quote length × (quote length + 2 × reach).
 */
function snapToWords(context: SearchContext, candidate: Candidate): Candidate {
  const text = context.normalized.text
  const quote = context.quote
  const m = quote.length
  const startsOnEdge = context.prefix.length === 0 || !isWordUnit(context.prefix.charCodeAt(context.prefix.length - 1)) || !isWordUnit(quote.charCodeAt(0))
  const endsOnEdge = context.suffix.length === 0 || !isWordUnit(context.suffix.charCodeAt(0)) || !isWordUnit(quote.charCodeAt(m - 1))
  if (!startsOnEdge && !endsOnEdge) return candidate
  const reach = Math.min(SNAP_REACH, Math.max(4, Math.ceil(m / 8)))
  const starts: number[] = []
  if (startsOnEdge) {
    const wordFirst = isWordUnit(quote.charCodeAt(0))
    for (let at = Math.max(0, candidate.start - reach); at <= Math.min(text.length - 1, candidate.start + reach); at += 1) {
      const code = text.charCodeAt(at)
      if (isWordEdge(text, at) && code !== 0x20 && (!wordFirst || isWordUnit(code))) starts.push(at)
    }
  }
  if (starts.length === 0) starts.push(candidate.start)
  const lastEnd = Math.min(text.length, candidate.end + reach)
  const ends: number[] = []
  const wordLast = isWordUnit(quote.charCodeAt(m - 1))
  for (let at = Math.max(starts[0] + 1, candidate.end - reach); at <= lastEnd; at += 1) {
    const code = text.charCodeAt(at - 1)
    const fits = isWordEdge(text, at) && code !== 0x20 && (!wordLast || isWordUnit(code))
    if (endsOnEdge ? fits : at === candidate.end) ends.push(at)
  }
  if (ends.length === 0) return candidate

  // The end first, from the match's start; then the start, back from that end: two passes of
  // the edit distance instead of one per pair.
  const weight = QUOTE_WEIGHT * Math.max(1, m / QUOTE_CONTEXT)
  const fromStart = distancesFrom(quote, text, candidate.start, lastEnd, 1)
  let end = candidate.end
  let bestEnd = -Infinity
  for (const at of ends) {
    if (at <= candidate.start) continue
    const suffixScore = context.suffix.length > 0 ? contextSimilarity(context.suffix, text, at, 1) : at === text.length ? 1 : 0
    const score = weight * Math.max(0, 1 - fromStart[at - candidate.start] / m) + SUFFIX_WEIGHT * suffixScore - 1e-6 * Math.abs(at - candidate.end)
    if (score > bestEnd) {
      bestEnd = score
      end = at
    }
  }
  const firstStart = starts[0]
  const toEnd = distancesFrom(quote, text, end, firstStart, -1)
  let start = candidate.start
  let errors = fromStart[end - candidate.start]
  let bestStart = -Infinity
  for (const at of starts) {
    if (at >= end) continue
    // An empty context was stored at an edge of the text: it fits only there.
    const prefixScore = context.prefix.length > 0 ? contextSimilarity(context.prefix, text, at, -1) : at === 0 ? 1 : 0
    const score = weight * Math.max(0, 1 - toEnd[end - at] / m) + PREFIX_WEIGHT * prefixScore - 1e-6 * Math.abs(at - candidate.start)
    if (score > bestStart) {
      bestStart = score
      start = at
      errors = toEnd[end - at]
    }
  }
  return { start, end, errors }
}

/**
 * Edit distance of `quote` against text read from `from` towards `limit` (forwards for
 * direction 1, backwards for -1), for every length at once: entry j is the distance to the j
 * units next to `from`. Cost: quote length × |limit − from|.
 */
function distancesFrom(quote: string, text: string, from: number, limit: number, direction: 1 | -1): Uint32Array {
  const m = quote.length
  const width = Math.max(0, direction === 1 ? limit - from : from - limit)
  let previous = new Uint32Array(width + 1)
  let current = new Uint32Array(width + 1)
  for (let j = 0; j <= width; j += 1) previous[j] = j
  for (let i = 1; i <= m; i += 1) {
    const code = quote.charCodeAt(direction === 1 ? i - 1 : m - i)
    current[0] = i
    for (let j = 1; j <= width; j += 1) {
      const textCode = text.charCodeAt(direction === 1 ? from + j - 1 : from - j)
      const substitution = previous[j - 1] + (code === textCode ? 0 : 1)
      current[j] = Math.min(substitution, previous[j] + 1, current[j - 1] + 1)
    }
    const swap = previous
    previous = current
    current = swap
  }
  return previous
}

function better(a: Scored | null, b: Scored | null): Scored | null {
  if (!a) return b
  if (!b) return a
  return b.confidence > a.confidence ? b : a
}

function exactOccurrences(text: string, quote: string): Candidate[] {
  const found: Candidate[] = []
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 })
  }
  return found
}

/** Approximate matches of the quote in normalised [from, to), as normalised ranges. */
function approximateMatches(context: SearchContext, from: number, to: number, maxErrors: number): Candidate[] {
  const matches = approxSearch(context.normalized.text.slice(from, to), context.quote, maxErrors)
  return matches.map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }))
}

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
 * True when `target`'s quote stands at `start` of `text` with its context around it (each side
 * at least POSITION_CONTEXT similar; an empty context only at the text's edge). The identical
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
  return contextHoldsAt(text, prefix.slice(-QUOTE_CONTEXT), suffix.slice(0, QUOTE_CONTEXT), start, end)
}

/** Far from the expected position, a match must be stronger evidence (see NEAR). */
function isCredibleAt(context: SearchContext, found: Scored): boolean {
  if (Math.abs(found.start - context.hint) <= Math.max(NEAR, context.quote.length)) return true
  if (found.errors > 0) return found.errors <= FAR_FUZZY_ERRORS * context.quote.length && found.contextScore >= FAR_FUZZY_CONTEXT
  if (context.quote.length >= SHORT_QUOTE) return true
  const text = context.normalized.text
  const prefixScore = context.prefix.length > 0 ? contextSimilarity(context.prefix, text, found.normalizedStart, -1) : 0
  const suffixScore = context.suffix.length > 0 ? contextSimilarity(context.suffix, text, found.normalizedEnd, 1) : 0
  return Math.max(prefixScore, suffixScore) >= FAR_CONTEXT
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
  const orphaned = (confidence: number): AnchorResult => ({
    status: 'orphaned',
    start: hintStart,
    end: hintEnd,
    confidence
  })

  const quote = target.quote.exact
  if (quote.trim() === '') return orphaned(0)
  if (hintEnd - hintStart === quote.length && standsAt(text, target, hintStart)) {
    return { status: 'exact', start: hintStart, end: hintEnd, confidence: 1 }
  }

  const normalizedQuote = normalizeForMatch(quote)
  if (normalizedQuote.trim() === '' || text.length === 0) return orphaned(0)
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
    normalizedHint: toNormalizedOffset(normalizedText, hintStart)
  }
  const accept = (found: Scored | null): AnchorResult | null => {
    if (!found) return null
    if (found.errors > 0) {
      const snapped = scoreCandidate(context, snapToWords(context, { start: found.normalizedStart, end: found.normalizedEnd, errors: found.errors }))
      if (snapped) found = snapped
    }
    if (found.confidence < threshold || !isCredibleAt(context, found)) return null
    return { status: found.errors === 0 ? 'moved' : 'fuzzy', start: found.start, end: found.end, confidence: found.confidence }
  }

  const exact = exactOccurrences(normalizedText.text, normalizedQuote)
  let best = bestCandidate(context, exact)
  const size = normalizedText.text.length
  const radius = Math.max(LOCAL_RADIUS, 4 * normalizedQuote.length)
  const from = Math.max(0, context.normalizedHint - radius)
  const to = Math.min(size, context.normalizedHint + normalizedQuote.length + radius)
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(normalizedQuote.length / 2))
  // An exact copy with weak context (a sentence repeated elsewhere) must not win over its own
  // slightly edited original, in its context, near the old position.
  if (best && best.contextScore < WEAK_CONTEXT && maxErrors > 0 && normalizedQuote.length >= SHORT_QUOTE) {
    const reach = NEAR + normalizedQuote.length
    const near = approximateMatches(
      context,
      Math.max(0, context.normalizedHint - reach),
      Math.min(size, context.normalizedHint + normalizedQuote.length + reach),
      maxErrors
    )
    const nearby = bestCandidate(context, near.filter((c) => c.errors > 0))
    const snapped = nearby && scoreCandidate(context, snapToWords(context, { start: nearby.normalizedStart, end: nearby.normalizedEnd, errors: nearby.errors }))
    if (snapped && snapped.confidence > best.confidence && snapped.contextScore > best.contextScore) best = snapped
  }
  // A sentence found verbatim once is its own evidence, wherever it went and whatever now
  // surrounds it (a one-sentence paragraph moved elsewhere keeps no context at all).
  if (best && best.errors === 0 && exact.length === 1 && normalizedQuote.length >= UNIQUE_VERBATIM && best.confidence < threshold) {
    best = { ...best, confidence: threshold }
  }
  const moved = accept(best)
  if (moved) return moved

  if (maxErrors === 0) return orphaned(best?.confidence ?? 0)

  // Edits are usually local: look near the old position first, tolerating the most errors.
  best = better(best, bestCandidate(context, approximateMatches(context, from, to, maxErrors)))
  const nearby = accept(best)
  if (nearby) return nearby

  // approx-string-match reports only the lowest error count, so with exact occurrences present
  // a whole-text search could only return those again.
  if (exact.length === 0 && (from > 0 || to < size)) {
    const blocks = Math.max(1, Math.floor(FULL_SCAN_BUDGET / size))
    const farErrors = Math.min(maxErrors, blocks * WORD_BITS)
    best = better(best, bestCandidate(context, approximateMatches(context, 0, size, farErrors)))
    const far = accept(best)
    if (far) return far
  }
  return orphaned(best?.confidence ?? 0)
}
