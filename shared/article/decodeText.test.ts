import { describe, expect, it } from 'vitest'
import type { Result } from '../ipc'
import { decodeArticleBytes, findInvalidUtf8Offset, MAX_ARTICLE_BYTES } from './decodeText'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values)
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

function expectText(result: Result<string>): string {
  if (!result.ok) throw new Error(`expected text, got ${result.error.code}: ${result.error.message}`)
  return result.value
}

function expectError(result: Result<string>, code: string): string {
  if (result.ok) throw new Error(`expected ${code}, got text ${JSON.stringify(result.value.slice(0, 40))}`)
  expect(result.error.code).toBe(code)
  return result.error.message
}

describe('decodeArticleBytes: valid text', () => {
  it('keeps French text exactly', () => {
    const text = 'L’armée « nord-coréenne » a dit\u00a0: «\u202fnon\u202f» — œuvre, Séoul…'
    expect(expectText(decodeArticleBytes(utf8(text)))).toBe(text)
  })

  it('strips a UTF-8 byte order mark', () => {
    expect(expectText(decodeArticleBytes(concat(bytes(0xef, 0xbb, 0xbf), utf8('Moscou'))))).toBe('Moscou')
  })

  it('normalises CRLF and lone CR to LF', () => {
    expect(expectText(decodeArticleBytes(utf8('a\r\nb\rc\n\r\nd')))).toBe('a\nb\nc\n\nd')
  })

  it('accepts tabs, form feeds and a few control characters in long text', () => {
    const text = `${'Texte normal. '.repeat(100)}\t\f\u001b[0m`
    expect(expectText(decodeArticleBytes(utf8(text)))).toBe(text)
  })

  it('accepts a file of exactly maxBytes', () => {
    expect(expectText(decodeArticleBytes(utf8('abcd'), { maxBytes: 4 }))).toBe('abcd')
  })
})

describe('decodeArticleBytes: EMPTY', () => {
  it('rejects zero bytes', () => {
    expect(expectError(decodeArticleBytes(new Uint8Array(0)), 'EMPTY')).toMatch(/empty/)
  })

  it('rejects a file holding only a BOM and whitespace', () => {
    expectError(decodeArticleBytes(bytes(0xef, 0xbb, 0xbf)), 'EMPTY')
    expectError(decodeArticleBytes(concat(bytes(0xef, 0xbb, 0xbf), utf8(' \r\n\t\u00a0\n'))), 'EMPTY')
  })
})

describe('decodeArticleBytes: TOO_LARGE', () => {
  it('states the size and the limit in MB', () => {
    const message = expectError(
      decodeArticleBytes(new Uint8Array(1.5 * 1024 * 1024).fill(0x61), { maxBytes: 1024 * 1024 }),
      'TOO_LARGE'
    )
    expect(message).toBe('This file is too large to open: it is 1.5 MB and the limit is 1 MB.')
  })

  it('defaults to 20 MiB and never shows a too-large size as the limit', () => {
    expect(MAX_ARTICLE_BYTES).toBe(20 * 1024 * 1024)
    const message = expectError(decodeArticleBytes(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61)), 'TOO_LARGE')
    expect(message).toContain('20.1 MB')
    expect(message).toContain('limit is 20 MB')
  })

  it('throws on a nonsensical limit (programmer misuse)', () => {
    expect(() => decodeArticleBytes(utf8('a'), { maxBytes: 0 })).toThrow(RangeError)
    expect(() => decodeArticleBytes(utf8('a'), { maxBytes: Number.NaN })).toThrow(RangeError)
  })
})

