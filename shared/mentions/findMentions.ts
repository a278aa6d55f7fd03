/**
 * Finding the other mentions of an entity in an article: "Tag all mentions".
 *
 * An entity has names: the text its first tag quotes, its canonical name and its aliases. Its
 * mentions are the places where one of them stands in the article as a word or words of its own,
 * whatever the case, the accents (Corée, COREE, coree), the apostrophe (’ or ') or the spaces
 * (no-break or plain), and after a French article or elision (la Corée, de Corée, l’Élysée,
 * d'Élysée, qu’Emmanuel): an apostrophe ends a word like a space does, so "d’Corée" holds the
 * word "Corée". What is returned is the name itself, never the article or the elision.
 *
 * The article is prepared once ({@link prepareMentionText}: the normalisation of
 * shared/anchoring/normalizeForMatch.ts, accents folded, with its offset map), then each search
 * ({@link findMentions}) is one pass of one regular expression holding every name, longest
 * first, over the prepared text: leftmost, then longest, with no two mentions overlapping. The
 * cost is linear in the article and does not grow with the number of names beyond the
 * expression itself.
 */
import { normalizeWithMap, toOriginalRange, type NormalizedText } from '../anchoring/normalizeForMatch'

/** A range of the article's plain text, in UTF-16 units: [start, end). */
export interface TextSpan {
  readonly start: number
  readonly end: number
}

/** An article made ready for searching names in it; build it once per text. */
export interface MentionText {
  /** The article's plain text. */
  readonly text: string
  /** The normalised text (normalizeForMatch.ts) with its map back to `text`. */
  readonly normalized: NormalizedText
  /** `normalized.text` with accents taken off, unit for unit (same length, same map). */
  readonly folded: string
}

/** Letters with a diacritic, the ones a French, Spanish, German or Slavic name may carry. */
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/g
/** Letters whose decomposition does not give their base letter. */
const EXTRA_FOLDS: ReadonlyMap<string, string> = new Map([
  ['ø', 'o'],
  ['ł', 'l'],
  ['đ', 'd'],
  ['ħ', 'h'],
  ['ı', 'i']
])
const foldCache = new Map<string, string>()

/** The letter `char` without its accent (é → e); `char` itself when it has none or folding would change the length. */
function foldChar(char: string): string {
  const cached = foldCache.get(char)
  if (cached !== undefined) return cached
  const extra = EXTRA_FOLDS.get(char)
  const base = char.normalize('NFD')
  const folded = extra ?? (base.length > 1 && /^[a-z]\p{M}+$/u.test(base) ? base[0] : char)
  foldCache.set(char, folded)
  return folded
}

/** Takes the accents off a normalised (lower-case) text; the length is kept, unit for unit. */
function foldAccents(normalized: string): string {
  return normalized.replace(ACCENTED, foldChar)
}

/**
 * Prepares `text` (an article's plain text) for {@link findMentions}. Linear in its length; keep
 * the result while the text does not change.
 */
export function prepareMentionText(text: string): MentionText {
  const normalized = normalizeWithMap(text)
  return { text, normalized, folded: foldAccents(normalized.text) }
}

