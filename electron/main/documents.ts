/**
 * Open documents: reading an article file from disk into an {@link OpenedDocument}, and the
 * registry of handles the renderer uses to refer to it. Main is the only holder of paths; the
 * renderer gets an opaque handle per opened file.
 */
import { createHash, randomUUID } from 'node:crypto'
import { open, realpath, stat } from 'node:fs/promises'
import { basename, dirname, extname } from 'node:path'
import { fail, type AppError, type ArticleFormat, type OpenedDocument, type Result } from '../../shared/ipc'
import type { Annotator } from '../../shared/sidecar'
import { decodeArticleBytes, MAX_ARTICLE_BYTES } from '../../shared/formats/decodeText'
import { loadSidecar } from './sidecarStore'

const FORMATS: Record<string, ArticleFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html'
}

/** File extensions the Open dialog offers. */
export const OPENABLE_EXTENSIONS = Object.keys(FORMATS).map((ext) => ext.slice(1))

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

/** A file name as messages show it: control characters as �, and long names cut in the middle. */
function displayName(fileName: string): string {
  const chars = [...fileName.replace(/\p{Cc}/gu, '\uFFFD')]
  return chars.length > 80 ? `${chars.slice(0, 60).join('')}…${chars.slice(-16).join('')}` : chars.join('')
}

function describeFsError(error: unknown, fileName: string): AppError {
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOENT':
      return { code: 'NOT_FOUND', message: `“${fileName}” was not found. It may have been moved or deleted.` }
    case 'ENOTDIR':
      return { code: 'NOT_FOUND', message: `“${fileName}” was not found: part of its path is not a folder.` }
    case 'ELOOP':
      return { code: 'NOT_FOUND', message: `“${fileName}” cannot be opened: it is a link that leads round in a loop.` }
    case 'ENAMETOOLONG':
      return { code: 'NOT_FOUND', message: `“${fileName}” cannot be opened: its name or path is too long for the system.` }
    case 'EACCES':
    case 'EPERM':
      return { code: 'READ_FAILED', message: `Factmark is not allowed to read “${fileName}” (permission denied).` }
    case 'EISDIR':
      return { code: 'NOT_A_FILE', message: `“${fileName}” is a folder, not an article file.` }
    default:
      return { code: 'READ_FAILED', message: `“${fileName}” could not be read (${code ?? (error as Error).message}).` }
  }
}

/** Reads at most `limit + 1` bytes, so a huge file is refused without loading it whole. */
async function readBounded(path: string, limit: number): Promise<Uint8Array> {
  const file = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(limit + 1)
    let total = 0
    while (total < buffer.length) {
      const { bytesRead } = await file.read(buffer, total, buffer.length - total, total)
      if (bytesRead === 0) break
      total += bytesRead
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, total)
  } finally {
    await file.close()
  }
}

/** The registry of opened files, keyed by handle. */
export class DocumentRegistry {
  private readonly files = new Map<string, OpenFile>()

  /** The file behind a handle, or undefined for a handle main never gave out. */
  get(handle: string): OpenFile | undefined {
    return this.files.get(handle)
  }

  /**
   * Reads and decodes the article at `path` (a path main itself obtained) and the annotator's
   * sidecar beside it. Links are followed: the real file is opened and remembered, and its sidecar
   * is the one beside the real file; a relative path counts from the current folder. Expected
   * problems (missing, binary, not UTF-8, empty, too large, unsupported type, a path no file can
   * have: a NUL, too long, a link loop) come back as errors with a sentence for the user.
   */
  async open(path: string, annotator: Annotator | null, options: { isSample?: boolean } = {}): Promise<Result<OpenedDocument>> {
    const fileName = displayName(basename(path))
    // Node would throw on it; no file can have such a path, so say so like any missing file.
    if (path.includes('\0')) {
      return fail('NOT_FOUND', `“${fileName}” cannot be opened: its path holds a NUL character, which no file name can hold.`)
    }
    const format = FORMATS[extname(path).toLowerCase()]
    if (!format) {
      return fail(
        'UNSUPPORTED_TYPE',
        `“${fileName}” is not an article Factmark can open. Open a text (.txt), Markdown (.md) or web page (.html) file.`
      )
    }
    let realPath: string
    let bytes: Uint8Array
    let mtimeMs: number
    try {
      realPath = await realpath(path)
      const info = await stat(realPath)
      mtimeMs = info.mtimeMs
      if (!info.isFile()) return fail('NOT_A_FILE', `“${fileName}” is not a regular file.`)
      if (info.size > MAX_ARTICLE_BYTES) {
        return fail(
          'TOO_LARGE',
          // Rounded up, so a file just over the limit never reads as equal to it.
          `“${fileName}” is too large to open (${(Math.ceil((info.size / 1048576) * 10) / 10).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB).`
        )
      }
      bytes = await readBounded(realPath, MAX_ARTICLE_BYTES)
    } catch (error) {
      return { ok: false, error: describeFsError(error, fileName) }
    }
    const decoded = decodeArticleBytes(bytes, { maxBytes: MAX_ARTICLE_BYTES })
    if (!decoded.ok) {
      return fail(decoded.error.code, `“${fileName}” cannot be opened. ${decoded.error.message}`)
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    // Opened through a link: the sidecar lives beside the real file, so name that one.
    const realName = basename(realPath)
    let sidecar: OpenedDocument['sidecar'] = null
    let sidecarNotice: string | null = null
    if (annotator) {
      const loaded = await loadSidecar(realPath, annotator)
      if (!loaded.ok) return fail(loaded.error.code, loaded.error.message)
      sidecar = loaded.value.sidecar
      sidecarNotice = loaded.value.notice
    }
    const handle = randomUUID()
    this.files.set(handle, {
      handle,
      path: realPath,
      fileName: realName,
      sha256,
      size: bytes.length,
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
        text: decoded.value,
        sha256,
        sidecar,
        sidecarNotice,
        isSample: options.isSample ?? false,
        recovery: null
      }
    }
  }
}
