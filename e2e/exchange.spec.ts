/**
 * Journey: a fact-checker tags the sample article and exports it from File › Export… in every
 * format — the reports in Markdown, HTML and PDF (the PDF read back: its text holds the claims),
 * ClaimReview and the Fact Check Tools API once the fact-check's URL is given (before, the dialog
 * says what is missing and writes nothing), W3C Web Annotation, brat and CSV — each file checked
 * on disk. A colleague then imports the W3C file into a fresh copy of the article from File ›
 * Import Annotations…: the same tags appear, and importing it again adds nothing. The save and
 * open dialogs answer from the test; everything else is the real app.
 */
import { expect, test, type ElectronApplication } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { clickFileMenu, highlightTexts, launchNamed, readSidecar, sampleCopy, selectText, tagClaim, tempFolder, type Launched } from './app'

let launched: Launched | null = null

test.afterEach(async () => {
  await launched?.app.close()
  launched = null
})

/** Makes the native Save dialog answer `path` the next time it opens. */
async function answerSave(app: ElectronApplication, path: string): Promise<void> {
  await app.evaluate(({ dialog }, path) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog
  }, path)
}

/** Makes the native Open dialog answer `path`. */
async function answerOpen(app: ElectronApplication, path: string): Promise<void> {
  await app.evaluate(({ dialog }, path) => {
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [path] })) as typeof dialog.showOpenDialog
  }, path)
}

/** The text of every page of a PDF. */
async function pdfText(path: string): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(await readFile(path)), isEvalSupported: false }).promise
  let text = ''
  for (let number = 1; number <= doc.numPages; number += 1) {
    const content = await (await doc.getPage(number)).getTextContent()
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('') + '\n'
  }
  return text
}

async function exportAs(launchedApp: Launched, formatName: string, path: string): Promise<void> {
  const { page, app } = launchedApp
  await page.keyboard.press('Control+Shift+E')
  const dialog = page.getByRole('dialog', { name: 'Export' })
  await expect(dialog).toBeVisible()
  await dialog.getByLabel(formatName).check()
  await answerSave(app, path)
  await dialog.getByRole('button', { name: 'Export…' }).click()
  await expect(dialog).toBeHidden()
}

