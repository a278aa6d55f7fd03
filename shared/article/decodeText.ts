/**
 * Turns the bytes of an article file into text, or says in plain words why it cannot.
 *
 * The only encoding Factmark reads is UTF-8: a file in another encoding is refused with a message
 * that tells the fact-checker how to fix it, never decoded by guesswork, because a wrongly decoded
 * article would be tagged and quoted with wrong characters. Binary files (PDF, Word, images, …)
 * are recognised and named so the user knows what they opened.
 *
 * Pure: no node:* built-ins and no Buffer, so main, CLI and tests share it.
 */
import type { Result } from '../ipc'
import { msg, type BinaryKind } from '../messages'

/** Default size limit of an article file: 20 MiB. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024

/** Options of {@link decodeArticleBytes}. */
export interface DecodeOptions {
  /** Largest accepted file, in bytes; defaults to {@link MAX_ARTICLE_BYTES}. */
  maxBytes?: number
}

/** How much of the start of a file the binary checks look at. */
const SNIFF_BYTES = 64 * 1024

/** Share of C0 control bytes (other than tab, LF, CR and form feed) above which a file is binary. */
const CONTROL_SHARE_LIMIT = 0.1

const BYTES_PER_MB = 1024 * 1024

interface MagicNumber {
  bytes: readonly number[]
  /** What the signature says the file is ("it looks like a PDF document"). */
  kind: BinaryKind
}

const MAGIC_NUMBERS: readonly MagicNumber[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'pdf' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'zip-or-office' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], kind: 'zip' },
  { bytes: [0x50, 0x4b, 0x07, 0x08], kind: 'zip' },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], kind: 'png' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'jpeg' },
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61], kind: 'gif' },
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], kind: 'gif' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'old-office' },
  { bytes: [0x1f, 0x8b], kind: 'gzip' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'program' }
]

/**
 * Decodes an article file.
 *
 * Returns the text with a UTF-8 byte order mark removed and every CRLF or lone CR turned into LF;
 * the characters are otherwise exactly those of the file. Expected failures are values:
 * - `EMPTY`: no bytes, or nothing but whitespace and a byte order mark;
 * - `TOO_LARGE`: more than `maxBytes` bytes (checked before anything is decoded);
 * - `BINARY`: a known binary signature (PDF, ZIP/Office, PNG, JPEG, GIF, …), a NUL byte in the
 *   first 64 KiB, or many control characters there;
 * - `NOT_UTF8`: a UTF-16/UTF-32 byte order mark, text that looks like UTF-16 without one, or bytes
 *   that are not valid UTF-8 (the message gives the 0-based byte offset and line of the first).
 *
 * Throws a RangeError when `options.maxBytes` is not a positive integer (programmer misuse).
 */
export function decodeArticleBytes(bytes: Uint8Array, options: DecodeOptions = {}): Result<string> {
  const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
    throw new RangeError(`decodeArticleBytes: maxBytes must be a positive integer, got ${maxBytes}`)
  }
  if (bytes.length === 0) return fail('EMPTY', msg.article.decode.empty)
  if (bytes.length > maxBytes) {
    return fail('TOO_LARGE', msg.article.decode.tooLarge({ sizeMb: megabytes(bytes.length, 'up'), limitMb: megabytes(maxBytes, 'down') }))
  }

  const unicodeBom = detectOtherUnicodeBom(bytes)
  if (unicodeBom) {
    return fail('NOT_UTF8', msg.article.decode.otherUnicode({ encoding: unicodeBom }))
  }

  const magic = MAGIC_NUMBERS.find((m) => startsWith(bytes, m.bytes))
  if (magic) return fail('BINARY', msg.article.decode.looksLike({ kind: magic.kind }))

  const sniffed = bytes.subarray(0, SNIFF_BYTES)
  if (looksLikeUtf16(sniffed)) {
    return fail('NOT_UTF8', msg.article.decode.looksUtf16)
  }
  if (sniffed.includes(0)) return fail('BINARY', msg.article.decode.nulBytes)
  if (controlShare(sniffed) > CONTROL_SHARE_LIMIT) return fail('BINARY', msg.article.decode.controlCharacters)

  let text: string
  try {
    // The decoder removes a leading UTF-8 byte order mark (ignoreBOM is false).
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    // A fatal TextDecoder throws a TypeError only for malformed input; it becomes a value here.
    return fail('NOT_UTF8', notUtf8Message(bytes))
  }

  text = text.replace(/\r\n?/g, '\n')
  if (!/\S/.test(text)) return fail('EMPTY', msg.article.decode.blankOnly)
  return { ok: true, value: text }
}

