/**
 * A seeded corpus of edited-article cases for measuring re-attachment (issue 7).
 *
 * A case starts from a real text, places tags on it (whole sentences, short entity names, every
 * mention of a repeated name, entity tags nested in sentence tags), describes them as a tag file
 * would (describeRange), then applies recorded edits to the text. Every edit is a replacement of
 * a range, a permutation of paragraphs or a code-point-wise mapping, and each one updates every
 * tag's TRUE position: so a case knows, for each tag, what a correct matcher must answer:
 * - `same` at X: the tag's text is still there, equal up to what matching treats as equal
 *   (’ vs ', « » vs ", U+00A0/U+202F vs space, CRLF, NFC vs NFD); it must end attached or moved
 *   at exactly X;
 * - `changed` at X: an edit touched the tag's own text (a typo fixed, words reworded, an emoji);
 *   it must end at exactly X, or needs review;
 * - `gone`: its text was deleted or replaced as a whole (its paragraph, its sentence, the one
 *   word of an entity name); it must end needs review, whatever similar text exists elsewhere.
 *   One exception: a sentence deleted while the verbatim copy repeatSentence set elsewhere
 *   outlives it has moved there, with the tags in it, as far as any text can tell (the new text
 *   is the same as if the sentence had been moved: moveOneSentenceParagraph is a deletion and an
 *   insertion too), so its tags are expected on the copy, with the fate they had.
 * Pure and deterministic: the same article and seed give the same case on every platform.
 */
import { describeRange } from '../../anchoring/anchor'
import type { TagTarget } from '../../model/tag'
import { createRandom, type Random } from '../fuzz/random'
import type { CorpusArticle } from './articles'

/** What a correct matcher answers for one tag. Offsets count UTF-16 units into the new text. */
export type Expected =
  | { readonly kind: 'same'; readonly start: number; readonly end: number }
  | { readonly kind: 'changed'; readonly start: number; readonly end: number }
  | { readonly kind: 'gone' }

export type TagRole = 'sentence' | 'entity'

export interface CorpusTag {
  readonly id: string
  readonly role: TagRole
  /** As stored in the tag file, described on the old text. */
  readonly target: TagTarget
  readonly expected: Expected
}

export type EditKind =
  | 'insertParagraph'
  | 'leadSameStart'
  | 'deleteParagraph'
  | 'swapParagraphs'
  | 'typoFix'
  | 'typography'
  | 'repeatSentence'
  | 'rewordSentence'
  | 'nearCopyReplacesSentence'
  | 'emoji'
  | 'nfd'
  | 'crlf'
  | 'wordsChanged10'
  | 'moveOneSentenceParagraph'

export const EDIT_KINDS: readonly EditKind[] = [
  'insertParagraph',
  'leadSameStart',
  'deleteParagraph',
  'swapParagraphs',
  'typoFix',
  'typography',
  'repeatSentence',
  'rewordSentence',
  'nearCopyReplacesSentence',
  'emoji',
  'nfd',
  'crlf',
  'wordsChanged10',
  'moveOneSentenceParagraph'
]

export interface ReattachCase {
  /** `article#seed`, unique in a corpus. */
  readonly name: string
  readonly article: string
  readonly seed: number
  /** The edits applied, in order. */
  readonly edits: readonly EditKind[]
  readonly oldText: string
  readonly newText: string
  readonly tags: readonly CorpusTag[]
}

type Fate = 'same' | 'changed' | 'gone'

interface Tracked {
  readonly id: string
  /** 'copy': where repeatSentence copied the tag `of`, tracked like a tag, never output. */
  readonly role: TagRole | 'copy'
  /** For a copy: the id of the tag copied, and of the sentence repeatSentence copied with it. */
  readonly of?: string
  readonly sentence?: string
  start: number
  end: number
  fate: Fate
}

interface State {
  text: string
  readonly tags: Tracked[]
  readonly random: Random
  /** Words of the article, for replacements. */
  readonly vocabulary: readonly string[]
}

const PARAGRAPH_BREAK = '\n\n'

const FILLER_PARAGRAPHS: readonly string[] = [
  'Mise à jour : cet article a été complété avec de nouvelles informations.',
  'Update: this story has been updated with new information from officials.',
  'Contacté par notre rédaction, le ministère n’a pas souhaité faire de commentaire.',
  'The ministry did not respond to a request for comment on Wednesday.',
  'Cet article est réservé à nos abonnés. Il reste 80 % à lire.',
  'Lire aussi : les enjeux d’une alliance qui inquiète la région.'
]

