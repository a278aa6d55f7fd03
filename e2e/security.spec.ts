/**
 * Journey: a hostile page cannot reach the system. Runtime checks in the real built app of what
 * script running in the window could try: Node globals, the preload's API surface, new windows,
 * navigation away from the app, inline script, malformed IPC calls; and the window's web
 * preferences as main set them.
 */
import { expect, test, type ElectronApplication, type Page } from '@playwright/test'
import type { WebContents, WebPreferences } from 'electron'
import type { FactmarkApi, SaveRequest } from '../shared/ipc'
import { launchNamed, SAMPLE_NAME, type Launched } from './app'

// ---- helpers ----------------------------------------------------------------------------------

let launched: Launched | undefined

test.afterEach(async () => {
  await launched?.app.close()
  launched = undefined
})

/**
 * Every method of the FactmarkApi interface in shared/ipc.ts. `satisfies` makes the type check
 * fail when the interface gains or loses a method and this list is not updated.
 */
const API_METHODS = {
  getStartup: true,
  setAnnotatorName: true,
  setOrganisation: true,
  openStartupDocument: true,
  openDocumentDialog: true,
  openRecent: true,
  openDroppedFile: true,
  openHandoff: true,
  reloadDocument: true,
  checkDisk: true,
  discardRecovery: true,
  loadSidecar: true,
  saveTags: true,
  openExternal: true,
  readyToClose: true,
  saveExport: true,
  saveReportPdf: true,
  previewReport: true,
  chooseImportFile: true,
  setLanguage: true,
  onCommand: true
} as const satisfies Record<keyof FactmarkApi, true>

/** Lets a navigation, window or refresh that would happen have its chance to. */
const SETTLE_MS = 500

/**
 * Replaces shell.openExternal in main with a recorder, so a URL handed to the system browser is
 * seen by the test and no browser starts on the test machine.
 */
async function recordExternalOpens(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ shell }) => {
    const opened: string[] = []
    ;(globalThis as unknown as { __externalOpened: string[] }).__externalOpened = opened
    shell.openExternal = async (url: string) => {
      opened.push(url)
    }
  })
}

async function externalOpens(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(() => (globalThis as unknown as { __externalOpened?: string[] }).__externalOpened ?? [])
}

/** Leaves a mark in the page's JavaScript world; a navigation or reload would wipe it. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    ;(window as unknown as { __sameDocument: boolean }).__sameDocument = true
  })
}

/**
 * The window still shows the app's own page, unreloaded, with the article. Read with evaluate,
 * not locators: after a navigation the app cancelled, Playwright's locators wait forever for it
 * to finish (microsoft/playwright#38077).
 */
async function expectSameAppDocument(app: ElectronApplication, page: Page): Promise<void> {
  expect(app.windows()).toHaveLength(1)
  const state = await page.evaluate(() => ({
    href: location.href,
    marked: (window as unknown as { __sameDocument?: boolean }).__sameDocument === true,
    hasArticle: document.querySelector('[data-testid="article"] .ProseMirror') !== null,
    title: document.querySelector('.doc-title')?.textContent ?? null
  }))
  expect(state).toEqual({ href: 'app://factmark/index.html?lang=en', marked: true, hasArticle: true, title: SAMPLE_NAME })
  const mainUrl = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.getURL())
  expect(mainUrl).toBe('app://factmark/index.html?lang=en')
}

/** What became of a promise the page awaited: resolved with a value, or rejected with a message. */
interface Settled {
  outcome: 'resolved' | 'rejected'
  detail: string
}

// ---- tests ------------------------------------------------------------------------------------

test('the page has no Node.js: require, process and module are undefined', async () => {
  launched = await launchNamed()
  const types = await launched.page.evaluate(() => ({
    require: typeof (globalThis as Record<string, unknown>).require,
    process: typeof (globalThis as Record<string, unknown>).process,
    module: typeof (globalThis as Record<string, unknown>).module,
    Buffer: typeof (globalThis as Record<string, unknown>).Buffer
  }))
  expect(types).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', Buffer: 'undefined' })
})

test('window.factmark exposes exactly the API methods, all functions, and no ipcRenderer', async () => {
  launched = await launchNamed()
  const surface = await launched.page.evaluate(() => {
    const api = window.factmark as unknown as Record<string, unknown>
    return {
      keys: Object.keys(api).sort(),
      types: [...new Set(Object.values(api).map((value) => typeof value))],
      ipcInApi: 'ipcRenderer' in api,
      ipcInWindow: 'ipcRenderer' in window,
      electronInWindow: 'electron' in window
    }
  })
  expect(surface.keys).toEqual(Object.keys(API_METHODS).sort())
  expect(surface.types).toEqual(['function'])
  expect(surface.ipcInApi).toBe(false)
  expect(surface.ipcInWindow).toBe(false)
  expect(surface.electronInWindow).toBe(false)
})

