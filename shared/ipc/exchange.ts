/**
 * The IPC contract, exchange: what leaves the app as a file and what comes in from another tool.
 * The renderer builds exports itself with the pure formats of shared/formats/ (it holds the tags
 * as they are now, unsaved ones included) and hands main the finished files to save where the user
 * chooses; main prints the HTML report to PDF in a hidden sandboxed window and shows a report's
 * preview in a window of its own, both with scripts off. An import file is chosen and read by
 * main (a size limit, UTF-8 only) and parsed by the renderer, which adds the tags as one undoable
 * step. The renderer never sends a path.
 */
import type { ChannelsOf } from './contract'
import type { Result } from './result'

/** One file of an export, as the formats give it (shared/formats/types.ts ExportedFile). */
export interface ExportFileContent {
  /** ".md", ".ann", ".txt", ".csv", ".jsonld"…: the files of one export share a base name. */
  extension: string
  mediaType: string
  content: string
}

export interface SaveExportRequest {
  /** The open document the export is of: its folder and name give the suggested file name. */
  handle: string
  /** What the save dialog's filter calls these files ("CSV of tags", "Report (HTML)"). */
  kindName: string
  /** The export's files; the first is the one the user names, the others take its base name. */
  files: ExportFileContent[]
}

/** What was written: the file names, the first being the one the user chose. */
export interface SavedExport {
  fileNames: string[]
}

/** An annotation file chosen for import, read as UTF-8 text. */
export interface ImportFile {
  fileName: string
  content: string
  /**
   * For a brat `.ann`, the text of its `.txt` beside it (the text its offsets count into), when
   * there is one; else null.
   */
  sourceText: string | null
}

export interface ExchangeMethods {
  /**
   * Shows the Save dialog for an export and writes its files, each either complete or not at all.
   * `CANCELLED` when the user cancels; `INVALID` when a file would overwrite the open article or a
   * tag file; `WRITE_FAILED` with the reason.
   */
  saveExport(request: SaveExportRequest): Promise<Result<SavedExport>>
  /** Prints the self-contained HTML report `html` to PDF and saves it where the user chooses. */
  saveReportPdf(handle: string, html: string): Promise<Result<SavedExport>>
  /** Shows the self-contained HTML report `html` in a preview window (scripts off, nothing fetched). */
  previewReport(html: string): Promise<Result<null>>
  /** Shows the Open dialog for an annotation file (W3C, brat, Hypothesis) and reads it. */
  chooseImportFile(handle: string): Promise<Result<ImportFile>>
}

export const EXCHANGE_CHANNELS = {
  saveExport: 'exchange:saveExport',
  saveReportPdf: 'exchange:saveReportPdf',
  previewReport: 'exchange:previewReport',
  chooseImportFile: 'exchange:chooseImportFile'
} as const satisfies ChannelsOf<ExchangeMethods>
