/**
 * The fuzz targets: for each importer, parser and anchoring function, the generator it is fed and
 * the check that says whether it behaved.
 *
 * What counts as a failure:
 * - the function throws on input from a file (every function here promises not to);
 * - it returns something malformed: a ProseMirror document that fails `doc.check()`, a link to an
 *   unsafe URL, offsets outside the text, a sidecar that does not survive a JSON round trip;
 * - it returns an error whose message is not clear: empty, several lines, control or bidi
 *   characters, "undefined", or (for messages shown as they are) not a sentence;
 * - an invariant breaks: an imported document's plain text holds U+0000, or importText loses or
 *   reorders a line of the article.
 *
 * The function under test is passed in, so the HTML importer runs with whatever DOM window the
 * caller has. Pure: no node:* built-ins.
 */
import type { Node as PMNode } from 'prosemirror-model'
import type { AnchorOptions, AnchorResult } from '../../anchoring/anchor'
import { findInvalidUtf8Offset, type DecodeOptions } from '../../article/decodeText'
import type { ArticleFormat, Result } from '../../ipc'
import { normalizeForMatch, normalizeWithMap } from '../../anchoring/normalizeForMatch'
import { toPlainText } from '../../article/plainText'
import { isSafeLink, schema } from '../../article/articleSchema'
import type { SidecarParseResult } from '../../sidecar'
import type { TagTarget } from '../../model/tag'
import {
  generateAnchorInput,
  generateArticle,
  generateBytes,
  generateHtml,
  generateMarkdown,
  generateSidecarJson,
  generateText,
  type AnchorInput,
  type ArticleInput,
  type FuzzCorpus
} from './generators'
import type { FixtureCodec, FuzzTarget } from './runFuzz'

// ---------------------------------------------------------------------------------------------
// Messages

/** Longest error message or reason accepted as readable. */
const MAX_MESSAGE_LENGTH = 600

/** True for characters that make a message unreadable or reorder it: C0/C1 controls, bidi controls, line separators, lone surrogates. */
function isUnclearChar(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x2028 ||
    code === 0x2029
  )
}

/** A short, printable preview of `text` for failure descriptions. */
export function preview(text: string, length = 60): string {
  return JSON.stringify(text.length > length ? `${text.slice(0, length)}…` : text)
}

/**
 * Why `message` is not a clear reason a user can read (non-empty, one line, no control, bidi or
 * lone surrogate characters, no "[object Object]", not overlong), or null.
 */
export function unclearReason(message: unknown): string | null {
  if (typeof message !== 'string') return `message is ${typeof message}, not a string`
  if (message.trim() === '') return 'message is empty'
  if (message !== message.trim()) return `message has blank space at its edges: ${preview(message)}`
  if (message.length > MAX_MESSAGE_LENGTH) return `message is ${message.length} characters long: ${preview(message)}`
  for (let i = 0; i < message.length; i += 1) {
    const code = message.charCodeAt(i)
    if (isUnclearChar(code)) return `message holds U+${code.toString(16).padStart(4, '0').toUpperCase()}: ${preview(message)}`
  }
  if (/[\ud800-\udfff]/u.test(message)) return `message holds a lone surrogate: ${preview(message)}`
  if (/\[object \w+\]/.test(message)) return `message leaks an object: ${preview(message)}`
  return null
}

/**
 * Why `message` is not a clear sentence, or null: a clear reason (see {@link unclearReason}) that
 * starts with a capital, ends with . ! or ?, and shows no "undefined" or "NaN". (Reasons may quote
 * the file, which can hold those words; sentences are written by hand.)
 */
