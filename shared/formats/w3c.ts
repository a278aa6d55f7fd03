/**
 * The W3C Web Annotation format (JSON-LD, https://www.w3.org/TR/annotation-model/), export and
 * import: the two halves live in w3cExport.ts (with the mapping of Factmark's tags) and
 * w3cImport.ts, the names they share in w3cVocabulary.ts.
 */
export { tagsToW3c, w3cExportFormat } from './w3cExport'
export { detectW3c, parseW3c, w3cImportFormat } from './w3cImport'
export { ANNO_CONTEXT, W3C_MEDIA_TYPE } from './w3cVocabulary'
