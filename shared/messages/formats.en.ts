/**
 * The English messages of exports, imports and reports (shared/formats/, `factmark export` and
 * `factmark import`, the app's Export and Import): the `formats` area of the catalogue (en.ts).
 * formats.fr.ts has the same shape in French. Parser errors name the line or field that is wrong.
 */
import { bratEn } from './formats/brat.en'
import { claimReviewEn } from './formats/claimReview.en'
import { cliEn } from './formats/cli.en'
import { exchangeEn } from './formats/exchange.en'
import { hypothesisEn } from './formats/hypothesis.en'
import { reportEn } from './formats/report.en'
import { w3cEn } from './formats/w3c.en'

export const formatsEn = {
  brat: bratEn,
  claimReview: claimReviewEn,
  cli: cliEn,
  exchange: exchangeEn,
  hypothesis: hypothesisEn,
  report: reportEn,
  w3c: w3cEn,
  import: {
    /** A link in the imported file to an annotation that is not in it. */
    missingLinkTarget: (p: { key: string }) => `A link to “${p.key}” was left out: the file has no annotation with that name.`,
    /** An annotation whose fields do not make a valid tag; `path` names the field. */
    invalidAnnotation: (p: { key: string; path: string; issue: string }) =>
      `The annotation “${p.key}” was left out: ${p.path ? `${p.path}: ` : ''}${p.issue}.`
  }
}
