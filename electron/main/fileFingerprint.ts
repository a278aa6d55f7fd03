/**
 * What a file on disk looked like when Factmark last read or wrote it, to tell whether another
 * program has changed it since: size and modification time first (cheap), and the content hash
 * when those differ (a file touched but not changed is not a change).
 */
import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'

export interface Fingerprint {
  size: number
  mtimeMs: number
  sha256: string
}

/** The file's fingerprint, or null when there is no file. Other errors are thrown. */
export async function fingerprint(path: string): Promise<Fingerprint | null> {
  try {
    const info = await stat(path)
    const bytes = await readFile(path)
    return { size: info.size, mtimeMs: info.mtimeMs, sha256: createHash('sha256').update(bytes).digest('hex') }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/**
 * Whether the file at `path` still matches `known` (null: known to be absent). Reads the file only
 * when size or time differ. Returns the current fingerprint when it changed.
 */
export async function hasChanged(path: string, known: Fingerprint | null): Promise<{ changed: boolean; current: Fingerprint | null }> {
  let info
  try {
    info = await stat(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { changed: known !== null, current: null }
    throw error
  }
  if (known && info.size === known.size && info.mtimeMs === known.mtimeMs) return { changed: false, current: known }
  const current = await fingerprint(path)
  return { changed: current?.sha256 !== known?.sha256, current }
}
