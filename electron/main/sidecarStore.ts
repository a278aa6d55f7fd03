/**
 * Loading and saving one annotator's sidecar (their tags for one article) on disk.
 *
 * Each sidecar file is held by a lowdb `Low` over a {@link DurableJsonFile}, so saves are atomic,
 * fsynced and backed up, and a damaged file is moved aside rather than overwritten. One `Low` is
 * kept per sidecar path for the life of the process, so saves to the same file run one after
 * another. Failures come back as values with a sentence the user can act on. Temp files that
 * killed saves of a sidecar left behind are removed when that sidecar is next read or written.
 * A sidecar written by a newer Factmark (a schema version this one does not know) is never
 * moved, renamed or written over: reading it fails with `isNewer`, and so does every save to it.
 */
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { Low } from 'lowdb'
import { fail, ok, type AppError, type Result } from '../../shared/ipc'
import {
  duplicateTagIdProblem,
  SIDECAR_SUFFIX,
  sidecarFileName,
  validateSidecar,
  type Annotator,
  type Sidecar
} from '../../shared/sidecar'
import { msg } from '../../shared/messages'
import { BACKUP_FOLDER, DurableJsonFile, type DurableFileNotice } from './durableJsonFile'
import { errnoCode, explainFileError, inspectJsonFile, type Inspection, type Validation } from './jsonFileInspection'

declare const checked: unique symbol

/**
 * A sidecar known to be valid, so the store writes it without checking it again: one that passed
 * the sidecar schema ({@link saveSidecar}), or one sealed by {@link sealSidecar} from parts that
 * were validated at the IPC boundary. Only those two make one.
 */
export type CheckedSidecar = Sidecar & { readonly [checked]: true }

/**
 * Checks a sidecar that buildSidecar (shared/sidecar.ts) made from parts already validated — the tags and
 * corrected text by the IPC argument schema (ipcGuard.ts), the annotator by the settings store,
 * the article's name and hash by the document registry, the time by main's clock — for what none
 * of those could see: two tags with one id. Fails with INVALID when they do. Runs no schema: the
 * boundary already did, and this is what makes the save validate its tag file once.
 */
export function sealSidecar(sidecar: Sidecar): Result<CheckedSidecar> {
  const duplicate = duplicateTagIdProblem(sidecar.tags)
  if (duplicate) return fail('INVALID', msg.tagFile.cannotSave({ reason: duplicate }))
  // Validated boundary: every part was checked where it came from, and the ids just now.
  return ok(sidecar as CheckedSidecar)
}

interface SidecarDb {
  low: Low<Sidecar | null>
  file: DurableJsonFile<Sidecar | null>
  /** The saves of this file, in the order asked; see writeSidecar. */
  queue: Promise<void>
}

const open = new Map<string, SidecarDb>()

/** A temp file older than this is removed whoever wrote it: no save takes that long. */
export const STALE_TEMP_MS = 10 * 60 * 1000

/**
 * The sidecar path of an article for an annotator: beside the article (in the folder of `articlePath`
 * as given, so pass the real path), named by {@link sidecarFileName}.
 */
export function sidecarPath(articlePath: string, annotator: Annotator): string {
  const article = path.resolve(articlePath)
  return path.join(path.dirname(article), sidecarFileName(path.basename(article), annotator))
}

/**
 * The sidecar is named after the annotator, so after they change their name their tags are still
 * under the old name. When there is no file under the current name, find the one with this
 * annotator's id for this article and rename it to the current name. Anything unexpected (an
 * unreadable folder, another annotator's file, a damaged file) is left alone.
 */
async function adoptRenamedSidecar(articlePath: string, annotator: Annotator, filePath: string): Promise<void> {
  try {
    await fs.lstat(filePath)
    return
  } catch {
    // No file under the current name: look for one under an earlier name.
  }
  const folder = path.dirname(path.resolve(articlePath))
  const article = path.basename(path.resolve(articlePath))
  let names: string[]
  try {
    names = await fs.readdir(folder)
  } catch {
    // The folder cannot be listed: the normal read below reports what is wrong.
    return
  }
  for (const name of names) {
    if (!name.startsWith(`${article.slice(0, 40)}`) || !name.endsWith(SIDECAR_SUFFIX)) continue
    const candidate = path.join(folder, name)
    const parsed = await readSidecarQuietly(candidate)
    if (parsed && parsed.annotator.id === annotator.id && parsed.article.fileName === article) {
      try {
        await fs.rename(candidate, filePath)
      } catch {
        // Could not rename: the tags stay safe under the old name.
      }
      return
    }
  }
}

