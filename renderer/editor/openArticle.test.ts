import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describeRange } from '../../shared/anchoring/anchor'
import { importText } from '../../shared/article/importText'
import { plainTextOf } from '../../shared/article/plainText'
import { buildSidecar } from '../../shared/sidecar'
import { createTag } from '../../shared/model/tag'
import { anchorTags } from './openArticle'

const sample = readFileSync(join(__dirname, '../../electron/resources/russie-coree-du-nord.fr.txt'), 'utf8')

function sidecarFor(text: string, quotes: Array<[string, number]>) {
  const plain = plainTextOf(importText(text)).text
  const tags = quotes.map(([quote, occurrence], i) => {
    let at = -1
    for (let k = 0; k <= occurrence; k++) at = plain.indexOf(quote, at + 1)
    return createTag({ id: `t${i}`, kind: 'entity', target: describeRange(plain, at, at + quote.length), author: { annotatorId: 'a1', name: 'T' }, now: '2026-11-26T10:00:00.000Z' })
  })
  return buildSidecar({
    article: { fileName: 'a.txt', sha256: '0'.repeat(64), textLength: plain.length },
    annotator: { id: 'a', name: 'T' },
    tags,
    editedText: null,
    now: '2026-11-26T10:00:00.000Z'
  })
}

describe('anchorTags', () => {
  const quotes: Array<[string, number]> = [
    ['Moscou', 2],
    ['Sergueï Choïgou', 0],
    ['Moscou', 0],
    ['Pyongyang', 1],
    ['Corée du Nord', 3]
  ]
  const sidecar = sidecarFor(sample, quotes)

  it('puts every tag back exactly on unchanged text, in the sidecar’s order', () => {
    const doc = importText(sample)
    const { tags, moved, review } = anchorTags(doc, sidecar)
    expect([moved, review]).toEqual([0, 0])
    expect(tags.map((t) => doc.textBetween(t.from, t.to))).toEqual(quotes.map(([q]) => q))
  })

  it('follows a paragraph inserted above, each repeated name to its own occurrence', () => {
    const doc = importText(`Correctif : une précision sur Moscou et Pyongyang.\n\n${sample}`)
    const { tags, moved, review } = anchorTags(doc, sidecar)
    expect([moved, review]).toEqual([5, 0])
    const plain = plainTextOf(doc).text
    const original = plainTextOf(importText(sample)).text
    const shift = plain.length - original.length
    tags.forEach((live, i) => {
      expect(doc.textBetween(live.from, live.to)).toBe(quotes[i][0])
      expect(plainTextOf(doc).text.indexOf(quotes[i][0], sidecar.tags[i].target.position.start + shift)).toBe(
        sidecar.tags[i].target.position.start + shift
      )
    })
  })

  it('keeps a tag whose text is gone, for review, and re-attaches the others', () => {
    const doc = importText(sample.replace('Sergueï Choïgou, ministre russe de la Défense', 'le ministre russe de la Défense'))
    const { tags, review } = anchorTags(doc, sidecar)
    expect(review).toBe(1)
    expect(tags[1].review?.reason).toBe('not-found')
    expect(tags[1].tag.target.quote.exact).toBe('Sergueï Choïgou')
    expect(tags.filter((t) => t.review === null).map((t) => doc.textBetween(t.from, t.to))).toEqual(['Moscou', 'Moscou', 'Pyongyang', 'Corée du Nord'])
  })
})
