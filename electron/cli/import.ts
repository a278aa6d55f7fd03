/**
 * `factmark import <article> <file> [--format w3c|brat|hypothesis] [--as "Name"]`: annotations of
 * another tool merged into the importing annotator's tag file, with the app's durable save.
 *
 * - The format: `--format`, else detected from the file's content (detectImportFormat). For brat,
 *   the `.ann`'s sibling `.txt`, when there is one, is the text its offsets count into.
 * - The importing annotator: `--as`, else the app's annotator (settings on this machine), else the
 *   system user's name. Their tag file is found as for export (tagFileChoice.ts); when they have
 *   none, a new one is made, under the app's annotator id when they are the app's annotator, else
 *   under an id derived from their name (appAnnotator.ts cliAnnotatorId), so that later imports
 *   by that name find it.
 * - Imported tags keep their own authors and dates; ids are derived from the file, so importing
 *   the same file again adds nothing ("0 new tags, N already there") and writes nothing.
 * - The write is sidecarStore.ts saveSidecar, the app's: validated, temp file, fsync, rename,
 *   backup. A killed import leaves the tag file as it was or complete.
 */
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { correctedText } from '../../shared/article/correctedText'
import { plainTextOf } from '../../shared/article/plainText'
import { detectImportFormat, IMPORT_FORMATS, IMPORT_FORMAT_IDS, type ImportFormat, type ImportFormatId } from '../../shared/formats'
import { msg } from '../../shared/messages'
import { DEFAULT_MAX_BYTES, explainFileError } from '../main/jsonFileInspection'
import { saveSidecar, sidecarPath } from '../main/sidecarStore'
import { actingAnnotator, cliAnnotatorId } from './appAnnotator'
import { readArticleBeside } from './articleBeside'
import { EXIT_MALFORMED_INPUT, EXIT_OK, EXIT_TAG_FILE_PROBLEM, EXIT_USAGE } from './exitCodes'
import { mergeImport } from './importInto'
import type { Io } from './io'
import { lastValue, parseArgs } from './options'
import { oneLine } from './summary'
import { tagFileOf } from './tagFileChoice'

const m = msg.formats.cli

function usage(io: Io, sentence: string): number {
  io.err(`${msg.cli.errorLine({ sentence })}\n${m.importUsage}\n`)
  return EXIT_USAGE
}

/** The import format of `id`, or null when it is not one or not written yet. */
export function importFormatOf(id: string): ImportFormat | null {
  return (IMPORT_FORMAT_IDS as readonly string[]).includes(id) ? (IMPORT_FORMATS[id as ImportFormatId] ?? null) : null
}

type TextRead = { ok: true; text: string } | { ok: false; missing: boolean; reason: string }

/** A UTF-8 file's text (a leading byte-order mark dropped), refusing one over the app's size limit. */
async function readText(file: string): Promise<TextRead> {
  try {
    const info = await fs.stat(file)
    if (!info.isFile()) return { ok: false, missing: false, reason: explainFileError(Object.assign(new Error('not a file'), { code: 'EISDIR' })) }
    if (info.size > DEFAULT_MAX_BYTES) return { ok: false, missing: false, reason: m.inputTooLarge }
    const text = await fs.readFile(file, 'utf8')
    return { ok: true, text: text.startsWith('\ufeff') ? text.slice(1) : text }
  } catch (error) {
    const missing = typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT'
    return { ok: false, missing, reason: explainFileError(error) }
  }
}

/** brat's text file beside an `.ann` file: the same name ending in `.txt`. */
export function bratTextPath(annPath: string): string | null {
  return /\.ann$/i.test(annPath) ? annPath.replace(/\.ann$/i, '.txt') : null
}

