/**
 * Every export and import format, by id: the one list the app's menus and `factmark export` /
 * `factmark import` read. Each format lives in its own module of this folder; see types.ts.
 */
import { bratExportFormat, bratImportFormat } from './brat'
import { csvFormat } from './csv'
import { w3cExportFormat, w3cImportFormat } from './w3c'
import type { ExportFormat, ExportFormatId, ImportFormat, ImportFormatId } from './types'

/** The export formats written so far. */
export const EXPORT_FORMATS: Partial<Record<ExportFormatId, ExportFormat>> = {
  brat: bratExportFormat,
  csv: csvFormat,
  w3c: w3cExportFormat
}

/** The import formats written so far. */
export const IMPORT_FORMATS: Partial<Record<ImportFormatId, ImportFormat>> = {
  w3c: w3cImportFormat,
  brat: bratImportFormat
}

/** The import format `content` looks like, or null; formats are tried in the order of IMPORT_FORMAT_IDS. */
export function detectImportFormat(content: string): ImportFormat | null {
  for (const format of Object.values(IMPORT_FORMATS)) if (format?.detect(content)) return format
  return null
}

export * from './types'
