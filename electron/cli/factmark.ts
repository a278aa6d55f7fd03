/**
 * The `factmark` command: Factmark's model in plain Node, for newsroom pipelines. It never loads
 * electron (a test runs it with electron made unresolvable) and uses the same shared/ code and
 * main's Electron-free modules as the app, so it reads, refuses and anchors exactly as the app.
 *
 * Commands: `check` (reads only), `reattach` (re-anchors and writes the tag files, as the app
 * does when it opens the article), `export` (one tag file in another format, export.ts) and
 * `import` (another tool's annotations merged into a tag file, import.ts).
 *
 * Exit codes (exitCodes.ts): 0 when everything was read (and written); 1 when a tag file is
 * damaged, unreadable, of an unknown version or could not be written (one sentence naming it on
 * stderr; the others are still done), or an export's output could not be written; 2 for bad
 * usage (no such article or file, an unknown option, command, format or property), with a usage
 * line; 3 a file to import is malformed or of no format Factmark reads; 4 an export refused
 * because what the format needs is missing.
 */
import { msg } from '../../shared/messages'
import { checkArticle } from './check'
import { EXIT_OK, EXIT_TAG_FILE_PROBLEM, EXIT_USAGE } from './exitCodes'
import { runExport } from './export'
import { runImport } from './import'
import type { Io } from './io'
import { formatReattachSummary, reattachArticle } from './reattach'
import { formatSummary } from './summary'

export * from './exitCodes'
export type { Io } from './io'

const m = msg.cli

function usageError(io: Io, sentence: string): number {
  io.err(`${m.errorLine({ sentence })}\n${m.usage}\n`)
  return EXIT_USAGE
}

/** Runs the command with `args` (without node and the script); resolves with the exit code. */
export async function runFactmark(args: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = args
  if (command === undefined) return usageError(io, m.noCommand)
  if (command === '--help' || command === '-h') {
    io.out(`${m.help}${msg.formats.cli.moreCommands}`)
    return EXIT_OK
  }
  if (command === 'export') return runExport(rest, io)
  if (command === 'import') return runImport(rest, io)
  if (command !== 'check' && command !== 'reattach') {
    return usageError(io, command.startsWith('-') ? m.unknownOption({ option: command }) : m.unknownCommand({ command }))
  }
  const reattach = command === 'reattach'
  let json = false
  const positionals: string[] = []
  let optionsEnded = false
  for (const arg of rest) {
    if (!optionsEnded && arg === '--') optionsEnded = true
    else if (!optionsEnded && (arg === '--help' || arg === '-h')) {
      io.out(reattach ? m.reattachHelp : m.checkHelp)
      return EXIT_OK
    } else if (!optionsEnded && arg === '--json') json = true
    else if (!optionsEnded && arg.startsWith('-') && arg !== '-') {
      return usageError(io, reattach ? m.unknownReattachOption({ option: arg }) : m.unknownCheckOption({ option: arg }))
    } else positionals.push(arg)
  }
  if (positionals.length === 0) return usageError(io, reattach ? m.noArticleToReattach : m.noArticle)
  if (positionals.length > 1) return usageError(io, m.tooManyArticles({ count: positionals.length }))

  if (reattach) {
    const done = await reattachArticle(positionals[0], new Date().toISOString())
    if (!done.ok) return usageError(io, done.error.message)
    io.out(json ? `${JSON.stringify(done.json, null, 2)}\n` : formatReattachSummary(done.json))
    for (const problem of done.problems) io.err(`${m.errorLine({ sentence: problem })}\n`)
    return done.problems.length > 0 ? EXIT_TAG_FILE_PROBLEM : EXIT_OK
  }
  const outcome = await checkArticle(positionals[0])
  if (!outcome.ok) return usageError(io, outcome.error.message)
  io.out(json ? `${JSON.stringify(outcome.json, null, 2)}\n` : formatSummary(outcome.json, outcome.details))
  for (const problem of outcome.problems) io.err(`${m.errorLine({ sentence: problem })}\n`)
  return outcome.problems.length > 0 ? EXIT_TAG_FILE_PROBLEM : EXIT_OK
}
