/**
 * Main's side of exports and imports (shared/ipc/exchange.ts): saving the files the renderer's
 * formats made where the user chooses, printing the HTML report to PDF, showing a report's
 * preview, and reading an annotation file to import. The Electron pieces (dialogs, the hidden PDF
 * window, the preview window) come in through {@link ExchangeDeps}, so this runs in plain Node.
 *
 * An export never writes over the open article or a tag file, and each file is written whole or
 * not at all (writeFilesDurably: all written and fsynced before any is renamed into place). A second file of an export (brat's `.txt`) takes the base name
 * of the one the user chose; one that exists with other content is refused, never replaced.
 */
import { readFile, stat } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { decodeArticleBytes } from '../../shared/article/decodeText'
import { fail, ok, type ExchangeHandlers, type ImportFile, type Result, type SavedExport } from '../../shared/ipc'
import { msg } from '../../shared/messages'
import { SIDECAR_SUFFIX } from '../../shared/sidecar'
import type { DocumentRegistry } from './documents'
import { writeFilesDurably } from './durableJsonFile'
import { DurableFileError, explainFileError } from './jsonFileInspection'

/** Largest annotation file read for import. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024

export interface ExchangeDeps {
  registry: DocumentRegistry
  /**
   * Shows the Save dialog proposing `defaultPath`, filtered to `extension` (without the dot)
   * under the name `kindName`; resolves to the chosen path or null when cancelled.
   */
  showSaveDialog: (args: { defaultPath: string; kindName: string; extension: string }) => Promise<string | null>
  /** Shows the Open dialog for an annotation file, starting in `folder`; the path or null. */
  showImportDialog: (folder: string) => Promise<string | null>
  /** Prints a self-contained HTML page to PDF (scripts off, nothing fetched). */
  printToPdf: (html: string) => Promise<Buffer>
  /** Shows a self-contained HTML page in the preview window. */
  showPreview: (html: string) => Promise<void>
}

/** Main speaks the language chosen after start-up: its sentences are read from `msg` when needed. */
const m = () => msg.formats.exchange
const cancelled = () => fail('CANCELLED', msg.requests.cancelled)
const unknownHandle = () => fail('UNKNOWN_HANDLE', msg.requests.documentClosed)

/** `path` with `extension` at its end (added when the user typed a name without it). */
function withExtension(path: string, extension: string): string {
  return path.toLowerCase().endsWith(extension.toLowerCase()) ? path : `${path}${extension}`
}

/** The article file's name without its extension: the base of an export's suggested name. */
function articleBase(articlePath: string): string {
  const name = basename(articlePath)
  return name.slice(0, name.length - extname(name).length) || name
}

async function readIfThere(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path)
  } catch {
    // Not there (or not readable): nothing to compare with.
    return null
  }
}

/**
 * The text of brat's `.txt` exactly as on disk — byte-order mark and CRs kept, since brat counts
 * them as characters — or null when it is missing, too large or not UTF-8 (the import then places
 * the spans by their own text).
 */
async function readExactText(path: string): Promise<string | null> {
  try {
    if ((await stat(path)).size > MAX_IMPORT_BYTES) return null
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await readFile(path))
  } catch {
    // Missing, unreadable or not UTF-8: no text to count the offsets in.
    return null
  }
}

/** Builds the exchange handlers. */
export function createExchangeHandlers(deps: ExchangeDeps): ExchangeHandlers {
  /** Where each file of an export goes, or why not. `chosen` is the path the user chose for the first. */
  async function placesFor(articlePath: string, chosen: string, files: readonly { extension: string; content: string | Buffer }[]): Promise<Result<string[]>> {
    const first = withExtension(chosen, files[0].extension)
    const base = first.slice(0, first.length - files[0].extension.length)
    const paths = [first, ...files.slice(1).map((file) => `${base}${file.extension}`)]
    for (const [index, path] of paths.entries()) {
      if (path === articlePath || path.endsWith(SIDECAR_SUFFIX)) return fail('INVALID', m().wouldOverwrite({ fileName: basename(path) }))
      if (index === 0) continue
      const existing = await readIfThere(path)
      const content = files[index].content
      if (existing && !existing.equals(Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'))) {
        return fail('INVALID', m().siblingExists({ fileName: basename(path) }))
      }
    }
    return ok(paths)
  }

  async function save(handle: string, kindName: string, files: readonly { extension: string; content: string | Buffer }[]): Promise<Result<SavedExport>> {
    const file = deps.registry.get(handle)
    if (!file) return unknownHandle()
    const defaultPath = join(dirname(file.path), `${articleBase(file.path)}${files.length > 1 ? '.brat' : ''}${files[0].extension}`)
    const chosen = await deps.showSaveDialog({ defaultPath, kindName, extension: files[0].extension.slice(1) })
    if (chosen === null) return cancelled()
    const places = await placesFor(file.path, chosen, files)
    if (!places.ok) return places
    try {
      await writeFilesDurably(places.value.map((path, index) => ({ path, content: files[index].content })))
    } catch (error) {
      const fileName = error instanceof DurableFileError ? basename(error.path) : basename(places.value[0])
      return fail('WRITE_FAILED', m().writeFailed({ fileName, reason: explainFileError(error) }))
    }
    return ok({ fileNames: places.value.map((path) => basename(path)) })
  }

  async function readText(path: string): Promise<Result<string>> {
    let bytes: Buffer
    try {
      const info = await stat(path)
      if (info.size > MAX_IMPORT_BYTES) {
        // Sizes rounded up to a tenth of a MB, so a file just over the limit never reads as equal to it.
        const sizeMb = Math.ceil((info.size / (1024 * 1024)) * 10) / 10
        const message = msg.article.decode.tooLarge({ sizeMb, limitMb: MAX_IMPORT_BYTES / (1024 * 1024) })
        return fail('TOO_LARGE', m().unreadable({ fileName: basename(path), message }))
      }
      bytes = await readFile(path)
    } catch (error) {
      return fail('READ_FAILED', m().readFailed({ fileName: basename(path), reason: explainFileError(error) }))
    }
    const decoded = decodeArticleBytes(bytes, { maxBytes: MAX_IMPORT_BYTES })
    if (!decoded.ok) return fail(decoded.error.code, m().unreadable({ fileName: basename(path), message: decoded.error.message }))
    return decoded
  }

  return {
    saveExport: (request) => save(request.handle, request.kindName, request.files),

    async saveReportPdf(handle, html) {
      if (!deps.registry.get(handle)) return unknownHandle()
      let pdf: Buffer
      try {
        pdf = await deps.printToPdf(html)
      } catch (error) {
        return fail('WRITE_FAILED', m().pdfFailed({ reason: error instanceof Error ? error.message : String(error) }))
      }
      return save(handle, m().pdfName, [{ extension: '.pdf', content: pdf }])
    },

    async previewReport(html) {
      await deps.showPreview(html)
      return ok(null)
    },

    async chooseImportFile(handle): Promise<Result<ImportFile>> {
      const file = deps.registry.get(handle)
      if (!file) return unknownHandle()
      const path = await deps.showImportDialog(dirname(file.path))
      if (path === null) return cancelled()
      const content = await readText(path)
      if (!content.ok) return content
      let sourceText: string | null = null
      if (extname(path).toLowerCase() === '.ann') {
        const txt = `${path.slice(0, path.length - 4)}.txt`
        sourceText = await readExactText(txt)
      }
      return ok({ fileName: basename(path), content: content.value, sourceText })
    }
  }
}
