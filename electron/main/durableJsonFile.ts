/**
 * A lowdb adapter that keeps a JSON file safe on disk: the file Factmark's tags and settings live in.
 *
 * lowdb's own writer renames a temp file but never fsyncs and happily overwrites a damaged file.
 * This adapter instead:
 * - writes a unique temp file beside the target, fsyncs it, renames it over the target and fsyncs
 *   the folder, so a crash leaves either the old file or the new one, never half of one;
 * - keeps the last good versions as backups in a hidden `.factmark-backups` folder beside the file;
 * - never overwrites or deletes a file it cannot read as valid JSON: it renames it aside to
 *   `<file>.corrupt-<time>` and falls back to the newest backup that validates;
 * - runs reads and writes of one instance one after another, so two saves never interleave.
 *
 * Failures throw a {@link DurableFileError} whose `code` is the errno code (ENOSPC, EACCES, …) so the
 * caller can tell the user what went wrong; `explainFileError` (jsonFileInspection.ts) turns it
 * into words. Reading a file without repairing it is jsonFileInspection.ts's job.
 */
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { Adapter } from 'lowdb'
import { msg } from '../../shared/messages'
import { DEFAULT_MAX_BYTES, DurableFileError, errnoCode, inspectJsonFile, type Inspection, type KnownGood, type Validation } from './jsonFileInspection'

/** Name of the hidden folder, beside the file, that holds its backups. */
export const BACKUP_FOLDER = '.factmark-backups'

export interface DurableJsonFileOptions<T> {
  /** The file to keep. Its folder must exist. */
  path: string
  /** Checks parsed JSON; only what it accepts is ever returned by `read` or written by `write`. */
  validate: (data: unknown) => Validation<T>
  /** How many previous good versions to keep (default 3; 0 keeps none). */
  backups?: number
  /** Clock used to name files moved aside (default: the system clock). */
  now?: () => Date
  /** Size above which the file is treated as damaged (default {@link DEFAULT_MAX_BYTES}). */
  maxBytes?: number
  /**
   * Whether `write` runs `validate` on what it is about to write (default true). Pass false only
   * when the caller's type already guarantees what it writes is valid (the sidecar store writes
   * only sidecars checked at the IPC boundary), so the same check is not run twice on the same
   * value. Serialisation and the size limit are checked either way.
   */
  validateWrites?: boolean
}

/** Something the user must be told about: a damaged file was found and moved aside. */
export type DurableFileNotice =
  | {
      kind: 'recovered-from-backup'
      /** Where the damaged file now is. */
      corruptPath: string
      /** The backup whose content was returned (and written back to the file). */
      backupPath: string
      /** Why the file was judged damaged. */
      reason: string
      /** False when writing the backup's content back to the file failed; the next save writes it. */
      restored: boolean
    }
  | { kind: 'corrupt-no-backup'; corruptPath: string; reason: string }
  /** A save found the file on disk damaged (changed by another program) and moved it aside first. */
  | { kind: 'corrupt-moved-aside-on-write'; corruptPath: string; reason: string }

/** Codes with which fsync of a folder fails where the platform does not support it. */
const UNSUPPORTED_FOLDER_SYNC = new Set(['EISDIR', 'EPERM', 'EINVAL', 'ENOTSUP', 'EBADF'])

