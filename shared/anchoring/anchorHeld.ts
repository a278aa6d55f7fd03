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
import approxSearch from 'approx-string-match'
import { QUOTE_CONTEXT, type Scored, type SearchContext } from './anchorSearch'
import { opensSentence } from './textShape'

/** Share of a stored context's length that may differ where it is looked for at the old place. */
const CONTEXT_ERRORS = 0.25
/** Shortest stored context (each side) the old place is judged by. */
const MIN_CONTEXT = 16
/** Units by which the stored prefix and suffix may overlap where they stand again. */
const OVERLAP = 2

/**
 * The range of `window` between where the stored `prefix` ends and the stored `suffix` starts
 * (each matched with at most `share` of its length different, CONTEXT_ERRORS unless given; of several, the pair nearest
 * each other in order), or null when either is not there or shorter than MIN_CONTEXT.
 */
export function heldRange(prefix: string, suffix: string, window: string, share = CONTEXT_ERRORS): { start: number; end: number } | null {
  if (prefix.length < MIN_CONTEXT || suffix.length < MIN_CONTEXT) return null
  const ends = approxSearch(window, prefix, Math.floor(share * prefix.length)).map((m) => m.end)
  if (ends.length === 0) return null
  const starts = approxSearch(window, suffix, Math.floor(share * suffix.length)).map((m) => m.start)
  // The two may share a space where the quote left ("welcomed. " and " Officials"): an overlap
  // of up to OVERLAP units is the place closed up, nothing held.
  let best: { start: number; end: number } | null = null
  for (const end of ends) {
    for (const start of starts) {
      if (start < end - OVERLAP) continue
      const held = start >= end ? { start: end, end: start } : { start: end, end }
      if (!best || held.end - held.start < best.end - best.start) best = held
    }
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

/**
 * Share of the quote's words an edited original keeps: a sentence reworded keeps 60% of them,
 * the sentences around it (sharing de, la, the) seldom half.
 */
const VERSION_WORDS = 0.5

/** Sentence ends within `text` followed by more of it (". " inside, not a final full stop). */
function sentenceEnds(text: string): number {
  return text.match(/[.!?\u2026]["'\u00bb\u201d\u2019)]*\s+(?=\S)/gu)?.length ?? 0
}

/**
 * True when `held` (original or normalised text) is a version of `quote`, as an edited original
 * is: about its length (2/3 to 3/2, spaces around trimmed), with no more sentences, keeping
 * VERSION_WORDS of its words.
 */
export function isVersionOf(quote: string, held: string): boolean {
  const text = held.trim()
  return (
    text.length >= (2 * quote.length) / 3 &&
    text.length <= (3 * quote.length) / 2 &&
    sentenceEnds(text) <= sentenceEnds(quote) &&
    wordsKept(quote, text) >= VERSION_WORDS
  )
}

/** True when `text` closes a sentence at `at`: a sentence's end (maybe closing quotation marks after it) before, a space or the end after. */
function closesSentence(text: string, at: number): boolean {
  if (at < text.length && !/\s/u.test(text[at])) return false
  let i = at - 1
  while (i > 0 && /["'\u00bb\u201d\u2019)\s]/u.test(text[i]) && !/[.!?\u2026]/u.test(text[i])) i -= 1
  return i >= 0 && /[.!?\u2026]/u.test(text[i])
}

/**
 * A version of `quote` (see {@link isVersionOf}) standing in `window` on one side of where the
 * stored `prefix` ends or the stored `suffix` starts (each matched with at most CONTEXT_ERRORS of
 * its length different): from the prefix to a sentence's end, or from a sentence's opening to the
 * suffix. For an old place whose other side of context was edited or went away too (the heading
 * before a sentence deleted, then the sentence reworded). Null when there is none.
 */
export function versionBesideContext(quote: string, prefix: string, suffix: string, window: string): string | null {
  const shortest = Math.ceil((2 * quote.length) / 3)
  const longest = Math.floor((3 * quote.length) / 2)
  if (suffix.length >= MIN_CONTEXT) {
    for (const match of approxSearch(window, suffix, Math.floor(CONTEXT_ERRORS * suffix.length))) {
      for (let at = Math.max(0, match.start - longest); at <= match.start - shortest; at += 1) {
        if (opensSentence(window, at) && !/\s/u.test(window[at]) && isVersionOf(quote, window.slice(at, match.start))) return window.slice(at, match.start)
      }
    }
  }
  if (prefix.length >= MIN_CONTEXT) {
    for (const match of approxSearch(window, prefix, Math.floor(CONTEXT_ERRORS * prefix.length))) {
      for (let at = match.end + shortest; at <= Math.min(window.length, match.end + longest); at += 1) {
        if (closesSentence(window, at) && isVersionOf(quote, window.slice(match.end, at))) return window.slice(match.end, at)
      }
    }
  }
  return null
}

/** Quote length under which a quote is a name or a few words, which other mentions can capture. */
const SHORT = QUOTE_CONTEXT
/**
 * Share of each side of a name's stored context that may differ around its replacement: a name's
 * 32 units either side hold five or six words, two of which may have been edited too.
 */
const REPLACED_CONTEXT_ERRORS = 0.35
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
  const window = text.slice(from, to)
  // The whole context, or only the halves next to the name when words further out were edited too.
  const held =
    heldRange(context.prefix, context.suffix, window, REPLACED_CONTEXT_ERRORS) ??
    heldRange(context.prefix.slice(-MIN_CONTEXT), context.suffix.slice(0, MIN_CONTEXT), window)
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