const EMOJI: readonly string[] = ['🔴', '⚠️', '📌', '🇫🇷', '👉🏽']

/**
 * Replaces [from, to) of the text by `insert` and moves every tag. `equivalent`: the replacement
 * is equal for matching (a typographic variant, a decomposed accent), so a tag it touches keeps
 * its fate; otherwise a tag it covers whole is gone and one it touches in part is changed.
 */
function replace(state: State, from: number, to: number, insert: string, equivalent: boolean): void {
  const delta = insert.length - (to - from)
  state.text = state.text.slice(0, from) + insert + state.text.slice(to)
  for (const tag of state.tags) {
    if (tag.fate === 'gone') continue
    if (to <= tag.start) {
      tag.start += delta
      tag.end += delta
    } else if (from >= tag.end) {
      // after the tag: nothing moves
    } else if (equivalent) {
      tag.start = Math.min(tag.start, from)
      tag.end = Math.max(tag.end, to) + delta
    } else if (from <= tag.start && to >= tag.end) {
      tag.fate = 'gone'
    } else {
      tag.fate = 'changed'
      tag.start = Math.min(tag.start, from)
      tag.end = Math.max(tag.end, to) + delta
    }
  }
}

/** Maps every code point through `map` (an equivalent replacement), from the end backwards. */
function mapCodePoints(state: State, map: (char: string) => string): void {
  const chars = Array.from(state.text)
  let offset = state.text.length
  for (let i = chars.length - 1; i >= 0; i -= 1) {
    const char = chars[i]
    offset -= char.length
    const mapped = map(char)
    if (mapped !== char) replace(state, offset, offset + char.length, mapped, true)
  }
}

interface Range {
  start: number
  end: number
}

function paragraphs(text: string): Range[] {
  const ranges: Range[] = []
  let start = 0
  for (;;) {
    const at = text.indexOf(PARAGRAPH_BREAK, start)
    ranges.push({ start, end: at === -1 ? text.length : at })
    if (at === -1) return ranges
    start = at + PARAGRAPH_BREAK.length
  }
}

/** Sentences of the text: from a non-space to . ! ? (then an optional closing quote) before a space, or to a paragraph's end. */
function sentences(text: string): Range[] {
  const ranges: Range[] = []
  for (const paragraph of paragraphs(text)) {
    let start = -1
    for (let i = paragraph.start; i < paragraph.end; i += 1) {
      const char = text[i]
      if (start === -1) {
        if (char !== ' ') start = i
        continue
      }
      if ('.!?'.includes(char)) {
        let end = i + 1
        while (end < paragraph.end && '»”"'.includes(text[end])) end += 1
        if (end === paragraph.end || text[end] === ' ' || text[end] === '\u00a0') {
          ranges.push({ start, end })
          start = -1
          i = end - 1
        }
      }
    }
    if (start !== -1) ranges.push({ start, end: paragraph.end })
  }
  return ranges
}

function words(text: string, from = 0, to = text.length): Range[] {
  const ranges: Range[] = []
  const pattern = /[\p{L}\p{N}]+/gu
  pattern.lastIndex = from
  for (let m = pattern.exec(text); m && m.index < to; m = pattern.exec(text)) {
    if (m.index + m[0].length <= to) ranges.push({ start: m.index, end: m.index + m[0].length })
  }
  return ranges
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char)
}

function liveSentenceTags(state: State): Tracked[] {
  return state.tags.filter((tag) => tag.role === 'sentence' && tag.fate !== 'gone')
}

function otherWord(state: State, word: string): string {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const candidate = state.random.pick(state.vocabulary)
    if (candidate.toLowerCase() !== word.toLowerCase()) return candidate
  }
  return `${word}s`
}

/** Replaces about `share` of the words of [from, to) by other words, from the end backwards. */
function changeWords(state: State, from: number, to: number, share: number): void {
  const ranges = words(state.text, from, to)
  const chosen = ranges.filter(() => state.random.chance(share))
  if (chosen.length === 0 && ranges.length > 0) chosen.push(state.random.pick(ranges))
  for (const range of chosen.reverse()) {
    replace(state, range.start, range.end, otherWord(state, state.text.slice(range.start, range.end)), false)
  }
}

