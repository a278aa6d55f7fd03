/** The French messages of the ClaimReview and Fact Check Tools API exports; see claimReview.en.ts. */
import type { claimReviewEn } from './claimReview.en'

export const claimReviewFr: typeof claimReviewEn = {
  noRatedClaim: 'Aucune affirmation n’a encore de verdict\u00a0: ClaimReview ne décrit que des affirmations évaluées. Évaluez d’abord une affirmation.',
  missingClaimReviewed: (p) =>
    `L’affirmation «\u00a0${p.quote}\u00a0» ne dit pas ce qui a été vérifié\u00a0: écrivez une courte reformulation de l’affirmation.`,
  missingReviewUrl: (p) =>
    `L’affirmation «\u00a0${p.quote}\u00a0» a besoin de l’adresse de la page où la vérification est publiée (la propriété du document reviewUrl).`,
  reviewUrlNotWeb: (p) =>
    `L’affirmation «\u00a0${p.quote}\u00a0» a besoin de la page de la vérification sous forme d’adresse web commençant par https:// ou http://, et non «\u00a0${p.url}\u00a0» (la propriété du document reviewUrl).`,
  missingVerdictLabel: (p) =>
    `L’affirmation «\u00a0${p.quote}\u00a0» a le verdict «\u00a0${p.verdict}\u00a0», qui n’a pas de libellé dans la langue de l’article\u00a0: ClaimReview a besoin de l’évaluation en toutes lettres.`
}
