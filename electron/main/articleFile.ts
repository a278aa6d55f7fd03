/**
 * Reading an article file from disk: the format from its extension, the size limit, a bounded
 * read, decoding, and its SHA-256, with a sentence for the user for every expected problem. Used
 * by the app when it opens a document and by the `factmark` command, so both accept and refuse
 * the same files with the same words. Read-only; no electron.
 */
import { createHash } from 'node:crypto'
import { open, realpath, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { AppError, ArticleFormat, Result } from '../../shared/ipc'
import { decodeArticleBytes, MAX_ARTICLE_BYTES } from '../../shared/article/decodeText'
import { msg } from '../../shared/messages'

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

/** An article file as read from disk. */
export interface ArticleFile {
  /** The real path (links followed): tag files live beside it. */
  realPath: string
  /** The real file's name. */
  fileName: string
  format: ArticleFormat
  /** The decoded text (BOM removed, line ends made LF). */
  text: string
  /** SHA-256 (hex) of the bytes read. */
  sha256: string
  /** Size and modification time as read, to tell later whether another program changed it. */
  size: number
  mtimeMs: number
}

function fail(code: AppError['code'], message: string): { ok: false; error: AppError } {
  return { ok: false, error: { code, message } }
}

/** A file name as messages show it: control characters as �, and long names cut in the middle. */
function displayName(fileName: string): string {
  const chars = [...fileName.replace(/\p{Cc}/gu, '\uFFFD')]
  return chars.length > 80 ? `${chars.slice(0, 60).join('')}…${chars.slice(-16).join('')}` : chars.join('')
}

function describeFsError(error: unknown, fileName: string): AppError {
  const code = (error as NodeJS.ErrnoException).code
  const m = msg.article
  switch (code) {
    case 'ENOENT':
      return { code: 'NOT_FOUND', message: m.notFound({ fileName }) }
    case 'ENOTDIR':
      return { code: 'NOT_FOUND', message: m.pathNotFolder({ fileName }) }
    case 'ELOOP':
      return { code: 'NOT_FOUND', message: m.linkLoop({ fileName }) }
    case 'ENAMETOOLONG':
      return { code: 'NOT_FOUND', message: m.pathTooLong({ fileName }) }
    case 'EACCES':
    case 'EPERM':
      return { code: 'READ_FAILED', message: m.permissionDenied({ fileName }) }
    case 'EISDIR':
      return { code: 'NOT_A_FILE', message: m.isFolder({ fileName }) }
    default:
      return { code: 'READ_FAILED', message: m.readFailed({ fileName, reason: code ?? (error as Error).message }) }
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

/**
 * Reads and decodes the article at `path`. Links are followed (the real file is read); a relative
 * path counts from the current folder. Expected problems (missing, binary, not UTF-8, empty, too
 * large, unsupported type, a path no file can have: a NUL, too long, a link loop) come back as
 * errors with a sentence for the user. Never writes.
 */
export async function readArticleFile(path: string): Promise<Result<ArticleFile>> {
  const fileName = displayName(basename(path))
  // Node would throw on it; no file can have such a path, so say so like any missing file.
  if (path.includes('\0')) {
    return fail('NOT_FOUND', msg.article.nulInPath({ fileName }))
  }
  const format = FORMATS[extname(path).toLowerCase()]
  if (!format) {
    return fail('UNSUPPORTED_TYPE', msg.article.unsupportedType({ fileName }))
  }
  let realPath: string
  let bytes: Uint8Array
  let mtimeMs: number
  try {
    realPath = await realpath(path)
    const info = await stat(realPath)
    mtimeMs = info.mtimeMs
    if (!info.isFile()) return fail('NOT_A_FILE', msg.article.notRegularFile({ fileName }))
    if (info.size > MAX_ARTICLE_BYTES) {
      // Rounded up, so a file just over the limit never reads as equal to it.
      const sizeMb = Math.ceil((info.size / 1048576) * 10) / 10
      return fail('TOO_LARGE', msg.article.tooLarge({ fileName, sizeMb, limitMb: MAX_ARTICLE_BYTES / 1048576 }))
    }
    bytes = await readBounded(realPath, MAX_ARTICLE_BYTES)
  } catch (error) {
    return { ok: false, error: describeFsError(error, fileName) }
  }
  const decoded = decodeArticleBytes(bytes, { maxBytes: MAX_ARTICLE_BYTES })
  if (!decoded.ok) {
    return fail(decoded.error.code, msg.article.cannotOpen({ fileName, reason: decoded.error.message }))
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  return {
    ok: true,
    value: { realPath, fileName: basename(realPath), format, text: decoded.value, sha256, size: bytes.length, mtimeMs }
  }
}