/** The text of [from, to) with about `share` of its words changed (not applied to the state). */
function nearCopy(state: State, from: number, to: number, share: number): string {
  let copy = state.text.slice(from, to)
  const ranges = words(copy)
  const count = Math.max(1, Math.round(ranges.length * share))
  const picked = new Set<number>()
  while (picked.size < Math.min(count, ranges.length)) picked.add(state.random.int(ranges.length))
  for (const index of [...picked].sort((a, b) => b - a)) {
    const range = ranges[index]
    copy = copy.slice(0, range.start) + otherWord(state, copy.slice(range.start, range.end)) + copy.slice(range.end)
  }
  return copy
}

function insertParagraphAt(state: State, index: number, paragraph: string): void {
  const ranges = paragraphs(state.text)
  if (index >= ranges.length) replace(state, state.text.length, state.text.length, PARAGRAPH_BREAK + paragraph, false)
  else replace(state, ranges[index].start, ranges[index].start, paragraph + PARAGRAPH_BREAK, false)
}

function deleteRange(state: State, range: Range): void {
  // One separator goes with the deleted part: a space within a paragraph, else a paragraph break.
  const text = state.text
  let { start, end } = range
  if (start >= 1 && text[start - 1] === ' ') start -= 1
  else if (text[end] === ' ') end += 1
  else if (text.startsWith(PARAGRAPH_BREAK, end)) end += PARAGRAPH_BREAK.length
  else if (start >= 2 && text.slice(start - 2, start) === PARAGRAPH_BREAK) start -= 2
  replace(state, start, end, '', false)
}

/** Reorders the paragraphs as `order` says; tags move with their paragraph. */
function permuteParagraphs(state: State, order: readonly number[]): void {
  const ranges = paragraphs(state.text)
  const pieces = order.map((index) => state.text.slice(ranges[index].start, ranges[index].end))
  const newStarts: number[] = new Array(ranges.length)
  let at = 0
  order.forEach((index, position) => {
    newStarts[index] = at
    at += pieces[position].length + PARAGRAPH_BREAK.length
  })
  for (const tag of state.tags) {
    if (tag.fate === 'gone') continue
    const index = ranges.findIndex((r) => tag.start >= r.start && tag.end <= r.end)
    if (index === -1) continue
    const shift = newStarts[index] - ranges[index].start
    tag.start += shift
    tag.end += shift
  }
  state.text = pieces.join(PARAGRAPH_BREAK)
}

