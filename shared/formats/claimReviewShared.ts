/**
 * What the ClaimReview JSON-LD export (claimReview.ts) and its Fact Check Tools API twin
 * (factCheckApi.ts) share: which claims are reviewed, the numeric scale of the verdicts, the
 * speaker, and the checks made before either writes, so that the two never disagree.
 *
 * Which claims: every claim tag with a verdict (not 'not-rated'), among `input.claimIds` when
 * given, in text order. 'unverifiable' counts as rated: it is a conclusion the fact-checker
 * reached and publishes, with its label ("Unverifiable", « Invérifiable ») as the rating in words.
 *
 * The scale: true 5, mostly-true 4, mixed 3, mostly-false 2, false 1 (best 5, worst 1, integers as
 * the Fact Check Tools API requires). 'unverifiable' is not a point between true and false, so it
 * gets no `ratingValue`: only its label (`alternateName` / `textualRating`), with the same best
 * and worst, which is all Google requires of a rating.
 *
 * The checks (`claimReviewProblems`): Google requires `claimReviewed`, a rating with
 * `alternateName`, and `url`; for each claim to review, one sentence per missing piece, naming the
 * claim by its quote shortened. Serializers are only called when there are none.
 */
import { msg } from '../messages'
import type { ClaimTag, EntityType, Tag, Verdict } from '../model/tag'
import type { ExportInput, ExportProblem } from './types'

export const BEST_RATING = 5
export const WORST_RATING = 1

/** The numeric rating of each verdict; null for a rating given in words only. */
export const VERDICT_RATING: Readonly<Record<Exclude<Verdict, 'not-rated'>, number | null>> = {
  true: 5,
  'mostly-true': 4,
  mixed: 3,
  'mostly-false': 2,
  false: 1,
  unverifiable: null
}

/** The longest quote a problem's sentence shows before "…". */
const SHORT_QUOTE = 60

/** `quote` on one line, cut to a readable length at a word's end. */
export function shortQuote(quote: string): string {
  const line = quote.replace(/\s+/g, ' ').trim()
  if (line.length <= SHORT_QUOTE) return line
  const cut = line.slice(0, SHORT_QUOTE - 1)
  const space = cut.lastIndexOf(' ')
  // At a word's end when there is one in the second half, else within the word.
  return `${(space > SHORT_QUOTE / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`
}

/** The claims a review is written for: rated, chosen (when `claimIds` is given), in text order. */
export function reviewedClaims(input: ExportInput): ClaimTag[] {
  return input.tags
    .filter((tag): tag is ClaimTag => tag.kind === 'claim' && tag.claim.verdict !== 'not-rated')
    .filter((tag) => !input.claimIds || input.claimIds.has(tag.id))
    .sort((a, b) => a.target.position.start - b.target.position.start || a.target.position.end - b.target.position.end)
}

/** What was reviewed: the claim's restatement, else its quote, on one line; '' when neither says anything. */
export function claimReviewedOf(tag: ClaimTag): string {
  return (tag.claim.claimReviewed.trim() || tag.target.quote.exact).replace(/\s+/g, ' ').trim()
}

/** Who made the claim, when a speaker is linked: the entity's name (canonical, else quoted) and type. */
export function speakerOf(tag: ClaimTag, tags: readonly Tag[]): { name: string; entityType: EntityType } | null {
  const speaker = tags.find((t) => t.id === tag.claim.speakerId)
  if (!speaker || speaker.kind !== 'entity') return null
  // A mention's name and type are those of the entity's first tag.
  const first = speaker.entity.mentionOf ? tags.find((t) => t.id === speaker.entity.mentionOf) : undefined
  const entity = first?.kind === 'entity' ? first : speaker
  const name = entity.entity.canonicalName.trim() || entity.target.quote.exact.replace(/\s+/g, ' ').trim()
  return name ? { name, entityType: entity.entity.entityType } : null
}

/** The schema.org type of a speaker: a person, else an organisation (a place or other speaking is an institution). */
export function speakerSchemaType(entityType: EntityType): 'Person' | 'Organization' {
  return entityType === 'person' ? 'Person' : 'Organization'
}

/** The verdict's label in the output's language; '' when there is none. */
export function verdictLabelOf(tag: ClaimTag, input: ExportInput): string {
  return (input.labels.verdicts[tag.claim.verdict] ?? '').trim()
}

/** True for an absolute http(s) URL. */
export function isWebUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false
  try {
    return new URL(value).host !== ''
  } catch {
    return false
  }
}

/** The date part (YYYY-MM-DD) of an ISO date or date-time; '' for ''. */
export function dateOnly(value: string): string {
  return value.slice(0, 10)
}

/** When the review is published: the day of the export (the tag file records no publication date of the fact-check). */
export function reviewDateOf(input: ExportInput): string {
  return dateOnly(input.now)
}

/**
 * What stops a ClaimReview (or Fact Check Tools API) export of `input`: one problem per missing
 * piece per claim, and one for the document when no claim is rated. [] when it can be written.
 */
export function claimReviewProblems(input: ExportInput): ExportProblem[] {
  const claims = reviewedClaims(input)
  if (claims.length === 0) return [{ tagId: null, message: msg.formats.claimReview.noRatedClaim }]
  const reviewUrl = input.properties.reviewUrl.trim()
  const problems: ExportProblem[] = []
  for (const tag of claims) {
    const quote = shortQuote(tag.target.quote.exact)
    if (claimReviewedOf(tag) === '') problems.push({ tagId: tag.id, message: msg.formats.claimReview.missingClaimReviewed({ quote }) })
    if (reviewUrl === '') problems.push({ tagId: tag.id, message: msg.formats.claimReview.missingReviewUrl({ quote }) })
    else if (!isWebUrl(reviewUrl)) problems.push({ tagId: tag.id, message: msg.formats.claimReview.reviewUrlNotWeb({ quote, url: reviewUrl }) })
    if (verdictLabelOf(tag, input) === '')
      problems.push({ tagId: tag.id, message: msg.formats.claimReview.missingVerdictLabel({ quote, verdict: tag.claim.verdict }) })
  }
  return problems
}

/** Throws when `input` has problems: serializers are called only after `problems` returned []. */
export function assertNoProblems(format: string, input: ExportInput): void {
  const problems = claimReviewProblems(input)
  if (problems.length > 0) {
    throw new Error(`${format}: serialize called with ${problems.length} problem(s); call problems() first: ${problems[0].message}`)
  }
}

/** `value` with its empty-string, undefined and null fields left out (recursively for plain objects). */
export function withoutEmpty<T extends Record<string, unknown>>(value: T): Partial<T> {
  const out: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(value)) {
    if (field === '' || field === undefined || field === null) continue
    if (typeof field === 'object' && !Array.isArray(field)) {
      const inner = withoutEmpty(field as Record<string, unknown>)
      // An object left with only its @type says nothing.
      if (Object.keys(inner).filter((k) => k !== '@type').length === 0) continue
      out[key] = inner
    } else out[key] = field
  }
  return out as Partial<T>
}
