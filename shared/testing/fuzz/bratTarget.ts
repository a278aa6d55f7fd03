/**
 * The fuzz target of the brat standoff importer (shared/formats/bratImport.ts): `.ann` files
 * exported from random tags on a piece of the sample (with emoji, combining accents, CRs), then
 * often damaged (characters cut or inserted, lines duplicated, tabs turned to spaces, foreign
 * lines added), read against their `.txt`, against none, or against a `.txt` that differs.
 *
 * What counts as a failure: the parser throws; a refusal that is not one clear sentence naming
 * the line; a warning that is not clear; an annotation with an empty quote, a duplicate key or a
 * position outside the article; importAnnotations throwing on what the parser gave; and, for an
 * undamaged file read with its own `.txt`, any refusal or warning, or a tag whose span is not
 * the one exported (the covering span of the fragments brat would make). Pure: no node:*.
 */
import { describeRange } from '../../anchoring/anchor'
import { bratFragments, tagsToBrat } from '../../formats/brat'
import { importAnnotations } from '../../formats/importTags'
import type { ImportFormat } from '../../formats/types'
import { createTag, ENTITY_TYPES, SOURCE_RELATIONS, TAG_KINDS, VERDICTS, type Tag } from '../../model/tag'
import { exportInputFor, KIT_AUTHOR, KIT_TIME } from '../exportKit'
import { randomChar, type FuzzCorpus } from './generators'
import type { Random } from './random'
import type { FixtureCodec, FuzzTarget } from './runFuzz'
import { preview, unclearReason } from './targets'

/** One brat import: the article's text, the `.txt` if any, the `.ann`, and whether it was damaged. */
export interface BratInput {
  readonly text: string
  readonly sourceText: string | null
  readonly ann: string
  readonly damaged: boolean
}

const utf8 = new TextEncoder()
const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true })

const bratCodec: FixtureCodec<BratInput> = {
  extension: () => 'json',
  // JSON escapes lone surrogates, so any input is stored exactly.
  encode: (input) => utf8.encode(JSON.stringify(input, null, 2)),
  decode: (_ext, content) => {
    const value: unknown = JSON.parse(utf8Decoder.decode(content))
    const record = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {}
    const { text, sourceText, ann, damaged } = record
    if (typeof text !== 'string' || typeof ann !== 'string' || typeof damaged !== 'boolean' || !(sourceText === null || typeof sourceText === 'string')) {
      throw new TypeError('fixture: a brat fixture holds text, sourceText, ann and damaged')
    }
    return { text, sourceText, ann, damaged }
  }
}

const FOREIGN_LINES = [
  'X1\tfoo',
  'R9\tSupports Arg1:T1 Arg2:T99\t',
  'E1\tTransfer:T1 Giver:T2',
  '*\tAlias T1 T2',
  'A9\tVerdict T1',
  'A8\tMention T2 Name',
  'M1\tNegation T1',
  'N9\tReference T1 Wikidata:Q42\tDouglas Adams',
  '#9\tAnnotatorNotes T2\tune note',
  'T99\tGPE 0 3;5 8\tabc def',
  'T98\tClaim 0 0\t',
  'R8\tFamily Arg1:T1 Arg2:T2',
  ''
]

function pieceOfSample(random: Random, corpus: FuzzCorpus): string {
  const start = random.int(Math.max(1, corpus.sample.length - 100))
  let text = corpus.sample.slice(start, start + random.range(20, 1500))
  const inserts = random.range(0, 6)
  for (let i = 0; i < inserts; i += 1) {
    const at = random.int(text.length + 1)
    text = text.slice(0, at) + random.pick(['\r\n', '🪖', 'e\u0301', '\t', randomChar(random)]) + text.slice(at)
  }
  return text.trim() === '' ? 'Moscou et Pyongyang.' : text
}

function randomTags(random: Random, text: string): Tag[] {
  const tags: Tag[] = []
  const count = random.range(0, 8)
  for (let i = 0; i < count; i += 1) {
    const start = random.int(text.length - 1)
    const end = Math.min(text.length, start + random.range(1, 80))
    const kind = random.pick(TAG_KINDS)
    const tag = createTag({ id: `t${i}`, kind, target: describeRange(text, start, end), author: KIT_AUTHOR, now: KIT_TIME, entityType: random.pick(ENTITY_TYPES) })
    tags.push({ ...tag, note: random.chance(0.3) ? 'Une note\nsur deux lignes' : '' })
  }
  const ids = tags.map((t) => t.id)
  return tags.map((tag) => {
    if (tag.kind === 'claim' && ids.length > 1) {
      const other = random.pick(ids)
      return { ...tag, claim: { ...tag.claim, verdict: random.pick(VERDICTS), sources: [{ sourceId: other, relation: random.pick(SOURCE_RELATIONS) }], entities: [random.pick(ids)], speakerId: random.pick(ids) } }
    }
    if (tag.kind === 'entity' && random.chance(0.5)) return { ...tag, entity: { ...tag.entity, externalId: random.pick(['Q42', 'viaf:1', 'an id']), mentionOf: random.pick(ids) } }
    return tag
  })
}