/**
 * The lowdb adapter. `read` returns null when the file does not exist (or was damaged and no
 * backup validates); after each read, {@link DurableJsonFile.lastNotice} says whether a damaged
 * file was moved aside. `write` resolves once the new content is durably in place.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly path: string
  /** What the last read (or a write that met a damaged file) did that the user must hear about. */
  lastNotice: DurableFileNotice | null = null

  private readonly validate: (data: unknown) => Validation<T>
  private readonly backups: number
  private readonly now: () => Date
  private readonly maxBytes: number
  private readonly validateWrites: boolean
  /**
   * The bytes this instance last wrote, or read and found valid: a file on disk with exactly these
   * bytes is known valid without parsing it again (the validator is a pure function of the bytes).
   */
  private knownGood: Buffer | null = null
  private tail: Promise<void> = Promise.resolve()

  constructor(options: DurableJsonFileOptions<T>) {
    const backups = options.backups ?? 3
    if (!Number.isInteger(backups) || backups < 0) throw new RangeError('DurableJsonFile: backups must be a whole number ≥ 0')
    this.path = path.resolve(options.path)
    this.validate = options.validate
    this.backups = backups
    this.now = options.now ?? (() => new Date())
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
    this.validateWrites = options.validateWrites ?? true
  }

  /** The backup paths, newest first. */
  backupPaths(): string[] {
    const folder = path.join(path.dirname(this.path), BACKUP_FOLDER)
    const name = path.basename(this.path)
    return Array.from({ length: this.backups }, (_, i) => path.join(folder, `${name}.${i + 1}`))
  }

  /**
   * Reads and validates the file. Missing → null. Damaged (not UTF-8, not JSON, not valid, too
   * large) → moved aside, then the newest valid backup is returned and written back, or null.
   * Throws a {@link DurableFileError} when the file cannot be read at all (EACCES, EISDIR, …) or
   * is from a newer version (EUNSUPPORTED); such a file is left where it is.
   */
  read(): Promise<T | null> {
    return this.enqueue(() => this.readNow())
  }

  /**
   * Durably replaces the file with `data` (2-space JSON and a final newline), keeping the previous
   * good version as backup 1. The data is serialised when `write` is called, so later changes to
   * the object do not leak into a queued write. Refuses data that is not JSON or its own validator
   * rejects (EINVAL; the validator is skipped with `validateWrites: false`) or that would be too
   * large to read back (EFBIG). On failure the file on disk is unchanged and no temp file is left.
   */
  write(data: T): Promise<void> {
    let text: Buffer
    try {
      text = this.serialise(data)
    } catch (error) {
      return Promise.reject(toDurableError(error, this.path))
    }
    return this.enqueue(() => this.writeNow(text))
  }

  private enqueue<R>(task: () => Promise<R>): Promise<R> {
    const run = this.tail.then(task)
    // The chain only orders the tasks; each caller sees its own task's failure through `run`.
    this.tail = run.then(
      () => undefined,
      () => undefined
    )
    return run
  }

  private serialise(data: T): Buffer {
    const json: string | undefined = JSON.stringify(data, null, 2)
    if (json === undefined) throw new DurableFileError('EINVAL', msg.files.refuseNotJson, this.path)
    const text = `${json}\n`
    const bytes = Buffer.from(text, 'utf8')
    if (bytes.length > this.maxBytes) {
      throw new DurableFileError('EFBIG', msg.files.refuseTooLarge, this.path)
    }
    if (this.validateWrites) {
      const check = this.validate(JSON.parse(text))
      if (!check.ok) throw new DurableFileError('EINVAL', msg.files.refuseInvalid({ reason: check.message }), this.path)
    }
    return bytes
  }

  private async readNow(): Promise<T | null> {
    this.lastNotice = null
    try {
      this.knownGood = null
      const current = await this.inspect(this.path)
      if (current.state === 'missing') return null
      if (current.state === 'valid') {
        this.knownGood = current.bytes
        return current.value
      }
      const corruptPath = await this.moveAside()
      for (const backupPath of this.backupPaths()) {
        const backup = await this.inspectBackup(backupPath)
        if (backup.state !== 'valid') continue
        const restored = await this.restore(backup.bytes)
        if (restored) this.knownGood = backup.bytes
        this.lastNotice = { kind: 'recovered-from-backup', corruptPath, backupPath, reason: current.reason, restored }
        return backup.value
      }
      this.lastNotice = { kind: 'corrupt-no-backup', corruptPath, reason: current.reason }
      return null
    } catch (error) {
      throw toDurableError(error, this.path)
    }
  }

  private async writeNow(text: Buffer): Promise<void> {
    const folder = path.dirname(this.path)
    const temp = path.join(folder, tempName(path.basename(this.path)))
    try {
      // The file on disk is judged before it becomes backup 1; unchanged since our last write or read, it is known good.
      const current = await this.inspect(this.path, this.knownGood)
      this.knownGood = null
      const isGood = current.state === 'valid' || current.state === 'known-good'
      await writeDurably(temp, text, isGood ? current.mode : null)
      if (isGood) {
        await this.rotate(current.bytes)
      } else if (current.state === 'corrupt') {
        const corruptPath = await this.moveAside()
        this.lastNotice = { kind: 'corrupt-moved-aside-on-write', corruptPath, reason: current.reason }
      }
      await fs.rename(temp, this.path)
      await syncFolder(folder)
      this.knownGood = text
    } catch (error) {
      await removeIfThere(temp)
      throw toDurableError(error, this.path)
    }
  }

  /**
   * Classifies a file on disk. Throws when it cannot be read (permissions, a folder, …). When its
   * bytes are exactly `knownGood`, it is valid without being parsed again (and no value is given).
   */
  private inspect(file: string): Promise<Inspection<T>>
  private inspect(file: string, knownGood: Buffer | null): Promise<Inspection<T> | KnownGood>
  private inspect(file: string, knownGood: Buffer | null = null): Promise<Inspection<T> | KnownGood> {
    return inspectJsonFile(file, this.validate, this.maxBytes, knownGood)
  }

  private async inspectBackup(file: string): Promise<Inspection<T>> {
    try {
      return await this.inspect(file)
    } catch (error) {
      // An unreadable backup is simply not a candidate; the next older one may do.
      return { state: 'corrupt', reason: error instanceof Error ? error.message : String(error) }
    }
  }

  /** Renames the damaged file to a free `<file>.corrupt-<time>` name in the same folder. */
  private async moveAside(): Promise<string> {
    const stamp = this.now().toISOString().replace(/:/g, '-')
    let candidate = `${this.path}.corrupt-${stamp}`
    for (let n = 2; await exists(candidate); n++) candidate = `${this.path}.corrupt-${stamp}-${n}`
    await fs.rename(this.path, candidate)
    await syncFolder(path.dirname(this.path))
    return candidate
  }

  /** Writes a recovered backup's bytes back to the (now vacant) file; false if that failed. */
  private async restore(bytes: Buffer): Promise<boolean> {
    const folder = path.dirname(this.path)
    const temp = path.join(folder, tempName(path.basename(this.path)))
    try {
      await writeDurably(temp, bytes, null)
      await fs.rename(temp, this.path)
      await syncFolder(folder)
      return true
    } catch {
      // The recovered data is still returned and the backups are untouched; the next save writes it.
      await removeIfThere(temp)
      return false
    }
  }

  /** Shifts backups 1→2→3 (dropping the oldest) and stores `bytes` as backup 1. */
  private async rotate(bytes: Buffer): Promise<void> {
    if (this.backups === 0) return
    const paths = this.backupPaths()
    const folder = path.dirname(paths[0])
    try {
      // Not recursive: a save must never recreate a folder the user has just deleted.
      await fs.mkdir(folder)
    } catch (error) {
      if (errnoCode(error) !== 'EEXIST') throw error
    }
    // A backups "folder" that is a link could lead writes anywhere: keep no backups rather than
    // follow it; the save itself goes on.
    if ((await fs.lstat(folder)).isSymbolicLink()) return
    // Saving unchanged data again must not push the older, different versions out.
    if (await sameBytes(paths[0], bytes)) return
    for (let i = paths.length - 1; i >= 1; i--) {
      try {
        await fs.rename(paths[i - 1], paths[i])
      } catch (error) {
        // A gap in the backups (fewer saves so far) is normal.
        if (errnoCode(error) !== 'ENOENT') throw error
      }
    }
    const temp = path.join(folder, tempName(path.basename(paths[0])))
    try {
      await writeDurably(temp, bytes, null)
      await fs.rename(temp, paths[0])
    } catch (error) {
      await removeIfThere(temp)
      throw error
    }
    await syncFolder(folder)
  }
}

