/**
 * ClaimReview export: schema.org JSON-LD for a fact-check's page, as Google's Fact Check
 * structured data and the Fact Check Explorer read it (`.jsonld`, `application/ld+json`, to put
 * in the page's `<script type="application/ld+json">`).
 *
 * One `ClaimReview` per rated claim (see claimReviewShared.ts for which claims, the rating scale
 * and the checks): `claimReviewed`, `reviewRating` (a `Rating` with `ratingValue`, `bestRating`,
 * `worstRating`, `alternateName` = the verdict's label in the output's language and, when the
 * claim has one, `ratingExplanation` = its rationale), `url` (the fact-check's page, the
 * document property reviewUrl), `author` (the organisation, property `organisation` with
 * `organisationUrl`), `datePublished` (the day of the export), `inLanguage`, and `itemReviewed`, a
 * `Claim` with `author` (the linked speaker: a `Person` for a person entity, else an
 * `Organization`), `datePublished` (the claim's date) and `appearance` (the article: a
 * `CreativeWork` with its url, headline, publisher and author from the document properties).
 * Empty fields are left out rather than written as "".
 *
 * One review is written as one object, as in Google's Fact Check example; several as a top-level
 * JSON array of such objects, each with its own `@context`, the form Google's structured-data
 * documentation uses for several items of one type in one script (its breadcrumb example), and
 * which needs no `@graph`. (A page with several ClaimReviews is valid markup, though Google
 * shows the single fact-check rich result only for a page with one.)
 *
 * `serialize` must only be called when `problems` returned []: it throws otherwise (a programmer
 * error; the CLI and the app check first and show the problems).
 */
import type { ClaimTag } from '../model/tag'
import {
  BEST_RATING,
  VERDICT_RATING,
  WORST_RATING,
  assertNoProblems,
  claimReviewProblems,
  claimReviewedOf,
  dateOnly,
  reviewDateOf,
  reviewedClaims,
  speakerOf,
  speakerSchemaType,
  verdictLabelOf,
  withoutEmpty
} from './claimReviewShared'
import type { ExportFormat, ExportInput } from './types'

export const SCHEMA_ORG_CONTEXT = 'https://schema.org'

/** The JSON-LD object of one claim's review. */
export function claimReviewOf(tag: ClaimTag, input: ExportInput): Record<string, unknown> {
  const p = input.properties
  const speaker = speakerOf(tag, input.tags)
  const verdict = tag.claim.verdict as Exclude<typeof tag.claim.verdict, 'not-rated'>
  const review = withoutEmpty({
    '@type': 'ClaimReview',
    url: p.reviewUrl.trim(),
    claimReviewed: claimReviewedOf(tag),
    datePublished: reviewDateOf(input),
    inLanguage: input.language,
    author: { '@type': 'Organization', name: p.organisation.trim(), url: p.organisationUrl.trim() },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: VERDICT_RATING[verdict],
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: verdictLabelOf(tag, input),
      ratingExplanation: tag.claim.rationale.trim()
    },
    itemReviewed: {
      '@type': 'Claim',
      author: speaker ? { '@type': speakerSchemaType(speaker.entityType), name: speaker.name } : null,
      datePublished: tag.claim.claimDate,
      appearance: {
        '@type': 'CreativeWork',
        url: p.url.trim(),
        headline: p.headline.trim(),
        datePublished: dateOnly(p.datePublished),
        publisher: { '@type': 'Organization', name: p.publisher.trim() },
        author: { '@type': 'Person', name: p.author.trim() }
      }
    }
  })
  return { '@context': SCHEMA_ORG_CONTEXT, ...review }
}

/** The JSON-LD text of `input`'s reviews. Throws when `claimReviewProblems(input)` is not empty. */
export function claimReviewJsonLd(input: ExportInput): string {
  assertNoProblems('claimreview', input)
  const reviews = reviewedClaims(input).map((tag) => claimReviewOf(tag, input))
  return `${JSON.stringify(reviews.length === 1 ? reviews[0] : reviews, null, 2)}\n`
}

export const claimReviewFormat: ExportFormat = {
  id: 'claimreview',
  problems: claimReviewProblems,
  serialize: (input) => [{ extension: '.jsonld', mediaType: 'application/ld+json', content: claimReviewJsonLd(input) }]
}
