/**
 * A re-attachment matcher following the Hypothesis client's method, as a baseline to measure
 * Factmark's against (hypothesis/client src/annotator/anchoring/match-quote.ts and html.ts):
 * 1. the stored position, if the text there is the quote, keeps the tag where it was;
 * 2. else every exact occurrence of the quote (`indexOf`) or, when there is none, approximate
 *    matches with at most min(256, length / 2) errors (approx-string-match);
 * 3. candidates scored 50 quote / 20 prefix / 20 suffix / 2 position (1 − distance / text
 *    length), the context scored by an approximate search of the stored context in the text of
 *    the same length next to the candidate;
 * 4. the best candidate is always taken; only a quote found nowhere needs review.
 * No normalisation: it compares the text as it is. Test support only.
 */
import approxSearch from 'approx-string-match'
import type { AnchorableTag, AnchoredStatus } from '../../anchoring/anchorSidecar'

/** Where a matcher puts a tag. Offsets count UTF-16 units into the new text. */
export interface MatchedTag {
  readonly status: AnchoredStatus
  readonly start: number
  readonly end: number
}

/** A re-attachment strategy: one answer per tag, in the order of `tags`. */
export type Matcher = (text: string, tags: readonly AnchorableTag[]) => readonly MatchedTag[]

interface Match {
  start: number
  end: number
  errors: number
}

function search(text: string, quote: string, maxErrors: number): Match[] {
  const exact: Match[] = []
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    exact.push({ start: at, end: at + quote.length, errors: 0 })
  }
  if (exact.length > 0) return exact
  return approxSearch(text, quote, maxErrors)
}

function textMatchScore(text: string, expected: string): number {
  if (expected.length === 0 || text.length === 0) return 0
  const matches = search(text, expected, expected.length)
  return 1 - matches[0].errors / expected.length
}

/** Hypothesis' matchQuote: the best-scoring match of `quote`, or null when there is none. */
export function matchQuote(
  text: string,
  quote: string,
  context: { prefix: string; suffix: string; hint: number }
): { start: number; end: number; score: number } | null {
  if (quote.length === 0) return null
  const maxErrors = Math.min(256, quote.length / 2)
  const matches = search(text, quote, maxErrors)
  if (matches.length === 0) return null
  let best: { start: number; end: number; score: number } | null = null
  for (const match of matches) {
    const quoteScore = 1 - match.errors / quote.length
    const prefixScore = context.prefix
      ? textMatchScore(text.slice(Math.max(0, match.start - context.prefix.length), match.start), context.prefix)
      : 1
    const suffixScore = context.suffix
      ? textMatchScore(text.slice(match.end, match.end + context.suffix.length), context.suffix)
      : 1
    const positionScore = 1 - Math.abs(match.start - context.hint) / text.length
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92
    if (!best || score > best.score) best = { start: match.start, end: match.end, score }
  }
  return best
}

/** The Hypothesis-method baseline as a {@link Matcher}. */
export const hypothesisMatcher: Matcher = (text, tags) =>
  tags.map((tag) => {
    const { position, quote } = tag.target
    if (text.slice(position.start, position.end) === quote.exact) {
      return { status: 'attached', start: position.start, end: position.end }
    }
    const found = matchQuote(text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: position.start })
    if (!found) return { status: 'needs-review', start: Math.min(position.start, text.length), end: Math.min(position.end, text.length) }
    return { status: 'moved', start: found.start, end: found.end }
  })
