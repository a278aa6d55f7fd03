/**
 * Anchoring, the old place: whether a tag's stored context still stands where the tag was, and
 * around what. The tag file keeps no old text, but the 32 units of context stored on each side
 * of a quote say what surrounded it; where both stand again, close together, the text between
 * them is what took the quote's place. Two rules read it:
 * - the order check (anchorOrder.ts): a sentence whose old place still holds its reworded text
 *   was not moved, whatever verbatim copy a search found elsewhere;
 * - {@link replacedInPlace}: a name whose old place holds another word now was replaced there,
 *   and another mention of it elsewhere is not the tag's (issue 7's corpus: "Officials in
 *   Valencia said…" → "Officials in woman said…", and the tag jumped to the next sentence's
 *   "Valencia").
 */
import { approximateSearch as approxSearch } from './approximateSearch'
import { QUOTE_CONTEXT, type Scored, type SearchContext } from './anchorSearch'

/** Share of a stored context's length that may differ where it is looked for at the old place. */
const CONTEXT_ERRORS = 0.25
/** Shortest stored context (each side) the old place is judged by. */
const MIN_CONTEXT = 16

/**
 * The range of `window` between where the stored `prefix` ends and the stored `suffix` starts
 * (each matched with at most CONTEXT_ERRORS of its length different; of several, the pair nearest
 * each other in order), or null when either is not there or shorter than MIN_CONTEXT.
 */
export function heldRange(prefix: string, suffix: string, window: string): { start: number; end: number } | null {
  if (prefix.length < MIN_CONTEXT || suffix.length < MIN_CONTEXT) return null
  const ends = approxSearch(window, prefix, Math.floor(CONTEXT_ERRORS * prefix.length)).map((m) => m.end)
  if (ends.length === 0) return null
  const starts = approxSearch(window, suffix, Math.floor(CONTEXT_ERRORS * suffix.length)).map((m) => m.start)
  let best: { start: number; end: number } | null = null
  for (const end of ends) {
    for (const start of starts) if (start >= end && (!best || start - end < best.end - best.start)) best = { start: end, end: start }
  }
  return best
}

const WORD = /[\p{L}\p{N}]+/gu

/** Share of the words of `quote` found in `held` (case-insensitive); 0 when it has none. */
export function wordsKept(quote: string, held: string): number {
  const words = quote.toLowerCase().match(WORD) ?? []
  if (words.length === 0) return 0
  const present = new Set(held.toLowerCase().match(WORD) ?? [])
  return words.filter((word) => present.has(word)).length / words.length
}

/** Quote length under which a quote is a name or a few words, which other mentions can capture. */
const SHORT = QUOTE_CONTEXT
/** Normalised units around the expected place searched for the stored context (edits before it shift it). */
const REACH = QUOTE_CONTEXT

/**
 * The normalised range that now stands, near the expected position, where a short quote's stored
 * context says the quote was, when it is something else (a word replaced the name): null when the
 * context is not found there, or holds the quote itself, or holds more than a word or two
 * (text was inserted there, not replaced).
 */
export function replacementInPlace(context: SearchContext): { start: number; end: number } | null {
  const quote = context.quote
  if (quote.length >= SHORT) return null
  const text = context.normalized.text
  const from = Math.max(0, context.normalizedHint - QUOTE_CONTEXT - REACH)
  const to = Math.min(text.length, context.normalizedHint + quote.length + QUOTE_CONTEXT + REACH)
  const held = heldRange(context.prefix, context.suffix, text.slice(from, to))
  if (!held) return null
  const between = text.slice(from + held.start, from + held.end)
  if (between.trim() === '' || between.includes(quote) || between.length > 2 * quote.length + 16) return null
  return { start: from + held.start, end: from + held.end }
}

/**
 * True when `found` lies apart from `replacement` (see {@link replacementInPlace}): the tag's own
 * mention was replaced at its place, so `found` is another mention, not the tag's. One that
 * overlaps it is the place itself (where the context's edges fall, approximate matching cannot
 * tell to the unit).
 */
export function replacedInPlace(replacement: { start: number; end: number } | null, found: Scored): boolean {
  return replacement !== null && (found.normalizedEnd <= replacement.start || found.normalizedStart >= replacement.end)
}
