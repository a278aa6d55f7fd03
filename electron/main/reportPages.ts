/**
 * Report pages served from memory at `app://factmark/report/<random id>.html`, for the windows
 * that preview or print a report (reportWindows.ts): loading them from the app's own origin keeps
 * every window on the app protocol (no data: or file:// pages), and each response carries the
 * report's policy (no script at all; see security.ts). A page is served while it is published and
 * withdrawn when its window is done with it; an unknown id is a 404.
 */
import { randomUUID } from 'node:crypto'
import { REPORT_PATH_PREFIX } from './security'

export class ReportPages {
  private readonly pages = new Map<string, string>()

  /** Publishes `html`; returns the path it is served at (under APP_ORIGIN) until {@link withdraw}. */
  publish(html: string): string {
    const path = `${REPORT_PATH_PREFIX}${randomUUID()}.html`
    this.pages.set(path, html)
    return path
  }

  withdraw(path: string): void {
    this.pages.delete(path)
  }

  /** The page at `pathname` (a request URL's decoded path), or null. */
  page(pathname: string): string | null {
    return this.pages.get(pathname) ?? null
  }

  /** True for the paths report pages live under. */
  static isReportPath(pathname: string): boolean {
    return pathname.startsWith(REPORT_PATH_PREFIX)
  }
}