test('every format exported from the menu lands on disk, and a W3C export imports into a fresh copy', async () => {
  const folder = await tempFolder()
  const article = await sampleCopy(folder)
  launched = await launchNamed({ file: article })
  const { page, app } = launched
  await tagClaim(page, '« partenaire important »', 'True')
  await tagClaim(page, 'la consolidation des liens entre la Russie et la Corée du Nord compliquera la tâche aux États-Unis', 'Mostly false')
  await selectText(page, 'l’agence de presse officielle KCNA')
  await page.keyboard.press('Control+2')
  await selectText(page, 'Sergueï Choïgou')
  await page.keyboard.press('Control+3')
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved')

  // ClaimReview needs the fact-check's URL: the dialog says so and Export stays off.
  await clickFileMenu(app, 'Export…')
  const dialog = page.getByRole('dialog', { name: 'Export' })
  await dialog.getByLabel('ClaimReview (schema.org JSON-LD)').check()
  await expect(dialog.getByTestId('export-problems')).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Export…' })).toBeDisabled()
  await dialog.screenshot({ path: test.info().outputPath('export-dialog-problems.png') })
  // The claims that go in: one is left out of the report.
  await dialog.getByLabel('Report (HTML, one file)').check()
  await expect(dialog.getByTestId('export-claim')).toHaveCount(2)
  const shot = process.env.UPDATE_SCREENSHOTS ? resolve('e2e/screenshots/export-dialog.png') : test.info().outputPath('export-dialog.png')
  await dialog.screenshot({ path: shot })
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  await exportAs(launched, 'Report (Markdown)', join(folder, 'rapport.md'))
  const markdown = await readFile(join(folder, 'rapport.md'), 'utf8')
  expect(markdown).toContain('« partenaire important »')
  expect(markdown).toContain('Mostly false')

  await exportAs(launched, 'Report (HTML, one file)', join(folder, 'rapport.html'))
  const html = await readFile(join(folder, 'rapport.html'), 'utf8')
  expect(html).toContain('partenaire important')
  expect(html).not.toMatch(/<script|src="https?:/)

  await exportAs(launched, 'Report (PDF)', join(folder, 'rapport.pdf'))
  const pdf = await pdfText(join(folder, 'rapport.pdf'))
  expect(pdf).toContain('partenaire important')
  expect(pdf.replace(/\s+/g, ' ')).toContain('compliquera la tâche aux États-Unis')

  await exportAs(launched, 'W3C Web Annotation (JSON-LD)', join(folder, 'tags.jsonld'))
  const w3c = JSON.parse(await readFile(join(folder, 'tags.jsonld'), 'utf8')) as { '@context': string; type: string; total: number }
  expect(w3c['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
  expect(w3c.type).toBe('AnnotationCollection')

  await exportAs(launched, 'brat standoff (.ann and .txt)', join(folder, 'tags.ann'))
  expect(await readFile(join(folder, 'tags.ann'), 'utf8')).toMatch(/^T\d+\tClaim \d+ \d+\t« partenaire important »$/m)
  expect((await readFile(join(folder, 'tags.txt'), 'utf8')).startsWith('Moscou')).toBe(true)

  await exportAs(launched, 'CSV of tags (spreadsheet)', join(folder, 'tags.csv'))
  const csv = await readFile(join(folder, 'tags.csv'), 'utf8')
  expect(csv.startsWith('\ufeffid,kind,')).toBe(true)
  expect(csv.split('\r\n').filter((line) => line.length > 0)).toHaveLength(5)

  // With the fact-check's URL given, ClaimReview is written.
  await clickFileMenu(app, 'Document Properties…')
  const properties = page.getByRole('dialog', { name: 'Document properties' })
  await properties.getByLabel('Fact-check URL').fill('https://verif.example.org/russie-coree')
  await properties.getByLabel('Fact-checking organisation').fill('Vérif’ Info')
  await page.keyboard.press('Enter')
  await expect(properties).toBeHidden()
  await exportAs(launched, 'ClaimReview (schema.org JSON-LD)', join(folder, 'claimreview.jsonld'))
  const reviews = JSON.parse(await readFile(join(folder, 'claimreview.jsonld'), 'utf8')) as { '@type': string; url: string }[]
  expect(reviews.map((review) => review['@type'])).toEqual(['ClaimReview', 'ClaimReview'])
  await exportAs(launched, 'Fact Check Tools API (JSON)', join(folder, 'factcheck.json'))
  const markups = JSON.parse(await readFile(join(folder, 'factcheck.json'), 'utf8')) as { claimReviewMarkups: unknown[] }
  expect(markups.claimReviewMarkups).toHaveLength(2)
  await launched.app.close()

  // A colleague imports the W3C file into her own copy of the article.
  const other = await tempFolder()
  const copy = await sampleCopy(other)
  launched = await launchNamed({ file: copy, name: 'Ana Costa' })
  await answerOpen(launched.app, join(folder, 'tags.jsonld'))
  await clickFileMenu(launched.app, 'Import Annotations…')
  await expect(launched.page.getByText('Imported 4 tags from “tags.jsonld”')).toBeVisible()
  expect(await highlightTexts(launched.page, 'claim')).toEqual([
    '« partenaire important »',
    'la consolidation des liens entre la Russie et la Corée du Nord compliquera la tâche aux États-Unis'
  ])
  await expect(launched.page.getByTestId('save-status')).toHaveText('All changes saved')
  const imported = await readSidecar(copy)
  const inTextOrder = [...imported.tags].sort((x, y) => x.target.position.start - y.target.position.start)
  expect(inTextOrder.map((tag) => [tag.kind, tag.target.quote.exact, (tag.createdBy as { name: string }).name])).toEqual([
    ['entity', 'Sergueï Choïgou', 'Marie Dupont'],
    ['claim', '« partenaire important »', 'Marie Dupont'],
    ['source', 'l’agence de presse officielle KCNA', 'Marie Dupont'],
    ['claim', 'la consolidation des liens entre la Russie et la Corée du Nord compliquera la tâche aux États-Unis', 'Marie Dupont']
  ])
  // Importing the same file again changes nothing.
  await clickFileMenu(launched.app, 'Import Annotations…')
  await expect(launched.page.getByText('Nothing new in “tags.jsonld”')).toBeVisible()
  expect((await readSidecar(copy)).tags).toHaveLength(4)
})
