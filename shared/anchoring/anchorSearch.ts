/**
 * Anchoring, candidate search: where a quote could be in a text, and how well each place fits.
 *
 * Works on normalised text (normalizeForMatch.ts) and normalised offsets. It finds candidates
 * (every exact occurrence, approximate matches in a range via approx-string-match), scores each
 * by quote, context and distance with Hypothesis' weights, and keeps the best; an approximate
 * match's edges are moved onto word edges by anchorSnap.ts. It decides nothing:
 * whether a candidate is good enough to attach a tag is for the acceptance rules (anchorRules.ts),
 * and the order of the steps is anchorTarget's (anchor.ts).
 */
import { anchoredDistances } from './anchoredDistances'
import approxSearch from 'approx-string-match'
import { createTableCache } from './patternTable'
import { toOriginalRange, type NormalizedText } from './normalizeForMatch'

/** Characters of context stored on each side of a quote. */
export const QUOTE_CONTEXT = 32

// Weights of the parts of a candidate's score, as in Hypothesis' match-quote.ts; the position
// only breaks ties between otherwise equal candidates. The quote weighs QUOTE_WEIGHT per
// QUOTE_CONTEXT characters (at least QUOTE_WEIGHT): a long quote is evidence in itself, so a
// sentence found verbatim once stays attached when the text around it was rewritten.
const QUOTE_WEIGHT = 50
const PREFIX_WEIGHT = 20
const SUFFIX_WEIGHT = 20
const POSITION_WEIGHT = 2

/** Candidates scored at most; the ones nearest the old position are kept. */
const MAX_CANDIDATES = 1000

/** A place the quote may be: a normalised range and its edit distance to the quote. */
export interface Candidate {
  /** Normalised range. */
  start: number
  end: number
  errors: number
}

/** A scored candidate. */
export interface Scored {
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
  /**
   * The confidence of the best other candidate scored with it that does not overlap it, or 0
   * (set by {@link bestCandidate}; 0 from {@link scoreCandidate}).
   */
  rival: number
}

/** One target's search: the text, its normalised form, and the normalised quote and context. */
export interface SearchContext {
  readonly text: string
  readonly normalized: NormalizedText
  readonly quote: string
  readonly prefix: string
  readonly suffix: string
  /** Old start, original offset, clamped. */
  readonly hint: number
  /** Old start, normalised offset. */
  readonly normalizedHint: number
  /**
   * True when the stored quote opens a sentence or a paragraph (its stored prefix ends with a
   * sentence's end or a line break, or is empty): see textShape.ts' opensSentence.
   */
  readonly opens: boolean
  /**
   * Where the stored quote stood in its paragraph: a line break (or the text's edge) right before
   * it, right after it (see textShape.ts' breakBefore and breakAfter).
   */
  readonly paragraph: { readonly startsIt: boolean; readonly endsIt: boolean }
}

/** The stored contexts' match masks, kept apart from the quotes' (see patternTable.ts). */
const contextTables = createTableCache()
/** Room for the distances of a context of QUOTE_CONTEXT units read twice its length: reused, contexts are compared by the thousand. */
const outwardScratch = new Uint32Array(2 * QUOTE_CONTEXT + 1)

/**
 * Edit distance between `expected` read outward from a quote and the text read outward from
 * `from` (backwards for a prefix, forwards for a suffix), where the text side may stop anywhere:
 * context is cut at an arbitrary point, so only its end next to the quote must align. The text
 * side is read at most twice the context's length.
 *
 * The least of the anchored distances (anchoredDistances.ts: Myers' bit-vector algorithm, one
 * machine word per text unit for a context of 32 units, all describeRange stores), the alignment
 * starting at the quote.
 */
export function outwardDistance(expected: string, text: string, from: number, direction: 1 | -1): number {
  const m = expected.length
  const available = direction === 1 ? text.length - from : from
  const reach = Math.min(available, 2 * m)
  const distances = anchoredDistances(expected, text, from, reach, direction, { cache: contextTables, into: outwardScratch })
  let best = m
  for (let j = 0; j <= reach; j += 1) if (distances[j] < best) best = distances[j]
  return best
}

export function contextSimilarity(expected: string, text: string, from: number, direction: 1 | -1): number {
  return Math.max(0, 1 - outwardDistance(expected, text, from, direction) / expected.length)
}

