/**
 * Launching the real built Factmark for a test: its own temporary userData folder and documents,
 * Electron started through Playwright's `_electron.launch()`, and helpers a user's hand would do
 * (select text, read the sidecar on disk).
 */
import { _electron as electron, expect, type ElectronApplication, type Page } from '@playwright/test'
import { mkdtemp, readFile, readdir, writeFile, copyFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const SAMPLE_PATH = join(root, 'electron/resources/russie-coree-du-nord.fr.txt')
export const SAMPLE_NAME = 'russie-coree-du-nord.fr.txt'

export interface Launched {
  app: ElectronApplication
  page: Page
  userData: string
}

/** A fresh temporary folder for one test. */
export function tempFolder(prefix = 'factmark-e2e-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix))
}

/** The system language an app is started in: its locale environment and Chromium's --lang. */
const SYSTEM_LOCALES = {
  en: { env: { LANGUAGE: 'en_GB', LC_ALL: 'en_GB.UTF-8', LC_MESSAGES: 'en_GB.UTF-8', LANG: 'en_GB.UTF-8' }, lang: 'en-GB' },
  fr: { env: { LANGUAGE: 'fr_FR', LC_ALL: 'fr_FR.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8', LANG: 'fr_FR.UTF-8' }, lang: 'fr' }
} as const

/**
 * Starts the built app. `file` is passed on the command line like `npm start -- file`. The system
 * speaks `systemLanguage`, English unless told (the specs read English words), so the app, which
 * follows the system by default, is English whatever the machine's own locale.
 */
export async function launchApp(options: { userData: string; file?: string; systemLanguage?: 'en' | 'fr' }): Promise<Launched> {
  const system = SYSTEM_LOCALES[options.systemLanguage ?? 'en']
  const args = [join(root, 'out/main/index.cjs'), `--lang=${system.lang}`]
  if (process.getuid?.() === 0) args.push('--no-sandbox')
  if (options.file) args.push(options.file)
  const app = await electron.launch({
    args,
    cwd: root,
    env: { ...process.env, ...system.env, FACTMARK_USER_DATA: options.userData, NODE_ENV: 'production' } as Record<string, string>
  })
  const page = await app.firstWindow()
  await page.waitForLoadState('domcontentloaded')
  return { app, page, userData: options.userData }
}

/** Answers the first-run name prompt. */
export async function enterName(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Welcome to Factmark' })
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Your name').fill(name)
  await dialog.getByRole('button', { name: 'Start tagging' }).click()
  await expect(dialog).toBeHidden()
}

/** Launches on a fresh profile and answers the name prompt. */
export async function launchNamed(options: { userData?: string; file?: string; name?: string } = {}): Promise<Launched> {
  const userData = options.userData ?? (await tempFolder())
  const launched = await launchApp({ userData, file: options.file })
  await enterName(launched.page, options.name ?? 'Marie Dupont')
  await expect(launched.page.getByTestId('article').locator('.ProseMirror')).toBeVisible()
  return launched
}

/**
 * Selects `text` (its `occurrence`-th appearance) in the article the way a mouse drag does: a DOM
 * selection inside the editor, which ProseMirror reads as its own.
 */
export async function selectText(page: Page, text: string, occurrence = 0): Promise<void> {
  // A view update that lands before ProseMirror has read the new DOM selection (decorations from
  // the hints worker, a re-render after the last tag) writes its own selection back: select
  // again until the selection still holds a moment later.
  await expect(async () => {
    await selectOnce(page, text, occurrence)
    await page.waitForTimeout(100)
    expect(await page.evaluate(() => window.getSelection()?.isCollapsed ?? true)).toBe(false)
  }).toPass({ timeout: 15_000 })
}

async function selectOnce(page: Page, text: string, occurrence: number): Promise<void> {
  const found = await page.evaluate(
    ({ text, occurrence }) => {
      const editor = document.querySelector('.ProseMirror')
      if (!editor) return false
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT)
      const nodes: Text[] = []
      let all = ''
      while (walker.nextNode()) {
        nodes.push(walker.currentNode as Text)
        all += (walker.currentNode as Text).data
      }
      let at = -1
      for (let i = 0; i <= occurrence; i++) {
        at = all.indexOf(text, at + 1)
        if (at === -1) return false
      }
      const locate = (offset: number, preferEnd: boolean): [Text, number] => {
        let seen = 0
        for (const node of nodes) {
          const end = seen + node.data.length
          if (offset < end || (preferEnd && offset === end)) return [node, offset - seen]
          seen = end
        }
        const last = nodes[nodes.length - 1]
        return [last, last.data.length]
      }
      const [startNode, startOffset] = locate(at, false)
      const [endNode, endOffset] = locate(at + text.length, true)
      ;(editor as HTMLElement).focus()
      const range = document.createRange()
      range.setStart(startNode, startOffset)
      range.setEnd(endNode, endOffset)
      const selection = window.getSelection()
      selection?.removeAllRanges()
      selection?.addRange(range)
      return true
    },
    { text, occurrence }
  )
  expect(found, `text to select: ${text}`).toBe(true)
  // ProseMirror reads the DOM selection on selectionchange.
  await page.waitForFunction(() => !window.getSelection()?.isCollapsed, undefined, { timeout: 2000 })
}

