/**
 * The `factmark` command: Factmark's model in plain Node, for newsroom pipelines. It never loads
 * electron (a test runs it with electron made unresolvable) and uses the same shared/ code and
 * main's Electron-free modules as the app, so it reads, refuses and anchors exactly as the app.
 *
 * Exit codes: 0 when everything was read; 1 when a tag file is damaged, unreadable or of an
 * unknown version (one sentence naming it on stderr; the others are still reported); 2 for bad
 * usage (no such article, an unknown option or command), with a usage line.
 */
import { checkArticle } from './check'
import { formatSummary } from './summary'

export const EXIT_OK = 0
export const EXIT_TAG_FILE_PROBLEM = 1
export const EXIT_USAGE = 2

const USAGE = 'Usage: factmark check <article> [--json]    (factmark --help for more)'

const HELP = `factmark: Factmark's tags from the command line.

Usage: factmark <command> [options]

Commands:
  check <article> [--json]  Read an article and every tag file beside it, anchor every tag as
                            the app does when it opens the article, and print a summary (or,
                            with --json, one JSON object). Never writes anything.

Options:
  -h, --help                Show this help. "factmark check --help" shows help for check.

Exit codes: 0 everything was read; 1 a tag file is damaged, unreadable or of an unknown
version; 2 bad usage (no such article, an unknown option or command).
`

const CHECK_HELP = `Usage: factmark check <article> [--json]

Reads <article> (.txt, .md or .html, with the app's limits) and every annotator's tag file beside
it (<article>.<name>.factmark.json), anchors every tag exactly as the app does when it opens the
article, and prints tags per kind and per annotator, and which tags were re-attached or need
review, each with its quote and id. Never writes, moves, renames or repairs anything.

Offsets count UTF-16 code units into the plain text of the article as it is now (for an
annotator whose tag file holds text corrections of this very file: their corrected text).

Options:
  --json      Print one JSON object instead of the summary:
              { "article": { "file", "sha256", "textLength" },
                "annotators": [ { "id", "name", "file" } ],
                "tags": [ { "id", "annotatorId", "kind", "status", "start", "end", "text" } ] }
              status is "attached", "moved" or "needs-review".
  -h, --help  Show this help.

Exit codes: 0 everything was read; 1 a tag file is damaged, unreadable or of an unknown version
(named on stderr; the other files are still reported); 2 bad usage.
`

/** Where the command writes; the real process's streams, or a test's. */
export interface Io {
  out: (text: string) => void
  err: (text: string) => void
}

function usageError(io: Io, sentence: string): number {
  io.err(`factmark: ${sentence}\n${USAGE}\n`)
  return EXIT_USAGE
}

/** Runs the command with `args` (without node and the script); resolves with the exit code. */
export async function runFactmark(args: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = args
  if (command === undefined) return usageError(io, 'no command given.')
  if (command === '--help' || command === '-h') {
    io.out(HELP)
    return EXIT_OK
  }
  if (command !== 'check') {
    return usageError(io, command.startsWith('-') ? `unknown option “${command}”.` : `unknown command “${command}”.`)
  }
  let json = false
  const positionals: string[] = []
  let optionsEnded = false
  for (const arg of rest) {
    if (!optionsEnded && arg === '--') optionsEnded = true
    else if (!optionsEnded && (arg === '--help' || arg === '-h')) {
      io.out(CHECK_HELP)
      return EXIT_OK
    } else if (!optionsEnded && arg === '--json') json = true
    else if (!optionsEnded && arg.startsWith('-') && arg !== '-') return usageError(io, `unknown option “${arg}” for check.`)
    else positionals.push(arg)
  }
  if (positionals.length === 0) return usageError(io, 'check needs the article to check.')
  if (positionals.length > 1) return usageError(io, `check takes one article, not ${positionals.length}.`)

  const outcome = await checkArticle(positionals[0])
  if (!outcome.ok) return usageError(io, outcome.error.message)
  io.out(json ? `${JSON.stringify(outcome.json, null, 2)}\n` : formatSummary(outcome.json, outcome.details))
  for (const problem of outcome.problems) io.err(`factmark: ${problem}\n`)
  return outcome.problems.length > 0 ? EXIT_TAG_FILE_PROBLEM : EXIT_OK
}
