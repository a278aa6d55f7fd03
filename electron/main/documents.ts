/**
 * Open documents: reading an article file from disk into an {@link OpenedDocument}, and the
 * registry of handles the renderer uses to refer to it. Main is the only holder of paths; the
 * renderer gets an opaque handle per opened file.
 */
import { randomUUID } from 'node:crypto'
import { dirname } from 'node:path'
import type { OpenedDocument, Result } from '../../shared/ipc'
import type { Annotator } from '../../shared/sidecar'
import { readArticleFile } from './articleFile'
import { loadSidecar } from './sidecarStore'

/** File extensions the Open dialog offers. */
export { OPENABLE_EXTENSIONS } from './articleFile'

/** What main remembers of an opened file. */
export interface OpenFile {
  handle: string
  path: string
  fileName: string
  sha256: string
  /** Size and modification time as read, to tell later whether another program changed it. */
  size: number
  mtimeMs: number
  isSample: boolean
}

/** The registry of opened files, keyed by handle. */
export class DocumentRegistry {
  private readonly files = new Map<string, OpenFile>()

  /** The file behind a handle, or undefined for a handle main never gave out. */
  get(handle: string): OpenFile | undefined {
    return this.files.get(handle)
  }

  /**
   * Reads and decodes the article at `path` (a path main itself obtained; see readArticleFile) and
   * the annotator's sidecar beside it. Links are followed: the real file is opened and remembered,
   * and its sidecar is the one beside the real file. Expected problems come back as errors with a
   * sentence for the user.
   */
  async open(path: string, annotator: Annotator | null, options: { isSample?: boolean } = {}): Promise<Result<OpenedDocument>> {
    const read = await readArticleFile(path)
    if (!read.ok) return read
    const { realPath, fileName: realName, format, text, sha256, size, mtimeMs } = read.value
    let sidecar: OpenedDocument['sidecar'] = null
    let sidecarNotice: string | null = null
    if (annotator) {
      const loaded = await loadSidecar(realPath, annotator)
      if (loaded.ok) {
        sidecar = loaded.value.sidecar
        sidecarNotice = loaded.value.notice
      } else if (loaded.isNewer) {
        // The article opens without those tags; the file stays as it is and saves to it are refused.
        sidecarNotice = loaded.error.message
      } else {
        return { ok: false, error: { code: loaded.error.code, message: loaded.error.message } }
      }
    }
    const handle = randomUUID()
    this.files.set(handle, {
      handle,
      path: realPath,
      fileName: realName,
      sha256,
      size,
      mtimeMs,
      isSample: options.isSample ?? false
    })
    return {
      ok: true,
      value: {
        handle,
        fileName: realName,
        folder: dirname(realPath),
        format,
        text,
        sha256,
        sidecar,
        sidecarNotice,
        isSample: options.isSample ?? false,
        recovery: null
      }
    }
  }
}