const APPLY: Record<EditKind, (state: State) => void> = {
  insertParagraph(state) {
    const count = paragraphs(state.text).length
    insertParagraphAt(state, state.random.int(count + 1), state.random.pick(FILLER_PARAGRAPHS))
  },
  leadSameStart(state) {
    // A new lead paragraph opening with the article's first words: identical text at old offset 0.
    const first = words(state.text).slice(0, state.random.range(1, 2))
    const opening = state.text.slice(0, first[first.length - 1]?.end ?? 0)
    insertParagraphAt(state, 0, `${opening} dément toute livraison d’armes, selon un communiqué publié jeudi.`)
  },
  deleteParagraph(state) {
    const ranges = paragraphs(state.text)
    if (ranges.length > 1) deleteRange(state, state.random.pick(ranges))
  },
  swapParagraphs(state) {
    const count = paragraphs(state.text).length
    if (count < 2) return
    const a = state.random.int(count)
    const b = (a + 1 + state.random.int(count - 1)) % count
    const order = Array.from({ length: count }, (_, i) => (i === a ? b : i === b ? a : i))
    permuteParagraphs(state, order)
  },
  typoFix(state) {
    const candidates = words(state.text).filter((w) => w.end - w.start >= 5)
    for (let n = state.random.range(1, 3); n > 0 && candidates.length > 0; n -= 1) {
      const word = state.random.pick(candidates)
      const at = word.start + 1 + state.random.int(word.end - word.start - 3)
      const pair = state.text.slice(at, at + 2)
      if (pair.length === 2 && pair[0] !== pair[1]) replace(state, at, at + 2, pair[1] + pair[0], false)
    }
  },
  typography(state) {
    const curly = state.random.chance(0.5)
    mapCodePoints(state, (char) => {
      if (char === '’') return "'"
      if (char === "'" && curly) return '’'
      if (char === '«' || char === '»' || char === '“' || char === '”') return '"'
      if (char === '\u00a0' || char === '\u202f') return ' '
      return char
    })
    // French typography: a narrow no-break space before ; : ! ? where a space was.
    const text = state.text
    for (let i = text.length - 2; i >= 0; i -= 1) {
      if (text[i] === ' ' && ';:!?'.includes(text[i + 1])) replace(state, i, i + 1, '\u202f', true)
    }
  },
  repeatSentence(state) {
    const tags = liveSentenceTags(state)
    if (tags.length === 0) return
    const tag = state.random.pick(tags)
    const copy = state.text.slice(tag.start, tag.end)
    const count = paragraphs(state.text).length
    const nested = state.tags.filter((t) => t.role !== 'copy' && t.fate !== 'gone' && t.start >= tag.start && t.end <= tag.end)
    const offsets = nested.map((t) => ({ of: t.id, start: t.start - tag.start, end: t.end - tag.start, fate: t.fate }))
    const index = state.random.int(count + 1)
    const ranges = paragraphs(state.text)
    // Where insertParagraphAt sets it: at the start of paragraph `index`, or after the last one.
    const copyStart = index >= ranges.length ? state.text.length + PARAGRAPH_BREAK.length : ranges[index].start
    insertParagraphAt(state, index, copy)
    for (const { of, start, end, fate } of offsets) {
      state.tags.push({ id: `copy of ${of}`, role: 'copy', of, sentence: tag.id, start: copyStart + start, end: copyStart + end, fate })
    }
  },
  rewordSentence(state) {
    const tags = liveSentenceTags(state)
    if (tags.length === 0) return
    const tag = state.random.pick(tags)
    changeWords(state, tag.start, tag.end, 0.4)
  },
  nearCopyReplacesSentence(state) {
    // A near-copy (about 12% of words different) elsewhere, and the sentence itself deleted.
    const tags = liveSentenceTags(state)
    if (tags.length === 0) return
    const tag = state.random.pick(tags)
    const copy = nearCopy(state, tag.start, tag.end, 0.12)
    const range = { start: tag.start, end: tag.end }
    const ranges = paragraphs(state.text)
    const own = ranges.findIndex((r) => range.start >= r.start && range.end <= r.end)
    let target = state.random.int(ranges.length + 1)
    if (target === own || target === own + 1) target = own === 0 ? ranges.length : 0
    const before = state.text.length
    insertParagraphAt(state, target, copy)
    if (target <= own) {
      const shift = state.text.length - before
      range.start += shift
      range.end += shift
    }
    deleteRange(state, range)
  },
  emoji(state) {
    const all = words(state.text)
    for (let n = state.random.range(1, 3); n > 0; n -= 1) {
      const word = state.random.pick(all)
      const at = state.random.chance(0.5) ? word.end : word.start
      const emoji = state.random.pick(EMOJI)
      if (at === word.end) replace(state, at, at, ` ${emoji}`, false)
      else replace(state, at, at, `${emoji} `, false)
      all.splice(0, all.length, ...words(state.text))
    }
  },
  nfd(state) {
    mapCodePoints(state, (char) => char.normalize('NFD'))
  },
  crlf(state) {
    mapCodePoints(state, (char) => (char === '\n' ? '\r\n' : char))
  },
  wordsChanged10(state) {
    changeWords(state, 0, state.text.length, 0.1)
  },
  moveOneSentenceParagraph(state) {
    // Makes a tagged sentence a paragraph of its own elsewhere: unique, verbatim, moved.
    const tags = liveSentenceTags(state)
    if (tags.length === 0) return
    const tag = state.random.pick(tags)
    const sentence = state.text.slice(tag.start, tag.end)
    const id = tag.id
    const nested = state.tags.filter((t) => t.fate !== 'gone' && t.start >= tag.start && t.end <= tag.end)
    const offsets = nested.map((t) => ({ tag: t, start: t.start - tag.start, end: t.end - tag.start, fate: t.fate }))
    deleteRange(state, { start: tag.start, end: tag.end })
    const count = paragraphs(state.text).length
    const index = state.random.chance(0.5) ? 0 : count
    const before = state.text.length
    insertParagraphAt(state, index, sentence)
    const at = index === 0 ? 0 : before + PARAGRAPH_BREAK.length
    for (const { tag: moved, start, end, fate } of offsets) {
      moved.fate = fate
      moved.start = at + start
      moved.end = at + end
    }
    if (!nested.some((t) => t.id === id)) throw new Error('corpus: the moved sentence lost its tag')
  }
}

