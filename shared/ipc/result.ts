/**
 * How main answers a call that can fail in an expected way (a file missing, not UTF-8, a tag file
 * damaged, a conflict on disk): as a value, `{ ok: false, error: { code, message } }`, because
 * Electron carries only an error's message across the bridge. `message` is a sentence for the
 * user; `code` is for code to branch on. Programmer misuse still throws.
 */

/** What kind of expected failure it was. */
export type ErrorCode =
  | 'CANCELLED'
  | 'NOT_FOUND'
  | 'NOT_A_FILE'
  | 'UNSUPPORTED_TYPE'
  | 'EMPTY'
  | 'TOO_LARGE'
  | 'BINARY'
  | 'NOT_UTF8'
  | 'READ_FAILED'
  | 'WRITE_FAILED'
  | 'UNKNOWN_HANDLE'
  | 'NO_ANNOTATOR'
  | 'BAD_URL'
  | 'INVALID'
  | 'CONFLICT'

export interface AppError {
  code: ErrorCode
  /** One sentence the user can act on. */
  message: string
}

/** A failure: no value, and why. */
export interface Failure<C extends ErrorCode = ErrorCode> {
  ok: false
  error: { code: C; message: string }
}

export type Result<T> = { ok: true; value: T } | Failure

/** A success carrying `value`. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value }
}

/** A failure with `code` and the sentence `message`. A new object each call. */
export function fail<C extends ErrorCode>(code: C, message: string): Failure<C> {
  return { ok: false, error: { code, message } }
}
