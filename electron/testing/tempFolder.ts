/**
 * A fresh temp folder for each test of main's disk code, removed after it. Test code only.
 *
 * The folder is given by its real path: the document registry and the sidecar store keep real
 * paths, and the system temp folder may itself sit behind a symlink (macOS `/var` → `/private/var`).
 */
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach } from 'vitest'

/** Makes a new temp folder (real path) named `factmark-<prefix>-…`. The caller removes it. */
export async function makeTempFolder(prefix: string): Promise<string> {
  return fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), `factmark-${prefix}-`)))
}

/**
 * Registers `beforeEach`/`afterEach` hooks in the calling test file: before each test a new temp
 * folder, after it the folder and everything in it removed. Read `.path` inside a test or a later
 * hook (hooks run in the order they are registered, so register this first).
 */
export function useTempFolder(prefix: string): { readonly path: string } {
  let current: string | null = null
  beforeEach(async () => {
    current = await makeTempFolder(prefix)
  })
  afterEach(async () => {
    if (current) await fs.rm(current, { recursive: true, force: true })
    current = null
  })
  return {
    get path(): string {
      if (current === null) throw new Error('useTempFolder: the folder exists only while a test runs')
      return current
    }
  }
}
