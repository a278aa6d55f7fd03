/**
 * The IPC contract, documents: opening an article (command line, dialog, recent list, a dropped
 * file, a second start's handoff), reading it again, and asking whether it changed on disk. The
 * renderer never sends a path: main hands out an opaque handle per opened file.
 */
import type { Sidecar } from '../sidecar'
import type { ChannelsOf } from './contract'
import type { Result } from './result'

export type ArticleFormat = 'txt' | 'md' | 'html'

/** An article as main hands it to the renderer. */
export interface OpenedDocument {
  /** Opaque id main uses to find the file again; the renderer never sees a path it could reuse. */
  handle: string
  fileName: string
  /** The folder, for display only. */
  folder: string
  format: ArticleFormat
  /** The decoded file text (BOM removed, line ends made LF). */
  text: string
  sha256: string
  /** The annotator's own sidecar, validated, or null when there is none yet. */
  sidecar: Sidecar | null
  /** Something the user must be told about the sidecar (moved aside as corrupt, …). */
  sidecarNotice: string | null
  /** True for the bundled sample article. */
  isSample: boolean
  /**
   * Tags that were not saved last time (a failed save, then a crash or a forced quit), kept in
   * Factmark's own folder; the user is offered them. Null when there are none.
   */
  recovery: Sidecar | null
}

/** Whether files of an open document changed on disk behind Factmark's back. */
export interface DiskState {
  article: 'same' | 'changed' | 'missing'
  sidecar: 'same' | 'changed'
}

/** What the renderer asks main about documents. */
export interface DocumentMethods {
  /** Opens the file named on the command line, or else the bundled sample article. */
  openStartupDocument(): Promise<Result<OpenedDocument>>
  /** Shows the native Open dialog and opens the chosen file; `CANCELLED` when the user cancels. */
  openDocumentDialog(): Promise<Result<OpenedDocument>>
  /** Opens a file from the recent list; `NOT_FOUND` (and the entry removed) when it is gone. */
  openRecent(id: string): Promise<Result<OpenedDocument>>
  /**
   * Opens a file dropped on the window. On the wire this is the path the preload resolved from the
   * File object itself (the page only ever hands over the File: see `FactmarkApi.openDroppedFile`).
   */
  openDroppedFile(path: string): Promise<Result<OpenedDocument>>
  /** Opens the file a second start of Factmark handed over (see `open-handoff`). */
  openHandoff(): Promise<Result<OpenedDocument>>
  /** Reads an open document's article file again (after it changed on disk); a new handle. */
  reloadDocument(handle: string): Promise<Result<OpenedDocument>>
  /** Tells whether the article or the sidecar changed on disk since Factmark read or wrote them. */
  checkDisk(handle: string): Promise<Result<DiskState>>
}

export const DOCUMENT_CHANNELS = {
  openStartupDocument: 'document:openStartup',
  openDocumentDialog: 'document:openDialog',
  openRecent: 'document:openRecent',
  openDroppedFile: 'document:openDropped',
  openHandoff: 'document:openHandoff',
  reloadDocument: 'document:reload',
  checkDisk: 'document:checkDisk'
} as const satisfies ChannelsOf<DocumentMethods>
