/**
 * Journey: a fact-checker fills in File › Document Properties for the sample article with the
 * keyboard, finds them in the tag file on disk after the autosave, and the organisation is
 * remembered for the next article. Then the HTML report of that tag file is opened in a window
 * of its own: its text is there, and it asks for nothing outside itself. Pictures: the dialog,
 * and the report (README's, with UPDATE_SCREENSHOTS=1).
 */
import { expect, test, type Page } from '@playwright/test'
import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { htmlReportFormat } from '../shared/formats/reportHtml'
import type { ExportInput } from '../shared/formats/types'
import { exportInputFor, SAMPLE_PROPERTIES } from '../shared/testing/exportKit'
import { asParagraphs } from '../shared/testing/longReport'
import { clickFileMenu, launchApp, launchNamed, readSidecar, sampleCopy, selectText, tagClaim, tempFolder, userDataSample, type Launched } from './app'

let launched: Launched | null = null

test.afterEach(async () => {
  await launched?.app.close()
  launched = null
})

function openPropertiesFromMenu(launchedApp: Launched): Promise<void> {
  return clickFileMenu(launchedApp.app, 'Document Properties…')
}

test('document properties typed in the dialog land in the tag file, and the organisation is remembered', async () => {
  const userData = await tempFolder()
  launched = await launchNamed({ userData })
  const { page } = launched
  await tagClaim(page, '« partenaire important »', 'True', 'Checked')
  await page.getByTestId('inspector').getByLabel('Rationale').fill('Le communiqué du ministère le dit en ces termes.')
  await tagClaim(page, 'la consolidation des liens entre la Russie et la Corée du Nord compliquera la tâche aux États-Unis', 'Mostly false', 'Checked')
  await selectText(page, 'l’agence de presse officielle KCNA')
  await page.keyboard.press('Control+2')
  await selectText(page, 'Sergueï Choïgou')
  await page.keyboard.press('Control+3')
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved')

  await openPropertiesFromMenu(launched)
  const dialog = page.getByRole('dialog', { name: 'Document properties' })
  await expect(dialog).toBeVisible()
  // Keyboard first: the headline has the focus; labels name the fields.
  await expect(dialog.getByLabel('Headline')).toBeFocused()
  await page.keyboard.type('Moscou renforce ses liens avec Pyongyang')
  await dialog.getByLabel('Article URL').fill('https://example.org/russie-coree')
  await dialog.getByLabel('Publisher').fill('Le Quotidien')
  await dialog.getByLabel('Author', { exact: true }).fill('Jeanne Martin')
  await dialog.getByLabel('Date published').fill('27/07/2023')
  await dialog.getByLabel('Language').selectOption({ label: 'French' })
  await dialog.getByLabel('Fact-check URL').fill('https://verif.example.org/russie-coree')
  await dialog.getByLabel('Fact-checking organisation').fill('Vérif’ Info')
  await dialog.getByLabel('Organisation’s website').fill('https://verif.example.org')
  // Enter saves, unless a field is wrong: then it says which and why, and the focus goes there.
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('alert')).toHaveText('Write the date as YYYY-MM-DD, or a date and time with its offset (2023-07-27T08:30+02:00).')
  await expect(dialog.getByLabel('Date published')).toBeFocused()
  await page.keyboard.press('Control+A')
  await page.keyboard.type('2023-07-27')
  await expect(dialog.getByRole('alert')).toHaveCount(0)
  await dialog.screenshot({ path: test.info().outputPath('document-properties.png') })
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved')

  const PROPERTIES = SAMPLE_PROPERTIES
  const sidecar = await readSidecar(userDataSample(userData))
  expect(sidecar.properties).toEqual(PROPERTIES)
  const settings = JSON.parse(await readFile(join(userData, 'settings.json'), 'utf8')) as { organisation: unknown }
  expect(settings.organisation).toEqual({ organisation: 'Vérif’ Info', organisationUrl: 'https://verif.example.org' })

  // Escape cancels: what was typed is not kept.
  await openPropertiesFromMenu(launched)
  await expect(dialog.getByLabel('Headline')).toHaveValue(PROPERTIES.headline)
  await page.keyboard.type(' (brouillon)')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await openPropertiesFromMenu(launched)
  await expect(dialog.getByLabel('Headline')).toHaveValue(PROPERTIES.headline)
  await page.keyboard.press('Escape')

  // The HTML report of this tag file, opened in a window of its own.
  const reportPath = await writeReport(userData, sidecar)
  const reportPage = await openInWindow(launched, reportPath)
  await expect(reportPage.getByRole('heading', { level: 1 })).toHaveText('Vérification : Moscou renforce ses liens avec Pyongyang')
  await expect(reportPage.locator('mark').first()).toHaveText('« partenaire important »')
  await expect(reportPage.getByRole('heading', { name: 'Index des entités' })).toBeVisible()
  await expect(reportPage.getByText('Plutôt faux').first()).toBeVisible()
  const shot = process.env.UPDATE_SCREENSHOTS ? resolve('e2e/screenshots/report.png') : test.info().outputPath('report.png')
  await reportPage.screenshot({ path: shot, fullPage: false })
  await launched.app.close()

  // The next article gets the organisation; its own properties start empty.
  const folder = await tempFolder()
  const second = await sampleCopy(folder, 'deuxieme-article.txt')
  launched = await launchApp({ userData, file: second })
  await expect(launched.page.getByTestId('article').locator('.ProseMirror')).toBeVisible()
  const next = launched.page.getByRole('dialog', { name: 'Document properties' })
  // Right after the start the renderer may not listen to the menu yet: choose it again until it opens.
  await expect(async () => {
    if (launched) await openPropertiesFromMenu(launched)
    await expect(next).toBeVisible({ timeout: 1000 })
  }).toPass({ timeout: 15_000 })
  await expect(next.getByLabel('Fact-checking organisation')).toHaveValue('Vérif’ Info')
  await expect(next.getByLabel('Organisation’s website')).toHaveValue('https://verif.example.org')
  await expect(next.getByLabel('Headline')).toHaveValue('')
  await expect(next.getByLabel('Language')).toHaveValue('')
})

