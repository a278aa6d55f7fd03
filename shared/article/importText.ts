/**
 * Imports a plain-text article into the Factmark schema.
 *
 * Blank lines separate paragraphs; a single line break inside a paragraph is kept as a hard break,
 * so the document's plain text (plainText.ts) is the file's text with line ends normalised,
 * trailing blanks of lines removed and runs of blank lines made one. Nothing else is rewritten:
 * quotes, apostrophes and no-break spaces stay as they are, because tags quote this text. The one
 * exception is U+0000, which becomes U+FFFD as CommonMark (the Markdown importer) does and the
 * HTML parser does for `&#0;`: a NUL cannot be shown or typed in the editor. It is one code unit
 * for one, so offsets do not move.
 *
 * Plain-text articles have no markup for headings, so a cautious rule promotes an obvious
 * intertitle (see {@link isHeadingLike}) and leaves anything doubtful a paragraph.
 *
 * Pure: usable in main, renderer, CLI and tests.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { schema } from './articleSchema'

/** Longest line, in characters, that can be read as a heading. */
const HEADING_MAX_CHARS = 120
/** Most words a heading can have. */
const HEADING_MAX_WORDS = 15

/** Sentence punctuation that ends a paragraph, never a heading. */
const CLOSING_PUNCTUATION = new Set(['.', '!', '?', '…', ':', ';', ','])
/** Closing quotes and brackets looked past to find the punctuation before them (`.»`, `."`). */
const CLOSERS = /[\s»›"”’')\]}]+$/u

/**
 * Builds a document from plain text.
 *
 * - CRLF and lone CR count as line ends.
 * - Paragraphs are split on blank lines (lines holding only whitespace); leading and trailing blank
 *   lines are ignored.
 * - Within a paragraph each line end becomes a `hard_break`; trailing whitespace of every line is
 *   removed; U+0000 becomes U+FFFD; every other character is kept exactly.
 * - A paragraph that {@link isHeadingLike} becomes a heading when it is the first block and the next
 *   block is not heading-like (level 1), or when it stands between two blocks that are not
 *   heading-like (level 2).
 *
 * Text with no non-blank line gives a document with one empty paragraph: callers must check
 * {@link hasReadableText} and turn such a result into an `EMPTY` error, never show it silently.
 * Never throws.
 */
export function importText(text: string): PMNode {
  const paragraphs = splitParagraphs(text.replaceAll('\u0000', '\ufffd'))
  const headingLike = paragraphs.map(isHeadingLike)
  const blocks = paragraphs.map((lines, i) => {
    const content = inlineContent(lines)
    const isFirst = i === 0
    const hasNext = i + 1 < paragraphs.length
    const isHeading =
      headingLike[i] && hasNext && !headingLike[i + 1] && (isFirst || !headingLike[i - 1])
    return isHeading
      ? schema.nodes.heading.create({ level: isFirst ? 1 : 2 }, content)
      : schema.nodes.paragraph.create(null, content)
  })
  if (blocks.length === 0) blocks.push(schema.nodes.paragraph.create())
  return schema.nodes.doc.create(null, blocks)
}

/**
 * True when `doc` holds at least one character that is not whitespace (no-break spaces and byte
 * order marks count as whitespace). An import without readable text is an `EMPTY` error.
 */
export function hasReadableText(doc: PMNode): boolean {
  return /\S/u.test(doc.textContent)
}

/**
 * True when a paragraph (given as its lines) looks like an intertitle: a single line of at most
 * 120 characters and 15 words, with a letter or digit, not ending with sentence punctuation
 * (`. ! ? … : ; ,`), even behind closing quotes or brackets (`.»`, `."`, `?)`).
 */
export function isHeadingLike(lines: readonly string[]): boolean {
  if (lines.length !== 1) return false
  const line = lines[0].trim()
  if ([...line].length > HEADING_MAX_CHARS) return false
  if (!/[\p{L}\p{N}]/u.test(line)) return false
  const words = line.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word))
  if (words.length > HEADING_MAX_WORDS) return false
  const beforeClosers = line.replace(CLOSERS, '')
  const last = beforeClosers.slice(-1)
  return !CLOSING_PUNCTUATION.has(last)
}

/** Splits text into paragraphs, each a list of lines without trailing whitespace. */
function splitParagraphs(text: string): string[][] {
  const paragraphs: string[][] = []
  let current: string[] = []
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.trimEnd()
    // trimEnd removes the same characters \s matches, so a whitespace-only line is now empty.
    if (line === '') {
      if (current.length > 0) paragraphs.push(current)
      current = []
    } else {
      current.push(line)
    }
  }
  if (current.length > 0) paragraphs.push(current)
  return paragraphs
}

function inlineContent(lines: readonly string[]): PMNode[] {
  const content: PMNode[] = []
  lines.forEach((line, i) => {
    if (i > 0) content.push(schema.nodes.hard_break.create())
    content.push(schema.text(line))
  })
  return content
}
