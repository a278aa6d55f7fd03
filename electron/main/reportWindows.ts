/**
 * The windows that show and print a report: a hidden one that prints the self-contained HTML
 * report to PDF, and a visible preview. Both are sandboxed, with scripts OFF (the report has none,
 * and a crafted tag file's text could not run even if it slipped through escaping) and no
 * preload, so they can never reach IPC; the app's lock-down of every web contents applies (no
 * navigation, no new windows: security.ts, on web-contents-created). The page is served by the
 * app protocol from memory (reportPages.ts) with the report's policy, which fetches nothing.
 */
import { BrowserWindow } from 'electron'
import { msg } from '../../shared/messages'
import type { ReportPages } from './reportPages'
import { APP_ORIGIN } from './security'

function reportWindow(options: { show: boolean; parent?: BrowserWindow | null; title?: string }): BrowserWindow {
  return new BrowserWindow({
    show: options.show,
    parent: options.parent ?? undefined,
    width: 900,
    height: 1000,
    title: options.title,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false
    }
  })
}

/** Prints `html` (a self-contained page) to an A4 PDF with its backgrounds. */
export async function printReportToPdf(reports: ReportPages, html: string): Promise<Buffer> {
  const win = reportWindow({ show: false })
  const path = reports.publish(html)
  try {
    await win.loadURL(`${APP_ORIGIN}${path}`)
    return await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4', generateDocumentOutline: true })
  } finally {
    reports.withdraw(path)
    win.destroy()
  }
}

/** Shows `html` (a self-contained page) in a preview window over `parent`. */
export async function showReportPreview(reports: ReportPages, html: string, parent: BrowserWindow | null): Promise<void> {
  const win = reportWindow({ show: false, parent, title: msg.formats.exchange.previewTitle })
  const path = reports.publish(html)
  win.once('ready-to-show', () => win.show())
  win.on('closed', () => reports.withdraw(path))
  await win.loadURL(`${APP_ORIGIN}${path}`)
}