/** Runs `factmark import` with `args` (after the command's name). */
export async function runImport(args: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(args, ['--format', '--as'])
  if (!parsed.ok) return usage(io, 'unknown' in parsed ? m.unknownImportOption({ option: parsed.unknown }) : m.optionNeedsValue({ option: parsed.missingValue }))
  if (parsed.help) {
    io.out(m.importHelp({ formats: IMPORT_FORMAT_IDS.join('|') }))
    return EXIT_OK
  }
  const { positionals, values } = parsed
  if (positionals.length < 2) return usage(io, m.importNeedsTwo)
  if (positionals.length > 2) return usage(io, m.tooManyArguments({ command: 'import', count: positionals.length }))
  const [articlePath, inputPath] = positionals
  const formatId = lastValue(values, '--format')
  let format = formatId === null ? null : importFormatOf(formatId)
  const known = IMPORT_FORMAT_IDS.filter((id) => IMPORT_FORMATS[id]).join(', ')
  if (formatId !== null && !format) return usage(io, m.unknownImportFormat({ format: formatId, known }))

  const read = await readArticleBeside(articlePath)
  if (!read.ok) return usage(io, read.error.message)
  const { realPath, fileName, sha256, fileDoc, tagFiles } = read.value
  const inputName = path.basename(inputPath)
  const input = await readText(inputPath)
  if (!input.ok) return input.missing ? usage(io, msg.article.notFound({ fileName: inputName })) : usage(io, m.inputUnreadable({ file: inputName, reason: input.reason }))
  format ??= detectImportFormat(input.text)
  if (!format) {
    io.err(`${msg.cli.errorLine({ sentence: m.formatNotRecognised({ file: inputName, known }) })}\n`)
    return EXIT_MALFORMED_INPUT
  }

  const acting = await actingAnnotator(lastValue(values, '--as'))
  if (!acting) return usage(io, m.noImporter)
  const choice = tagFileOf(tagFiles, fileName, acting)
  if (choice.kind === 'unusable') {
    io.err(`${msg.cli.errorLine({ sentence: choice.message })}\n`)
    return EXIT_TAG_FILE_PROBLEM
  }
  if (choice.kind === 'several') return usage(io, m.severalTagFiles({ files: choice.files }))
  const existing = choice.kind === 'found' ? choice.sidecar : null
  const annotator = existing?.annotator ?? acting.settings ?? { id: cliAnnotatorId(acting.name), name: acting.name }
  // The store names the file for its annotator; one named otherwise is not ours to replace.
  if (choice.kind === 'found' && sidecarPath(realPath, annotator) !== path.join(path.dirname(realPath), choice.file.fileName)) {
    io.err(`${msg.cli.errorLine({ sentence: msg.cli.reattachOtherName({ file: choice.file.fileName }) })}\n`)
    return EXIT_TAG_FILE_PROBLEM
  }

  // As openArticle: the corrected document when it was made from this very file, else the file's.
  const text = plainTextOf(correctedText(existing, sha256).doc ?? fileDoc).text
  if (text.length === 0) return usage(io, m.emptyArticle({ article: fileName }))
  let sourceText: string | undefined
  const sibling = format.id === 'brat' ? bratTextPath(path.resolve(inputPath)) : null
  if (sibling) {
    const txt = await readText(sibling)
    if (txt.ok) sourceText = txt.text
  }
  const now = new Date().toISOString()
  const importer = { annotatorId: annotator.id, name: annotator.name }
  const parsedFile = format.parse(input.text, { text, sourceText, importer, now })
  if (!parsedFile.ok) {
    io.err(`${msg.cli.errorLine({ sentence: m.malformedInput({ file: inputName, format: format.id, message: parsedFile.error.message }) })}\n`)
    return EXIT_MALFORMED_INPUT
  }
  const merged = mergeImport({ existing, annotator, fileName, sha256, text, format: format.id, parsed: parsedFile.value, now })
  const { outcome } = merged
  let written: string | null = null
  if (merged.needsWrite) {
    const saved = await saveSidecar(realPath, merged.sidecar)
    if (!saved.ok) {
      io.err(`${msg.cli.errorLine({ sentence: saved.error.message })}\n`)
      return EXIT_TAG_FILE_PROBLEM
    }
    written = path.basename(saved.value.path)
  }
  for (const warning of outcome.warnings) io.err(`${msg.cli.errorLine({ sentence: m.warning({ sentence: warning }) })}\n`)
  const review = outcome.tags.filter((_, index) => outcome.statuses[index] === 'needs-review')
  io.out(
    m.importSummary({
      file: inputName,
      format: format.id,
      tagFile: written ?? (choice.kind === 'found' ? choice.file.fileName : null),
      name: annotator.name,
      added: outcome.tags.length,
      alreadyThere: outcome.alreadyThere,
      counts: outcome.counts,
      warnings: outcome.warnings.length,
      review: review.map((tag) => ({ id: tag.id, quote: oneLine(tag.target.quote.exact) })),
      written: written !== null
    })
  )
  return EXIT_OK
}
