/**
 * Anchoring, the edges of an approximate match: approx-string-match ends a match wherever the
 * fewest errors are ("uisiera Ser" for "Quisiera Ser", a sentence cut before its changed last
 * word), so {@link snapToWords} moves them onto word edges, sentence openings and the marks that
 * stood at the stored quote's edges; {@link keepsWordEdges} says when a match needs it.
 */
import { anchoredDistances } from './anchoredDistances'
import { outwardDistance, QUOTE_CONTEXT, type Candidate, type SearchContext } from './anchorSearch'
import { isWordEdge, isWordUnit, opensSentence } from './textShape'

/** Normalised units an approximate match's edge may move to land on a word edge. */
const SNAP_REACH = 24

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
