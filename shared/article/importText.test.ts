import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Node as PMNode } from 'prosemirror-model'
import { describe, expect, it } from 'vitest'
import { toPlainText } from './plainText'
import { hasReadableText, importText, isHeadingLike } from './importText'

const SAMPLE_PATH = fileURLToPath(new URL('../../electron/resources/russie-coree-du-nord.fr.txt', import.meta.url))
const sample = readFileSync(SAMPLE_PATH, 'utf8')

/** Each top-level block as "type[level]: text", hard breaks shown as "\n". */
function outline(doc: PMNode): string[] {
  const blocks: string[] = []
  doc.forEach((block) => {
    const kind = block.type.name === 'heading' ? `heading${String(block.attrs.level)}` : block.type.name
    blocks.push(`${kind}: ${block.textBetween(0, block.content.size, undefined, () => '\n')}`)
  })
  return blocks
}

describe('importText on the bundled sample', () => {
  it('gives paragraph, heading, paragraph, paragraph', () => {
    const doc = importText(sample)
    const blocks: [string, number | null, string][] = []
    doc.forEach((block) => blocks.push([block.type.name, block.type.name === 'heading' ? Number(block.attrs.level) : null, block.textContent]))
    expect(blocks.map(([type, level]) => [type, level])).toEqual([
      ['paragraph', null],
      ['heading', 2],
      ['paragraph', null],
      ['paragraph', null]
    ])
    expect(blocks[1][2]).toBe('Les Nord-coréens ont dit leur « soutien total » à la Russie')
    expect(blocks[0][2].startsWith('Moscou a renforcé ses liens avec son allié')).toBe(true)
    expect(blocks[3][2].endsWith('les inquiétudes de Séoul.')).toBe(true)
  })

  it('has the plain text the stored offsets count into', () => {
    const paragraphs = sample
      .replace(/\r\n?/g, '\n')
      .trim()
      .split(/\n[ \t]*\n/)
      .map((paragraph) => paragraph.trim())
    expect(paragraphs).toHaveLength(4)
    expect(toPlainText(importText(sample)).text).toBe(paragraphs.join('\n\n'))
  })

  it('gives the same document for CRLF line ends', () => {
    expect(importText(sample.replace(/\n/g, '\r\n')).eq(importText(sample))).toBe(true)
  })
})

describe('importText: paragraphs and line breaks', () => {
  it('splits on blank lines, including lines of whitespace only', () => {
    const doc = importText('\n\nUn.\n\nDeux.\n \t\nTrois.\n\u00a0\nQuatre.\n\n\n\nCinq.\n\n')
    expect(outline(doc)).toEqual(['paragraph: Un.', 'paragraph: Deux.', 'paragraph: Trois.', 'paragraph: Quatre.', 'paragraph: Cinq.'])
  })

  it('turns single line breaks into hard breaks', () => {
    const doc = importText('Première ligne,\r\ndeuxième ligne,\rtroisième.')
    const paragraph = doc.firstChild
    expect(paragraph?.childCount).toBe(5)
    expect(paragraph?.child(1).type.name).toBe('hard_break')
    expect(paragraph?.child(3).type.name).toBe('hard_break')
    expect(toPlainText(doc).text).toBe('Première ligne,\ndeuxième ligne,\ntroisième.')
  })

  it('trims trailing spaces of lines and keeps every other character', () => {
    const text = '  Il a dit\u00a0: « C’est “faux” »,  l\'armée…   \nLigne\u202fdeux.\t\t'
    expect(toPlainText(importText(text)).text).toBe('  Il a dit\u00a0: « C’est “faux” »,  l\'armée…\nLigne\u202fdeux.')
  })

  it('replaces U+0000 with U+FFFD, one unit for one, as the Markdown importer does', () => {
    // Found by fuzzing (shared/testing/fuzz/fixtures/txt-20230727-3.escaped.json): a NUL was kept as it
    // was. decodeArticleBytes refuses NUL bytes only in a file's first 64 KiB, so one can get here.
    const doc = importText('Un\u0000deux\n\n\u0000\u0000 trois.')
    doc.check()
    expect(toPlainText(doc).text).toBe('Un\ufffddeux\n\n\ufffd\ufffd trois.')
  })
})

describe('importText: headings', () => {
  it('makes a short first line followed by a paragraph a level-1 heading', () => {
    expect(outline(importText('Un titre sans point\n\nLe corps de l’article.'))).toEqual([
      'heading1: Un titre sans point',
      'paragraph: Le corps de l’article.'
    ])
  })

  it('makes a short line between two paragraphs a level-2 heading', () => {
    expect(outline(importText('Premier paragraphe.\n\nUn intertitre\n\nSecond paragraphe.'))).toEqual([
      'paragraph: Premier paragraphe.',
      'heading2: Un intertitre',
      'paragraph: Second paragraphe.'
    ])
  })

  it('keeps a short line that ends the document a paragraph', () => {
    expect(outline(importText('Un paragraphe.\n\nSignature'))).toEqual(['paragraph: Un paragraphe.', 'paragraph: Signature'])
  })

  it('keeps two short lines in a row paragraphs', () => {
    expect(outline(importText('Corps.\n\nMoscou\n\nPyongyang\n\nCorps.'))).toEqual([
      'paragraph: Corps.',
      'paragraph: Moscou',
      'paragraph: Pyongyang',
      'paragraph: Corps.'
    ])
  })

  it('keeps a lone line a paragraph', () => {
    expect(outline(importText('Juste une ligne'))).toEqual(['paragraph: Juste une ligne'])
  })

  it.each([
    ['ends with a full stop', 'Il est parti.'],
    ['ends with a colon', 'Il a déclaré :'],
    ['ends with a comma', 'Selon lui,'],
    ['ends with an ellipsis', 'Et pourtant…'],
    ['ends with a question mark', 'Qui a raison ?'],
    ['ends with punctuation inside a French quote', '« Nous soutenons la Russie. »'],
    ['ends with punctuation inside an English quote', '"We support Russia."'],
    ['ends with punctuation inside a bracket', 'Un détail (voir plus haut.)'],
    ['has more than 15 words', 'un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize'],
    ['is longer than 120 characters', 'x'.repeat(121)],
    ['has no letter or digit', '* * *']
  ])('does not make a heading of a line that %s', (_reason, line) => {
    expect(isHeadingLike([line])).toBe(false)
    expect(outline(importText(`Avant.\n\n${line}\n\nAprès.`))[1]).toBe(`paragraph: ${line}`)
  })

  it('accepts a quote that closes without punctuation and a line of exactly 15 words', () => {
    expect(isHeadingLike(['Pyongyang salue un « partenaire important »'])).toBe(true)
    expect(isHeadingLike(['un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze'])).toBe(true)
    expect(isHeadingLike(['Une ligne', 'et une autre'])).toBe(false)
  })
})

describe('hasReadableText', () => {
  it('is false for empty or blank input, which still gives a valid document', () => {
    for (const text of ['', '\n\n', ' \t\r\n', '\u00a0\u202f\n\ufeff']) {
      const doc = importText(text)
      doc.check()
      expect(hasReadableText(doc)).toBe(false)
    }
  })

  it('is true as soon as one character is visible', () => {
    expect(hasReadableText(importText('\n\n  .\n'))).toBe(true)
    expect(hasReadableText(importText(sample))).toBe(true)
  })
})