/** A French article or elision at the start of a tagged text, not part of the name ("la Corée"). */
const LEADING_ARTICLE = /^(?:(?:le|la|les|de|du|des)\s+|(?:l|d|qu)['’]\s*)/
/** An elision at the start, whatever its case ("L’Élysée" is the Élysée). */
const LEADING_ELISION = /^(?:l|d|qu)['’]\s*/i
/** Quotation marks and punctuation a selection may have caught around a name. */
const EDGE_PUNCTUATION = /^[\s«»"“”‘’'([]+|[\s«»"“”‘’'()\].,;:!?]+$/g
/** Names shorter than this (after normalising) are not searched: they would match everywhere. */
const MIN_NAME_LENGTH = 2

/** A name as it is searched: normalised, accents off, its leading article or elision removed. */
function searchForm(name: string): string {
  const trimmed = name.replace(EDGE_PUNCTUATION, '').replace(LEADING_ARTICLE, '').replace(LEADING_ELISION, '')
  return foldAccents(normalizeWithMap(trimmed).text).trim()
}

/**
 * The forms searched for an entity's names (its quoted text, canonical name and aliases):
 * normalised like the article, accents off, without a lower-case leading article ("la Corée du
 * Nord" is searched as "Corée du Nord"; "Le Monde", with a capital, keeps its "Le") or a leading
 * elision of any case (l’, d’, qu’); duplicates, blanks and one-letter names left out; longest
 * first.
 */
export function searchNames(names: readonly string[]): string[] {
  const forms = new Set<string>()
  for (const name of names) {
    const form = searchForm(name)
    if (form.length >= MIN_NAME_LENGTH) forms.add(form)
  }
  return [...forms].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u

/** True when the unit at `index` of `text` belongs to a word (a letter, digit or mark); false outside the text. */
function isWordUnit(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false
  const code = text.charCodeAt(index)
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
  if (code >= 0xd800 && code <= 0xdfff) {
    const start = code >= 0xdc00 ? index - 1 : index
    return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(Math.max(0, start)) ?? 0))
  }
  return WORD_CHAR.test(text[index])
}

/** True when [start, end) of `text` is whole words: no letter or digit just before or just after. */
function onWordBoundaries(text: string, start: number, end: number): boolean {
  return !isWordUnit(text, start - 1) && !isWordUnit(text, end)
}

/** Sorted, disjoint ranges covering exactly the union of `spans`. */
function union(spans: readonly TextSpan[]): TextSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  const merged: { start: number; end: number }[] = []
  for (const span of sorted) {
    const last = merged[merged.length - 1]
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else merged.push({ start: span.start, end: span.end })
  }
  return merged
}

/**
 * The mentions of `names` (as given to {@link searchNames}, any form) in the prepared article:
 * plain-text spans of the name itself, on word boundaries, in text order, none overlapping
 * another (at one place the longest name wins) nor any span of `exclude` (the entity's tags
 * already there). An empty list when no name is searchable. One pass over the text.
 */
export function findMentions(prepared: MentionText, names: readonly string[], exclude: readonly TextSpan[] = []): TextSpan[] {
  const forms = searchNames(names)
  if (forms.length === 0) return []
  const { folded, text, normalized } = prepared
  const pattern = new RegExp(forms.map(escapeRegExp).join('|'), 'g')
  const excluded = union(exclude)
  let next = 0
  const found: TextSpan[] = []
  let match: RegExpExecArray | null
  while ((match = pattern.exec(folded)) !== null) {
    const at = match.index
    let length = match[0].length
    if (!onWordBoundaries(folded, at, at + length)) {
      // The longest name here is part of a longer word: a shorter one may still stand alone.
      const shorter = forms.find((form) => form.length < length && folded.startsWith(form, at) && onWordBoundaries(folded, at, at + form.length))
      if (!shorter) {
        pattern.lastIndex = at + 1
        continue
      }
      length = shorter.length
      pattern.lastIndex = at + length
    }
    const span = toOriginalRange(text, normalized, at, at + length)
    while (next < excluded.length && excluded[next].end <= span.start) next += 1
    if (next < excluded.length && excluded[next].start < span.end) continue
    found.push(span)
  }
  return found
}

/** A mention with the text around it, for a list to confirm. */
export interface MentionContext {
  readonly before: string
  readonly match: string
  readonly after: string
  /** The text goes on before `before` / after `after` (show an ellipsis). */
  readonly cutBefore: boolean
  readonly cutAfter: boolean
}

/**
 * The mention `span` of `text` with about `width` characters either side, cut at a space when
 * one is near and never across a paragraph break; runs of blanks shown as one space.
 */
export function mentionContext(text: string, span: TextSpan, width = 48): MentionContext {
  let from = Math.max(0, span.start - width)
  let to = Math.min(text.length, span.end + width)
  const paragraphBefore = text.lastIndexOf('\n', span.start - 1)
  if (paragraphBefore >= from) from = paragraphBefore + 1
  const paragraphAfter = text.indexOf('\n', span.end)
  if (paragraphAfter !== -1 && paragraphAfter < to) to = paragraphAfter
  let cutBefore = from > 0 && text[from - 1] !== '\n'
  let cutAfter = to < text.length && text[to] !== '\n'
  if (cutBefore) {
    const space = text.indexOf(' ', from)
    if (space !== -1 && space < span.start) from = space + 1
  }
  if (cutAfter) {
    const space = text.lastIndexOf(' ', to)
    if (space > span.end) to = space
  }
  cutBefore = cutBefore && from > 0
  cutAfter = cutAfter && to < text.length
  const squash = (part: string) => part.replace(/\s+/g, ' ')
  return {
    before: squash(text.slice(from, span.start)),
    match: squash(text.slice(span.start, span.end)),
    after: squash(text.slice(span.end, to)),
    cutBefore,
    cutAfter
  }
}
