import { describe, expect, it } from 'vitest'
import { correctedText } from './correctedText'
import { importText } from './importText'
import { toPlainText } from './plainText'

const SHA = 'a'.repeat(64)
const corrected = importText('Texte corrigé.\n\nDeuxième paragraphe.')

describe('correctedText', () => {
  it('says none when the tag file has no corrections, or there is no tag file', () => {
    expect(correctedText({ editedText: null }, SHA)).toEqual({ status: 'none', doc: null, notice: null })
    expect(correctedText(null, SHA)).toEqual({ status: 'none', doc: null, notice: null })
  })

  it('gives the corrected document when it was made from this very file', () => {
    const result = correctedText({ editedText: { baseSha256: SHA, doc: corrected.toJSON() } }, SHA)
    expect(result.status).toBe('applied')
    expect(result.notice).toBeNull()
    expect(result.doc && toPlainText(result.doc).text).toBe('Texte corrigé.\n\nDeuxième paragraphe.')
  })

  it('sets the corrections aside, saying so, once the file has changed', () => {
    const result = correctedText({ editedText: { baseSha256: 'b'.repeat(64), doc: corrected.toJSON() } }, SHA)
    expect(result.status).toBe('stale')
    expect(result.doc).toBeNull()
    expect(result.notice).toMatch(/article file has changed since you corrected its text/)
  })

  it('sets a damaged corrected document aside, saying so, without throwing', () => {
    for (const doc of [{ type: 'nonsense' }, { type: 'doc', content: [{ type: 'text', text: 'hors bloc' }] }]) {
      const result = correctedText({ editedText: { baseSha256: SHA, doc } }, SHA)
      expect(result.status).toBe('damaged')
      expect(result.doc).toBeNull()
      expect(result.notice).toMatch(/could not be read and were set aside/)
    }
  })
})
