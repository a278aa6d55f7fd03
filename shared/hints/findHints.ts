/**
 * Check-worthiness hints: offline, rule-based suggestions of what in an article deserves checking,
 * in French and English — figures and percentages, dates, quoted speech and who it is attributed
 * to, superlatives and comparisons. A hint is never a tag: the user accepts it (it then becomes a
 * tag) or dismisses it.
 *
 * The rules work on one paragraph at a time (no rule crosses a block separator), so a caller can
 * recompute only the paragraphs that changed (see hintIndex.ts). Offsets count UTF-16 code units,
 * like every plain-text offset.
 */
import type { CheckWorthiness } from '../model/tag'

export const HINT_KINDS = ['figure', 'date', 'quote', 'attribution', 'superlative'] as const
export type HintKind = (typeof HINT_KINDS)[number]

/** Why a span was suggested; the words for each are in the message catalogue (msg.checkHints.reasons). */
export const HINT_REASONS = [
  'percentage',
  'amount',
  'money',
  'large-number',
  'decimal',
  'number',
  'full-date',
  'day-month',
  'month-year',
  'numeric-date',
  'year',
  'quote',
  'according-to',
  'speech-verb',
  'superlative',
  'record',
  'first',
  'never',
  'comparison'
] as const
export type HintReason = (typeof HINT_REASONS)[number]

/** The kind each reason belongs to. */
export const REASON_KIND: Readonly<Record<HintReason, HintKind>> = {
  percentage: 'figure',
  amount: 'figure',
  money: 'figure',
  'large-number': 'figure',
  decimal: 'figure',
  number: 'figure',
  'full-date': 'date',
  'day-month': 'date',
  'month-year': 'date',
  'numeric-date': 'date',
  year: 'date',
  quote: 'quote',
  'according-to': 'attribution',
  'speech-verb': 'attribution',
  superlative: 'superlative',
  record: 'superlative',
  first: 'superlative',
  never: 'superlative',
  comparison: 'superlative'
}

/** A suggested check-worthiness: never 'unset'. */
export type SuggestedWorthiness = Exclude<CheckWorthiness, 'unset'>

/** One suggestion: a span of the plain text, what it is, why, and how much it deserves checking. */
export interface CheckHint {
  readonly kind: HintKind
  readonly reason: HintReason
  /** Plain-text offsets, `start < end`. */
  readonly start: number
  readonly end: number
  readonly checkWorthiness: SuggestedWorthiness
}

// ---- building blocks of the patterns ------------------------------------------------------------

/** A space inside a figure or a date: normal, no-break (U+00A0), narrow no-break (U+202F), thin (U+2009). */
const SP = '[ \\u00A0\\u202F\\u2009]'
/** Not preceded / followed by a letter or digit (\b is ASCII-only, even with the u flag). */
const START = '(?<![\\p{L}\\p{N}])'
const END = '(?![\\p{L}\\p{N}])'
const APOS = "['’]"

/** A number: grouped thousands (1 200 000, 1,200,000, 1.200.000) or plain, with decimals (12.5, 12,5). */
const NUMBER = `(?:\\d{1,3}(?:(?:${SP}|,)\\d{3})+(?:[.,]\\d+)?|\\d{1,3}(?:\\.\\d{3}){2,}|\\d+(?:[.,]\\d+)?)`
const SCALE = `(?:millions?|milliards?|billions?|trillions?|mille|thousand|k€|M€|Md€|bn|m)`
const CURRENCY_WORD = `(?:euros?|dollars?|livres?|pounds?|roubles?|yuans?|wons?|francs?)`
const CURRENCY_SIGN = '[€$£¥₽₩]'

const FR_MONTHS = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre'
const FR_DAYS = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche'
const EN_MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?'
const EN_DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'
const YEAR = '(?:1[89]\\d{2}|20\\d{2})'
const ORDINAL_EN = '(?:st|nd|rd|th)'

interface Rule {
  readonly reason: HintReason
  readonly pattern: RegExp
  readonly worthiness: SuggestedWorthiness | ((span: string) => SuggestedWorthiness)
  /** Which capture group is the span (0, the whole match, by default). */
  readonly group?: number
}