/** Narrows a candidate to the quote's own edge whitespace and scores it, or null to skip it. */
export function scoreCandidate(context: SearchContext, candidate: Candidate): Scored | null {
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
    contextScore: contextMax === 0 ? 1 : contextScore / contextMax,
    rival: 0
  }
}

/**
 * The most errors a candidate can have and still score `confidence`, with its whole context and
 * at the old position: the quote's share of the score is all it can lose. A search for candidates
 * that must reach `confidence` need tolerate no more.
 */
export function errorsReaching(context: SearchContext, confidence: number): number {
  const quoteWeight = QUOTE_WEIGHT * Math.max(1, context.quote.length / QUOTE_CONTEXT)
  const rest = (context.prefix.length > 0 ? PREFIX_WEIGHT : 0) + (context.suffix.length > 0 ? SUFFIX_WEIGHT : 0) + POSITION_WEIGHT
  // (quoteWeight (1 - errors / length) + rest) / (quoteWeight + rest) >= confidence
  const share = 1 - (confidence * (quoteWeight + rest) - rest) / quoteWeight
  return Math.max(0, Math.floor(share * context.quote.length + 1e-9))
}

/** A score this close to 1 means quote and both contexts match: no other candidate can win. */
const CERTAIN = 0.999

/**
 * Scores the candidates nearest the old position first and returns the best one, with the
 * confidence of its best rival not overlapping it; stops early at a certain match, so a short
 * quote that occurs hundreds of times stays cheap.
 */
export function bestCandidate(context: SearchContext, candidates: readonly Candidate[]): Scored | null {
  let kept = candidates
  if (kept.length > 1) {
    const distance = (c: Candidate): number => Math.abs(c.start - context.normalizedHint)
    kept = [...candidates].sort((a, b) => distance(a) - distance(b)).slice(0, MAX_CANDIDATES)
  }
  let best: Scored | null = null
  const others: Scored[] = []
  for (const candidate of kept) {
    const scored = scoreCandidate(context, candidate)
    if (!scored) continue
    if (!best || scored.confidence > best.confidence) {
      if (best) others.push(best)
      best = scored
    } else others.push(scored)
    if (best.confidence >= CERTAIN) break
  }
  if (!best) return null
  let rival = 0
  for (const other of others) {
    if ((other.normalizedEnd <= best.normalizedStart || other.normalizedStart >= best.normalizedEnd) && other.confidence > rival) rival = other.confidence
  }
  return { ...best, rival }
}

export function better(a: Scored | null, b: Scored | null): Scored | null {
  if (!a) return b
  if (!b) return a
  return b.confidence > a.confidence ? b : a
}

export function exactOccurrences(text: string, quote: string): Candidate[] {
  const found: Candidate[] = []
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 })
  }
  return found
}

/**
 * Approximate matches of the quote in normalised [from, to), as normalised ranges. approx-string-
 * match reports only the matches with the fewest errors, so the ranges of `hidden` (exact
 * occurrences already scored) are blanked out first when the edited ones around them are wanted.
 */
export function approximateMatches(context: SearchContext, from: number, to: number, maxErrors: number, hidden: readonly Candidate[] = []): Candidate[] {
  let window = context.normalized.text.slice(from, to)
  for (const range of hidden) {
    const start = Math.max(range.start, from) - from
    const end = Math.min(range.end, to) - from
    // Blanked with U+0000, which matches nothing of a quote of readable text.
    if (start < end) window = window.slice(0, start) + '\u0000'.repeat(end - start) + window.slice(end)
  }
  // approx-string-match reports the matches with the fewest errors only, and its bit-vector
  // search costs more the more errors it must carry: first with a tenth of the quote's length,
  // the usual edit, then, when none is that close, with all `maxErrors`. The same matches either way.
  const first = Math.min(maxErrors, Math.max(FIRST_ERRORS, Math.ceil(context.quote.length / 10)))
  let matches = approxSearch(window, context.quote, first)
  if (matches.length === 0 && first < maxErrors) matches = approxSearch(window, context.quote, maxErrors)
  return matches.map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }))
}

/** Fewest errors of the first, cheaper, approximate search (see approximateMatches). */
const FIRST_ERRORS = 4