/** Writes the HTML report of `sidecar` on the sample into userData, as the app's export will. */
async function writeReport(userData: string, sidecar: Record<string, unknown>): Promise<string> {
  const text = asParagraphs(await readFile(userDataSample(userData), 'utf8'))
  const tags = sidecar.tags as unknown as ExportInput['tags']
  const input: ExportInput = {
    ...exportInputFor(text, tags, { language: 'fr', properties: sidecar.properties as ExportInput['properties'], outsideSources: (sidecar.outsideSources ?? []) as ExportInput['outsideSources'] }),
    article: sidecar.article as ExportInput['article'],
    now: new Date().toISOString()
  }
  const [file] = htmlReportFormat.serialize(input)
  const path = join(userData, 'report.html')
  await writeFile(path, file.content)
  return path
}

/** Opens `path` in a new sandboxed window and returns its page, failing on any request but the file itself. */
async function openInWindow(launchedApp: Launched, path: string): Promise<Page> {
  const url = pathToFileURL(path).href
  const opened = launchedApp.app.waitForEvent('window')
  const id = await launchedApp.app.evaluate(({ BrowserWindow }) => {
    const window = new BrowserWindow({ width: 1000, height: 1300, show: true, webPreferences: { sandbox: true, javascript: false } })
    void window.loadURL('about:blank')
    return window.id
  })
  const page = await opened
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await launchedApp.app.evaluate(({ BrowserWindow }, { id, url }) => BrowserWindow.fromId(id)?.loadURL(url), { id, url })
  await page.waitForURL(url)
  await page.waitForLoadState('load')
  expect(requests.filter((request) => request !== url)).toEqual([])
  return page
}
