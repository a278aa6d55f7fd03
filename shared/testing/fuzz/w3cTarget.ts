/**
 * Fuzz target of the W3C Web Annotation import (shared/formats/w3cImport.ts), modelled on
 * sidecarTarget in targets.ts. An input is an article text (a stretch of the sample with random
 * characters: emoji, combining accents, lone surrogates, bidi controls) and a file: Factmark's
 * own export of random tags on that text, then damaged (keys dropped, values replaced by other
 * JSON types, selectors and types swapped, text cut or spliced).
 *
 * The check: parse never throws; a refusal is an INVALID whose message is a clear sentence; an
 * accepted file's annotations have a non-empty quote, a position hint of integers within the
 * text (or none) and UTC dates; warnings are clear; anchoring the result with importAnnotations
 * never throws and gives tags whose offsets are within the text.
 */
import { describeRange } from '../../anchoring/anchor'
import { importAnnotations } from '../../formats/importTags'
import type { ImportContext, ParsedImport } from '../../formats/types'
import { tagsToW3c } from '../../formats/w3cExport'
import type { Result } from '../../ipc'
import { createTag, ENTITY_TYPES, TAG_KINDS, VERDICTS, type Tag } from '../../model/tag'
import { exportInputFor, KIT_AUTHOR, KIT_TIME } from '../exportKit'
import { randomChar, type FuzzCorpus } from './generators'
import type { Random } from './random'
import type { FuzzTarget } from './runFuzz'
import { unclearReason, unclearSentence } from './targets'

