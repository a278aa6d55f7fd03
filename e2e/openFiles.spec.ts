/**
 * Journey: opening articles. A fact-checker opens a Markdown file from the command line, a hostile
 * web page through File › Open… (toolbar button and Ctrl+O), files Factmark must refuse (binary,
 * Latin-1, empty, PDF/Word, too large), documents from Open Recent after a restart, and an article
 * dropped on the window. Asserted on screen (the article, the title, alerts, the tag list) and on
 * disk (the sidecar of the article that stayed open).
 */
import { expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { rm, truncate, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  dragSelect,
  launchApp,
  launchNamed,
  readSidecar,
  SAMPLE_NAME,
  tempFolder,
  userDataSample,
  writeDoc,
  type Launched
} from './app'

// ---- helpers ----------------------------------------------------------------------------------

let launched: Launched | undefined
const folders: string[] = []

test.afterEach(async () => {
  await launched?.app.close()
  launched = undefined
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })))
})

/** A temp folder for this test's documents, removed after the test. */
async function docsFolder(): Promise<string> {
  const folder = await tempFolder('factmark-docs-')
  folders.push(folder)
  return folder
}

/** The article's editor, where the document is rendered. */
function editor(page: Page) {
  return page.getByTestId('article').locator('.ProseMirror')
}

/** Makes the native Open dialog answer `filePath` the next time (and every time) it opens. */
async function stubOpenDialog(app: ElectronApplication, filePath: string): Promise<void> {
  await app.evaluate(({ dialog }, path) => {
    dialog.showOpenDialog = async () => ({ canceled: false, filePaths: [path] })
  }, filePath)
}

/** File › Open… through the toolbar button, the dialog answering `filePath`. */
async function openWithToolbar(launched: Launched, filePath: string): Promise<void> {
  await stubOpenDialog(launched.app, filePath)
  await launched.page.getByRole('button', { name: 'Open…' }).click()
}

/** Tags `text` of the open article as a claim with the mouse and waits until it is on disk. */
async function tagClaim(page: Page, text: string): Promise<void> {
  await dragSelect(page, text)
  await page.getByRole('button', { name: /^Claim/ }).click()
  await expect(page.getByTestId('tag-row')).toHaveCount(1)
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved')
}

/** The article `articlePath` is still the one shown, with its one claim on screen and on disk. */
async function expectStillOpenWithClaim(page: Page, fileName: string, articlePath: string, claim: string): Promise<void> {
  await expect(page.locator('.doc-title')).toHaveText(fileName)
  await expect(editor(page)).toContainText(claim)
  const rows = page.getByTestId('tag-row')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText(claim)
  const sidecar = await readSidecar(articlePath)
  expect(sidecar.tags.map((t) => [t.kind, t.target.quote.exact])).toEqual([['claim', claim]])
}

/** Puts an `<input type=file>` holding `filePath` into the page and drops its File on the article. */
async function dropFile(page: Page, filePath: string): Promise<void> {
  await page.evaluate(() => {
    const input = document.createElement('input')
    input.type = 'file'
    input.id = 'e2e-drop-source'
    input.style.display = 'none'
    document.body.append(input)
  })
  // setInputFiles gives a real, path-backed File, as the OS gives on a drop.
  await page.locator('#e2e-drop-source').setInputFiles(filePath)
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#e2e-drop-source')
    const file = input?.files?.[0]
    if (!file) throw new Error('no file in the injected input')
    const target = document.querySelector('.article-scroller') ?? document.body
    const make = (type: string) => {
      const dataTransfer = new DataTransfer()
      dataTransfer.items.add(file)
      return new DragEvent(type, { dataTransfer, bubbles: true, cancelable: true })
    }
    target.dispatchEvent(make('dragover'))
    target.dispatchEvent(make('drop'))
    input?.remove()
  })
}

