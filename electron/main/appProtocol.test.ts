import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import type { Protocol } from 'electron'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, resolveAppFile, serveRenderer } from './appProtocol'
import { ReportPages } from './reportPages'
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, REPORT_CONTENT_SECURITY_POLICY } from './security'

let dir: string
let root: string

beforeEach(async () => {
  dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'factmark-protocol-')))
  root = path.join(dir, 'renderer')
  await fs.mkdir(path.join(root, 'assets'), { recursive: true })
  await fs.writeFile(path.join(root, 'index.html'), '<!doctype html><title>Factmark</title>')
  await fs.writeFile(path.join(root, 'assets', 'index-abc123.js'), 'console.log("app")')
  await fs.writeFile(path.join(root, 'assets', 'app style.css'), 'body{}')
  // A secret beside the renderer folder, with a name that starts like it.
  await fs.writeFile(path.join(dir, 'secret.txt'), 'secret')
  await fs.mkdir(path.join(dir, 'renderer-evil'))
  await fs.writeFile(path.join(dir, 'renderer-evil', 'index.html'), 'evil')
})

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

describe('resolveAppFile', () => {
  it('serves index.html for the app root', async () => {
    const file = resolveAppFile(root, 'app://factmark/')
    expect(file).toBe(path.join(root, 'index.html'))
    expect(await fs.readFile(file ?? '', 'utf8')).toContain('<title>Factmark</title>')
  })

  it('resolves assets inside the renderer folder, decoding escapes and ignoring query and hash', async () => {
    expect(resolveAppFile(root, 'app://factmark/index.html')).toBe(path.join(root, 'index.html'))
    const script = resolveAppFile(root, 'app://factmark/assets/index-abc123.js?v=1#top')
    expect(script).toBe(path.join(root, 'assets', 'index-abc123.js'))
    expect(await fs.readFile(script ?? '', 'utf8')).toBe('console.log("app")')
    expect(resolveAppFile(root, 'app://factmark/assets/app%20style.css')).toBe(path.join(root, 'assets', 'app style.css'))
  })

  it('accepts a root given with a trailing separator', () => {
    expect(resolveAppFile(root + path.sep, 'app://factmark/')).toBe(path.join(root, 'index.html'))
  })

  it('keeps literal dot segments inside the folder: the URL parser resolves them before the check', () => {
    // WHATWG URL parsing turns app://factmark/../../etc/passwd into app://factmark/etc/passwd
    // (Chromium does the same before the handler sees the request), so the file asked for is
    // <root>/etc/passwd, never /etc/passwd.
    for (const url of ['app://factmark/../../etc/passwd', 'app://factmark/%2e%2e/%2e%2e/etc/passwd', 'app://factmark/assets/../../secret.txt']) {
      const file = resolveAppFile(root, url)
      expect(file === null || file.startsWith(root + path.sep)).toBe(true)
      expect(file).not.toBe('/etc/passwd')
      expect(file).not.toBe(path.join(dir, 'secret.txt'))
    }
  })

  it.each([
    ['encoded slashes climbing out', 'app://factmark/%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
    ['an encoded climb to a sibling file', 'app://factmark/..%2fsecret.txt'],
    ['an encoded climb to a sibling folder that starts like the root', 'app://factmark/..%2frenderer-evil%2findex.html'],
    ['an encoded NUL', 'app://factmark/index.html%00.js'],
    ['a malformed escape', 'app://factmark/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['the app host with a port', 'app://factmark:8080/index.html'],
    ['a lookalike host', 'app://factmark.evil/index.html'],
    ['another scheme', 'https://factmark/index.html'],
    ['file:', 'file:///etc/passwd'],
    ['not a URL', 'index.html']
  ])('refuses %s', (_what, url) => {
    expect(resolveAppFile(root, url)).toBeNull()
  })

  it('refuses an absolute path smuggled through an encoded slash', () => {
    const file = resolveAppFile(root, `app://factmark/%2F${encodeURIComponent(path.join(dir, 'secret.txt').slice(1))}`)
    expect(file === null || file.startsWith(root + path.sep)).toBe(true)
  })
})

describe('serveRenderer', () => {
  /** A stand-in for Electron's protocol module that records the registered handler. */
  function fakeProtocol() {
    const handlers = new Map<string, (request: Request) => Response | Promise<Response>>()
    const fake = {
      handle: (scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
        handlers.set(scheme, handler)
      }
    }
    // Only `handle` is used; the cast is the test's boundary.
    return { protocol: fake as unknown as Protocol, handlers }
  }

  it('registers the app scheme as standard and secure', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } })
  })

  it('serves files with their type, the CSP and nosniff, and a bare 404 otherwise', async () => {
    const { protocol, handlers } = fakeProtocol()
    serveRenderer(protocol, root)
    const handler = handlers.get(APP_SCHEME)
    if (!handler) throw new Error('no handler registered for app:')

    const page = await handler(new Request('app://factmark/'))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await page.text()).toContain('<title>Factmark</title>')

    const script = await handler(new Request('app://factmark/assets/index-abc123.js'))
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await script.text()).toBe('console.log("app")')

    for (const url of ['app://factmark/missing.js', 'app://factmark/..%2fsecret.txt', 'app://factmark/assets']) {
      const response = await handler(new Request(url))
      expect(response.status).toBe(404)
      expect(await response.text()).toBe('Not found')
    }
  })

  it('serves a published report page with the report policy (no script), and a 404 once withdrawn or never published', async () => {
    const { protocol, handlers } = fakeProtocol()
    const reports = new ReportPages()
    serveRenderer(protocol, root, reports)
    const handler = handlers.get(APP_SCHEME)
    if (!handler) throw new Error('no handler registered for app:')
    const path = reports.publish('<!doctype html><title>Rapport</title><p>Affirmation « vérifiée »</p>')
    expect(path).toMatch(/^\/report\/[0-9a-f-]{36}\.html$/)
    const page = await handler(new Request(`${APP_ORIGIN}${path}`))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toBe(REPORT_CONTENT_SECURITY_POLICY)
    expect(REPORT_CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
    expect(REPORT_CONTENT_SECURITY_POLICY).not.toMatch(/script-src|connect-src|unsafe-eval/)
    expect(await page.text()).toContain('Affirmation « vérifiée »')
    reports.withdraw(path)
    expect((await handler(new Request(`${APP_ORIGIN}${path}`))).status).toBe(404)
    expect((await handler(new Request('app://factmark/report/index.html'))).status).toBe(404)
  })
})
