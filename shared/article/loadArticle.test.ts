// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import DOMPurify from 'dompurify'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ArticleFormat } from '../ipc'
import { createHtmlImporter } from './importHtml'
import { toPlainText } from './plainText'
import { loadArticle } from './loadArticle'

// As the renderer does: the page's window, looked up at each import.
const importHtml = createHtmlImporter(() => ({ window, purify: DOMPurify }))

// A path, not a URL: under jsdom the global URL is not Node's, which fileURLToPath rejects.
const sample = readFileSync(
  resolve(dirname(fileURLToPath(import.meta.url)), '../../electron/resources/russie-coree-du-nord.fr.txt'),
  'utf8'
)

function textOf(format: ArticleFormat, text: string): string {
  const result = loadArticle(format, text, importHtml)
  if (!result.ok) throw new Error(`expected a document, got ${result.error.code}: ${result.error.message}`)
  return toPlainText(result.value).text
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('loadArticle', () => {
  it('dispatches on the format', () => {
    const source = '# Titre\n\nUn *texte*.'
    expect(textOf('txt', source)).toBe('# Titre\n\nUn *texte*.')
    expect(textOf('md', source)).toBe('Titre\n\nUn texte.')
    expect(textOf('html', '<h1>Titre</h1><p>Un <em>texte</em>.</p>')).toBe('Titre\n\nUn texte.')
  })

  it('loads the bundled sample with its intertitle', () => {
    const result = loadArticle('txt', sample, importHtml)
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.value.child(1).type.name).toBe('heading')
  })

  it.each<[ArticleFormat, string]>([
    ['txt', ''],
    ['txt', ' \n\u00a0\n\t'],
    ['md', '---\n\n![](photo.png)\n\n   '],
    ['html', '<html><head><title>Titre seul</title></head><body><script>alert(1)</script><p>&nbsp;</p></body></html>']
  ])('returns EMPTY for a %s file with no readable text', (format, text) => {
    expect(loadArticle(format, text, importHtml)).toEqual({ ok: false, error: { code: 'EMPTY', message: 'This file has no readable text.' } })
  })

  it('returns INVALID instead of throwing when an importer fails', () => {
    vi.stubGlobal('window', undefined)
    const result = loadArticle('html', '<p>Texte</p>', importHtml)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID')
      expect(result.error.message).toMatch(/^Factmark could not read this file as HTML/)
    }
  })

  it('returns INVALID for a format it does not know', () => {
    // Simulates an unchecked value arriving from outside the type system.
    const result = loadArticle('pdf' as ArticleFormat, '%PDF', importHtml)
    expect(result).toEqual({
      ok: false,
      error: { code: 'INVALID', message: 'Factmark could not read this file as an article (unsupported article format "pdf").' }
    })
  })
})
