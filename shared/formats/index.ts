/**
 * Every export and import format, by id: the one list the app's menus and `factmark export` /
 * `factmark import` read. Each format lives in its own module of this folder; see types.ts.
 */
import { bratExportFormat, bratImportFormat } from './brat'
import { claimReviewFormat } from './claimReview'
import { csvFormat } from './csv'
import { factCheckApiFormat } from './factCheckApi'
import { hypothesisFormat } from './hypothesis'
import { w3cExportFormat, w3cImportFormat } from './w3c'
import { htmlReportFormat } from './reportHtml'
import { markdownReportFormat } from './reportMarkdown'
import type { ExportFormat, ExportFormatId, ImportFormat, ImportFormatId } from './types'

/** The export formats written so far. */
export const EXPORT_FORMATS: Partial<Record<ExportFormatId, ExportFormat>> = {
  md: markdownReportFormat,
  html: htmlReportFormat,
  claimreview: claimReviewFormat,
  'factcheck-api': factCheckApiFormat,
  w3c: w3cExportFormat,
  brat: bratExportFormat,
  csv: csvFormat
}

/** The import formats written so far. */
export const IMPORT_FORMATS: Partial<Record<ImportFormatId, ImportFormat>> = {
  w3c: w3cImportFormat,
  brat: bratImportFormat,
  hypothesis: hypothesisFormat
}

/** The import format `content` looks like, or null; formats are tried in the order of IMPORT_FORMAT_IDS. */
export function detectImportFormat(content: string): ImportFormat | null {
  for (const format of Object.values(IMPORT_FORMATS)) if (format?.detect(content)) return format
  return null
}

export * from './types'
