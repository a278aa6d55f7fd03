/**
 * The files the checklist reads: app code of a folder (what notAppCode.js does not exclude), one
 * file by path, and the copies with one safeguard removed that the self-tests feed the checks.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isNotAppCode } from '../../../shared/testing/notAppCode.js'

/** One file: its path from the project root (with `/`) and its text. */
export interface Source {
  path: string
  text: string
}

/** The project root. */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
export const CODE_FILE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/

export function readSource(path: string): Source {
  return { path, text: readFileSync(join(ROOT, path), 'utf8') }
}

/** Every file of app code under `folders`: tests, benchmarks, test support and declarations are skipped (shared/testing/notAppCode.js). */
export function appSources(...folders: string[]): Source[] {
  const found: Source[] = []
  const visit = (folder: string) => {
    for (const entry of readdirSync(join(ROOT, folder), { withFileTypes: true })) {
      const path = `${folder}/${entry.name}`
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') visit(path)
      } else if (CODE_FILE.test(entry.name) && !isNotAppCode(path)) {
        found.push(readSource(path))
      }
    }
  }
  for (const folder of folders) visit(folder)
  return found.sort((a, b) => a.path.localeCompare(b.path))
}

/** `source` with `from` replaced by `to`; throws when `from` is not there, so a self-test cannot go stale silently. */
export function mutate(source: Source, from: string, to: string): Source {
  if (!source.text.includes(from)) throw new Error(`self-test anchor ${JSON.stringify(from)} is gone from ${source.path}; update the test`)
  return { path: source.path, text: source.text.replace(from, to) }
}

/** `sources` with the file at `source.path` replaced by `source` (or added). */
export function withSource(sources: Source[], source: Source): Source[] {
  return [...sources.filter((s) => s.path !== source.path), source]
}
