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
    missingLinkTarget: (p) => `Un lien vers «\u00a0${p.key}\u00a0» a été laissé de côté\u00a0: le fichier n’a pas d’annotation de ce nom.`,
    invalidAnnotation: (p) => `L’annotation «\u00a0${p.key}\u00a0» a été laissée de côté\u00a0: ${p.path ? `${p.path}\u00a0: ` : ''}${p.issue}.`
  }
}