/**
 * The sidecar at `filePath` when it is a regular file this version reads as valid; null for
 * anything else (missing, unreadable, damaged, from a newer Factmark). Side-effect free: the
 * file is only read, whatever it holds. Never throws.
 */
export async function readSidecarQuietly(filePath: string): Promise<Sidecar | null> {
  try {
    // lstat: a link is not a sidecar anyone may rename.
    if (!(await fs.lstat(filePath)).isFile()) return null
    const inspection = await inspectSidecarFile(filePath)
    return inspection.state === 'valid' ? inspection.value : null
  } catch {
    // Unreadable, or from a newer Factmark: not a sidecar anyone may act on.
    return null
  }
}

/** What reading an annotator's sidecar gives: see {@link loadSidecar}. */
export type SidecarLoad =
  | { ok: true; value: { sidecar: Sidecar | null; notice: string | null } }
  | {
      ok: false
      error: AppError
      /** True when the file is from a newer Factmark: left as it is, and saves to it are refused. */
      isNewer: boolean
    }

/**
 * Reads the annotator's sidecar for an article. `sidecar` is null when there is none yet. When the
 * file was damaged it has been moved aside (never deleted) and, if a backup validated, the tags
 * come from it; `notice` then says so in a sentence to show the user. Fails with READ_FAILED when
 * the file cannot be read (permissions, a folder in its place) or was written by a newer
 * Factmark (`isNewer`); in both cases the file is left exactly as it is.
 */
export async function loadSidecar(articlePath: string, annotator: Annotator): Promise<SidecarLoad> {
  const filePath = sidecarPath(articlePath, annotator)
  const db = dbFor(filePath)
  await removeStaleTempFiles(filePath)
  await adoptRenamedSidecar(articlePath, annotator, filePath)
  // A previous load's data must not survive a file that has since disappeared.
  db.low.data = null
  try {
    await db.low.read()
  } catch (error) {
    return { ok: false, error: { code: 'READ_FAILED', message: readFailureMessage(filePath, error) }, isNewer: errnoCode(error) === 'EUNSUPPORTED' }
  }
  const sidecar = db.low.data
  const notice = db.file.lastNotice ? describeNotice(db.file.lastNotice, sidecar) : null
  return { ok: true, value: { sidecar, notice } }
}

/**
 * Durably writes a sidecar beside its article, named for `sidecar.annotator`, after checking it
 * against the sidecar schema. Resolves with the path written. Fails with INVALID when the sidecar
 * does not validate (nothing is written), otherwise as {@link writeSidecar}. For a sidecar already
 * checked (a save from the app), call writeSidecar.
 */
export async function saveSidecar(articlePath: string, sidecar: Sidecar): Promise<Result<{ path: string }>> {
  const check = validateSidecar(sidecar)
  if (!check.ok) return fail('INVALID', msg.tagFile.cannotSave({ reason: check.error.message }))
  // Validated boundary: the schema just accepted it.
  return writeSidecar(articlePath, check.sidecar as CheckedSidecar)
}

/**
 * Durably writes a checked sidecar beside its article, named for `sidecar.annotator`, without
 * validating it again. Resolves with the path written. Fails with WRITE_FAILED, saying why (disk
 * full, permission denied, read-only, locked, a tag file from a newer Factmark in the way), when
 * the disk refuses; the file on disk is then left as it was.
 */
export function writeSidecar(articlePath: string, sidecar: CheckedSidecar): Promise<Result<{ path: string }>> {
  const filePath = sidecarPath(articlePath, sidecar.annotator)
  const db = dbFor(filePath)
  // Saves of one file run one after another in the order they were asked for: the stale-temp
  // clean-up awaits the disk, and without the queue a later save could finish its clean-up first
  // and be overwritten by an earlier one.
  const run = db.queue.then(() => writeQueued(db, filePath, sidecar))
  db.queue = run.then(
    () => undefined,
    () => undefined
  )
  return run
}

async function writeQueued(db: SidecarDb, filePath: string, sidecar: CheckedSidecar): Promise<Result<{ path: string }>> {
  await removeStaleTempFiles(filePath)
  db.low.data = sidecar
  try {
    await db.low.write()
  } catch (error) {
    return fail('WRITE_FAILED', writeFailureMessage(filePath, error))
  }
  return ok({ path: filePath })
}

/**
 * Reads and classifies the tag file at `filePath` exactly as {@link loadSidecar} judges one, but
 * changes nothing on disk: a damaged file is reported (`corrupt`, with the reason), never moved
 * aside or repaired. For files that are not ours to touch: colleagues' files, the `factmark`
 * command. Throws like inspectJsonFile (EUNSUPPORTED for a file from a newer Factmark).
 */
