/**
 * Anchoring, candidate search: where a quote could be in a text, and how well each place fits.
 *
 * Works on normalised text (normalizeForMatch.ts) and normalised offsets. It finds candidates
 * (every exact occurrence, approximate matches in a range via approx-string-match), scores each
 * by quote, context and distance with Hypothesis' weights,
 * keeps the best, and moves an approximate match's edges onto word edges. It decides nothing:
 * whether a candidate is good enough to attach a tag is for the acceptance rules (anchorRules.ts),
 * and the order of the steps is anchorTarget's (anchor.ts).
 */
import { anchoredDistances } from './anchoredDistances'
import approxSearch from 'approx-string-match'
import { createTableCache, MASKS, patternTable } from './patternTable'
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
/** Normalised units an approximate match's edge may move to land on a word edge. */
const SNAP_REACH = 24

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
   * sentence's end or a line break, or is empty): see {@link opensSentence}.
   */
  readonly opens: boolean
  /**
   * Where the stored quote stood in its paragraph: a line break (or the text's edge) right before
   * it, right after it (see {@link breakBefore}, {@link breakAfter}).
   */
  readonly paragraph: { readonly startsIt: boolean; readonly endsIt: boolean }
}

/** True when only spaces stand between a line break (or the text's start) and offset `at` of original `text`. */
export function breakBefore(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i -= 1) {
    if (LINE_BREAK.test(text[i])) return true
    if (!/\s/u.test(text[i])) return false
  }
  return true
}

/** True when only spaces stand between offset `at` of original `text` and a line break (or the text's end). */
export function breakAfter(text: string, at: number): boolean {
  for (let i = at; i < text.length; i += 1) {
    if (LINE_BREAK.test(text[i])) return true
    if (!/\s/u.test(text[i])) return false
  }
  return true
}

