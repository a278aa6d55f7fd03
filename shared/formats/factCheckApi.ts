/**
 * The same reviews as claimReview.ts, in the shape of Google's Fact Check Tools API (v1alpha1):
 * one `ClaimReviewMarkupPage`, the body `pages.create` takes, as JSON (`.json`):
 *
 *   { pageUrl, publishDate, claimReviewAuthor { name }, claimReviewMarkups: [ { url,
 *     claimReviewed, claimDate, claimAppearances: [article URL], claimAuthor { name },
 *     rating { textualRating, ratingValue, bestRating, worstRating, ratingExplanation } } ] }
 *
 * Field names follow the API reference (ClaimReviewMarkupPage, ClaimReviewAuthor,
 * ClaimReviewMarkup, ClaimAuthor, ClaimRating); ratings are integers on the scale of
 * claimReviewShared.ts, and 'unverifiable' has its textualRating only. Empty fields are left out.
 * The checks are the ClaimReview ones; `serialize` throws when there are problems.
 */
import {
  BEST_RATING,
  VERDICT_RATING,
  WORST_RATING,
  assertNoProblems,
  claimReviewProblems,
  claimReviewedOf,
  reviewDateOf,
  reviewedClaims,
  speakerOf,
  verdictLabelOf,
  withoutEmpty
} from './claimReviewShared'
import type { ExportFormat, ExportInput } from './types'

/** The ClaimReviewMarkupPage of `input`'s reviews. Throws when `claimReviewProblems(input)` is not empty. */
export function factCheckMarkupPage(input: ExportInput): Record<string, unknown> {
  assertNoProblems('factcheck-api', input)
  const p = input.properties
  const articleUrl = p.url.trim()
  const markups = reviewedClaims(input).map((tag) => {
    const speaker = speakerOf(tag, input.tags)
    const verdict = tag.claim.verdict as Exclude<typeof tag.claim.verdict, 'not-rated'>
    return withoutEmpty({
      url: p.reviewUrl.trim(),
      claimReviewed: claimReviewedOf(tag),
      claimDate: tag.claim.claimDate,
      claimAppearances: articleUrl ? [articleUrl] : null,
      claimAuthor: speaker ? { name: speaker.name } : null,
      rating: {
        textualRating: verdictLabelOf(tag, input),
        ratingValue: VERDICT_RATING[verdict],
        bestRating: BEST_RATING,
        worstRating: WORST_RATING,
        ratingExplanation: tag.claim.rationale.trim()
      }
    })
  })
  return {
    ...withoutEmpty({
      pageUrl: p.reviewUrl.trim(),
      publishDate: reviewDateOf(input),
      claimReviewAuthor: { name: p.organisation.trim() }
    }),
    claimReviewMarkups: markups
  }
}

export const factCheckApiFormat: ExportFormat = {
  id: 'factcheck-api',
  problems: claimReviewProblems,
  serialize: (input) => [{ extension: '.json', mediaType: 'application/json', content: `${JSON.stringify(factCheckMarkupPage(input), null, 2)}\n` }]
}
