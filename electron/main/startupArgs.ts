/**
 * Finds the article named on the command line. `electron . file`, `electron out/main/index.js
 * file` (development and tests) and `Factmark file` (packaged) all work; Chromium switches are
 * skipped. A relative path is resolved against the folder the user started from (npm keeps it
 * in INIT_CWD when `npm start -- file` runs the app from the project folder).
 */
import { isAbsolute, resolve } from 'node:path'

export function findStartupFile(argv: readonly string[], options: { isPackaged: boolean; cwd: string; initCwd?: string }): string | null {
  // Unpackaged, the first non-switch argument is the app itself (`.` or the main script).
  const args = argv.slice(1).filter((arg) => !arg.startsWith('-'))
  const candidate = (options.isPackaged ? args : args.slice(1)).at(-1)
  if (!candidate) return null
  return isAbsolute(candidate) ? candidate : resolve(options.initCwd ?? options.cwd, candidate)
}