export function unclearSentence(message: unknown): string | null {
  const problem = unclearReason(message)
  if (problem || typeof message !== 'string') return problem
  if (/\bundefined\b|\bNaN\b/.test(message)) return `message leaks a programming value: ${preview(message)}`
  if (!/^\p{Lu}/u.test(message)) return `message does not start with a capital: ${preview(message)}`
  if (!/[.!?]["»”)]?$/u.test(message)) return `message does not end a sentence: ${preview(message)}`
  return null
}

// ---------------------------------------------------------------------------------------------
// Documents

/**
 * Why `doc` is not a well-formed imported article, or null: it must be a `doc` of the schema that
 * passes `doc.check()`, with headings of level 1–6, finite list numbers, only safe links, and no
 * U+0000 in its plain text.
 */
export function malformedDocument(doc: PMNode): string | null {
  if (!doc || doc.type !== schema.nodes.doc) return 'the importer did not return a document of the Factmark schema'
  try {
    doc.check()
  } catch (error) {
    return `doc.check() failed: ${error instanceof Error ? error.message : String(error)}`
  }
  let problem: string | null = null
  doc.descendants((node) => {
    if (problem) return false
    if (node.type === schema.nodes.heading && !(Number.isInteger(node.attrs.level) && node.attrs.level >= 1 && node.attrs.level <= 6)) {
      problem = `heading level ${String(node.attrs.level)}`
    }
    if (node.type === schema.nodes.ordered_list && !Number.isFinite(node.attrs.order)) problem = `list number ${String(node.attrs.order)}`
    for (const mark of node.marks) {
      if (mark.type === schema.marks.link && !isSafeLink(String(mark.attrs.href))) problem = `unsafe link kept: ${preview(String(mark.attrs.href))}`
    }
    return true
  })
  if (problem) return problem
  const nul = toPlainText(doc).text.indexOf('\u0000')
  if (nul !== -1) return `plain text holds U+0000 at offset ${nul}`
  return null
}

/**
 * Why `doc` does not keep every non-blank line of `text` (trimmed) in its plain text, in order,
 * or null. The one character importText replaces, U+0000, is compared as U+FFFD.
 */
export function lostLine(text: string, doc: PMNode): string | null {
  const plain = toPlainText(doc).text
  let from = 0
  for (const line of text.split(/\r\n|\r|\n/)) {
    const kept = line.trim().replaceAll('\u0000', '\ufffd')
    if (kept === '') continue
    const at = plain.indexOf(kept, from)
    if (at === -1) return `line not kept as it is, or out of order: ${preview(kept)}`
    from = at + kept.length
  }
  return null
}

// ---------------------------------------------------------------------------------------------
// Fixture codecs

const utf8 = new TextEncoder()
// ignoreBOM keeps a leading U+FEFF: it is part of the input.
const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true })

/** Fixture extension of a string input UTF-8 cannot hold (lone surrogates): a JSON string literal. */
export const ESCAPED_EXTENSION = 'escaped.json'

function isWellFormed(text: string): boolean {
  return !/[\ud800-\udfff]/u.test(text)
}

/** Strings stored as UTF-8 with extension `extension`, or as a JSON string when not well formed. */
export function stringCodec(extension: string): FixtureCodec<string> {
  return {
    extension: (input) => (isWellFormed(input) ? extension : ESCAPED_EXTENSION),
    encode: (input) => utf8.encode(isWellFormed(input) ? input : JSON.stringify(input)),
    decode: (ext, content) => {
      const text = utf8Decoder.decode(content)
      if (ext !== ESCAPED_EXTENSION) return text
      const value: unknown = JSON.parse(text)
      if (typeof value !== 'string') throw new TypeError('fixture: an escaped fixture holds one JSON string')
      return value
    }
  }
}

const bytesCodec: FixtureCodec<Uint8Array> = {
  extension: () => 'bin',
  encode: (input) => input,
  decode: (_ext, content) => content
}

/** JSON keeping the numbers JSON has no form for (NaN, ±Infinity, -0) as `{"$number": "…"}`. */
function encodeJson(value: unknown): Uint8Array {
  return utf8.encode(
    JSON.stringify(
      value,
      (_key, item: unknown) => {
        if (typeof item !== 'number') return item
        if (Object.is(item, -0)) return { $number: '-0' }
        return Number.isFinite(item) ? item : { $number: String(item) }
      },
      2
    )
  )
}