const re = (source: string, flags = 'giu') => new RegExp(source, flags)

const FIGURE_RULES: readonly Rule[] = [
  { reason: 'percentage', pattern: re(`${START}${NUMBER}${SP}?(?:%|pour${SP}?cent${END}|per${SP}?cent${END}|percent${END}|points?${SP}de${SP}pourcentage|percentage${SP}points?)`), worthiness: 'high' },
  { reason: 'money', pattern: re(`${CURRENCY_SIGN}${SP}?${NUMBER}(?:${SP}?${SCALE}${END})?|${START}${NUMBER}(?:${SP}${SCALE})?${SP}?(?:${CURRENCY_SIGN}|${CURRENCY_WORD}${END})`), worthiness: 'high' },
  { reason: 'amount', pattern: re(`${START}${NUMBER}${SP}(?:millions?|milliards?|billions?|trillions?|thousand)${END}`), worthiness: 'high' },
  {
    reason: 'amount',
    pattern: re(`${START}(?:(?:des|plusieurs|quelques|de|several|many|hundreds${SP}of|tens${SP}of)${SP})?(?:millions|milliards|billions|trillions)${END}`),
    worthiness: 'medium'
  },
  { reason: 'large-number', pattern: re(`${START}\\d{1,3}(?:(?:${SP}|,)\\d{3})+(?:[.,]\\d+)?${END}`), worthiness: 'medium' },
  { reason: 'decimal', pattern: re(`${START}\\d+[.,]\\d+${END}`), worthiness: 'medium' },
  { reason: 'number', pattern: re(`${START}\\d+${END}`), worthiness: 'low' }
]

const DATE_RULES: readonly Rule[] = [
  { reason: 'numeric-date', pattern: re(`${START}(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.](?:\\d{4}|\\d{2}))${END}`), worthiness: 'low' },
  { reason: 'full-date', pattern: re(`${START}(?:(?:${FR_DAYS})${SP})?(?:1er|\\d{1,2})${SP}(?:${FR_MONTHS})${SP}${YEAR}${END}`), worthiness: 'low' },
  { reason: 'day-month', pattern: re(`${START}(?:(?:${FR_DAYS})${SP})?(?:1er|\\d{1,2})${SP}(?:${FR_MONTHS})${END}`), worthiness: 'low' },
  {
    reason: 'full-date',
    pattern: re(`${START}(?:(?:${EN_DAYS}),?${SP})?(?:${EN_MONTHS})${SP}\\d{1,2}${ORDINAL_EN}?,?${SP}${YEAR}${END}|${START}\\d{1,2}${ORDINAL_EN}?${SP}(?:of${SP})?(?:${EN_MONTHS}),?${SP}${YEAR}${END}`, 'gu'),
    worthiness: 'low'
  },
  {
    reason: 'day-month',
    pattern: re(`${START}(?:(?:${EN_DAYS}),?${SP})?(?:${EN_MONTHS})${SP}\\d{1,2}${ORDINAL_EN}?${END}|${START}\\d{1,2}${ORDINAL_EN}?${SP}(?:of${SP})?(?:${EN_MONTHS})${END}`, 'gu'),
    worthiness: 'low'
  },
  { reason: 'month-year', pattern: re(`${START}(?:(?:${FR_MONTHS})${SP}${YEAR})${END}`), worthiness: 'low' },
  { reason: 'month-year', pattern: re(`${START}(?:(?:${EN_MONTHS})${SP}${YEAR})${END}`, 'gu'), worthiness: 'low' },
  {
    reason: 'year',
    pattern: re(
      `(?<![\\p{L}])(?:en|depuis|dès|avant|après|jusqu${APOS}en|d${APOS}ici|fin|début|in|since|by|until|before|after|from|during|of)${SP}(${YEAR})${END}`
    ),
    worthiness: 'low',
    group: 1
  }
]