const SENTENCE_END = /[.!?\u2026]/u
const CLOSING_QUOTE = /["'\u00bb\u201d\u2019)]/u
const LINE_BREAK = /[\n\r\u2028\u2029]/u

/**
 * True when original text ending at `at` (`before`'s end when `at` is absent) leaves what follows
 * opening a sentence or a paragraph: back over whitespace there is the text's start, a line break,
 * or a sentence's end (. ! ? …, maybe followed by a closing quotation mark). Looked for in the
 * original, as normalising turns line breaks into spaces.
 */
export function opensSentence(before: string, at = before.length): boolean {
  let i = at - 1
  while (i >= 0 && /\s/u.test(before[i])) {
    if (LINE_BREAK.test(before[i])) return true
    i -= 1
  }
  if (i < 0) return true
  // Closing quotation marks, with the space French typography sets before them (« Non. »).
  while (i > 0 && (CLOSING_QUOTE.test(before[i]) || (/\s/u.test(before[i]) && CLOSING_QUOTE.test(before[i + 1])))) i -= 1
  return SENTENCE_END.test(before[i])
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** The stored contexts' match masks, kept apart from the quotes' (see patternTable.ts). */
const contextTables = createTableCache()

/**
 * Edit distance between `expected` read outward from a quote and the text read outward from
 * `from` (backwards for a prefix, forwards for a suffix), where the text side may stop anywhere:
 * context is cut at an arbitrary point, so only its end next to the quote must align. The text
 * side is read at most twice the context's length.
 *
 * A context of at most 32 units (all describeRange stores) is compared with Myers' bit-vector
 * algorithm in Hyyrö's form, one machine word per text unit, the top row counting each text unit
 * skipped as an error (the alignment starts at the quote); longer ones with the block-based
 * form of the same algorithm (anchoredDistances.ts).
 */
function outwardDistance(expected: string, text: string, from: number, direction: 1 | -1): number {
  const m = expected.length
  const available = direction === 1 ? text.length - from : from
  const reach = Math.min(available, 2 * m)
  if (m > 32 || m === 0) {
    const distances = anchoredDistances(expected, text, from, reach, direction)
    let best = m
    for (const distance of distances) best = Math.min(best, distance)
    return best
  }
  const { data, large } = patternTable(expected, direction, contextTables)
  const last = 1 << (m - 1)
  let positive = -1
  let negative = 0
  let score = m
  let best = m
  for (let j = 0; j < reach; j += 1) {
    const code = text.charCodeAt(direction === 1 ? from + j : from - 1 - j)
    const equal = data[MASKS + (code < MASKS ? data[code] : (large.get(code) ?? 0))]
    const vertical = equal | negative
    const horizontal = (((equal & positive) + positive) ^ positive) | equal
    let up = negative | ~(horizontal | positive)
    let down = positive & horizontal
    if (up & last) score += 1
    else if (down & last) score -= 1
    if (score < best) best = score
    up = (up << 1) | 1
    down <<= 1
    positive = down | ~(vertical | up)
    negative = up & vertical
  }
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
 * True when `candidate` starts and ends on word edges wherever the stored quote did: a quote
 * whose first unit opened a word must not be found inside another ("le texte…" in "Marseille
 * texte…"). A quote cut inside a word (its stored context continuing the word) may be found so.
 */
export function keepsWordEdges(context: SearchContext, candidate: Candidate): boolean {
  const text = context.normalized.text
  const quote = context.quote
  const startsOnEdge = context.prefix.length === 0 || !isWordUnit(context.prefix.charCodeAt(context.prefix.length - 1)) || !isWordUnit(quote.charCodeAt(0))
  const endsOnEdge = context.suffix.length === 0 || !isWordUnit(context.suffix.charCodeAt(0)) || !isWordUnit(quote.charCodeAt(quote.length - 1))
  return (!startsOnEdge || isWordEdge(text, candidate.start)) && (!endsOnEdge || isWordEdge(text, candidate.end))
}

/**
 * Errors of a stored context read outward from `at` (backwards for a prefix, forwards for a
 * suffix). A context stored empty was at an edge of the text: it fits there with no error and
 * anywhere else not at all (QUOTE_CONTEXT errors, as a context of its full length all wrong).
 */
function contextErrors(expected: string, text: string, at: number, direction: 1 | -1): number {
  if (expected.length === 0) return (direction === 1 ? at === text.length : at === 0) ? 0 : QUOTE_CONTEXT
  return outwardDistance(expected, text, at, direction)
}

/** True for a unit that marks an edge: neither a word unit nor a space (a full stop, a quotation mark, a line break). */
function isMark(code: number): boolean {
  return !Number.isNaN(code) && code !== 0x20 && !isWordUnit(code)
}

/**
 * The offsets of `edges` where the marks next to the stored quote's edge stand again: `inside`
 * (the quote's own edge unit) just inside the edge and `outside` (the context's unit next to
 * it) just outside, each only when it is a mark. Words are what edits replace; the full stop
 * ending a sentence, the quotation mark opening it, the line break before a paragraph stay,
 * so where they stand again the edge is there. All of `edges` when none fits.
 */
function edgesAtMarks(text: string, edges: readonly number[], inside: number, outside: number, direction: 1 | -1): readonly number[] {
  const insideMark = isMark(inside)
  const outsideMark = isMark(outside)
  if (!insideMark && !outsideMark) return edges
  // direction 1: an end, inside is the unit before it; -1: a start, inside is the unit at it.
  const fits = edges.filter((at) => {
    const innerCode = text.charCodeAt(direction === 1 ? at - 1 : at)
    const outerCode = text.charCodeAt(direction === 1 ? at : at - 1)
    return (!insideMark || innerCode === inside) && (!outsideMark || outerCode === outside)
  })
  return fits.length > 0 ? fits : edges
}

/**
 * Of `starts` (normalised offsets), those opening a sentence or a paragraph when the stored quote
 * did, or all of them when none does or the quote did not. A sentence keeps its place after the
 * full stop or line break before it while its first word is replaced ("Dans un avis…" → "proche
 * rallonge avis…"): the edit costs about the same counted as the quote's or as inserted context,
 * the sentence's opening tells.
 */
function opening(context: SearchContext, starts: readonly number[]): readonly number[] {
  if (!context.opens) return starts
  const fits = starts.filter((at) => opensSentence(context.text, context.normalized.toOriginal[at]))
  return fits.length > 0 ? fits : starts
}

/**
 * Moves the edges of an approximate match onto word edges, where the stored quote's edges were on
 * word edges (approx-string-match ends a match wherever the fewest errors are: "uisiera Ser" for
 * "Quisiera Ser", or a sentence cut before its changed last word).
 *
 * The rule: an edge goes where the text splits best into context and quote, an error costing the
 * same on either side of it. Within SNAP_REACH units of each edge, the end is the word edge with
 * the fewest quote errors (from the match's start) plus suffix errors, then the start the word
 * edge with the fewest quote errors (back from that end) plus prefix errors; ties go to the edge
 * nearest the match's. So a sentence whose first word was replaced ("La Corée…" → "renforcé
 * Corée…") starts where its stored prefix ends, on the new word, rather than after it: counting
 * the new word as the quote's costs what counting it as inserted context would, and the context
 * then fits with no error. Cost: about 2 × ⌈quote length / 32⌉ × (quote length + 2 × SNAP_REACH)
 * word operations (anchoredDistances.ts).
 */
export function snapToWords(context: SearchContext, candidate: Candidate): Candidate {
  const text = context.normalized.text
  const quote = context.quote
  const m = quote.length
  const startsOnEdge = context.prefix.length === 0 || !isWordUnit(context.prefix.charCodeAt(context.prefix.length - 1)) || !isWordUnit(quote.charCodeAt(0))
  const endsOnEdge = context.suffix.length === 0 || !isWordUnit(context.suffix.charCodeAt(0)) || !isWordUnit(quote.charCodeAt(m - 1))
  if (!startsOnEdge && !endsOnEdge) return candidate
  const reach = SNAP_REACH
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
  const endsAtMarks = edgesAtMarks(text, ends, quote.charCodeAt(m - 1), context.suffix.charCodeAt(0), 1)
  const startsAtMarks = opening(context, edgesAtMarks(text, starts, quote.charCodeAt(0), context.prefix.charCodeAt(context.prefix.length - 1), -1))

  // The end first, from the match's start; then the start, back from that end: two passes of
  // the edit distance instead of one per pair.
  const fromStart = anchoredDistances(quote, text, candidate.start, Math.max(0, lastEnd - candidate.start), 1)
  let end = candidate.end
  let bestEnd = Infinity
  for (const at of endsAtMarks) {
    if (at <= candidate.start) continue
    const cost = fromStart[at - candidate.start] + contextErrors(context.suffix, text, at, 1) + 1e-6 * Math.abs(at - candidate.end)
    if (cost < bestEnd) {
      bestEnd = cost
      end = at
    }
  }
  const firstStart = starts[0]
  const toEnd = anchoredDistances(quote, text, end, Math.max(0, end - firstStart), -1)
  let start = candidate.start
  let errors = fromStart[end - candidate.start]
  let bestStart = Infinity
  for (const at of startsAtMarks) {
    if (at >= end) continue
    const cost = toEnd[end - at] + contextErrors(context.prefix, text, at, -1) + 1e-6 * Math.abs(at - candidate.start)
    if (cost < bestStart) {
      bestStart = cost
      start = at
      errors = toEnd[end - at]
    }
  }
  return { start, end, errors }
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
