/** The entry point of the built command: sets the language (first), then runs it on this process's arguments and streams. */
import './language'
import { msg } from '../../shared/messages'
import { runFactmark } from './factmark'

runFactmark(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text)
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    // A bug, not a condition of the files: say so plainly rather than with a stack alone.
    process.stderr.write(`${msg.cli.internalError({ detail: error instanceof Error ? (error.stack ?? error.message) : String(error) })}\n`)
    process.exitCode = 70
  }
)
