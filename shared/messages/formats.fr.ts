/** The French messages of exports, imports and reports; see formats.en.ts. */
import { bratFr } from './formats/brat.fr'
import type { formatsEn } from './formats.en'

export const formatsFr: typeof formatsEn = {
  brat: bratFr,
  import: {
    missingLinkTarget: (p) => `Un lien vers « ${p.key} » a été laissé de côté : le fichier n’a pas d’annotation de ce nom.`,
    invalidAnnotation: (p) => `L’annotation « ${p.key} » a été laissée de côté : ${p.path ? `${p.path} : ` : ''}${p.issue}.`
  }
}
