/**
 * Reading a JSON file on disk without changing anything: is it missing, valid (by a validator the
 * caller gives) or damaged, and why. The durable file (durableJsonFile.ts) judges a file this way
 * before it repairs anything; read-only readers of files that are not ours to touch (colleagues'
 * tag files, the `factmark` command) use it as it is. Also the errors file operations end in, and
 * their wording for the user.
 */
import * as fs from 'node:fs/promises'
import { msg, type FileErrorReason } from '../../shared/messages'

/** Files larger than this are treated as damaged rather than read into memory. */
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024

/**
 * What a validator says of parsed JSON. `unsupported: true` means the file is well formed but
 * cannot be used by this version (written by a newer app): it is then left in place untouched,
 * and both read and write throw with code `EUNSUPPORTED`, instead of treating it as damaged.
 */
export type Validation<T> = { ok: true; value: T } | { ok: false; message: string; unsupported?: boolean }

/** A failed read or write. `code` is the errno code, or one of EUNSUPPORTED, EFBIG, EINVAL, EUNKNOWN. */
export class DurableFileError extends Error {
  override readonly name = 'DurableFileError'
  readonly code: string
  /** The file the operation was about. */
  readonly path: string

  constructor(code: string, message: string, filePath: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
    this.path = filePath
  }
}

/** What {@link inspectJsonFile} found. */
export type Inspection<T> =
  | { state: 'missing' }
  | { state: 'valid'; value: T; bytes: Buffer; mode: number }
  | { state: 'corrupt'; reason: string }

/** A file whose bytes are exactly what the caller last wrote or read: valid, and not parsed again. */
export interface KnownGood {
  state: 'known-good'
  bytes: Buffer
  mode: number
}

/**
 * Classifies the JSON file at `file` without changing anything on disk: `missing`, `valid` (with
 * the validated value and the bytes read) or `corrupt` (with the reason: too large, not UTF-8,
 * empty, not JSON, refused by `validate`). Throws a {@link DurableFileError} EUNSUPPORTED when
 * `validate` says the file is from a newer version, and the file system's error when the file
 * cannot be read (permissions, a folder, …). What the durable file uses before it repairs
 * anything, and what read-only readers of files that are not ours (the `factmark` command) use.
 * Given `knownGood`, a file holding exactly those bytes is `known-good` without being parsed again.
 */
export function inspectJsonFile<T>(file: string, validate: (data: unknown) => Validation<T>, maxBytes?: number): Promise<Inspection<T>>
export function inspectJsonFile<T>(file: string, validate: (data: unknown) => Validation<T>, maxBytes: number, knownGood: Buffer | null): Promise<Inspection<T> | KnownGood>
export async function inspectJsonFile<T>(
  file: string,
  validate: (data: unknown) => Validation<T>,
  maxBytes = DEFAULT_MAX_BYTES,
  knownGood: Buffer | null = null
): Promise<Inspection<T> | KnownGood> {
  let stat
  try {
    stat = await fs.stat(file)
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { state: 'missing' }
    throw error
  }
  if (stat.isDirectory()) throw new DurableFileError('EISDIR', msg.files.isFolder({ path: file }), file)
  if (!stat.isFile()) throw new DurableFileError('EINVAL', msg.files.notRegularFile({ path: file }), file)
  if (stat.size > maxBytes) {
    return { state: 'corrupt', reason: msg.files.tooLarge({ sizeMiB: stat.size / MIB, limitMiB: maxBytes / MIB }) }
  }
  let bytes: Buffer
  try {
    bytes = await fs.readFile(file)
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { state: 'missing' }
    throw error
  }
  if (knownGood?.equals(bytes)) return { state: 'known-good', bytes, mode: stat.mode & 0o777 }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    // Undecodable bytes are a verdict on the file, not a failure of ours.
    return { state: 'corrupt', reason: msg.files.notUtf8 }
  }
  if (text.trim() === '') return { state: 'corrupt', reason: msg.files.empty }
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    return { state: 'corrupt', reason: msg.files.notJson({ detail: error instanceof Error ? error.message : String(error) }) }
  }
  const check = validate(data)
  if (check.ok) return { state: 'valid', value: check.value, bytes, mode: stat.mode & 0o777 }
  if (check.unsupported) throw new DurableFileError('EUNSUPPORTED', check.message, file)
  return { state: 'corrupt', reason: check.message }
}

/**
 * A short phrase (no capital, no full stop) saying why a file operation failed, for messages such
 * as "Could not save: <phrase>." Accepts any thrown value.
 */
export function explainFileError(error: unknown): string {
  const code = errnoCode(error)
  const reason = code === undefined ? undefined : FILE_ERROR_REASONS[code]
  if (reason) return msg.files.errors[reason]
  return error instanceof Error ? error.message : String(error)
}

/** The errno codes {@link explainFileError} has a phrase for. */
const FILE_ERROR_REASONS: Partial<Record<string, FileErrorReason>> = {
  ENOSPC: 'no-space',
  EDQUOT: 'quota',
  EACCES: 'permission',
  EPERM: 'permission',
  EROFS: 'read-only',
  EBUSY: 'locked',
  ETXTBSY: 'locked',
  ENOENT: 'folder-gone',
  ENOTDIR: 'not-a-folder',
  EISDIR: 'folder-in-place',
  EMFILE: 'too-many-open',
  ENFILE: 'too-many-open',
  EIO: 'io',
  EFBIG: 'too-large',
  ENAMETOOLONG: 'name-too-long'
}

/** The `code` of an errno-style error, or undefined. */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}

const MIB = 1024 * 1024
