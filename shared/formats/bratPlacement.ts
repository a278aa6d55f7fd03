/**
 * Where the spans of a brat `.ann` file are in the article (see bratImport.ts for the rules):
 * checked against the `.txt` or the article, carried over, mapped across blank-space
 * differences, or left to the quote. Also how parts of the file are shown in messages.
 */
import { describeRange } from '../anchoring/anchor'
import { codePointIndex, countBelow } from '../anchoring/codePoints'
import { msg } from '../messages'
import { LINE_BREAK } from './bratVocabulary'
import type { ImportContext, ImportedTarget } from './types'

const m = msg.formats.brat
const LINE_BREAKS = new RegExp(LINE_BREAK.source, 'gu')

/** True for a control, bidi or line separator character, which a message must not show. */
function isHidden(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x061c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x2028 || code === 0x2029
}

/** A part of the file shown in a message: one line, no control or bidi characters, at most 40 characters. */
export function shown(text: string): string {
  const chars = Array.from(text, (char) => (isHidden(char.charCodeAt(0)) ? ' ' : /^[\ud800-\udfff]$/u.test(char) ? '\ufffd' : char))
  return (chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : chars.join('')).trim()
}

/** One fragment of a T line, in code points. */
export interface Fragment {
  readonly start: number
  readonly end: number
}

export interface TextBound {
  readonly id: string
  readonly line: number
  readonly type: string
  readonly fragments: readonly Fragment[]
  readonly text: string
}

/** The text at `fragments` of a text, joined as brat joins them; null when a fragment is past its end. */
export function textAt(chars: ReturnType<typeof codePointIndex>, text: string, fragments: readonly Fragment[]): string | null {
  if (fragments.some((f) => f.end > chars.codePointLength)) return null
  return fragments.map((f) => text.slice(chars.toUtf16(f.start), chars.toUtf16(f.end))).join(' ')
}

/** UTF-16 offsets of the characters that are not blank space. */
function solidOffsets(text: string): number[] {
  const offsets: number[] = []
  for (let i = 0; i < text.length; i += 1) if (!/\s/u.test(text[i])) offsets.push(i)
  return offsets
}

/**
 * Maps UTF-16 ranges of `from` onto `to` when the two differ only in blank space; null when they
 * differ more.
 */
function blankSpaceMap(from: string, to: string): ((start: number, end: number) => { start: number; end: number } | null) | null {
  const a = solidOffsets(from)
  const b = solidOffsets(to)
  if (a.length !== b.length) return null
  for (let i = 0; i < a.length; i += 1) if (from[a[i]] !== to[b[i]]) return null
  return (start, end) => {
    const first = countBelow(a, start)
    const last = countBelow(a, end)
    if (last <= first) return null
    return { start: b[first], end: b[last - 1] + 1 }
  }
}

/** Where each T is in the article, by the rules of bratImport.ts's module comment; warnings go to `warnings`. */
export function targetsOf(spans: readonly TextBound[], context: ImportContext, warnings: string[]): Map<string, ImportedTarget> {
  const { text } = context
  const textChars = codePointIndex(text)
  let basis = context.sourceText
  if (basis === undefined && spans.every((s) => textAt(textChars, text, s.fragments) === s.text)) basis = text
  const targets = new Map<string, ImportedTarget>()
  if (basis === undefined) {
    if (spans.length > 0) warnings.push(m.warn.noSourceText())
    for (const s of spans) {
      if (s.fragments.length > 1) warnings.push(m.warn.discontinuous({ id: shown(s.id), pieces: s.fragments.length }))
      targets.set(s.id, { exact: s.text, prefix: '', suffix: '', position: null })
    }
    return targets
  }
  const chars = basis === text ? textChars : codePointIndex(basis)
  const map = basis === text ? (start: number, end: number) => ({ start, end }) : blankSpaceMap(basis, text)
  if (!map && spans.length > 0) warnings.push(m.warn.differentText())
  for (const s of spans) {
    const ranges = s.fragments.map((f) => ({ start: chars.toUtf16(f.start), end: chars.toUtf16(f.end) })).sort((a, b) => a.start - b.start)
    const start = ranges[0].start
    const end = Math.max(...ranges.map((r) => r.end))
    const gaps = ranges.slice(1).map((r, i) => basis.slice(ranges[i].end, r.start))
    if (gaps.some((gap) => gap.replace(LINE_BREAKS, '').trim() !== '')) warnings.push(m.warn.discontinuous({ id: shown(s.id), pieces: s.fragments.length }))
    const mapped = map ? map(start, end) : null
    if (mapped && text.length > 0) {
      const { quote } = describeRange(text, mapped.start, mapped.end)
      targets.set(s.id, { ...quote, position: mapped })
    } else {
      const { quote } = describeRange(basis, start, end)
      targets.set(s.id, { ...quote, position: null })
    }
  }
  return targets
}

