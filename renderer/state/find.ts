/**
 * Finding text in the article (the find bar): the matches of a query in the article's plain text
 * and which one is current. Pure functions over plain-text offsets; the editor projects the
 * matches to ProseMirror positions.
 *
 * Matching ignores case where lower-casing keeps every offset in place (it almost always does;
 * a few characters, like "İ", grow when lower-cased, and then the search is case-sensitive rather
 * than wrong). At most {@link MAX_FIND_MATCHES} matches are kept.
 */

/** Most matches the find bar highlights and steps through. */
export const MAX_FIND_MATCHES = 2000

/** A match, as plain-text offsets [start, end). */
export interface TextMatch {
  readonly start: number
  readonly end: number
}

export interface FindState {
  readonly matches: readonly TextMatch[]
  /** Index of the current match, -1 when there are none. */
  readonly current: number
}

export const EMPTY_FIND: FindState = { matches: [], current: -1 }

/** The matches of `query` in `text`, in order, not overlapping; none for an empty query. */
export function findMatches(text: string, query: string, max = MAX_FIND_MATCHES): TextMatch[] {
  const matches: TextMatch[] = []
  if (query === '') return matches
  const lowered = text.toLowerCase()
  const sameLength = lowered.length === text.length
  const haystack = sameLength ? lowered : text
  const needle = sameLength ? query.toLowerCase() : query
  let at = haystack.indexOf(needle)
  while (at !== -1 && matches.length < max) {
    matches.push({ start: at, end: at + needle.length })
    at = haystack.indexOf(needle, at + Math.max(1, needle.length))
  }
  return matches
}

/** A new search: the first match is current. */
export function startFind(matches: readonly TextMatch[]): FindState {
  return { matches, current: matches.length ? 0 : -1 }
}

/** Moves to the next (1) or previous (-1) match, wrapping around; the same state without matches. */
export function stepFind(state: FindState, direction: 1 | -1): FindState {
  const count = state.matches.length
  if (count === 0) return state
  return { matches: state.matches, current: (state.current + direction + count) % count }
}

/** What the find bar shows: how many matches and which one is current. */
export function findSummary(state: FindState): { count: number; current: number } {
  return { count: state.matches.length, current: state.current }
}