/** Global, code-point-wise edits run after the others so that ranges found by them stay simple. */
const LATE: ReadonlySet<EditKind> = new Set(['typography', 'nfd', 'crlf'])

/** Places tags on `text`: about a third of the sentences, and about half of the mentions of each entity. */
function placeTags(text: string, entities: readonly string[], random: Random): Tracked[] {
  const tags: Tracked[] = []
  for (const sentence of sentences(text)) {
    if (random.chance(0.35)) tags.push({ id: `s${tags.length}`, role: 'sentence', ...sentence, fate: 'same' })
  }
  for (const name of entities) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      const end = at + name.length
      if (isLetter(text[at - 1]) || isLetter(text[end])) continue
      if (random.chance(0.5)) tags.push({ id: `e${tags.length}`, role: 'entity', start: at, end, fate: 'same' })
    }
  }
  return tags
}

/** The edits of one case: one to three kinds, structural ones first, global mappings last. */
function chooseEdits(random: Random): EditKind[] {
  const count = random.weighted<number>([
    [5, 1],
    [3, 2],
    [2, 3]
  ])
  const chosen: EditKind[] = []
  while (chosen.length < count) {
    const kind = random.pick(EDIT_KINDS)
    if (!chosen.includes(kind)) chosen.push(kind)
  }
  return [...chosen.filter((k) => !LATE.has(k)), ...chosen.filter((k) => LATE.has(k))]
}

/**
 * One case: tags placed on `article.text` and the edits chosen by `seed` applied (or the given
 * `edits`, in that order). Deterministic.
 */
export function generateCase(article: CorpusArticle, seed: number, edits?: readonly EditKind[]): ReattachCase {
  const random = createRandom(seed)
  const oldText = article.text
  const tags = placeTags(oldText, article.entities, random)
  const targets = new Map(tags.map((tag) => [tag.id, describeRange(oldText, tag.start, tag.end)]))
  const kinds = edits ? [...edits] : chooseEdits(random)
  const vocabulary = [...new Set(words(oldText).map((w) => oldText.slice(w.start, w.end)))].filter((w) => w.length >= 3)
  const state: State = { text: oldText, tags, random, vocabulary }
  for (const kind of kinds) APPLY[kind](state)
  // A sentence whose text went while repeatSentence's verbatim copy of it outlives it is on the
  // copy, and so are the tags that were in it and went with it (not those of a sentence that
  // stayed, edited).
  const gone = new Set(tags.filter((t) => t.role !== 'copy' && t.fate === 'gone').map((t) => t.id))
  for (const copy of tags.filter((t) => t.role === 'copy' && t.fate !== 'gone')) {
    const original = tags.find((t) => t.id === copy.of)
    if (original && gone.has(original.id) && copy.sentence !== undefined && gone.has(copy.sentence)) {
      original.fate = copy.fate
      original.start = copy.start
      original.end = copy.end
    }
  }
  return {
    name: `${article.name}#${seed}${edits ? `:${edits.join('+')}` : ''}`,
    article: article.name,
    seed,
    edits: kinds,
    oldText,
    newText: state.text,
    tags: tags.flatMap((tag) => (tag.role === 'copy' ? [] : [{ ...tag, role: tag.role }])).map((tag) => ({
      id: tag.id,
      role: tag.role,
      target: targets.get(tag.id) as TagTarget,
      expected: tag.fate === 'gone' ? { kind: 'gone' } : { kind: tag.fate, start: tag.start, end: tag.end }
    }))
  }
}

/** `casesPerArticle` seeded cases per article, seeds `firstSeed`, `firstSeed + 1`, … */
export function generateCorpus(
  articles: readonly CorpusArticle[],
  casesPerArticle: number,
  firstSeed = 1
): ReattachCase[] {
  const cases: ReattachCase[] = []
  for (const article of articles) {
    for (let i = 0; i < casesPerArticle; i += 1) cases.push(generateCase(article, firstSeed + i))
  }
  return cases
}
