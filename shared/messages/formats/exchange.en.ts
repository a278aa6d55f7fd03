/**
 * The English words of exports and imports in the app (the Export dialog, the Import command,
 * main's dialogs and its refusals); exchange.fr.ts has the same shape in French.
 */
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
  previewTitle: 'Report preview'
}
