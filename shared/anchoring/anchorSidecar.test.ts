import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importText } from '../article/importText'
import { plainTextOf } from '../article/plainText'
import { createTag, type Tag } from '../model/tag'
import { describeRange } from './anchor'
import { anchorSidecar } from './anchorSidecar'

const sample = readFileSync(new URL('../../electron/resources/russie-coree-du-nord.fr.txt', import.meta.url), 'utf8')
const text = plainTextOf(importText(sample)).text

/** Tags on the `occurrence`-th (0-based) occurrence of each quote in `plain`. */
function tagsOn(plain: string, quotes: Array<[string, number]>): Tag[] {
  return quotes.map(([quote, occurrence], i) => {
    let at = -1
    for (let k = 0; k <= occurrence; k++) at = plain.indexOf(quote, at + 1)
    if (at < 0) throw new Error(`no ${quote} #${occurrence}`)
    return createTag({ id: `t${i}`, kind: 'entity', target: describeRange(plain, at, at + quote.length), author: { annotatorId: 'a-t', name: 'T' }, now: '2026-11-26T10:00:00.000Z' })
  })
}

const quotes: Array<[string, number]> = [
  ['Moscou', 2],
  ['Sergueï Choïgou', 0],
  ['Moscou', 0],
  ['Pyongyang', 1],
  ['Corée du Nord', 3]
]
const tags = tagsOn(text, quotes)

describe('anchorSidecar', () => {
  it('attaches every tag at its stored offsets on unchanged text, in the given order', () => {
    const anchored = anchorSidecar(text, tags)
    expect(anchored.map((a) => a.tagId)).toEqual(['t0', 't1', 't2', 't3', 't4'])
    expect(anchored.map((a) => a.status)).toEqual(Array(5).fill('attached'))
    anchored.forEach((a, i) => {
      expect([a.start, a.end]).toEqual([tags[i].target.position.start, tags[i].target.position.end])
      expect(a.confidence).toBe(1)
    })
  })

  it('moves every tag by the inserted length when a paragraph is added above', () => {
    const added = 'Correctif : une précision sur Moscou et Pyongyang.\n\n'
    const changed = plainTextOf(importText(`${added}${sample}`)).text
    const anchored = anchorSidecar(changed, tags)
    expect(anchored.map((a) => a.status)).toEqual(Array(5).fill('moved'))
    anchored.forEach((a, i) => {
      expect(a.start).toBe(tags[i].target.position.start + added.length)
      expect(changed.slice(a.start, a.end)).toBe(quotes[i][0])
    })
  })

  it('keeps a tag whose text is gone for review, at its stored offsets, and attaches the others', () => {
    const changed = plainTextOf(importText(sample.replace('Sergueï Choïgou, ministre russe de la Défense', 'le ministre russe de la Défense'))).text
    const anchored = anchorSidecar(changed, tags)
    expect(anchored[1].status).toBe('needs-review')
    expect(anchored[1].confidence).toBeLessThan(0.75)
    expect([anchored[1].start, anchored[1].end]).toEqual([tags[1].target.position.start, tags[1].target.position.end])
    expect(anchored.filter((a) => a.status !== 'needs-review').map((a) => changed.slice(a.start, a.end))).toEqual([
      'Moscou',
      'Moscou',
      'Pyongyang',
      'Corée du Nord'
    ])
  })

  it('re-attaches a tag whose text changed slightly, as moved', () => {
    const [tag] = tagsOn(text, [['ministre russe de la Défense', 0]])
    const changed = text.replace('ministre russe de la Défense', 'ministre russe de la défense')
    const [anchored] = anchorSidecar(changed, [tag])
    expect(anchored.status).toBe('moved')
    expect(changed.slice(anchored.start, anchored.end)).toBe('ministre russe de la défense')
  })

  it('clamps a tag for review into a text that got shorter, never past its end', () => {
    const [tag] = tagsOn(text, [['Corée du Nord', 3]])
    const short = 'Un tout autre texte.'
    const [anchored] = anchorSidecar(short, [tag])
    expect(anchored).toEqual({ tagId: 't0', status: 'needs-review', start: short.length, end: short.length, confidence: anchored.confidence })
    expect(anchorSidecar('', [tag])[0]).toMatchObject({ status: 'needs-review', start: 0, end: 0 })
  })

  it('does not modify the tags it is given', () => {
    const copy = structuredClone(tags)
    anchorSidecar(text.slice(100), tags)
    expect(tags).toEqual(copy)
  })
})
