import type { Shell } from 'electron'
import { describe, expect, it } from 'vitest'
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, isAllowedExternalUrl, isAppUrl, openExternalSafely } from './security'

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://www.lemonde.fr/article',
    'http://example.org/',
    'HTTPS://EXAMPLE.ORG/Path',
    'mailto:desk@example.org',
    'mailto:'
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true)
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'file:///etc/passwd',
    'FILE:///C:/Windows/System32',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://example.org/file',
    'smb://server/share',
    'app://factmark/index.html',
    '/relative/path',
    'article.html',
    '//example.org/no-scheme',
    'https://',
    'http://',
    '',
    'not a url'
  ])('refuses %j', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false)
  })
})

describe('isAppUrl', () => {
  it('accepts the app origin and its pages', () => {
    expect(isAppUrl(APP_ORIGIN, undefined)).toBe(true)
    expect(isAppUrl('app://factmark/', undefined)).toBe(true)
    expect(isAppUrl('app://factmark/index.html#tag-1', undefined)).toBe(true)
  })

  it('refuses a report page: it is served from the app origin but is not the app', () => {
    expect(isAppUrl('app://factmark/report/0b6f3c2e-5d0a-4f55-8a3e-2c1d9e7f6a41.html', undefined)).toBe(false)
  })

  it.each([
    'app://factmark.evil/index.html',
    'app://factmark.evil',
    'app://factmarkx/',
    'app://factmark@evil/',
    'app://evil/app://factmark/',
    'https://factmark/',
    'file:///app/factmark/index.html',
    'about:blank',
    ''
  ])('refuses %j', (url) => {
    expect(isAppUrl(url, undefined)).toBe(false)
  })

  it('accepts the dev server’s origin only when one is given', () => {
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false)
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(isAppUrl('http://localhost:5173/src/main.tsx', 'http://localhost:5173/')).toBe(true)
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false)
    expect(isAppUrl('https://localhost:5173/', 'http://localhost:5173')).toBe(false)
    expect(isAppUrl('http://localhost.evil:5173/', 'http://localhost:5173')).toBe(false)
    expect(isAppUrl('not a url', 'http://localhost:5173')).toBe(false)
    expect(isAppUrl('app://factmark/index.html', 'http://localhost:5173')).toBe(true)
  })
})

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/)
      return [name, values] as const
    })
  )

  it('runs nothing inline or evaluated', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline')
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-hashes')
    expect(CONTENT_SECURITY_POLICY).not.toContain('*')
  })

  it('denies by default and loads scripts and styles from the app only', () => {
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('style-src')).toEqual(["'self'"])
    expect(directives.get('connect-src')).toEqual(["'none'"])
    expect(directives.get('worker-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
  })
})

describe('openExternalSafely', () => {
  function fakeShell() {
    const opened: string[] = []
    const shell: Pick<Shell, 'openExternal'> = {
      openExternal: async (url) => {
        opened.push(url)
      }
    }
    return { shell, opened }
  }

  it('hands an allowed link to the system browser', async () => {
    const { shell, opened } = fakeShell()
    expect(await openExternalSafely(shell, 'https://example.org/a')).toBe(true)
    expect(opened).toEqual(['https://example.org/a'])
  })

  it('never hands a dangerous link to the system', async () => {
    const { shell, opened } = fakeShell()
    expect(await openExternalSafely(shell, 'javascript:alert(1)')).toBe(false)
    expect(await openExternalSafely(shell, 'file:///etc/passwd')).toBe(false)
    expect(opened).toEqual([])
  })
})
