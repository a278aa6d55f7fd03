import { describe, expect, it } from 'vitest'
import { anchorTarget as anchor, describeRange } from '../../anchoring/anchor'
import { decodeArticleBytes } from '../../article/decodeText'
import { importMarkdown } from '../../article/importMarkdown'
import { importText } from '../../article/importText'
import { schema } from '../../article/articleSchema'
import { parseSidecar } from '../../sidecar'
import { runCheck } from './runFuzz'
import {
  anchorTarget,
  bytesTarget,
  ESCAPED_EXTENSION,
  lostLine,
  malformedDocument,
  markdownTarget,
  sidecarTarget,
  textTarget,
  unclearReason,
  unclearSentence
} from './targets'

const corpus = { sample: 'Moscou a renforcé ses liens.\n\nLa Corée du Nord.' }

describe('message checks', () => {
  it('accept a plain sentence and a plain reason', () => {
    expect(unclearSentence('This file is empty: it has no text to read.')).toBeNull()
    expect(unclearReason('tags.0.id: Too small: expected string to have >=1 characters')).toBeNull()
  })

  it.each([
    ['', 'empty'],
    ['two\nlines.', 'U+000A'],
    ['Bidi \u202e reversed.', 'U+202E'],
    ['A lone \ud800 half.', 'lone surrogate'],
    ['Got [object Object].', 'object'],
    ['Value undefined here.', 'programming value'],
    ['lower case start.', 'capital'],
    ['No final stop', 'sentence']
  ])('refuse %j as a sentence (%s)', (message, problem) => {
    expect(unclearSentence(message)).toContain(problem)
  })
})

describe('document checks', () => {
  const paragraph = (text: string, marks = [] as ReturnType<typeof schema.marks.link.create>[]) =>
    schema.nodes.doc.create(null, schema.nodes.paragraph.create(null, schema.text(text, marks)))

  it('flag U+0000 in the plain text and links to unsafe URLs', () => {
    expect(malformedDocument(paragraph('ok'))).toBeNull()
    expect(malformedDocument(paragraph('a\u0000b'))).toContain('U+0000')
    expect(malformedDocument(paragraph('x', [schema.marks.link.create({ href: 'javascript:alert(1)' })]))).toContain('unsafe link')
    expect(malformedDocument(paragraph('x', [schema.marks.link.create({ href: 'https://example.fr' })]))).toBeNull()
  })

  it('flag a line of the article lost or moved', () => {
    expect(lostLine('  Un.\n\n Deux. ', importText('Un.\n\nDeux.'))).toBeNull()
    expect(lostLine('Un.\nDeux.', importText('Deux.\nUn.'))).toContain('"Deux."')
    expect(lostLine('Un.\nTrois.', importText('Un.'))).toContain('"Trois."')
  })
})

describe('targets', () => {
  it('pass the code as it is on ordinary input', () => {
    expect(runCheck(textTarget(importText, corpus), corpus.sample)).toBeNull()
    expect(runCheck(markdownTarget(importMarkdown, corpus), '# Titre\n\n[lien](https://example.fr)')).toBeNull()
    expect(runCheck(bytesTarget(decodeArticleBytes, corpus), new TextEncoder().encode(corpus.sample))).toBeNull()
    expect(runCheck(sidecarTarget(parseSidecar, corpus), '{')).toBeNull()
  })

  it('catch an importer that throws, rewrites a line or returns an unclear error', () => {
    expect(runCheck(textTarget(() => { throw new TypeError('boom') }, corpus), 'x')).toMatch(/^threw TypeError: boom/)
    expect(runCheck(textTarget((text) => importText(text.toUpperCase()), corpus), 'Un mot.')).toContain('line not kept')
    const vague = bytesTarget(() => ({ ok: false, error: { code: 'BINARY', message: 'binary' } }), corpus)
    expect(runCheck(vague, new Uint8Array([1, 2]))).toContain('capital')
    const leaky = sidecarTarget(() => ({ ok: false, error: { code: 'SIDECAR_INVALID', message: 'id \u202e' } }), corpus)
    expect(runCheck(leaky, '{}')).toContain('U+202E')
  })

  it('catch anchoring offsets outside the text', () => {
    const target = anchorTarget(() => ({ status: 'orphaned', start: 0, end: 99, confidence: 0 }), corpus)
    const input = { text: 'court', target: describeRange('court', 0, 5), shareNormalized: false }
    expect(runCheck(target, input)).toContain('outside 0..5')
    expect(runCheck(anchorTarget(anchor, corpus), input)).toBeNull()
  })
})

describe('fixture codecs', () => {
  it('keep a byte order mark, and lone surrogates through an escaped JSON string', () => {
    const codec = textTarget(importText, corpus).fixture
    for (const input of ['\ufeffTexte', 'a\ud800b\udfff']) {
      const ext = codec.extension(input)
      expect(codec.decode(ext, codec.encode(input))).toBe(input)
    }
    expect(codec.extension('a\ud800')).toBe(ESCAPED_EXTENSION)
    expect(codec.extension('😀')).toBe('txt')
  })

  it('keep NaN, infinities and -0 in anchoring inputs', () => {
    const codec = anchorTarget(anchor, corpus).fixture
    const input = {
      text: 't\ud800',
      target: { position: { start: Number.NaN, end: -Infinity }, quote: { exact: 'x', prefix: '', suffix: '' } },
      reviewThreshold: -0,
      shareNormalized: true
    }
    const back = codec.decode('json', codec.encode(input))
    expect(back).toEqual(input)
    expect(Object.is(back.reviewThreshold, -0)).toBe(true)
  })
})
