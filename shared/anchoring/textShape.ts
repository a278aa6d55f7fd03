/**
 * The shape of text around an offset, for the anchoring rules: sentence and paragraph edges read
 * in the original text (normalising turns line breaks into spaces), word units and edges read in
 * either. Pure functions of a string and an offset.
 */

const SENTENCE_END = /[.!?\u2026]/u
const CLOSING_QUOTE = /["'\u00bb\u201d\u2019)]/u
const LINE_BREAK = /[\n\r\u2028\u2029]/u

/** True when only spaces stand between a line break (or the text's start) and offset `at` of original `text`. */
export function breakBefore(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i -= 1) {
    if (LINE_BREAK.test(text[i])) return true
    if (!/\s/u.test(text[i])) return false
  }
  return true
}

/** True when only spaces stand between offset `at` of original `text` and a line break (or the text's end). */
export function breakAfter(text: string, at: number): boolean {
  for (let i = at; i < text.length; i += 1) {
    if (LINE_BREAK.test(text[i])) return true
    if (!/\s/u.test(text[i])) return false
  }
  return true
}

/**
 * True when original text ending at `at` (`before`'s end when `at` is absent) leaves what follows
 * opening a sentence or a paragraph: back over whitespace there is the text's start, a line break,
 * or a sentence's end (. ! ? …, maybe followed by a closing quotation mark). Looked for in the
 * original, as normalising turns line breaks into spaces.
 */
export function opensSentence(before: string, at = before.length): boolean {
  let i = at - 1
  while (i >= 0 && /\s/u.test(before[i])) {
    if (LINE_BREAK.test(before[i])) return true
    i -= 1
  }
  if (i < 0) return true
  // Closing quotation marks, with the space French typography sets before them (« Non. »).
  while (i > 0 && (CLOSING_QUOTE.test(before[i]) || (/\s/u.test(before[i]) && CLOSING_QUOTE.test(before[i + 1])))) i -= 1
  return SENTENCE_END.test(before[i])
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u

/** True for a letter, digit or combining mark: a unit that continues a word. */
export function isWordUnit(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
  if (isHighSurrogate(code) || isLowSurrogate(code)) return false
  return WORD_CHARACTER.test(String.fromCharCode(code))
}

/** True when offset `at` of `text` is not inside a word (an edge of the text counts as outside). */
export function isWordEdge(text: string, at: number): boolean {
  return !(at > 0 && at < text.length && isWordUnit(text.charCodeAt(at - 1)) && isWordUnit(text.charCodeAt(at)))
}