function decodeJson(content: Uint8Array): unknown {
  return JSON.parse(utf8Decoder.decode(content), (_key, item: unknown) => {
    if (item !== null && typeof item === 'object' && '$number' in item && typeof item.$number === 'string') return Number(item.$number)
    return item
  })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isTagTarget(value: unknown): value is TagTarget {
  if (!isRecord(value) || !isRecord(value.position) || !isRecord(value.quote)) return false
  const { position, quote } = value
  return (
    typeof position.start === 'number' &&
    typeof position.end === 'number' &&
    typeof quote.exact === 'string' &&
    typeof quote.prefix === 'string' &&
    typeof quote.suffix === 'string'
  )
}

const articleCodec: FixtureCodec<ArticleInput> = {
  extension: () => 'json',
  encode: encodeJson,
  decode: (_ext, content) => {
    const value = decodeJson(content)
    if (!isRecord(value) || typeof value.text !== 'string' || !['txt', 'md', 'html'].includes(String(value.format))) {
      throw new TypeError('fixture: expected {"format": "txt" | "md" | "html", "text": …}')
    }
    return { format: value.format as ArticleFormat, text: value.text }
  }
}

const anchorCodec: FixtureCodec<AnchorInput> = {
  extension: () => 'json',
  encode: encodeJson,
  decode: (_ext, content) => {
    const value = decodeJson(content)
    if (!isRecord(value) || typeof value.text !== 'string' || !isTagTarget(value.target)) {
      throw new TypeError('fixture: expected {"text": …, "target": {"position": …, "quote": …}}')
    }
    const threshold = value.reviewThreshold
    return {
      text: value.text,
      target: value.target,
      reviewThreshold: typeof threshold === 'number' ? threshold : undefined,
      shareNormalized: value.shareNormalized === true
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Targets

const DECODE_CODES = new Set(['EMPTY', 'TOO_LARGE', 'BINARY', 'NOT_UTF8'])

/** decodeArticleBytes: never throws; text it returns is valid and readable; errors are sentences. */
export function bytesTarget(
  decode: (bytes: Uint8Array, options?: DecodeOptions) => Result<string>,
  corpus: FuzzCorpus
): FuzzTarget<Uint8Array> {
  return {
    name: 'bytes',
    generate: (random) => generateBytes(random, corpus),
    fixture: bytesCodec,
    check: (bytes) => {
      const result = decode(bytes)
      if (result.ok) {
        if (typeof result.value !== 'string') return 'ok result without text'
        if (result.value.includes('\r')) return 'decoded text still holds a CR'
        if (!/\S/.test(result.value)) return 'decoded text has no readable character but was not EMPTY'
        if (findInvalidUtf8Offset(bytes) !== -1) return `accepted invalid UTF-8 at byte ${findInvalidUtf8Offset(bytes)}`
      } else {
        if (!DECODE_CODES.has(result.error.code)) return `unknown error code ${result.error.code}`
        const unclear = unclearSentence(result.error.message)
        if (unclear) return `${result.error.code}: ${unclear}`
        if (/not valid UTF-8 text\./.test(result.error.message) && findInvalidUtf8Offset(bytes) === -1) {
          return 'NOT_UTF8 without an invalid byte: the two UTF-8 checks disagree'
        }
      }
      if (bytes.length > 1) {
        const small = decode(bytes, { maxBytes: bytes.length - 1 })
        if (small.ok || small.error.code !== 'TOO_LARGE') return 'a file one byte over the limit was not TOO_LARGE'
        const unclear = unclearSentence(small.error.message)
        if (unclear) return `TOO_LARGE: ${unclear}`
      }
      return null
    }
  }
}

/** importText: a well-formed document that keeps every line of the article. */
export function textTarget(importText: (text: string) => PMNode, corpus: FuzzCorpus): FuzzTarget<string> {
  return {
    name: 'txt',
    generate: (random) => generateText(random, corpus),
    fixture: stringCodec('txt'),
    check: (text) => {
      const doc = importText(text)
      return malformedDocument(doc) ?? lostLine(text, doc)
    }
  }
}

/** importMarkdown: a well-formed document with only safe links. */
export function markdownTarget(importMarkdown: (text: string) => PMNode, corpus: FuzzCorpus): FuzzTarget<string> {
  return {
    name: 'md',
    generate: (random) => generateMarkdown(random, corpus),
    fixture: stringCodec('md'),
    check: (text) => malformedDocument(importMarkdown(text))
  }
}

/**
 * importHtml: a well-formed document with only safe links. `afterImport` checks what the caller
 * can see of its DOM (that nothing reached the live page); it returns null when all is well.
 */
export function htmlTarget(
  importHtml: (html: string) => PMNode,
  corpus: FuzzCorpus,
  afterImport: () => string | null = () => null
): FuzzTarget<string> {
  return {
    name: 'html',
    generate: (random) => generateHtml(random, corpus),
    fixture: stringCodec('html'),
    check: (html) => malformedDocument(importHtml(html)) ?? afterImport()
  }
}

/**
 * loadArticle: never throws and never reports an importer failure (INVALID) for a known format;
 * a document it returns is well formed; EMPTY comes with a sentence, and for plain text exactly
 * when the text has no visible character.
 */
export function loadTarget(load: (format: ArticleFormat, text: string) => Result<PMNode>, corpus: FuzzCorpus): FuzzTarget<ArticleInput> {
  return {
    name: 'load',
    generate: (random) => generateArticle(random, corpus),
    fixture: articleCodec,
    check: ({ format, text }) => {
      const result = load(format, text)
      if (result.ok) {
        if (format === 'txt' && !/\S/u.test(text)) return 'a text with no visible character was not EMPTY'
        return malformedDocument(result.value) ?? (format === 'txt' ? lostLine(text, result.value) : null)
      }
      const unclear = unclearSentence(result.error.message)
      if (unclear) return `${result.error.code}: ${unclear}`
      if (result.error.code === 'INVALID') return `an importer failed: ${result.error.message}`
      if (result.error.code !== 'EMPTY') return `unexpected error code ${result.error.code}`
      if (format === 'txt' && /\S/u.test(text)) return 'a text with visible characters was EMPTY'
      return null
    }
  }
}

const SIDECAR_CODES = new Set(['SIDECAR_NOT_JSON', 'SIDECAR_INVALID', 'SIDECAR_TOO_NEW'])

/** The first object or array reachable from `value` whose prototype is not the standard one. */
function foreignPrototype(value: unknown): string | null {
  // Iterative: a sidecar may legitimately hold deep JSON.
  const stack: { value: unknown; path: string }[] = [{ value, path: 'sidecar' }]
  while (stack.length > 0) {
    const item = stack.pop()
    if (!item || typeof item.value !== 'object' || item.value === null) continue
    const proto: unknown = Object.getPrototypeOf(item.value)
    const expected = Array.isArray(item.value) ? Array.prototype : Object.prototype
    if (proto !== expected) return item.path
    for (const [key, child] of Object.entries(item.value)) stack.push({ value: child, path: `${item.path}.${key}` })
  }
  return null
}

/**
 * parseSidecar: never throws; refusals carry a readable reason (they are shown inside a sentence,
 * "Your tags file was damaged (…)"); an accepted sidecar has standard prototypes only, unique tag
 * ids, and survives `parseSidecar(JSON.stringify(sidecar))` unchanged.
 */
export function sidecarTarget(parse: (text: string) => SidecarParseResult, corpus: FuzzCorpus): FuzzTarget<string> {
  return {
    name: 'sidecar',
    generate: (random) => generateSidecarJson(random, corpus),
    fixture: stringCodec('json'),
    check: (text) => {
      const result = parse(text)
      if (!result.ok) {
        if (!SIDECAR_CODES.has(result.error.code)) return `unknown error code ${result.error.code}`
        const unclear = unclearReason(result.error.message)
        return unclear ? `${result.error.code}: ${unclear}` : null
      }
      const foreign = foreignPrototype(result.sidecar)
      if (foreign) return `accepted sidecar has a non-standard prototype at ${foreign}`
      const ids = new Set(result.sidecar.tags.map((tag) => tag.id))
      if (ids.size !== result.sidecar.tags.length) return 'accepted sidecar has duplicate tag ids'
      let written: string
      try {
        written = JSON.stringify(result.sidecar)
      } catch (error) {
        return `accepted sidecar cannot be written back as JSON: ${error instanceof Error ? error.message : String(error)}`
      }
      const again = parse(written)
      if (!again.ok) return `accepted sidecar refused after a round trip: ${again.error.message}`
      if (JSON.stringify(again.sidecar) !== written) return 'sidecar changed in a round trip through JSON'
      return null
    }
  }
}

const STATUSES = new Set(['exact', 'moved', 'fuzzy', 'orphaned'])

/**
 * anchorTarget: never throws on a target read from a file; offsets are integers within
 * [0, text.length]; an exact result covers the quote; a moved one covers it up to normalisation;
 * confidence is within 0..1 and a re-attached tag is at least as confident as the threshold.
 */
export function anchorTarget(
  anchor: (text: string, target: TagTarget, options?: AnchorOptions) => AnchorResult,
  corpus: FuzzCorpus
): FuzzTarget<AnchorInput> {
  return {
    name: 'anchor',
    generate: (random) => generateAnchorInput(random, corpus),
    fixture: anchorCodec,
    check: ({ text, target, reviewThreshold, shareNormalized }) => {
      const options: AnchorOptions = { reviewThreshold, normalized: shareNormalized ? normalizeWithMap(text) : undefined }
      const result = anchor(text, target, options)
      if (!STATUSES.has(result.status)) return `unknown status ${String(result.status)}`
      const { start, end, confidence } = result
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > text.length) {
        return `offsets ${start}..${end} outside 0..${text.length}`
      }
      if (!(confidence >= 0 && confidence <= 1)) return `confidence ${confidence} outside 0..1`
      const covered = text.slice(start, end)
      if (result.status === 'exact' && covered !== target.quote.exact) return `exact result does not cover the quote: ${preview(covered)}`
      if (result.status === 'moved' || result.status === 'fuzzy') {
        if (start === end) return `${result.status} result is empty`
        if (confidence < (reviewThreshold ?? 0)) return `${result.status} result below the review threshold`
      }
      if (result.status === 'moved' && !normalizeForMatch(covered).includes(normalizeForMatch(target.quote.exact).trim())) {
        return `moved result does not cover the quote: ${preview(covered)}`
      }
      return null
    }
  }
}
