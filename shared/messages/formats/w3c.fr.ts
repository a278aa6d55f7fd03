/** The French messages of the W3C Web Annotation import and export; see w3c.en.ts. */
import type { w3cEn } from './w3c.en'

export const w3cFr: typeof w3cEn = {
  notJson: (p) => `Le fichier n’est pas du JSON\u00a0: il se dérègle à la ligne ${p.line}, colonne ${p.column}.`,
  rootNotAnnotation: () => 'Le fichier ne contient pas d’annotation W3C\u00a0: ni annotation, ni page, ni collection, ni liste d’annotations.',
  notObject: (p) => `Le champ ${p.path} n’est pas un objet JSON, comme l’est une annotation W3C.`,
  noContext: () => 'Le fichier n’a pas de @context\u00a0: un fichier d’annotations W3C donne "http://www.w3.org/ns/anno.jsonld" comme @context.',
  wrongContext: (p) => `Le champ ${p.path} vaut ${p.value} et non "http://www.w3.org/ns/anno.jsonld"\u00a0: ce n’est pas un fichier d’annotations W3C.`,
  topLevel: 'la racine',
  rootTypes: 'Annotation, AnnotationPage ou AnnotationCollection',
  noType: (p) => `L’objet situé à ${p.path} n’a pas de type\u00a0: une annotation W3C nomme son type (Annotation, AnnotationPage ou AnnotationCollection).`,
  wrongType: (p) => `Le champ ${p.path} est de type ${p.type}, là où ${p.expected} était attendu.`,
  badDate: (p) => `Le champ ${p.path} vaut ${p.value}, qui n’est pas une date et heure ISO 8601 (comme 2026-11-30T09:15:00Z).`,
  notString: (p) => `Le champ ${p.path} n’est pas une chaîne de texte.`,
  notPosition: (p) => `Le champ ${p.path} n’est pas un nombre entier positif ou nul.`,
  pageNotEmbedded: (p) => `Le champ ${p.path} désigne une page que le fichier ne contient pas\u00a0: exportez la collection avec ses pages incluses.`,
  noQuote: (p) =>
    `Aucune annotation du fichier n’a de TextQuoteSelector, qui permet à Factmark de la placer (la première, en ${p.path}, n’en a pas)\u00a0: ses annotations ne portent pas sur un texte.`,
  quoteMissing: (p) => `L’annotation en ${p.path} a été laissée de côté\u00a0: elle n’a pas de TextQuoteSelector pour la placer dans le texte.`,
  unknownMotivation: (p) => `L’annotation en ${p.path} a pour motivation ${p.motivation}, que Factmark ne connaît pas\u00a0: elle a été gardée comme affirmation.`,
  bodyLeftOut: (p) => `Le corps en ${p.path} a été laissé de côté\u00a0: il ne contient aucun texte et ne désigne aucune ressource.`,
  valueLeftOut: (p) => `Le champ ${p.path} a été laissé de côté\u00a0: ${p.value} n’est pas une valeur que Factmark connaît.`,
  linkLeftOut: (p) => `Le lien en ${p.path} a été laissé de côté\u00a0: il ne relie pas deux annotations du fichier par une relation que Factmark connaît.`
}
