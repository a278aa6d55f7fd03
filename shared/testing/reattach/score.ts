/**
 * Scoring a re-attachment matcher on the corpus (corpus.ts): each tag's answer is classed as
 * - `correct`: at exactly its true span, not flagged (for `same` and `changed` tags);
 * - `flagged`: needs review where that is an acceptable answer (`changed` or `gone` tags);
 * - `flagged-present`: needs review although its text is still there, equivalent (`same`): the
 *   issue allows at most 1% of these;
 * - `silently-wrong`: not flagged, on a span that is not its true one (or its text is gone): the
 *   issue allows none. `boundary` marks those that overlap the true span (a fuzzy span not on
 *   the words' edges).
 * Apart from the outcome, the status shown is checked ({@link statusIsRight}): a tag whose text is
 * still there, equal up to what matching treats as equal, is never `changed`; a changed one found
 * at its true span is `changed`.
 */
import type { CorpusTag, ReattachCase } from './corpus'
import type { Matcher, MatchedTag } from './hypothesisMatcher'

export type Outcome = 'correct' | 'flagged' | 'flagged-present' | 'silently-wrong'

/** The class of `answer` for `tag`. */
export function classify(tag: CorpusTag, answer: MatchedTag): Outcome {
  const expected = tag.expected
  const flagged = answer.status === 'needs-review'
  if (expected.kind === 'gone') return flagged ? 'flagged' : 'silently-wrong'
  if (flagged) return expected.kind === 'same' ? 'flagged-present' : 'flagged'
  return answer.start === expected.start && answer.end === expected.end ? 'correct' : 'silently-wrong'
}

/**
 * True when `answer`'s status is the one a user should see for `tag`: `attached` or `moved` for a
 * `same` tag (typographic variants, no-break spaces, NFC/NFD and CRLF are not a change), `changed`
 * for a `changed` tag answered at its true span. Other answers (needs review, a wrong span) are
 * judged by {@link classify} alone.
 */
export function statusIsRight(tag: CorpusTag, answer: MatchedTag): boolean {
  const expected = tag.expected
  if (answer.status === 'needs-review' || expected.kind === 'gone') return true
  if (expected.kind === 'same') return answer.status === 'attached' || answer.status === 'moved'
  if (answer.start !== expected.start || answer.end !== expected.end) return true
  return answer.status === 'changed'
}

export interface Failure {
  readonly caseName: string
  readonly tagId: string
  readonly role: CorpusTag['role']
  readonly quote: string
  readonly expected: CorpusTag['expected']
  readonly answer: MatchedTag
  readonly found: string
  readonly outcome: Outcome
  /** Overlaps the true span (silently wrong only). */
  readonly boundary: boolean
}

export interface Score {
  readonly total: number
  readonly correct: number
  readonly flagged: number
  readonly flaggedPresent: number
  readonly silentlyWrong: number
  /** Of the silently wrong, those overlapping their true span. */
  readonly boundary: number
  /** Tags whose text is still there (`same`), the base of the 1% allowance. */
  readonly present: number
  /** Answers with the status `changed`. */
  readonly changed: number
  /** Answers whose status is not the one the user should see ({@link statusIsRight}). */
  readonly wrongStatus: number
  /** Every tag not `correct` or `flagged`, with what was expected and answered. */
  readonly failures: readonly Failure[]
}

/** Runs `matcher` on every case and counts the outcomes. */
export function scoreMatcher(cases: readonly ReattachCase[], matcher: Matcher): Score {
  let correct = 0
  let flagged = 0
  let flaggedPresent = 0
  let silentlyWrong = 0
  let boundary = 0
  let present = 0
  let changed = 0
  let wrongStatus = 0
  let total = 0
  const failures: Failure[] = []
  for (const item of cases) {
    const answers = matcher(item.newText, item.tags)
    item.tags.forEach((tag, index) => {
      const answer = answers[index]
      const outcome = classify(tag, answer)
      total += 1
      if (tag.expected.kind === 'same') present += 1
      if (answer.status === 'changed') changed += 1
      if (!statusIsRight(tag, answer)) wrongStatus += 1
      if (outcome === 'correct') correct += 1
      else if (outcome === 'flagged') flagged += 1
      else {
        const expected = tag.expected
        const overlaps =
          outcome === 'silently-wrong' &&
          expected.kind !== 'gone' &&
          answer.start < expected.end &&
          expected.start < answer.end
        if (outcome === 'flagged-present') flaggedPresent += 1
        else silentlyWrong += 1
        if (overlaps) boundary += 1
        failures.push({
          caseName: item.name,
          tagId: tag.id,
          role: tag.role,
          quote: tag.target.quote.exact,
          expected,
          answer,
          found: item.newText.slice(answer.start, answer.end),
          outcome,
          boundary: overlaps
        })
      }
    })
  }
  return { total, correct, flagged, flaggedPresent, silentlyWrong, boundary, present, changed, wrongStatus, failures }
}
