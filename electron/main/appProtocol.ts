/**
 * Serves the built renderer from `app://factmark/` instead of file://, so the page has a real
 * origin, file:// stays closed to it, and every response carries the Content-Security-Policy as
 * a header. Only files inside the renderer folder are served, and the report pages main publishes
 * for its preview and PDF windows (reportPages.ts), each with the report's stricter policy.
 */
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import type { Protocol } from 'electron'
import { ReportPages } from './reportPages'
import { CONTENT_SECURITY_POLICY, REPORT_CONTENT_SECURITY_POLICY } from './security'

export const APP_SCHEME = 'app'

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json'
}

/** The privileges `app:` needs; must be registered before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false, stream: false }
}

/**
 * Resolves a request URL to a file inside `root`, or null when it would escape it or is not for
 * the app's host.
 */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== 'factmark') return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0')) return null
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '')
  const file = normalize(join(root, relative))
  const rootWithSep = root.endsWith(sep) ? root : root + sep
  return file.startsWith(rootWithSep) ? file : null
}

/** The response for a report page's URL: the page with the report's policy, or a 404; null for other URLs. */
function reportResponse(reports: ReportPages, requestUrl: string): Response | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== 'factmark' || !ReportPages.isReportPath(url.pathname)) return null
  const page = reports.page(url.pathname)
  if (page === null) return new Response('Not found', { status: 404 })
  return new Response(page, {
    status: 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': REPORT_CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff'
    }
  })
}

/** Registers the `app:` handler on a ready protocol module; `reports` are served under /report/. */
export function serveRenderer(protocol: Protocol, root: string, reports?: ReportPages): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const report = reports ? reportResponse(reports, request.url) : null
    if (report) return report
    const file = resolveAppFile(root, request.url)
    if (!file) return new Response('Not found', { status: 404 })
    try {
      const body = await readFile(file)
      return new Response(body, {
        status: 200,
        headers: {
          'content-type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff'
        }
      })
    } catch {
      // Missing or unreadable: the page sees a plain 404, never a path.
      return new Response('Not found', { status: 404 })
    }
  })
}
