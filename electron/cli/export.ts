/**
 * `factmark export <article> --format <id> [--out FILE] [--property name=value]… [--as "Name"]`:
 * one tag file of an article written in one of the formats of shared/formats/, exactly from
 * what the app would show.
 *
 * - The tag file: the `--as` annotator's; without `--as`, the app's annotator's (settings on this
 *   machine) or the system user's, and when they have none but there is exactly one tag file
 *   beside the article, that one. None, or several of one name: a usage error saying which exist.
 * - The text: the article's plain text as the app shows it to that annotator (their corrected
 *   text when it was made from this very file). The tags are re-anchored to it first, as the app
 *   does on open, without writing the tag file: positions are right for the article as it is,
 *   and tags that need review are named on stderr (they are exported where they were stored).
 * - `--property name=value` overrides one document property for this export (checked by the tag
 *   file's own schema); the output's language is the `language` property's.
 * - The format's checks run first: each problem on stderr, exit 4, nothing written.
 * - Where it goes: with `--out FILE`, the format's first file is FILE and any further one (brat's
 *   .txt) is FILE with the first file's extension replaced by its own (or added, when FILE has
 *   another), all written durably (temp file, fsync, rename). Without `--out`, a format of one
 *   file goes to stdout; one of several is a usage error (nothing is written beside the article
 *   unasked). `--out` may not name the article or one of its tag files.
 */
import * as path from 'node:path'
import { correctedText } from '../../shared/article/correctedText'
import { plainTextOf } from '../../shared/article/plainText'
import { EXPORT_FORMATS, EXPORT_FORMAT_IDS, type ExportFormat, type ExportFormatId, type ExportInput } from '../../shared/formats'
import { labelsFor, outputLanguageOf } from '../../shared/formats/labels'
import { msg } from '../../shared/messages'
import { documentPropertiesSchema, isPropertyName, PROPERTY_NAMES, type DocumentProperties, type PropertyName } from '../../shared/model/documentProperties'
import { reanchorSidecar } from '../../shared/reanchor'
import { writeFilesDurably } from '../main/durableJsonFile'
import { explainFileError } from '../main/jsonFileInspection'
import { actingAnnotator } from './appAnnotator'
import { readArticleBeside } from './articleBeside'
import { EXIT_EXPORT_REFUSED, EXIT_OK, EXIT_TAG_FILE_PROBLEM, EXIT_USAGE } from './exitCodes'
import type { Io } from './io'
import { lastValue, parseArgs } from './options'
import { oneLine } from './summary'
import { choiceOf, tagFileNames, tagFileOf, type TagFileChoice } from './tagFileChoice'

const m = msg.formats.cli

function usage(io: Io, sentence: string): number {
  io.err(`${msg.cli.errorLine({ sentence })}\n${m.exportUsage}\n`)
  return EXIT_USAGE
}

/** The export format of `id`, or null when it is not one or not written yet. */
export function exportFormatOf(id: string): ExportFormat | null {
  return (EXPORT_FORMAT_IDS as readonly string[]).includes(id) ? (EXPORT_FORMATS[id as ExportFormatId] ?? null) : null
}

/** The overrides of `--property` values, or the sentence saying what is wrong with one. */
export function propertyOverrides(values: readonly string[]): { ok: true; value: Partial<DocumentProperties> } | { ok: false; message: string } {
  const overrides: Partial<Record<PropertyName, string>> = {}
  for (const value of values) {
    const eq = value.indexOf('=')
    const name = eq < 0 ? value : value.slice(0, eq)
    if (!isPropertyName(name)) return { ok: false, message: m.unknownProperty({ name, names: PROPERTY_NAMES.join(', ') }) }
    if (eq < 0) return { ok: false, message: m.propertyNeedsValue({ name }) }
    const checked = documentPropertiesSchema.shape[name].safeParse(value.slice(eq + 1))
    if (!checked.success) return { ok: false, message: m.badProperty({ name, value: value.slice(eq + 1) }) }
    overrides[name] = checked.data
  }
  return { ok: true, value: overrides }
}

/** Where each exported file goes with `--out out` (see the module header). */
export function outputPaths(out: string, extensions: readonly string[]): string[] {
  const [first] = extensions
  const base = first && out.toLowerCase().endsWith(first.toLowerCase()) ? out.slice(0, out.length - first.length) : out
  return extensions.map((extension, index) => (index === 0 ? out : `${base}${extension}`))
}

