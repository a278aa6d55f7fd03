import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { describeRange } from './anchoring/anchor'
import { importText } from './article/importText'
import { plainTextOf } from './article/plainText'
import { applyTagPatch, createTag, type Tag, type TagKind } from './model/tag'
import { reanchorSidecar } from './reanchor'
import { buildSidecar, validateSidecar, type Sidecar } from './sidecar'

const sample = readFileSync(new URL('../electron/resources/russie-coree-du-nord.fr.txt', import.meta.url), 'utf8')
const before = plainTextOf(importText(sample)).text
const author = { annotatorId: 'a-1', name: 'Ana' }
const OLD_SHA = 'a'.repeat(64)
const NEW_SHA = 'b'.repeat(64)
const OPENED = '2026-12-01T10:00:00.000Z'
const LATER = '2026-12-02T10:00:00.000Z'

const claimQuote = 'hier mercredi 26 juillet 2023'
const deletedSentence = 'Celui-ci avait pris par la Corée du Sud.'
const quotes: Array<[string, TagKind]> = [
  ['Sergueï Choïgou, ministre russe de la Défense', 'entity'],
  [claimQuote, 'claim'],
  ['la RPDC est un partenaire important de la Russie', 'source'],
  [deletedSentence, 'claim'],
  ['Séoul', 'entity']
]

function tagOn(text: string, quote: string, kind: TagKind, id: string): Tag {
  const start = text.indexOf(quote)
  if (start < 0) throw new Error(`not in the text: ${quote}`)
  return createTag({ id, kind, target: describeRange(text, start, start + quote.length), author, now: OPENED })
}

const tags = quotes.map(([quote, kind], i) => tagOn(before, quote, kind, `t${i}`))
const sidecar: Sidecar = buildSidecar({
  article: { fileName: 'article.txt', sha256: OLD_SHA, textLength: before.length },
  annotator: { id: 'a-1', name: 'Ana' },
  tags,
  editedText: null,
  now: OPENED
})

/** The sample as a newsroom updated it: a new lead paragraph, a corrected date, a sentence deleted. */
const updated = plainTextOf(
  importText(
    `Mise à jour : cet article a été complété le 28 juillet.\n\n${sample.replace('26 juillet 2023', '27 juillet 2023').replace(` ${deletedSentence}`, '')}`
  )
).text

describe('reanchorSidecar', () => {
  it('changes nothing on the text the tags were made on: all attached, no version, nothing to write', () => {
    const result = reanchorSidecar(sidecar, before, OLD_SHA, LATER)
    expect(result.counts).toEqual({ attached: 5, moved: 0, changed: 0, needsReview: 0 })
    expect(result.tags).toEqual(tags)
    expect(result.versions).toEqual([])
    expect(result.articleChanged).toBe(false)
    expect(result.needsWrite).toBe(false)
  })

  it('after an update: moved tags get their new place, the changed one its mark, the deleted one stays as it was', () => {
    const result = reanchorSidecar(sidecar, updated, NEW_SHA, LATER)
    expect(result.anchored.map((a) => a.status)).toEqual(['moved', 'changed', 'moved', 'needs-review', 'moved'])
    expect(result.counts).toEqual({ attached: 0, moved: 3, changed: 1, needsReview: 1 })
    for (const index of [0, 2, 4]) {
      const tag = result.tags[index]
      expect(tag.target.quote.exact).toBe(tags[index].target.quote.exact)
      expect(updated.slice(tag.target.position.start, tag.target.position.end)).toBe(tag.target.quote.exact)
      expect(tag.target.position.start).toBeGreaterThan(tags[index].target.position.start)
      expect(tag.changed).toBeNull()
    }
    const claim = result.tags[1]
    expect(claim.target.quote.exact).toBe('hier mercredi 27 juillet 2023')
    expect(updated.slice(claim.target.position.start, claim.target.position.end)).toBe('hier mercredi 27 juillet 2023')
    expect(claim.changed).toEqual({ previousQuote: claimQuote, previousSha256: OLD_SHA, detectedAt: LATER })
    expect(result.tags[3]).toBe(tags[3])
    expect(result.versions).toEqual([{ previousSha256: OLD_SHA, sha256: NEW_SHA, at: LATER, counts: result.counts }])
    expect(result.needsWrite).toBe(true)
  })

  it('keeps the earliest mark when the text changes again, and the versions in order', () => {
    const first = reanchorSidecar(sidecar, updated, NEW_SHA, LATER)
    const saved = { ...sidecar, tags: first.tags, versions: first.versions, article: { ...sidecar.article, sha256: NEW_SHA } }
    const third = updated.replace('27 juillet 2023', '28 juillet 2023')
    const second = reanchorSidecar(saved, third, 'c'.repeat(64), '2026-12-03T10:00:00.000Z')
    expect(second.tags[1].target.quote.exact).toBe('hier mercredi 28 juillet 2023')
    expect(second.tags[1].changed).toEqual({ previousQuote: claimQuote, previousSha256: OLD_SHA, detectedAt: LATER })
    expect(second.versions.map((v) => [v.previousSha256[0], v.sha256[0]])).toEqual([
      ['a', 'b'],
      ['b', 'c']
    ])
  })

  it('gives a tag file that validates, and a confirmed claim loses its mark', () => {
    const result = reanchorSidecar(sidecar, updated, NEW_SHA, LATER)
    const file = buildSidecar({ ...sidecar, article: { ...sidecar.article, sha256: NEW_SHA, textLength: updated.length }, tags: result.tags, versions: result.versions, now: LATER })
    const read = validateSidecar(JSON.parse(JSON.stringify(file)))
    expect(read.ok && read.sidecar.tags[1].changed?.previousQuote).toBe(claimQuote)
    expect(read.ok && read.sidecar.versions).toHaveLength(1)
    expect(applyTagPatch(result.tags[1], { changed: null }, author, LATER).changed).toBeNull()
  })

  it('does not modify its input', () => {
    const copy = JSON.parse(JSON.stringify(sidecar))
    reanchorSidecar(sidecar, updated, NEW_SHA, LATER)
    expect(sidecar).toEqual(copy)
  })
})
