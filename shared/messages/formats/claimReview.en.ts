/**
 * The English messages of the ClaimReview and Fact Check Tools API exports
 * (shared/formats/claimReview.ts, factCheckApi.ts): what is missing before a review can be written.
 * Claims are named by their quote, shortened. claimReview.fr.ts has the same shape in French.
 */
export const claimReviewEn = {
  /** Nothing to write: no claim chosen has a verdict. */
  noRatedClaim: 'No claim has a verdict yet: ClaimReview describes rated claims only. Rate a claim first.',
  /** Neither a restatement nor a usable quote. */
  missingClaimReviewed: (p: { quote: string }) =>
    `The claim “${p.quote}” has nothing to say what was reviewed: write a short restatement of the claim.`,
  /** The document property reviewUrl is empty. */
  missingReviewUrl: (p: { quote: string }) =>
    `The claim “${p.quote}” needs the address of the page where the fact-check is published (the document property reviewUrl).`,
  /** reviewUrl is set but is not an http(s) address. */
  reviewUrlNotWeb: (p: { quote: string; url: string }) =>
    `The claim “${p.quote}” needs the fact-check’s page as a web address starting with https:// or http://, not “${p.url}” (the document property reviewUrl).`,
  /** The verdict has no label in the output's language. */
  missingVerdictLabel: (p: { quote: string; verdict: string }) =>
    `The claim “${p.quote}” has the verdict “${p.verdict}”, which has no label in the article’s language: ClaimReview needs the rating in words.`
}