function toDurableError(error: unknown, filePath: string): DurableFileError {
  if (error instanceof DurableFileError) return error
  const message = error instanceof Error ? error.message : String(error)
  return new DurableFileError(errnoCode(error) ?? 'EUNKNOWN', message, filePath, { cause: error })
}

function tempName(fileName: string): string {
  return `.${fileName}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`
}

/** Creates `file` (which must not exist), writes `content` and fsyncs it. */
async function writeDurably(file: string, content: string | Buffer, mode: number | null): Promise<void> {
  const handle = await fs.open(file, 'wx')
  try {
    if (mode !== null) {
      try {
        await handle.chmod(mode)
      } catch {
        // Some file systems (FAT, some shares) have no modes; the default ones are fine there.
      }
    }
    await handle.writeFile(content)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Makes a rename in `folder` durable. */
async function syncFolder(folder: string): Promise<void> {
  let handle
  try {
    handle = await fs.open(folder, 'r')
  } catch (error) {
    // Windows cannot open a folder as a file; it has no folder fsync to do.
    if (UNSUPPORTED_FOLDER_SYNC.has(errnoCode(error) ?? '')) return
    throw error
  }
  try {
    await handle.sync()
  } catch (error) {
    // Some file systems (network shares, FAT) refuse fsync on a folder; the rename itself is done.
    if (!UNSUPPORTED_FOLDER_SYNC.has(errnoCode(error) ?? '')) throw error
  } finally {
    await handle.close()
  }
}

async function removeIfThere(file: string): Promise<void> {
  try {
    await fs.unlink(file)
  } catch {
    // Already gone (renamed into place) or never created; there is nothing else to clean up.
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file)
    return true
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false
    throw error
  }
}

async function sameBytes(file: string, bytes: Buffer): Promise<boolean> {
  try {
    return (await fs.readFile(file)).equals(bytes)
  } catch {
    // No readable backup 1: nothing to compare with, so rotate.
    return false
  }
}

/**
 * Writes each file durably and all together as far as a file system allows: every content goes to
 * a temp file beside its target and is fsynced first, then each is renamed over its target and
 * the folders are fsynced. A crash or kill leaves each target either as it was or complete, never
 * half written; when a write fails before the renames, no target is touched and the temp files
 * are removed. For outputs that are not JSON (the `factmark export` files). Throws a
 * {@link DurableFileError} naming the file.
 */
export async function writeFilesDurably(files: readonly { path: string; content: string | Buffer }[]): Promise<void> {
  const temps = files.map((file) => ({ ...file, temp: path.join(path.dirname(file.path), tempName(path.basename(file.path))) }))
  let current = ''
  try {
    for (const file of temps) {
      current = file.path
      await writeDurably(file.temp, file.content, null)
    }
    for (const file of temps) {
      current = file.path
      await fs.rename(file.temp, file.path)
    }
    for (const folder of new Set(temps.map((file) => path.dirname(file.path)))) await syncFolder(folder)
  } catch (error) {
    throw toDurableError(error, current)
  } finally {
    for (const file of temps) await removeIfThere(file.temp)
  }
}
