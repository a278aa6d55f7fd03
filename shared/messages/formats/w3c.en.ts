/**
 * The English messages of the W3C Web Annotation import and export (shared/formats/w3c*.ts).
 * Each names the field that is wrong by its path in the file (e.g. `first.items[2].created`).
 */
export const w3cEn = {
  notJson: (p: { reason: string }) => `The file is not JSON: ${p.reason}.`,
  rootNotAnnotation: () => 'The file holds no W3C Web Annotation: neither an annotation, a page, a collection nor a list of annotations.',
  notObject: (p: { path: string }) => `The field ${p.path} is not a JSON object, as a W3C Web Annotation is.`,
  noContext: () => 'The file has no @context: a W3C Web Annotation file names "http://www.w3.org/ns/anno.jsonld" as its @context.',
  wrongContext: (p: { path: string; value: string }) =>
    `The field ${p.path} is ${p.value}, not "http://www.w3.org/ns/anno.jsonld": this is not a W3C Web Annotation file.`,
  /** What the top level of a file may be, for wrongType. */
  rootTypes: 'Annotation, AnnotationPage or AnnotationCollection',
  noType: (p: { path: string }) => `The object at ${p.path} has no type: a W3C Web Annotation names its type (Annotation, AnnotationPage or AnnotationCollection).`,
  wrongType: (p: { path: string; type: string; expected: string }) => `The field ${p.path} has the type ${p.type}, where ${p.expected} was expected.`,
  badDate: (p: { path: string; value: string }) => `The field ${p.path} is ${p.value}, not a date and time in ISO 8601 (such as 2026-11-30T09:15:00Z).`,
  notString: (p: { path: string }) => `The field ${p.path} is not a text string.`,
  notPosition: (p: { path: string }) => `The field ${p.path} is not a whole number of at least 0.`,
  pageNotEmbedded: (p: { path: string }) => `The field ${p.path} names a page the file does not hold: export the collection with its pages embedded.`,
  noQuote: (p: { path: string }) =>
    `No annotation in the file has a TextQuoteSelector, which Factmark places by (the first, at ${p.path}, has none): its annotations are not on a text.`,
  /** Warnings: what was read but not kept. */
  quoteMissing: (p: { path: string }) => `The annotation at ${p.path} was left out: it has no TextQuoteSelector to place it in the text.`,
  unknownMotivation: (p: { path: string; motivation: string }) => `The annotation at ${p.path} has the motivation ${p.motivation}, which Factmark does not know: it was kept as a claim.`,
  bodyLeftOut: (p: { path: string }) => `The body at ${p.path} was left out: it holds no text and names no resource.`,
  valueLeftOut: (p: { path: string; value: string }) => `The field ${p.path} was left out: ${p.value} is not a value Factmark knows.`,
  linkLeftOut: (p: { path: string }) => `The link at ${p.path} was left out: it does not join two annotations of the file by a relation Factmark knows.`
}