const MARKDOWN = `# Sommet à Pyongyang

Moscou a renforcé ses liens avec *son allié*, la **Corée du Nord**.

## Réactions

- Premier point du communiqué
- Second point du communiqué

> « Un partenaire important », selon le ministre.

Selon l’[AFP](https://www.afp.com), la visite a duré deux jours. Un [lien piégé](javascript:window.__pwned=5) ne mène nulle part.
`

const HOSTILE_HTML = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="0;url=https://example.com">
<title>Page hostile</title>
<style>body{display:none}</style>
<script>window.__pwned = 1</script>
</head>
<body>
<h1>Visite à Pyongyang</h1>
<p>Le ministre a qualifié l’accord de « partenariat historique ».</p>
<img src=x onerror="window.__pwned = 2">
<p>Selon l’agence, <a href="javascript:window.__pwned=3">clic</a> ici pour rien.</p>
<iframe src="https://example.com"></iframe>
<svg><a xlink:href="javascript:window.__pwned=4"><text>x</text></a></svg>
<p>Variantes : <a href="JaVaScRiPt:window.__pwned=6">casse</a>, <a href="java&#x09;script:window.__pwned=7">tabulation</a>,
<a href="&#106;&#97;vascript:window.__pwned=8">entités</a>, <a href="data:text/html,<script>parent.__pwned=9</script>">données</a>.</p>
<form action="https://example.com/collect" method="post"><input name="q" value="x"><button>Envoyer</button></form>
<p>Les Nord-Coréens ont dit leur « soutien total » à la Russie.</p>
</body>
</html>
`

/** The hostile page rendered as plain article text: no active content, nothing ran, still in the app. */
async function expectInertHostilePage(page: Page, fileName: string): Promise<void> {
  const article = editor(page)
  await expect(page.locator('.doc-title')).toHaveText(fileName)
  await expect(article).toContainText('Le ministre a qualifié l’accord de « partenariat historique ».')
  await expect(article).toContainText('Les Nord-Coréens ont dit leur « soutien total » à la Russie.')
  await expect(article.locator('h1')).toHaveText('Visite à Pyongyang')
  // The javascript: link keeps its text and loses its link; clicking it does nothing.
  await expect(article).toContainText('clic')
  await expect(article.locator('a')).toHaveCount(0)
  await article.getByText('clic').click()
  // Obfuscated javascript: and data: links keep their words and lose their links too.
  await expect(article).toContainText('Variantes : casse, tabulation, entités, données.')
  await article.getByText('données').click()
  for (const selector of ['script', 'iframe', 'img', 'style', 'svg', 'meta', 'object', 'embed', 'form', 'input', 'button']) {
    await expect(article.locator(selector), `no <${selector}> in the article`).toHaveCount(0)
  }
  await expect(page.locator('iframe, object, embed, svg a'), 'nothing embedded anywhere in the window').toHaveCount(0)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined()
  // The meta refresh had its chance to fire: the page is still the app, and visible.
  await page.waitForTimeout(500)
  expect(page.url()).toMatch(/^app:\/\/factmark\//)
  await expect(page.locator('body')).toBeVisible()
  await expect.poll(() => page.title()).toContain(fileName)
}

// ---- tests ------------------------------------------------------------------------------------

test('a Markdown file named on the command line opens with its structure and only safe links', async () => {
  const folder = await docsFolder()
  const file = await writeDoc(folder, 'sommet.md', MARKDOWN)
  launched = await launchNamed({ file })
  const article = editor(launched.page)

  await expect(launched.page.locator('.doc-title')).toHaveText('sommet.md')
  await expect(article.locator('h1')).toHaveText('Sommet à Pyongyang')
  await expect(article.locator('h2')).toHaveText('Réactions')
  await expect(article.locator('li')).toHaveText(['Premier point du communiqué', 'Second point du communiqué'])
  await expect(article.locator('blockquote')).toHaveText('« Un partenaire important », selon le ministre.')
  await expect(article.locator('em')).toHaveText('son allié')
  await expect(article.locator('strong')).toHaveText('Corée du Nord')
  await expect(article).toContainText('Moscou a renforcé ses liens avec son allié, la Corée du Nord.')

  const links = article.locator('a')
  await expect(links).toHaveCount(1)
  await expect(links).toHaveText('AFP')
  await expect(links).toHaveAttribute('href', 'https://www.afp.com')
  await expect(article).toContainText('Un lien piégé ne mène nulle part.')
  expect(await launched.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined()
})

test('File › Open… on the toolbar shows a hostile web page as inert text', async () => {
  const folder = await docsFolder()
  const file = await writeDoc(folder, 'page-hostile.html', HOSTILE_HTML)
  launched = await launchNamed()
  await openWithToolbar(launched, file)
  await expectInertHostilePage(launched.page, 'page-hostile.html')
})

test('Ctrl+O opens a hostile web page as inert text', async () => {
  const folder = await docsFolder()
  const file = await writeDoc(folder, 'page-hostile-clavier.html', HOSTILE_HTML)
  launched = await launchNamed()
  await stubOpenDialog(launched.app, file)
  await editor(launched.page).click()
  await launched.page.keyboard.press('Control+o')
  await expectInertHostilePage(launched.page, 'page-hostile-clavier.html')
})

/** Files Factmark refuses, and the words of the message the user must see. */
const BAD_FILES: Array<{ what: string; name: string; write: (path: string) => Promise<void>; message: RegExp }> = [
  {
    what: 'a binary file named .txt',
    name: 'photo.txt',
    write: (path) => writeFile(path, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0, 0, 0, 0])),
    message: /“photo\.txt” cannot be opened\. This file is not text: it looks like a PNG image\./
  },
  {
    what: 'a Latin-1 (Windows-1252) text file',
    name: 'latin1.txt',
    // "Un café à Paris" with é and à as single Latin-1 bytes.
    write: (path) => writeFile(path, Buffer.from('Un caf\u00e9 \u00e0 Paris.\n', 'latin1')),
    message: /“latin1\.txt” cannot be opened\. This file is not valid UTF-8 text.*Latin-1 or Windows-1252.*UTF-8/
  },
  {
    what: 'an empty file',
    name: 'vide.txt',
    write: (path) => writeFile(path, ''),
    message: /“vide\.txt” cannot be opened\. This file is empty/
  },
  {
    what: 'a PDF document',
    name: 'rapport.pdf',
    write: (path) => writeFile(path, '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'),
    message: /“rapport\.pdf” is not an article Factmark can open\..*\.txt.*\.md.*\.html/
  },
  {
    what: 'a Word document',
    name: 'depeche.docx',
    write: (path) => writeFile(path, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0])),
    message: /“depeche\.docx” is not an article Factmark can open\./
  },
  {
    what: 'a file over 20 MiB',
    name: 'enorme.txt',
    write: async (path) => {
      await writeFile(path, '')
      await truncate(path, 21 * 1024 * 1024)
    },
    message: /“enorme\.txt” is too large to open \(21(\.0)? MB; the limit is 20 MB\)/
  }
]

for (const bad of BAD_FILES) {
  test(`refuses ${bad.what} with a clear message and keeps the open article and its tags`, async () => {
    const folder = await docsFolder()
    const file = join(folder, bad.name)
    await bad.write(file)
    launched = await launchNamed()
    const { page, userData } = launched
    const claim = 'Moscou a renforcé ses liens avec son allié, la Corée du Nord.'
    await tagClaim(page, claim)

    await openWithToolbar(launched, file)
    await expect(page.getByRole('alert')).toHaveText(bad.message)
    await expectStillOpenWithClaim(page, SAMPLE_NAME, userDataSample(userData), claim)
    await expect(page).toHaveTitle(`${SAMPLE_NAME} — Factmark`)
  })
}

test('Open Recent lists the documents after a restart and reopens the one picked', async () => {
  const folder = await docsFolder()
  const first = await writeDoc(folder, 'premier.txt', 'Premier article : la visite de Sergueï Choïgou.\n')
  const second = await writeDoc(folder, 'second.md', '# Second article\n\nLa réaction de Washington.\n')
  const userData = await tempFolder()
  folders.push(userData)
  launched = await launchNamed({ userData })
  await openWithToolbar(launched, first)
  await expect(launched.page.locator('.doc-title')).toHaveText('premier.txt')
  await openWithToolbar(launched, second)
  await expect(launched.page.locator('.doc-title')).toHaveText('second.md')
  await launched.app.close()
  launched = undefined

  launched = await launchApp({ userData })
  const { page } = launched
  // No file on the command line: the sample opens, and no name is asked again.
  await expect(page.locator('.doc-title')).toHaveText(SAMPLE_NAME)
  await expect(page.getByRole('dialog', { name: 'Welcome to Factmark' })).toHaveCount(0)

  await page.getByRole('button', { name: 'Recent ▾' }).click()
  const menu = page.getByRole('menu', { name: 'Recent documents' })
  const items = menu.getByRole('menuitem')
  // Newest first.
  await expect(items).toHaveCount(2)
  await expect(items.nth(0)).toContainText('second.md')
  await expect(items.nth(1)).toContainText('premier.txt')
  await items.filter({ hasText: 'premier.txt' }).click()

  await expect(page.locator('.doc-title')).toHaveText('premier.txt')
  await expect(editor(page)).toHaveText('Premier article : la visite de Sergueï Choïgou.')
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('a recent document deleted from disk gives a "not found" message and changes nothing else', async () => {
  const folder = await docsFolder()
  const gone = await writeDoc(folder, 'supprime.txt', 'Cet article va disparaître du disque.\n')
  const kept = await writeDoc(folder, 'garde.txt', 'Moscou a renforcé ses liens avec son allié.\n')
  launched = await launchNamed()
  const { page } = launched
  await openWithToolbar(launched, gone)
  await expect(page.locator('.doc-title')).toHaveText('supprime.txt')
  await openWithToolbar(launched, kept)
  await expect(page.locator('.doc-title')).toHaveText('garde.txt')
  const claim = 'Moscou a renforcé ses liens avec son allié.'
  await tagClaim(page, claim)
  await unlink(gone)

  await page.getByRole('button', { name: 'Recent ▾' }).click()
  await page.getByRole('menu', { name: 'Recent documents' }).getByRole('menuitem').filter({ hasText: 'supprime.txt' }).click()

  await expect(page.getByRole('alert')).toHaveText(/“supprime\.txt” was not found\. It may have been moved or deleted\./)
  await expectStillOpenWithClaim(page, 'garde.txt', kept, claim)
  // The dead entry leaves the recent list; the other stays.
  await page.getByRole('button', { name: 'Recent ▾' }).click()
  const items = page.getByRole('menu', { name: 'Recent documents' }).getByRole('menuitem')
  await expect(items).toHaveCount(1)
  await expect(items).toContainText('garde.txt')
})

test('an article dropped on the window opens', async () => {
  const folder = await docsFolder()
  const file = await writeDoc(folder, 'glisse.md', '# Article glissé\n\nDéposé sur la fenêtre depuis le bureau.\n')
  launched = await launchNamed()
  const { page } = launched
  await expect(page.locator('.doc-title')).toHaveText(SAMPLE_NAME)

  await dropFile(page, file)

  await expect(page.locator('.doc-title')).toHaveText('glisse.md')
  await expect(editor(page).locator('h1')).toHaveText('Article glissé')
  await expect(editor(page)).toContainText('Déposé sur la fenêtre depuis le bureau.')
  await expect(page.getByText('Drop an article (.txt, .md, .html) to open it')).toHaveCount(0)
  await expect(page.getByRole('alert')).toHaveCount(0)
})
