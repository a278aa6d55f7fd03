/**
 * Journey: the article is read-only while tagging; "Edit text" lets the fact-checker fix a typo,
 * tags follow the edit, undo covers text edits and tagging alike, and the corrected text comes
 * back next time (kept in the sidecar; the article file itself is never rewritten).
 */
import { expect, test } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { highlightTexts, launchApp, launchNamed, readSidecar, sampleCopy, selectText, tempFolder, type Launched } from './app'

let launched: Launched | null = null
test.afterEach(async () => {
  await launched?.app.close()
  launched = null
})

const firstParagraph = (page: Launched['page']) => page.locator('.ProseMirror p').first()

test('typing, deleting and pasting do not change the text in reading mode', async () => {
  launched = await launchNamed()
  const { page } = launched
  const before = await firstParagraph(page).textContent()
  await selectText(page, 'Moscou a renforcé')
  await page.keyboard.type('XYZ')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Control+x')
  await page.keyboard.press('Control+v')
  await expect(firstParagraph(page)).toHaveText(before ?? '')
  await expect(page.getByTestId('mode-badge')).toHaveText('Reading · text locked')
  // Copy still works.
  await selectText(page, 'Moscou a renforcé')
  await page.keyboard.press('Control+c')
  expect(await launched.app.evaluate(({ clipboard }) => clipboard.readText())).toBe('Moscou a renforcé')
})

test('in Edit text mode a typo is fixed, tags follow, and undo covers edits and tagging', async () => {
  const folder = await tempFolder()
  const article = await sampleCopy(folder, 'article.txt')
  const original = await readFile(article, 'utf8')
  const userData = await tempFolder()
  launched = await launchNamed({ userData, file: article })
  let { page } = launched
  await selectText(page, 'Sergueï Choïgou')
  await page.keyboard.press('Control+3')

  await page.getByRole('button', { name: 'Edit text' }).click()
  await expect(page.getByTestId('mode-badge')).toHaveText('Editing text')
  // Replace "hier mercredi" (before the tag) with "mercredi".
  await selectText(page, 'hier ')
  await page.keyboard.press('Backspace')
  await expect(firstParagraph(page)).toContainText('Corées, mercredi 26 juillet 2023, Sergueï Choïgou')
  expect(await highlightTexts(page, 'entity')).toEqual(['Sergueï Choïgou'])

  // A tag made after the edit, then undo twice: the tag goes, then the edit.
  await page.getByRole('button', { name: 'Editing text' }).click()
  await selectText(page, 'Pyongyang')
  await page.keyboard.press('Control+3')
  expect(await highlightTexts(page, 'entity')).toEqual(['Pyongyang', 'Sergueï Choïgou'])
  await page.getByRole('button', { name: 'Undo' }).click()
  expect(await highlightTexts(page, 'entity')).toEqual(['Sergueï Choïgou'])
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(firstParagraph(page)).toContainText('Corées, hier mercredi 26 juillet')
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect(firstParagraph(page)).toContainText('Corées, mercredi 26 juillet')
  expect(await highlightTexts(page, 'entity')).toEqual(['Sergueï Choïgou'])

  await expect(page.getByTestId('save-status')).toHaveText('All changes saved')
  const sidecar = (await readSidecar(article)) as unknown as { editedText: { baseSha256: string } | null; tags: Array<{ target: { quote: { exact: string; prefix: string } } }> }
  expect(sidecar.editedText).not.toBeNull()
  expect(sidecar.tags[0].target.quote.prefix).toBe('rées, mercredi 26 juillet 2023, ')
  // The article file is never rewritten.
  expect(await readFile(article, 'utf8')).toBe(original)

  await launched.app.close()
  launched = await launchApp({ userData, file: article })
  page = launched.page
  await expect(firstParagraph(page)).toContainText('Corées, mercredi 26 juillet 2023, Sergueï Choïgou')
  expect(await highlightTexts(page, 'entity')).toEqual(['Sergueï Choïgou'])
})
