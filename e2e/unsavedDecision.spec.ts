/**
 * Journey: a decision that can lose work is asked in Factmark's own dialog, never a browser
 * prompt. After a save failed, opening another article asks first; Cancel (or Escape) keeps the
 * article and its unsaved tags open, “Open anyway” opens the other one.
 */
import { expect, test } from '@playwright/test'
import { mkdir, rm } from 'node:fs/promises'
import { highlightTexts, launchNamed, sampleCopy, selectText, tempFolder, writeDoc, type Launched } from './app'

let launched: Launched | null = null
test.afterEach(async () => {
  await launched?.app.close().catch(() => {
    // Already closed by the test.
  })
  launched = null
})

test('after a failed save, opening another article asks first: Cancel keeps the article, “Open anyway” opens the other', async () => {
  const folder = await tempFolder()
  const article = await sampleCopy(folder, 'article.txt')
  const other = await writeDoc(folder, 'autre.txt', 'Un autre article, sur les médias.\n')
  launched = await launchNamed({ file: article })
  const { app, page } = launched
  // Something else holds the tag file's name: a folder stands where the file should go.
  const sidecar = `${article}.marie-dupont.factmark.json`
  await mkdir(sidecar)
  await selectText(page, 'KCNA')
  await page.keyboard.press('Control+3')
  await expect(page.getByTestId('save-status')).toHaveText('Not saved')
  await app.evaluate(({ dialog }, path) => {
    dialog.showOpenDialog = async () => ({ canceled: false, filePaths: [path] })
  }, other)

  const heading = page.getByRole('heading', { level: 1 })
  const question = page.getByRole('alertdialog', { name: 'Your latest tags are not saved' })
  await page.getByRole('button', { name: 'Open…' }).click()
  await expect(question).toBeVisible()
  await expect(question).toContainText('Factmark keeps a copy and offers it when you open that article again. Open another article anyway?')
  // The safe choice has the focus, and the keyboard stays inside the dialog.
  const cancel = question.getByRole('button', { name: 'Cancel' })
  const openAnyway = question.getByRole('button', { name: 'Open anyway' })
  await expect(cancel).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(openAnyway).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(cancel).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(openAnyway).toBeFocused()

  await cancel.click()
  await expect(question).toBeHidden()
  await expect(heading).toHaveText('article.txt')
  expect(await highlightTexts(page, 'entity')).toEqual(['KCNA'])

  // Escape is Cancel too.
  await page.getByRole('button', { name: 'Open…' }).click()
  await expect(question).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(question).toBeHidden()
  await expect(heading).toHaveText('article.txt')

  await page.getByRole('button', { name: 'Open…' }).click()
  await openAnyway.click()
  await expect(question).toBeHidden()
  await expect(heading).toHaveText('autre.txt')
  await expect(page.getByTestId('tag-row')).toHaveCount(0)
  await rm(sidecar, { recursive: true })
})
