/** The French messages of exports, imports and reports; see formats.en.ts. */
import type { formatsEn } from './formats.en'
import { bratFr } from './formats/brat.fr'
import { claimReviewFr } from './formats/claimReview.fr'
import { cliFr } from './formats/cli.fr'
import { exchangeFr } from './formats/exchange.fr'
import { hypothesisFr } from './formats/hypothesis.fr'
import { reportFr } from './formats/report.fr'
import { w3cFr } from './formats/w3c.fr'

export const formatsFr: typeof formatsEn = {
  brat: bratFr,
  claimReview: claimReviewFr,
  cli: cliFr,
  exchange: exchangeFr,
  hypothesis: hypothesisFr,
  report: reportFr,
  w3c: w3cFr,
  import: {
    missingLinkTarget: (p) => `Un lien vers « ${p.key} » a été laissé de côté : le fichier n’a pas d’annotation de ce nom.`,
    invalidAnnotation: (p) => `L’annotation « ${p.key} » a été laissée de côté : ${p.path ? `${p.path} : ` : ''}${p.issue}.`
  }
}