/** Quoted speech: the words inside the quotation marks, without them or the spaces next to them. */
const QUOTE_RULES: readonly Rule[] = [
  { reason: 'quote', pattern: re(`«[\\s\\u00A0\\u202F]*([^«»\\n]*?[^«»\\s\\u00A0\\u202F])[\\s\\u00A0\\u202F]*»`), worthiness: quoteWorthiness, group: 1 },
  { reason: 'quote', pattern: re(`“\\s*([^“”\\n]*?[^“”\\s])\\s*”`), worthiness: quoteWorthiness, group: 1 },
  { reason: 'quote', pattern: re(`"\\s*([^"\\n]*?[^"\\s])\\s*"`), worthiness: quoteWorthiness, group: 1 }
]

/** A long quote states something; a word or two in quotation marks is a label. */
function quoteWorthiness(span: string): SuggestedWorthiness {
  const words = span.split(/\s+/).filter(Boolean).length
  return words >= 8 ? 'high' : words >= 3 ? 'medium' : 'low'
}

/** "Selon …", "D'après …", "According to …", up to the end of the clause. */
const ACCORDING_TO = re(
  `(?<![\\p{L}])(?:selon|d${APOS}après|according${SP}to)${SP}+(?!(?:lequel|laquelle|lesquels|lesquelles|moi|toi|nous|vous)${END})[^,.;:!?«»"“”()\\n]{1,120}`
)

const FR_SPEECH_PARTICIPLES =
  'déclaré|affirmé|indiqué|confié|assuré|expliqué|annoncé|estimé|précisé|souligné|ajouté|dit|réaffirmé|martelé|répété|rappelé|reconnu|démenti|prévenu|averti|insisté|promis|fait savoir|raconté|confirmé'
const FR_SPEECH_PRESENT =
  'déclare|déclarent|affirme|affirment|indique|indiquent|assure|assurent|explique|expliquent|estime|estiment|précise|précisent|souligne|soulignent|ajoute|ajoutent|martèle|martèlent|confirme|confirment'
const EN_SPEECH =
  'said|says|told|tells|stated|states|claimed|claims|announced|added|insisted|warned|argued|explained|declared|tweeted|wrote|confirmed|denied'
const ADVERB = `(?:(?:également|aussi|encore|notamment|pourtant|ensuite|alors|déjà|enfin|also|again|later|previously)${SP})?`
const SPEECH_VERB = re(
  `(?<![\\p{L}${"'’"}])(?:(?:(?:a|ont|avait|avaient|aurait|auraient|avoir)${SP}${ADVERB}(?:${FR_SPEECH_PARTICIPLES}))|(?:${FR_SPEECH_PRESENT})|(?:(?:(?:has|have|had)${SP})?${ADVERB}(?:${EN_SPEECH})))${END}`
)

