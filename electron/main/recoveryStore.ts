/**
 * Tags that could not be saved beside the article (disk full, folder read-only, a conflict
 * waiting for the user) are kept in a recovery file in Factmark's own folder, so a crash or a
 * forced quit does not lose them. The next time the article is opened the user is offered them;
 * a successful save beside the article removes the recovery file.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { validateSidecar, type Sidecar } from '../../shared/sidecar'
import { DurableJsonFile } from './durableJsonFile'

export interface RecoveryStore {
  /** Keeps `sidecar` as the unsaved state of the article at `articlePath`. */
  keep(articlePath: string, sidecar: Sidecar): Promise<void>
  /** The unsaved state kept for the article, or null. */
  find(articlePath: string): Promise<Sidecar | null>
  /** Forgets the unsaved state of the article (saved, or discarded by the user). */
  discard(articlePath: string): Promise<void>
}

/** A recovery store in `folder` (Electron's userData/recovery). */
export function openRecoveryStore(folder: string): RecoveryStore {
  const fileFor = (articlePath: string) =>
    join(folder, `${createHash('sha256').update(articlePath).digest('hex').slice(0, 24)}.json`)
  const adapterFor = (articlePath: string) =>
    new DurableJsonFile<Sidecar>({
      path: fileFor(articlePath),
      backups: 0,
      validate: (data) => {
        const result = validateSidecar(data)
        return result.ok ? { ok: true, value: result.sidecar } : { ok: false, message: result.error.message }
      }
    })
  return {
    async keep(articlePath, sidecar) {
      await mkdir(folder, { recursive: true })
      const low = new Low<Sidecar>(adapterFor(articlePath), sidecar)
      low.data = sidecar
      await low.write()
    },
    async find(articlePath) {
      try {
        await readFile(fileFor(articlePath))
      } catch {
        // No recovery file (the usual case) or unreadable: nothing to offer.
        return null
      }
      const low = new Low<Sidecar | null>(adapterFor(articlePath) as DurableJsonFile<Sidecar | null>, null)
      try {
        await low.read()
      } catch {
        // A recovery file we cannot read is moved aside by the adapter; nothing to offer.
        return null
      }
      return low.data
    },
    async discard(articlePath) {
      await rm(fileFor(articlePath), { force: true })
    }
  }
}