/** Runs `factmark export` with `args` (after the command's name). */
export async function runExport(args: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(args, ['--format', '--out', '--property', '--as'])
  if (!parsed.ok) return usage(io, 'unknown' in parsed ? m.unknownExportOption({ option: parsed.unknown }) : m.optionNeedsValue({ option: parsed.missingValue }))
  if (parsed.help) {
    io.out(m.exportHelp({ formats: EXPORT_FORMAT_IDS.join('|'), properties: PROPERTY_NAMES.join(', ') }))
    return EXIT_OK
  }
  const { positionals, values } = parsed
  if (positionals.length === 0) return usage(io, m.noArticleToExport)
  if (positionals.length > 1) return usage(io, m.tooManyArguments({ command: 'export', count: positionals.length }))
  const formatId = lastValue(values, '--format')
  if (formatId === null) return usage(io, m.noFormat)
  const format = exportFormatOf(formatId)
  if (!format) return usage(io, m.unknownExportFormat({ format: formatId, known: EXPORT_FORMAT_IDS.filter((id) => EXPORT_FORMATS[id]).join(', ') }))
  const overrides = propertyOverrides(values.get('--property') ?? [])
  if (!overrides.ok) return usage(io, overrides.message)
  const as = lastValue(values, '--as')
  const out = lastValue(values, '--out')

  const read = await readArticleBeside(positionals[0])
  if (!read.ok) return usage(io, read.error.message)
  const { realPath, fileName, sha256, fileDoc, tagFiles } = read.value

  const acting = await actingAnnotator(as)
  let choice: TagFileChoice = acting ? tagFileOf(tagFiles, fileName, acting) : { kind: 'none' }
  // Nobody named and nobody's file found: the one tag file there is, if there is just one.
  if (choice.kind === 'none' && as === null && tagFiles.length === 1) choice = choiceOf(tagFiles[0])
  if (choice.kind === 'unusable') {
    io.err(`${msg.cli.errorLine({ sentence: choice.message })}\n`)
    return EXIT_TAG_FILE_PROBLEM
  }
  if (choice.kind === 'several') return usage(io, m.severalTagFiles({ files: choice.files }))
  if (choice.kind === 'none') {
    if (tagFiles.length === 0) return usage(io, m.noTagFileToExport({ article: fileName }))
    return usage(io, m.noTagFileOf({ name: acting?.name ?? null, article: fileName, names: tagFileNames(tagFiles) }))
  }
  const { sidecar } = choice

  // As openArticle: the corrected document when it was made from this very file, else the file's.
  const text = plainTextOf(correctedText(sidecar, sha256).doc ?? fileDoc).text
  const now = new Date().toISOString()
  const reanchored = reanchorSidecar(sidecar, text, sha256, now)
  reanchored.anchored.forEach((where, index) => {
    if (where.status !== 'needs-review') return
    const tag = sidecar.tags[index]
    io.err(`${msg.cli.errorLine({ sentence: m.exportNeedsReview({ id: tag.id, quote: oneLine(tag.target.quote.exact) }) })}\n`)
  })
  const properties: DocumentProperties = { ...sidecar.properties, ...overrides.value }
  const language = outputLanguageOf(properties.language)
  const input: ExportInput = {
    text,
    article: { fileName, sha256 },
    tags: reanchored.tags,
    outsideSources: sidecar.outsideSources,
    properties,
    annotator: { annotatorId: sidecar.annotator.id, name: sidecar.annotator.name },
    language,
    labels: labelsFor(language),
    now
  }
  const problems = format.problems?.(input) ?? []
  if (problems.length > 0) {
    for (const problem of problems) io.err(`${msg.cli.errorLine({ sentence: problem.message })}\n`)
    io.err(`${msg.cli.errorLine({ sentence: m.exportRefused({ format: format.id, problems: problems.length }) })}\n`)
    return EXIT_EXPORT_REFUSED
  }
  const files = format.serialize(input)
  if (out === null) {
    if (files.length !== 1) return usage(io, m.needsOut({ format: format.id, files: files.length }))
    io.out(files[0].content)
    return EXIT_OK
  }
  const paths = outputPaths(path.resolve(out), files.map((f) => f.extension))
  const protectedPaths = new Set([realPath, ...tagFiles.map((f) => f.path)].map((p) => path.resolve(p)))
  const clash = paths.find((p) => protectedPaths.has(p))
  if (clash) return usage(io, m.outWouldReplace({ file: path.basename(clash) }))
  try {
    await writeFilesDurably(files.map((file, index) => ({ path: paths[index], content: file.content })))
  } catch (error) {
    io.err(`${msg.cli.errorLine({ sentence: m.outputNotWritten({ path: out, reason: explainFileError(error) }) })}\n`)
    return EXIT_TAG_FILE_PROBLEM
  }
  io.out(m.exportWritten({ format: format.id, tags: reanchored.tags.length, name: sidecar.annotator.name, files: paths }))
  return EXIT_OK
}
