/** The French messages of the ClaimReview and Fact Check Tools API exports; see claimReview.en.ts. */
import type { claimReviewEn } from './claimReview.en'

export const claimReviewFr: typeof claimReviewEn = {
  noRatedClaim: 'Aucune affirmation n’a encore de verdict : ClaimReview ne décrit que des affirmations évaluées. Évaluez d’abord une affirmation.',
  missingClaimReviewed: (p) =>
    `L’affirmation « ${p.quote} » ne dit pas ce qui a été vérifié : écrivez une courte reformulation de l’affirmation.`,
  missingReviewUrl: (p) =>
    `L’affirmation « ${p.quote} » a besoin de l’adresse de la page où la vérification est publiée (la propriété du document reviewUrl).`,
  reviewUrlNotWeb: (p) =>
    `L’affirmation « ${p.quote} » a besoin de la page de la vérification sous forme d’adresse web commençant par https:// ou http://, et non « ${p.url} » (la propriété du document reviewUrl).`,
  missingVerdictLabel: (p) =>
    `L’affirmation « ${p.quote} » a le verdict « ${p.verdict} », qui n’a pas de libellé dans la langue de l’article : ClaimReview a besoin de l’évaluation en toutes lettres.`
}