/** Where a clause ends, looking back from a speech verb for its subject. */
const CLAUSE_BREAK = /[,;:.!?«»"“”()\n]/u
const CLOSING_QUOTE = /[»”"][\s\u00A0\u202F,]*$/u
/** Words before a speech verb that are not its subject (a relative or an object pronoun). */
const NOT_A_SUBJECT = /^(?:qu['’]?(?:il|elle|ils|elles|on)?|que|qui|ce|ça|cela|lui|leur|y|en|ne|n['’])$/iu
const MAX_SUBJECT_WORDS = 6

/**
 * The span of an attribution around a speech verb at [verbStart, verbEnd): with its subject when
 * the clause before it has one ("le ministre russe a confié"), with the speaker after it when it
 * follows a quotation ("…», a déclaré le ministre"), else the verb alone.
 */
function speechSpan(text: string, verbStart: number, verbEnd: number): [number, number] {
  let start = verbStart
  let words = 0
  let i = verbStart
  while (i > 0 && words < MAX_SUBJECT_WORDS) {
    const ch = text[i - 1]
    if (CLAUSE_BREAK.test(ch)) break
    if (/\s/u.test(ch) && i < verbStart && !/\s/u.test(text[i])) words++
    i--
  }
  const before = text.slice(i, verbStart)
  const subject = before.trim()
  const firstWord = subject.split(/\s+/u)[0] ?? ''
  if (subject !== '' && !NOT_A_SUBJECT.test(firstWord) && !NOT_A_SUBJECT.test(subject)) {
    start = i + (before.length - before.trimStart().length)
    return [start, verbEnd]
  }
  if (CLOSING_QUOTE.test(text.slice(Math.max(0, verbStart - 8), verbStart))) {
    const after = /^[^,.;:!?«»"“”()\n]{1,80}/u.exec(text.slice(verbEnd))
    const speaker = after ? after[0].split(/\s+/u).filter(Boolean).slice(0, MAX_SUBJECT_WORDS).join(' ') : ''
    if (speaker !== '') {
      const at = text.indexOf(speaker, verbEnd)
      if (at >= 0) return [verbStart, at + speaker.length]
    }
  }
  return [verbStart, verbEnd]
}

/** Words that end in -est without being superlatives. */
const NOT_SUPERLATIVE = new Set(
  'rest|west|test|interest|request|contest|protest|forest|guest|nest|chest|quest|harvest|conquest|arrest|suggest|manifest|honest|modest|earnest|digest|inquest|unrest|behest|crest|pest|vest|zest|priest|invest|latest'.split('|')
)

const SUPERLATIVE_RULES: readonly Rule[] = [
  { reason: 'superlative', pattern: re(`(?<![\\p{L}])(?:(?:le|la|les)${SP}|l${APOS})(?:plus|moins)${SP}(?:de${SP})?\\p{L}[\\p{L}’'-]*`), worthiness: 'high' },
  { reason: 'superlative', pattern: re(`(?<![\\p{L}])the${SP}(?:most|least|fewest|biggest|largest|highest|lowest|worst|best)(?:${SP}\\p{L}+)?${END}`), worthiness: 'high' },
  { reason: 'superlative', pattern: re(`(?<![\\p{L}])the${SP}(\\p{L}{2,}est)${END}`), worthiness: 'high', group: 0 },
  { reason: 'record', pattern: re(`(?<![\\p{L}])(?:records?|sans${SP}précédent|inédite?s?|historiques?|unprecedented|all-time|record-breaking)${END}`), worthiness: 'high' },
  {
    reason: 'first',
    pattern: re(`(?<![\\p{L}])(?:premier|première|premiers|premières|first)${END}(?!${SP}(?:ministre|dame|secrétaire|minister|lady|secretary))`),
    worthiness: 'medium'
  },
  { reason: 'never', pattern: re(`(?<![\\p{L}])(?:jamais|never|ever)${END}`), worthiness: 'medium' },
  {
    reason: 'comparison',
    pattern: re(
      `(?<![\\p{L}])(?:(?:plus|moins)${SP}(?:de${SP}|d${APOS})\\d+(?:[ .,\\u00A0\\u202F]\\d+)*|(?:plus|moins)${SP}(?:de${SP}|d${APOS})?(?:(?!plus${END}|moins${END})[^.;:!?«»\\n]){1,40}?${SP}qu(?:e${END}|${APOS})|(?:more|fewer|less)${SP}than|\\p{L}{2,}er${SP}than|(?:deux|trois|dix|two|three|ten)${SP}(?:fois|times)${SP}(?:plus|moins|more|less))`
    ),
    worthiness: 'medium'
  }
]

function worthinessOf(rule: Rule, span: string): SuggestedWorthiness {
  return typeof rule.worthiness === 'function' ? rule.worthiness(span) : rule.worthiness
}

/** Every match of `rule` in `text`, as hints shifted by `offset`. */
function matchRule(rule: Rule, text: string, offset: number, out: CheckHint[]): void {
  rule.pattern.lastIndex = 0
  const group = rule.group ?? 0
  for (const match of text.matchAll(rule.pattern)) {
    const captured = match[group]
    if (captured === undefined || captured === '') continue
    const at = group === 0 ? match.index : match.index + match[0].indexOf(captured)
    // English puts the comma before a closing quotation mark; it is not part of what was said.
    const length = rule.reason === 'quote' ? captured.replace(/,$/u, '').length : captured.length
    if (rule.reason === 'superlative' && rule.group === 0 && match[1] !== undefined && NOT_SUPERLATIVE.has(match[1].toLowerCase())) continue
    if (rule.reason === 'comparison' && /^(?:other|rather|either|whether|neither|over|under|after)\s/iu.test(captured)) continue
    if (length === 0) continue
    out.push({ kind: REASON_KIND[rule.reason], reason: rule.reason, start: offset + at, end: offset + at + length, checkWorthiness: worthinessOf(rule, captured) })
  }
}

/** True when [start, end) overlaps a span already kept. */
function overlapsAny(kept: readonly CheckHint[], hint: CheckHint): boolean {
  return kept.some((k) => k.start < hint.end && hint.start < k.end)
}

/**
 * Runs `rules` in order and keeps each match that overlaps none kept before it (of `blockers`
 * too): earlier rules are the more specific ones, so "3,5 %" is a percentage, not a decimal.
 */
function firstRuleWins(rules: readonly Rule[], text: string, offset: number, blockers: readonly CheckHint[]): CheckHint[] {
  const kept: CheckHint[] = []
  for (const rule of rules) {
    const found: CheckHint[] = []
    matchRule(rule, text, offset, found)
    for (const hint of found) if (!overlapsAny(kept, hint) && !overlapsAny(blockers, hint)) kept.push(hint)
  }
  return kept
}

function attributions(text: string, offset: number): CheckHint[] {
  const out: CheckHint[] = []
  ACCORDING_TO.lastIndex = 0
  for (const match of text.matchAll(ACCORDING_TO)) {
    const span = match[0].trimEnd()
    out.push({ kind: 'attribution', reason: 'according-to', start: offset + match.index, end: offset + match.index + span.length, checkWorthiness: 'medium' })
  }
  SPEECH_VERB.lastIndex = 0
  for (const match of text.matchAll(SPEECH_VERB)) {
    const [start, end] = speechSpan(text, match.index, match.index + match[0].length)
    const hint: CheckHint = { kind: 'attribution', reason: 'speech-verb', start: offset + start, end: offset + end, checkWorthiness: 'medium' }
    if (!overlapsAny(out, hint)) out.push(hint)
  }
  return out
}

/**
 * The hints of one paragraph (text without block separators), with offsets shifted by `offset`
 * (where the paragraph starts in the plain text), sorted by start then by end. Pure.
 */
export function findParagraphHints(text: string, offset = 0): CheckHint[] {
  if (!/[\p{L}\p{N}]/u.test(text)) return []
  const dates = firstRuleWins(DATE_RULES, text, offset, [])
  const figures = firstRuleWins(FIGURE_RULES, text, offset, dates)
  const quotes = firstRuleWins(QUOTE_RULES, text, offset, [])
  const superlatives = firstRuleWins(SUPERLATIVE_RULES, text, offset, [])
  const all = [...dates, ...figures, ...quotes, ...attributions(text, offset), ...superlatives]
  return all.sort((a, b) => a.start - b.start || b.end - a.end)
}

/**
 * The hints of a whole plain text (blocks joined by "\n\n"), sorted by start. For a long text
 * that is edited, use {@link HintIndex} (hintIndex.ts), which recomputes only changed paragraphs.
 */
export function findHints(text: string): CheckHint[] {
  const out: CheckHint[] = []
  let offset = 0
  for (const paragraph of text.split('\n\n')) {
    for (const hint of findParagraphHints(paragraph, offset)) out.push(hint)
    offset += paragraph.length + 2
  }
  return out
}

/**
 * What identifies a hint across edits elsewhere in the text, to remember that it was dismissed:
 * its reason, its text and a few characters on each side.
 */
export function hintKey(text: string, hint: Pick<CheckHint, 'reason' | 'start' | 'end'>): string {
  const before = text.slice(Math.max(0, hint.start - 12), hint.start)
  const after = text.slice(hint.end, hint.end + 12)
  return `${hint.reason}\u0000${before}\u0000${text.slice(hint.start, hint.end)}\u0000${after}`
}