export function inspectSidecarFile(filePath: string): Promise<Inspection<Sidecar | null>> {
  return inspectJsonFile(filePath, validateStored)
}

function dbFor(filePath: string): SidecarDb {
  const existing = open.get(filePath)
  if (existing) return existing
  // Reads are validated (a file on disk is untrusted); writes are CheckedSidecar only, so the
  // schema is not run on them a second time.
  const file = new DurableJsonFile<Sidecar | null>({ path: filePath, validate: validateStored, validateWrites: false })
  const db: SidecarDb = { low: new Low<Sidecar | null>(file, null), file, queue: Promise.resolve() }
  open.set(filePath, db)
  return db
}

/**
 * Removes the temp files that killed saves of the sidecar at `filePath` left: files named exactly
 * as {@link DurableJsonFile} names its temp files for this sidecar (`.<name>.<pid>.<12 hex>.tmp`
 * beside it, `.<name>.1.<pid>.<12 hex>.tmp` in its backup folder), and only those whose process is
 * no longer running or that are older than {@link STALE_TEMP_MS}. This process's own temp files
 * may belong to a save in progress, so only age removes them. (A process id means a process of
 * this computer: on a shared folder, only the same annotator saving the same article on another
 * computer at that moment could lose a temp file, and that save then fails and says so.) Never fails.
 */
async function removeStaleTempFiles(filePath: string): Promise<void> {
  const folder = path.dirname(filePath)
  const name = path.basename(filePath)
  await removeStaleIn(folder, name)
  const backups = path.join(folder, BACKUP_FOLDER)
  try {
    // A backup folder that is a link leads elsewhere: nothing there is ours to delete.
    if (!(await fs.lstat(backups)).isDirectory()) return
  } catch {
    // No backup folder yet: nothing to clean in it.
    return
  }
  await removeStaleIn(backups, `${name}.1`)
}

async function removeStaleIn(folder: string, fileName: string): Promise<void> {
  const pattern = new RegExp(`^\\.${escapeRegExp(fileName)}\\.(\\d{1,10})\\.[0-9a-f]{12}\\.tmp$`)
  let names: string[]
  try {
    names = await fs.readdir(folder)
  } catch {
    // An unreadable folder makes the read or write that follows fail and say why.
    return
  }
  for (const entry of names) {
    const match = pattern.exec(entry)
    if (!match) continue
    const file = path.join(folder, entry)
    try {
      const info = await fs.lstat(file)
      if (!info.isFile()) continue
      const pid = Number(match[1])
      const isStale = Date.now() - info.mtimeMs > STALE_TEMP_MS || (pid !== process.pid && !isRunning(pid))
      if (isStale) await fs.unlink(file)
    } catch {
      // Gone already, or not ours to remove (permissions): it is left for another time.
    }
  }
}

/** True unless the system says no process has this id (a process of another user counts as running). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errnoCode(error) !== 'ESRCH'
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function validateStored(data: unknown): Validation<Sidecar | null> {
  const result = validateSidecar(data)
  if (result.ok) return { ok: true, value: result.sidecar }
  // A sidecar from a newer Factmark is not damaged: it must stay where it is, untouched.
  return { ok: false, message: result.error.message, unsupported: result.error.code === 'SIDECAR_TOO_NEW' }
}

function describeNotice(notice: DurableFileNotice, sidecar: Sidecar | null): string {
  switch (notice.kind) {
    case 'recovered-from-backup':
      return msg.tagFile.recoveredFromBackup({ ...notice, savedAt: sidecar ? sidecar.savedAt : null })
    case 'corrupt-no-backup':
      return msg.tagFile.damagedNoBackup(notice)
    case 'corrupt-moved-aside-on-write':
      return msg.tagFile.damagedOnWrite(notice)
  }
}

function readFailureMessage(filePath: string, error: unknown): string {
  if (errnoCode(error) === 'EUNSUPPORTED') {
    return msg.tagFile.readTooNew({ path: filePath, reason: errorMessage(error) })
  }
  return msg.tagFile.readFailed({ path: filePath, reason: explainFileError(error) })
}

function writeFailureMessage(filePath: string, error: unknown): string {
  if (errnoCode(error) === 'EUNSUPPORTED') {
    return msg.tagFile.saveTooNew({ path: filePath, reason: errorMessage(error) })
  }
  return msg.tagFile.saveFailed({ path: filePath, reason: explainFileError(error) })
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
