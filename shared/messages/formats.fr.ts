/** The French messages of exports, imports and reports; see formats.en.ts. */
import type { formatsEn } from './formats.en'
import { reportFr } from './formats/report.fr'

export const formatsFr: typeof formatsEn = {
  report: reportFr,
  import: {
    missingLinkTarget: (p) => `Un lien vers « ${p.key} » a été laissé de côté : le fichier n’a pas d’annotation de ce nom.`,
    invalidAnnotation: (p) => `L’annotation « ${p.key} » a été laissée de côté : ${p.path ? `${p.path} : ` : ''}${p.issue}.`
  }
}
