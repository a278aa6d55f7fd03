/**
 * Electron's security checklist, applied to every web contents the app creates: a strict
 * Content-Security-Policy, no navigation, no new windows, no webviews, permissions denied, and
 * external links opened in the system browser only after a scheme check.
 *
 * Electron pieces are passed in so the policies can be read and tested without starting Electron.
 */
import type { Session, WebContents, Shell } from 'electron'

/** The origin the renderer is served from (see appProtocol.ts). */
export const APP_ORIGIN = 'app://factmark'

/**
 * Every resource comes from the app itself; nothing inline runs, nothing is fetched. The one
 * worker (the check-worthiness hints, renderer/editor/hints.worker.ts) is a script file of the
 * app, so workers may come from the app's origin only (no blob: or data: workers).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "child-src 'none'",
  "worker-src 'self'",
  "form-action 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'"
].join('; ')

/**
 * Where a report is shown or printed from (see reportPages.ts): a page of the app's origin, but
 * not the app. Its policy allows its own inline styles and data: images and nothing else — no
 * script at all — and its windows have no preload, so it can never reach IPC.
 */
export const REPORT_PATH_PREFIX = '/report/'

export const REPORT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src data:",
  "form-action 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'"
].join('; ')

const EXTERNAL_SCHEMES = new Set(['https:', 'http:', 'mailto:'])

/** True when `url` may be handed to the system browser (http, https, mailto). */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return EXTERNAL_SCHEMES.has(parsed.protocol) && (parsed.protocol === 'mailto:' || parsed.hostname !== '')
  } catch {
    // Not a URL at all: nothing to open.
    return false
  }
}

/** True when `url` belongs to the app's own renderer (the only page allowed to call IPC); a report page does not. */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  if (url.startsWith(`${APP_ORIGIN}${REPORT_PATH_PREFIX}`)) return false
  if (url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`)) return true
  if (devServerUrl) {
    try {
      return new URL(url).origin === new URL(devServerUrl).origin
    } catch {
      return false
    }
  }
  return false
}

/** Opens `url` in the system browser when its scheme is allowed; returns whether it did. */
export async function openExternalSafely(shell: Pick<Shell, 'openExternal'>, url: string): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false
  await shell.openExternal(url)
  return true
}

/** Denies every permission request and check (camera, notifications, clipboard-read, …). */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  session.on('will-download', (event) => event.preventDefault())
}

/**
 * Blocks navigation, new windows and webviews for one web contents. A link the user clicks is
 * never followed inside the app; the renderer asks for external links through IPC instead, and a
 * window.open to an allowed URL is handed to the system browser.
 */
export function lockDownWebContents(contents: WebContents, shell: Pick<Shell, 'openExternal'>): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-frame-navigate', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(shell, url)
    return { action: 'deny' }
  })
}