function damage(random: Random, ann: string): string {
  let out = ann
  const count = random.range(1, 4)
  for (let i = 0; i < count; i += 1) {
    const at = random.int(out.length + 1)
    switch (random.int(6)) {
      case 0:
        out = out.slice(0, at) + out.slice(at + random.range(1, 12))
        break
      case 1:
        out = out.slice(0, at) + randomChar(random) + out.slice(at)
        break
      case 2:
        out = out.slice(0, at) + random.pick(FOREIGN_LINES) + '\n' + out.slice(at)
        break
      case 3:
        out = out.replace('\t', ' ')
        break
      case 4:
        out = out.replace(/\d+/, () => String(random.int(5000)))
        break
      default:
        out = out.replace(/\n/g, '\r\n')
    }
  }
  return out
}

function generateBratInput(random: Random, corpus: FuzzCorpus): BratInput {
  const text = pieceOfSample(random, corpus)
  const ann = tagsToBrat(exportInputFor(text, randomTags(random, text)))
  const damaged = random.chance(0.6)
  const sourceText = damaged
    ? random.weighted<string | null>([
        [5, text],
        [2, null],
        [2, text.replace(/\n/g, '\n\n')],
        [1, text.slice(random.int(text.length))]
      ])
    : random.chance(0.8)
      ? text
      : null
  return { text, sourceText, ann: damaged ? damage(random, ann) : ann, damaged }
}

/** Why `message` is not one clear sentence, or null. File parts are quoted, so programming words may appear. */
function unclearMessage(message: string): string | null {
  return unclearReason(message) ?? (/^\p{Lu}/u.test(message) && /[.!?]$/.test(message) ? null : `not a sentence: ${preview(message)}`)
}

/** The target; `parse` is the brat import format's parser. */
export function bratTarget(parse: ImportFormat['parse'], corpus: FuzzCorpus): FuzzTarget<BratInput> {
  return {
    name: 'brat',
    generate: (random) => generateBratInput(random, corpus),
    fixture: bratCodec,
    check: ({ text, sourceText, ann, damaged }) => {
      const result = parse(ann, { text, sourceText: sourceText ?? undefined, importer: KIT_AUTHOR, now: KIT_TIME })
      const own = !damaged && sourceText === text
      if (!result.ok) {
        if (own) return `own export refused: ${result.error.message}`
        if (result.error.code !== 'INVALID') return `refused with code ${result.error.code}`
        const unclear = unclearMessage(result.error.message)
        if (unclear) return unclear
        return /^Line \d+ /.test(result.error.message) ? null : `refusal names no line: ${preview(result.error.message)}`
      }
      const { annotations, warnings } = result.value
      if (own && warnings.length > 0) return `own export warned: ${warnings[0]}`
      for (const warning of warnings) {
        const unclear = unclearMessage(warning)
        if (unclear) return `warning ${unclear}`
      }
      const keys = new Set(annotations.map((a) => a.key))
      if (keys.size !== annotations.length) return 'duplicate annotation keys'
      for (const a of annotations) {
        if (a.target.exact === '') return `${a.key} has an empty quote`
        const p = a.target.position
        if (p && !(Number.isInteger(p.start) && Number.isInteger(p.end) && p.start >= 0 && p.start < p.end && p.end <= text.length)) {
          return `${a.key} has position ${p.start}..${p.end} outside 0..${text.length}`
        }
      }
      const outcome = importAnnotations({ text, articleSha256: 'd'.repeat(64), format: 'brat', parsed: result.value, existingIds: new Set(), now: KIT_TIME })
      if (!own) return null
      const expected = ann
        .split('\n')
        .filter((line) => line.startsWith('T'))
        .map((line) => line.split('\t')[1].split(' ').slice(1).join(' '))
      if (outcome.tags.length !== expected.length) return `own export gave ${outcome.tags.length} tags for ${expected.length} spans`
      const spans = outcome.tags.map((tag) => `${tag.target.position.start}-${tag.target.position.end}`).sort()
      const wanted = exportedSpans(text, ann).sort()
      return spans.join(' ') === wanted.join(' ') ? null : `own export's spans moved: ${preview(spans.join(' '))} for ${preview(wanted.join(' '))}`
    }
  }
}

/** The UTF-16 covering span of each T line of an `.ann` written by tagsToBrat on `text`. */
function exportedSpans(text: string, ann: string): string[] {
  const chars = Array.from(text)
  const utf16 = (cp: number): number => chars.slice(0, cp).join('').length
  return ann
    .split('\n')
    .filter((line) => line.startsWith('T'))
    .map((line) => {
      const offsets = line.split('\t')[1].split(' ').slice(1).join(' ').split(';').map((pair) => pair.split(' ').map(Number))
      const start = utf16(offsets[0][0])
      const end = utf16(offsets[offsets.length - 1][1])
      // The same cut as the export makes, as a check that the two agree.
      const fragments = bratFragments(text, start, end)
      return `${fragments[0]?.start ?? start}-${fragments[fragments.length - 1]?.end ?? end}`
    })
}