describe('decodeArticleBytes: BINARY', () => {
  it.each([
    ['PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'This file is not text: it looks like a PDF document.'],
    ['ZIP', concat(bytes(0x50, 0x4b, 0x03, 0x04), utf8('word/document.xml')), 'it looks like a ZIP archive or an office document'],
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), 'it looks like a PNG image.'],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46), 'it looks like a JPEG image.'],
    ['GIF', utf8('GIF89a\u0001\u0000'), 'it looks like a GIF image.']
  ])('names a %s file', (_name, input, expected) => {
    expect(expectError(decodeArticleBytes(input), 'BINARY')).toContain(expected)
  })

  it('rejects a NUL byte in the first 64 KiB', () => {
    const input = concat(utf8('Un texte presque normal '.repeat(50)), bytes(0x00, 0x01, 0xff, 0x7f, 0x00, 0x00, 0x13))
    expect(expectError(decodeArticleBytes(input), 'BINARY')).toMatch(/^This file is not text/)
  })

  it('rejects a high share of control characters', () => {
    const input = utf8('ab\u0001\u0002cd\u0003\u0004ef\u0005\u0006gh\u0007\u0008ij')
    expect(expectError(decodeArticleBytes(input), 'BINARY')).toMatch(/control characters/)
  })
})

describe('decodeArticleBytes: NOT_UTF8', () => {
  const utf16le = (text: string): Uint8Array => {
    const out = new Uint8Array(text.length * 2)
    for (let i = 0; i < text.length; i++) {
      out[2 * i] = text.charCodeAt(i) & 0xff
      out[2 * i + 1] = text.charCodeAt(i) >> 8
    }
    return out
  }

  it('rejects UTF-16 with a BOM and says to re-save as UTF-8', () => {
    for (const bom of [bytes(0xff, 0xfe), bytes(0xfe, 0xff)]) {
      const message = expectError(decodeArticleBytes(concat(bom, utf16le('Moscou a renforcé'))), 'NOT_UTF8')
      expect(message).toContain('UTF-16')
      expect(message).toMatch(/save it again with the UTF-8 encoding/)
    }
  })

  it('recognises UTF-16 without a BOM instead of calling it binary', () => {
    const message = expectError(decodeArticleBytes(utf16le('Moscou a renforcé ses liens.\r\n')), 'NOT_UTF8')
    expect(message).toContain('UTF-16')
  })

  it('rejects Latin-1 and says where and why', () => {
    // "Corée\nSéoul" in Latin-1: the first é (0xE9) is byte 3.
    const latin1 = bytes(0x43, 0x6f, 0x72, 0xe9, 0x65, 0x0a, 0x53, 0xe9, 0x6f, 0x75, 0x6c)
    const message = expectError(decodeArticleBytes(latin1), 'NOT_UTF8')
    expect(message).toContain('byte offset 3, line 1')
    expect(message).toMatch(/Latin-1 or Windows-1252/)
    expect(message).toMatch(/UTF-8/)
  })

  it('counts lines to the first bad byte', () => {
    const input = concat(utf8('première ligne\r\ndeuxième\rtroisième\n'), bytes(0x92), utf8('apostrophe Windows'))
    const message = expectError(decodeArticleBytes(input), 'NOT_UTF8')
    expect(message).toContain(`byte offset ${utf8('première ligne\r\ndeuxième\rtroisième\n').length}, line 4`)
  })
})

describe('findInvalidUtf8Offset', () => {
  it('returns -1 for valid UTF-8 of every length', () => {
    expect(findInvalidUtf8Offset(utf8('a é € 😀 \u{10FFFF}'))).toBe(-1)
  })

  it.each([
    ['lone continuation byte', bytes(0x61, 0x80), 1],
    ['overlong 2-byte', bytes(0x61, 0xc0, 0x80), 1],
    ['overlong 3-byte', bytes(0xe0, 0x80, 0x80), 0],
    ['UTF-16 surrogate', bytes(0x61, 0x62, 0xed, 0xa0, 0x80), 2],
    ['above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['invalid lead byte', bytes(0x61, 0xf5, 0x80), 1],
    ['truncated at the end', bytes(0x61, 0xe2, 0x82), 1],
    ['bad third byte', bytes(0xe2, 0x82, 0x41), 0]
  ])('finds a %s', (_name, input, offset) => {
    expect(findInvalidUtf8Offset(input)).toBe(offset)
    expect(decodeArticleBytes(concat(input, utf8(' texte'))).ok).toBe(false)
  })
})
