/**
 * The IPC contract between main and renderer: the API the preload exposes as `window.factmark`
 * and the channel of each method.
 *
 * Expected failures come back as values ({@link Result}) because Electron carries only an error's
 * message across the bridge. The renderer never sends a path: main hands out document handles
 * from its dialogs, the recent list and the command line; a dropped file's path is resolved by
 * the preload from the File object itself.
 *
 * This file holds types and channel names only, so the sandboxed preload can bundle it; the
 * argument schemas main checks live in ipcSchemas.ts.
 */
import type { CommandId } from './commands'
import type { Annotator, EditedText, Sidecar } from './sidecar'
import type { Tag } from './model/tag'

export type ErrorCode =
  | 'CANCELLED'
  | 'NOT_FOUND'
  | 'NOT_A_FILE'
  | 'UNSUPPORTED_TYPE'
  | 'EMPTY'
  | 'TOO_LARGE'
  | 'BINARY'
  | 'NOT_UTF8'
  | 'READ_FAILED'
  | 'WRITE_FAILED'
  | 'UNKNOWN_HANDLE'
  | 'NO_ANNOTATOR'
  | 'BAD_URL'
  | 'INVALID'
  | 'CONFLICT'

export interface AppError {
  code: ErrorCode
  message: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

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

export interface RecentEntry {
  id: string
  fileName: string
  folder: string
}

export interface Startup {
  annotator: Annotator | null
  recent: RecentEntry[]
  platform: string
}

export interface SaveRequest {
  handle: string
  tags: Tag[]
  editedText: EditedText | null
  textLength: number
  /** Replace the sidecar even though another program changed it (the user chose to). */
  overwrite: boolean
}

export interface SaveResult {
  savedAt: string
  sidecarFileName: string
}

/**
 * What main sends to the renderer: a command of the table (shared/commands.ts) chosen in the
 * application menu, and the window's own events.
 */
export type AppCommand =
  | { type: 'run'; id: CommandId }
  /** A document picked in File › Open Recent, by its id in the recent list. */
  | { type: 'open-recent'; id: string }
  /** The window is about to close: save first, then call readyToClose. */
  | { type: 'prepare-close' }
  /** A second start of Factmark handed over a file (see openHandoff). */
  | { type: 'open-handoff' }
  | { type: 'recent-changed'; recent: RecentEntry[] }

/** The API the preload exposes as `window.factmark`. */
export interface FactmarkApi {
  /** Annotator, recent documents and platform, for the first render. */
  getStartup(): Promise<Startup>
  /** Sets the annotator's name (first run or a change); kept in the settings file. */
  setAnnotatorName(name: string): Promise<Result<Annotator>>
  /** Opens the file named on the command line, or else the bundled sample article. */
  openStartupDocument(): Promise<Result<OpenedDocument>>
  /** Shows the native Open dialog and opens the chosen file; `CANCELLED` when the user cancels. */
  openDocumentDialog(): Promise<Result<OpenedDocument>>
  /** Opens a file from the recent list. */
  openRecent(id: string): Promise<Result<OpenedDocument>>
  /** Opens a file dropped on the window; the preload resolves its path from the File object. */
  openDroppedFile(file: File): Promise<Result<OpenedDocument>>
  /** Opens the file a second start of Factmark handed over (see `open-handoff`). */
  openHandoff(): Promise<Result<OpenedDocument>>
  /** Reads an open document's article file again (after it changed on disk); a new handle. */
  reloadDocument(handle: string): Promise<Result<OpenedDocument>>
  /** Tells whether the article or the sidecar changed on disk since Factmark read or wrote them. */
  checkDisk(handle: string): Promise<Result<DiskState>>
  /** Forgets the unsaved tags kept for recovery of an open document. */
  discardRecovery(handle: string): Promise<Result<null>>
  /** Reads the annotator's sidecar for an open document again (after the annotator is named). */
  loadSidecar(handle: string): Promise<Result<{ sidecar: Sidecar | null; notice: string | null }>>
  /**
   * Writes the annotator's sidecar for an open document, atomically. `CONFLICT` when another
   * program changed the sidecar since Factmark last read or wrote it (unless `overwrite`).
   */
  saveTags(request: SaveRequest): Promise<Result<SaveResult>>
  /** Opens an http(s) or mailto link in the system browser. */
  openExternal(url: string): Promise<Result<null>>
  /** Tells main that everything is saved and the window may close. */
  readyToClose(): Promise<void>
  /** Subscribes to commands from main; returns the unsubscribe function. */
  onCommand(listener: (command: AppCommand) => void): () => void
}

/** Channel names, `noun:verb`, for each invoke method. */
export const CHANNELS = {
  getStartup: 'app:getStartup',
  setAnnotatorName: 'settings:setAnnotatorName',
  openStartupDocument: 'document:openStartup',
  openDocumentDialog: 'document:openDialog',
  openRecent: 'document:openRecent',
  openDroppedFile: 'document:openDropped',
  openHandoff: 'document:openHandoff',
  reloadDocument: 'document:reload',
  checkDisk: 'document:checkDisk',
  discardRecovery: 'recovery:discard',
  loadSidecar: 'sidecar:load',
  saveTags: 'sidecar:save',
  openExternal: 'link:openExternal',
  readyToClose: 'window:readyToClose'
} as const satisfies Record<Exclude<keyof FactmarkApi, 'onCommand'>, string>

/** The one channel main sends commands on. */
export const COMMAND_CHANNEL = 'app:command'