test('window.open returns null and no new window appears', async () => {
  launched = await launchNamed()
  const { app, page } = launched
  await recordExternalOpens(app)
  const opened = await page.evaluate(() => window.open('https://example.com') === null)
  expect(opened).toBe(true)
  await page.waitForTimeout(SETTLE_MS)
  expect(app.windows()).toHaveLength(1)
  expect(page.url()).toMatch(/^app:\/\/factmark\//)
  // The app hands an http(s) window.open to the system browser instead (security.ts).
  expect(await externalOpens(app)).toEqual(['https://example.com/'])
})

test('the page cannot navigate away by setting location.href', async () => {
  launched = await launchNamed()
  const { app, page } = launched
  await recordExternalOpens(app)
  await markDocument(page)
  await page.evaluate(() => {
    location.href = 'https://example.com'
  })
  await page.waitForTimeout(SETTLE_MS)
  await expectSameAppDocument(app, page)
  expect(await externalOpens(app)).toEqual([])
})

test('clicking an injected link does not navigate or open anything', async () => {
  launched = await launchNamed()
  const { app, page } = launched
  await recordExternalOpens(app)
  await markDocument(page)
  const box = await page.evaluate(() => {
    const link = document.createElement('a')
    link.href = 'https://example.com'
    link.textContent = 'Lien injecté'
    link.style.cssText = 'position:fixed;top:40%;left:40%;z-index:99999;padding:8px;background:#fff'
    link.addEventListener('click', () => {
      ;(window as unknown as { __linkClicked: boolean }).__linkClicked = true
    })
    document.body.append(link)
    const rect = link.getBoundingClientRect()
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
  })
  // The mouse rather than locator.click: Playwright would wait forever for the navigation the
  // app cancels (microsoft/playwright#38077).
  await page.mouse.click(box.x, box.y)
  await page.waitForTimeout(SETTLE_MS)
  expect(await page.evaluate(() => (window as unknown as { __linkClicked?: boolean }).__linkClicked)).toBe(true)
  await expectSameAppDocument(app, page)
  expect(await externalOpens(app)).toEqual([])
})

test('an injected inline script does not run and the CSP reports the violation', async () => {
  launched = await launchNamed()
  const { page } = launched
  await page.evaluate(() => {
    const seen: string[] = []
    ;(window as unknown as { __violations: string[] }).__violations = seen
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.effectiveDirective))
    const script = document.createElement('script')
    script.textContent = 'window.__inlineRan = true'
    document.body.append(script)
  })
  await page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length > 0)
  const result = await page.evaluate(() => ({
    ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan,
    violations: (window as unknown as { __violations: string[] }).__violations
  }))
  expect(result.ran).toBeUndefined()
  expect(result.violations[0]).toMatch(/^script-src/)
})

test('workers run only from the app’s own files: a blob: worker is refused by worker-src', async () => {
  launched = await launchNamed()
  const { page } = launched
  const outcome = await page.evaluate(
    () =>
      new Promise<{ result: string; violations: string[] }>((resolve) => {
        const violations: string[] = []
        document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective))
        const done = (result: string) => setTimeout(() => resolve({ result, violations }), 200)
        try {
          const url = URL.createObjectURL(new Blob(['postMessage("ran")'], { type: 'text/javascript' }))
          const worker = new Worker(url)
          worker.addEventListener('message', () => done('ran'))
          worker.addEventListener('error', () => done('refused'))
          setTimeout(() => done('silent'), 3000)
        } catch {
          done('refused')
        }
      })
  )
  expect(outcome.result).not.toBe('ran')
  expect(outcome.violations).toContain('worker-src')
  // The app's own worker (the hints, in the sidebar's Hints tab) runs.
  await page.getByRole('tab', { name: 'Hints' }).click()
  await expect(page.getByTestId('hints-panel')).toHaveAttribute('data-hint-engine', 'worker')
  await expect(page.getByTestId('hints-panel').getByRole('heading')).toContainText('15 hints')
})

test('the API rejects a save with a forged handle and malformed tags', async () => {
  launched = await launchNamed()
  const result = await launched.page.evaluate(async (): Promise<Settled> => {
    try {
      const value = await window.factmark.saveTags({ handle: '../../etc/passwd', tags: 'nope' } as unknown as SaveRequest)
      return { outcome: 'resolved', detail: JSON.stringify(value) }
    } catch (error) {
      return { outcome: 'rejected', detail: error instanceof Error ? error.message : String(error) }
    }
  })
  expect(result.outcome).toBe('rejected')
  expect(result.detail).toMatch(/invalid arguments/)
})

test('the API rejects opening a recent document by a non-string id', async () => {
  launched = await launchNamed()
  const result = await launched.page.evaluate(async (): Promise<Settled> => {
    try {
      const value = await window.factmark.openRecent(42 as unknown as string)
      return { outcome: 'resolved', detail: JSON.stringify(value) }
    } catch (error) {
      return { outcome: 'rejected', detail: error instanceof Error ? error.message : String(error) }
    }
  })
  expect(result.outcome).toBe('rejected')
  expect(result.detail).toMatch(/invalid arguments/)
})

test('the window runs isolated, sandboxed, without Node integration or webviews', async () => {
  launched = await launchNamed()
  const preferences = await launched.app.evaluate(({ BrowserWindow }) => {
    // getLastWebPreferences is Electron's own but missing from its type definitions.
    const contents = BrowserWindow.getAllWindows()[0]?.webContents as
      | (WebContents & { getLastWebPreferences(): WebPreferences | null })
      | undefined
    const prefs = contents?.getLastWebPreferences()
    return prefs
      ? {
          contextIsolation: prefs.contextIsolation,
          sandbox: prefs.sandbox,
          nodeIntegration: prefs.nodeIntegration,
          webSecurity: prefs.webSecurity,
          webviewTag: prefs.webviewTag
        }
      : null
  })
  expect(preferences).toEqual({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    webviewTag: false
  })
})