/**
 * Returns the 0-based offset of the first byte of the first ill-formed UTF-8 sequence in `bytes`
 * (per the Unicode "well-formed UTF-8 byte sequences" table), or -1 when all of it is valid.
 */
export function findInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]
    if (b < 0x80) {
      i += 1
      continue
    }
    let length: number
    let min = 0x80
    let max = 0xbf
    if (b >= 0xc2 && b <= 0xdf) length = 2
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3
      if (b === 0xe0) min = 0xa0 // overlong
      if (b === 0xed) max = 0x9f // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4
      if (b === 0xf0) min = 0x90 // overlong
      if (b === 0xf4) max = 0x8f // above U+10FFFF
    } else return i
    if (i + length > bytes.length) return i
    const second = bytes[i + 1]
    if (second < min || second > max) return i
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k]
      if (next < 0x80 || next > 0xbf) return i
    }
    i += length
  }
  return -1
}

function notUtf8Message(bytes: Uint8Array): string {
  const offset = findInvalidUtf8Offset(bytes)
  return msg.article.decode.notUtf8({ at: offset < 0 ? null : { offset, line: lineAt(bytes, offset) } })
}

/** 1-based line number of byte `offset`. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) {
    // A CRLF counts once: its LF ends the line; a lone CR ends one too.
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++
  }
  return line
}

function detectOtherUnicodeBom(bytes: Uint8Array): string | null {
  // UTF-32 LE first: its BOM starts with the UTF-16 LE one.
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) return 'UTF-32'
  if (startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) return 'UTF-32'
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'UTF-16'
  return null
}

/**
 * True when NUL bytes sit almost only at even or only at odd offsets, next to text-like bytes, as
 * in UTF-16 text of a Latin-script language saved without a byte order mark.
 */
function looksLikeUtf16(sample: Uint8Array): boolean {
  const pairs = Math.floor(sample.length / 2)
  if (pairs < 2) return false
  const nuls = [0, 0]
  const textLikeBesideNul = [0, 0]
  for (let i = 0; i + 1 < sample.length; i += 2) {
    for (const side of [0, 1]) {
      if (sample[i + side] !== 0) continue
      nuls[side]++
      if (isTextLikeByte(sample[i + 1 - side])) textLikeBesideNul[side]++
    }
  }
  const side = nuls[0] >= nuls[1] ? 0 : 1
  return (
    nuls[side] >= pairs * 0.5 && nuls[1 - side] <= pairs * 0.02 && textLikeBesideNul[side] >= nuls[side] * 0.95
  )
}

function isTextLikeByte(b: number): boolean {
  return b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d
}

function controlShare(sample: Uint8Array): number {
  let controls = 0
  for (const b of sample) {
    // In UTF-8 a byte below 0x20 is always that C0 character itself, never part of another one.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++
  }
  return controls / sample.length
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false
  return prefix.every((b, i) => bytes[i] === b)
}

/** Size in MB (MiB) rounded to a tenth, up or down, so a too-large size never displays as the limit. */
function megabytes(size: number, rounding: 'up' | 'down'): number {
  const tenths = size / BYTES_PER_MB * 10
  return (rounding === 'up' ? Math.ceil(tenths) : Math.floor(tenths)) / 10
}

function fail(code: 'EMPTY' | 'TOO_LARGE' | 'BINARY' | 'NOT_UTF8', message: string): Result<string> {
  return { ok: false, error: { code, message } }
}