export interface W3cInput {
  readonly text: string
  readonly content: string
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

function articleText(random: Random, corpus: FuzzCorpus): string {
  const start = random.int(Math.max(1, corpus.sample.length - 400))
  let text = corpus.sample.slice(start, start + random.range(20, 400))
  for (let i = random.int(6); i > 0; i -= 1) {
    const at = random.int(text.length + 1)
    text = text.slice(0, at) + randomChar(random) + text.slice(at)
  }
  return text.trim() === '' ? 'Un texte.' : text
}

function randomTags(random: Random, text: string): Tag[] {
  const tags: Tag[] = []
  for (let i = random.int(6); i > 0; i -= 1) {
    const start = random.int(text.length - 1)
    const end = Math.min(text.length, start + random.range(1, 40))
    const kind = random.pick(TAG_KINDS)
    const tag = createTag({ id: `t${i}`, kind, target: describeRange(text, start, end), author: KIT_AUTHOR, now: KIT_TIME, entityType: random.pick(ENTITY_TYPES) })
    if (tag.kind === 'claim') tag.claim.verdict = random.pick(VERDICTS)
    if (tag.kind === 'claim' && tags.length > 0) tag.claim.sources = [{ sourceId: random.pick(tags).id, relation: 'supports' }]
    tag.note = random.chance(0.5) ? `Note ${randomChar(random)}` : ''
    tags.push(tag)
  }
  return tags
}

function randomValue(random: Random): Json {
  return random.pick<Json>([
    null, true, 0, -1, 1.5, 1e300, 2 ** 53, '', 'Annotation', 'TextQuoteSelector', 'TextPositionSelector', 'AnnotationPage', 'linking',
    'http://www.w3.org/ns/anno.jsonld', '2026-13-45T99:00:00Z', '2015-10-13T13:00:00', `x${randomChar(random)}${randomChar(random)}`,
    [], [null], {}, { type: 'TextQuoteSelector', exact: randomChar(random) }, { type: 'Choice', items: [] }, { id: 'urn:factmark:tag:t1' }
  ])
}

/** Every object and array inside `value`, with itself first. */
function containers(value: Json, out: (Json[] | { [key: string]: Json })[] = []): (Json[] | { [key: string]: Json })[] {
  if (value !== null && typeof value === 'object') {
    out.push(value)
    for (const child of Array.isArray(value) ? value : Object.values(value)) containers(child, out)
  }
  return out
}

function mutate(random: Random, data: Json): void {
  const node = random.pick(containers(data))
  if (Array.isArray(node)) {
    if (node.length > 0 && random.chance(0.5)) node.splice(random.int(node.length), 1)
    else node.push(random.chance(0.5) && node.length > 0 ? JSON.parse(JSON.stringify(random.pick(node))) : randomValue(random))
    return
  }
  const keys = Object.keys(node)
  const key = keys.length > 0 && random.chance(0.8) ? random.pick(keys) : random.pick(['type', 'selector', 'start', 'exact', 'created', 'creator', 'body', 'target', '@context', 'first', 'next'])
  if (random.chance(0.3)) delete node[key]
  else node[key] = randomValue(random)
}

function generate(random: Random, corpus: FuzzCorpus): W3cInput {
  const text = articleText(random, corpus)
  const data = JSON.parse(JSON.stringify(tagsToW3c(exportInputFor(text, randomTags(random, text))))) as Json
  for (let i = random.weighted([[2, 0], [4, 1], [2, 2], [1, 5]]); i > 0; i -= 1) mutate(random, data)
  let content = JSON.stringify(random.chance(0.1) ? [data] : data, null, random.pick([undefined, 2]))
  if (random.chance(0.15)) content = content.slice(0, random.int(content.length))
  if (random.chance(0.1)) {
    const at = random.int(content.length)
    content = content.slice(0, at) + randomChar(random) + content.slice(at)
  }
  return { text, content }
}

function checkParsed(text: string, result: Result<ParsedImport>): string | null {
  if (!result.ok) {
    if (result.error.code !== 'INVALID') return `refusal with code ${result.error.code}`
    return unclearSentence(result.error.message)
  }
  for (const warning of result.value.warnings) {
    const unclear = unclearReason(warning)
    if (unclear) return `warning: ${unclear}`
  }
  for (const a of result.value.annotations) {
    if (typeof a.target.exact !== 'string' || a.target.exact === '') return `annotation ${a.key} has an empty quote`
    const p = a.target.position
    if (p && !(Number.isInteger(p.start) && Number.isInteger(p.end) && p.start >= 0 && p.start < p.end && p.end <= text.length)) return `annotation ${a.key} has the position ${JSON.stringify(p)} outside the text`
    for (const time of [a.createdAt, a.updatedAt]) if (!/Z$/.test(time) || Number.isNaN(Date.parse(time))) return `annotation ${a.key} has the time ${JSON.stringify(time)}`
  }
  const outcome = importAnnotations({ text, articleSha256: 'a'.repeat(64), format: 'w3c', parsed: result.value, existingIds: new Set(), now: KIT_TIME })
  for (const tag of outcome.tags) {
    const { start, end } = tag.target.position
    if (!(start >= 0 && start < end && end <= text.length)) return `tag ${tag.id} at ${start}..${end} outside the text of ${text.length}`
  }
  return null
}

/** The W3C import target; `parse` is parseW3c (passed in, as the other targets take theirs). */
export function w3cTarget(parse: (content: string, context: ImportContext) => Result<ParsedImport>, corpus: FuzzCorpus): FuzzTarget<W3cInput> {
  const encoder = new TextEncoder()
  return {
    name: 'w3c',
    generate: (random) => generate(random, corpus),
    fixture: {
      // JSON keeps lone surrogates, which a UTF-8 file cannot hold.
      extension: () => 'json',
      encode: (input) => encoder.encode(JSON.stringify(input)),
      decode: (_extension, content) => {
        const value = JSON.parse(new TextDecoder().decode(content)) as W3cInput
        if (typeof value.text !== 'string' || typeof value.content !== 'string') throw new TypeError('fixture: a w3c fixture holds { text, content }')
        return value
      }
    },
    check: (input) => checkParsed(input.text, parse(input.content, { text: input.text, importer: KIT_AUTHOR, now: KIT_TIME }))
  }
}
