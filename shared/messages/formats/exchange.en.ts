/**
 * The English words of exports and imports in the app (the Export dialog, the Import command,
 * main's dialogs and its refusals); exchange.fr.ts has the same shape in French.
 */
import { pluralFor } from '../locale'

const plural = pluralFor<'one' | 'other'>('en-GB')

export const exchangeEn = {
  saveDialogTitle: 'Export',
  pdfName: 'Report (PDF)',
  importDialogTitle: 'Import annotations',
  importDialogFiles: 'Annotations (W3C, brat, Hypothesis)',
  allFiles: 'All files',
  /** A file of the export would land on the open article or a tag file. */
  wouldOverwrite: (p: { fileName: string }) =>
    `“${p.fileName}” is the article or a tag file: an export never writes over it. Choose another name.`,
  /** A second file of the export (brat's .txt) exists with other content. */
  siblingExists: (p: { fileName: string }) =>
    `“${p.fileName}” already exists with other content, and the export would replace it. Choose another name.`,
  writeFailed: (p: { fileName: string; reason: string }) => `Could not write “${p.fileName}”: ${p.reason}.`,
  readFailed: (p: { fileName: string; reason: string }) => `Could not read “${p.fileName}”: ${p.reason}.`,
  /** `message` is the decoder's sentence (binary, not UTF-8, too large…). */
  unreadable: (p: { fileName: string; message: string }) => `“${p.fileName}” cannot be imported. ${p.message}`,
  pdfFailed: (p: { reason: string }) => `The PDF could not be made: ${p.reason}.`,
  previewTitle: 'Report preview',

  /** The names of what can be exported, in the Export dialog and the save dialog's filter. */
  formatNames: {
    md: 'Report (Markdown)',
    html: 'Report (HTML, one file)',
    pdf: 'Report (PDF)',
    claimreview: 'ClaimReview (schema.org JSON-LD)',
    'factcheck-api': 'Fact Check Tools API (JSON)',
    w3c: 'W3C Web Annotation (JSON-LD)',
    brat: 'brat standoff (.ann and .txt)',
    csv: 'CSV of tags (spreadsheet)'
  },
  /** The Export dialog. */
  dialog: {
    title: 'Export',
    formatLegend: 'Format',
    notAvailable: 'not available in this version',
    claimsLegend: 'Claims in the export',
    allClaims: 'All',
    noClaims: 'None',
    noClaimsYet: 'This article has no claims yet: the export holds its other tags.',
    claimsChosen: (p: { chosen: number; total: number }) => `${p.chosen} of ${p.total} claims`,
    /** The language outputs are written in, from the article's properties. */
    language: (p: { language: string }) => `Written in ${p.language}, the article’s language (Document Properties).`,
    languages: { en: 'English', fr: 'French' },
    /** The article's language is not given: outputs are in English. */
    languageNotGiven: 'Written in English: give the article’s language in File › Document Properties… to write it in French.',
    problemsTitle: 'Fix these first:',
    preview: 'Preview',
    export: 'Export…',
    cancel: 'Cancel',
    working: 'Exporting…'
  },
  /** After an export was written. */
  exported: (p: { fileNames: string }) => `Exported to ${p.fileNames}.`,
  /** An import file none of the formats reads. */
  unknownImportFormat: (p: { fileName: string }) =>
    `“${p.fileName}” is not an annotation file Factmark reads. Import a W3C Web Annotation (JSON-LD), brat (.ann) or Hypothesis (JSON) file.`,
  importRefused: (p: { fileName: string; message: string }) => `“${p.fileName}” was not imported. ${p.message}`,
  /** After an import; `counts` as the banner after an update says them. */
  imported: (p: { fileName: string; added: number; needsReview: number; alreadyThere: number }) =>
    `Imported ${plural(p.added, { one: '1 tag', other: `${p.added} tags` })} from “${p.fileName}”` +
    (p.needsReview > 0 ? `, ${plural(p.needsReview, { one: '1 needs', other: `${p.needsReview} need` })} review` : '') +
    (p.alreadyThere > 0 ? `; ${plural(p.alreadyThere, { one: '1 was', other: `${p.alreadyThere} were` })} already there` : '') +
    '. Undo removes the whole import.',
  nothingImported: (p: { fileName: string; alreadyThere: number }) =>
    `Nothing new in “${p.fileName}”: ${plural(p.alreadyThere, { one: 'its tag is', other: `its ${p.alreadyThere} tags are` })} already there.`,
  /** Warnings of an import, the first few of them. */
  importWarnings: (p: { shown: string; more: number }) => `${p.shown}${p.more > 0 ? ` (and ${p.more} more)` : ''}`
}
