/**
 * The IPC contract, tags: reading and writing the annotator's own tag file (sidecar) beside an
 * open article. Main builds the file's envelope (article, annotator, time); the renderer sends
 * the tags, the corrected text, the text length, the sources outside the text, the versions and
 * the document properties.
 */
import type { ArticleVersion, EditedText, Sidecar } from '../sidecar'
import type { DocumentProperties } from '../model/documentProperties'
import type { OutsideSource, Tag } from '../model/tag'
import type { ChannelsOf } from './contract'
import type { Result } from './result'

export interface SaveRequest {
  handle: string
  tags: Tag[]
  editedText: EditedText | null
  textLength: number
  /** Sources the tags' claims cite that are not in the article's text. */
  outsideSources: OutsideSource[]
  /** The article's versions under these tags, oldest first (see shared/sidecar.ts). */
  versions: ArticleVersion[]
  /** What a report says of the article and the fact-check (shared/model/documentProperties.ts). */
  properties: DocumentProperties
  /** Replace the sidecar even though another program changed it (the user chose to). */
  overwrite: boolean
}

export interface SaveResult {
  savedAt: string
  sidecarFileName: string
}

/** The annotator's sidecar as read, and what the user must be told about it. */
export interface LoadedSidecar {
  sidecar: Sidecar | null
  notice: string | null
}

/** What the renderer asks main about tag files. */
export interface TagsMethods {
  /** Reads the annotator's sidecar for an open document again (after the annotator is named). */
  loadSidecar(handle: string): Promise<Result<LoadedSidecar>>
  /**
   * Writes the annotator's sidecar for an open document, atomically. `CONFLICT` when another
   * program changed the sidecar since Factmark last read or wrote it (unless `overwrite`);
   * `INVALID` when the tags cannot be saved (two tags with one id).
   */
  saveTags(request: SaveRequest): Promise<Result<SaveResult>>
}

export const TAGS_CHANNELS = {
  loadSidecar: 'sidecar:load',
  saveTags: 'sidecar:save'
} as const satisfies ChannelsOf<TagsMethods>