/** Drags the mouse across `text` in the article, as a user selects with the mouse. */
export async function dragSelect(page: Page, text: string): Promise<void> {
  const box = await page.evaluate((text) => {
    const editor = document.querySelector('.ProseMirror')
    if (!editor) return null
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) {
      const node = walker.currentNode as Text
      const at = node.data.indexOf(text)
      if (at === -1) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + 1)
      const first = range.getBoundingClientRect()
      range.setStart(node, at + text.length - 1)
      range.setEnd(node, at + text.length)
      const last = range.getBoundingClientRect()
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 }
    }
    return null
  }, text)
  expect(box, `text to drag over: ${text}`).not.toBeNull()
  if (!box) return
  await page.mouse.move(box.x1, box.y1)
  await page.mouse.down()
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 })
  await page.mouse.move(box.x2, box.y2, { steps: 4 })
  await page.mouse.up()
}

/** The sidecar files beside an article. */
export async function sidecarsBeside(articlePath: string): Promise<string[]> {
  const folder = dirname(articlePath)
  const base = articlePath.slice(folder.length + 1)
  return (await readdir(folder)).filter((name) => name.startsWith(`${base}.`) && name.endsWith('.factmark.json')).map((name) => join(folder, name))
}

/** Reads and parses the one sidecar beside an article. */
export async function readSidecar(articlePath: string): Promise<{ tags: Array<Record<string, unknown> & { kind: string; target: { position: { start: number; end: number }; quote: { exact: string } } }> } & Record<string, unknown>> {
  const files = await sidecarsBeside(articlePath)
  expect(files).toHaveLength(1)
  return JSON.parse(await readFile(files[0], 'utf8'))
}

/** Copies the sample article into a temp folder and returns its path. */
export async function sampleCopy(folder: string, name = SAMPLE_NAME): Promise<string> {
  const target = join(folder, name)
  await copyFile(SAMPLE_PATH, target)
  return target
}

/** Writes a file into a temp folder and returns its path. */
export async function writeDoc(folder: string, name: string, content: string | Uint8Array): Promise<string> {
  const target = join(folder, name)
  await writeFile(target, content)
  return target
}

/** The sample copy main makes in userData on first start. */
export function userDataSample(userData: string): string {
  return join(userData, 'samples', SAMPLE_NAME)
}

/** Text of the tag highlights of one kind, in document order (merged spans per tag id). */
export async function highlightTexts(page: Page, kind: 'claim' | 'source' | 'entity'): Promise<string[]> {
  return page.evaluate((kind) => {
    // Overlapping tags share spans; each span carries a tag-<kind>-<id> class per tag over it.
    const byId = new Map<string, string>()
    for (const el of document.querySelectorAll<HTMLElement>(`.ProseMirror .tag-${kind}`)) {
      for (const cls of el.classList) {
        if (cls.startsWith(`tag-${kind}-`)) byId.set(cls, (byId.get(cls) ?? '') + el.textContent)
      }
    }
    return [...byId.values()]
  }, kind)
}

/** Tags `text` as a claim with Ctrl+1 and gives it `verdict` (and `status`, when given) in the inspector. */
export async function tagClaim(page: Page, text: string, verdict: string, status?: string): Promise<void> {
  await selectText(page, text)
  await page.keyboard.press('Control+1')
  const inspector = page.getByTestId('inspector')
  await inspector.getByLabel('Verdict').selectOption({ label: verdict })
  if (status) await inspector.getByLabel('Status').selectOption({ label: status })
}

/** Clicks the item `label` of the File menu, as the user would. */
export async function clickFileMenu(app: ElectronApplication, label: string): Promise<void> {
  await app.evaluate(({ Menu }, label) => {
    const file = Menu.getApplicationMenu()?.items.find((item) => item.label.replace(/&/g, '') === 'File')
    file?.submenu?.items.find((item) => item.label.replace(/&/g, '') === label)?.click()
  }, label)
}
