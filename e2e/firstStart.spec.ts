/**
 * Journey: the very first start. The app opens the bundled sample article, asks for the
 * annotator's name (kept in the settings file in userData), shows what to do next, and — for
 * README — a screenshot with tags of all three kinds.
 */
import { expect, test } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { enterName, launchApp, selectText, tempFolder, type Launched } from './app'

let launched: Launched | null = null
test.afterEach(async () => {
  await launched?.app.close()
  launched = null
})

test('first start opens the sample article and asks for the annotator’s name', async () => {
  const userData = await tempFolder()
  launched = await launchApp({ userData })
  const { page } = launched
  const dialog = page.getByRole('dialog', { name: 'Welcome to Factmark' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByLabel('Your name')).toBeFocused()
  // The article is already there behind the prompt.
  await expect(page.locator('.ProseMirror h2')).toHaveText('Les Nord-coréens ont dit leur « soutien total » à la Russie')
  await expect(page.locator('.doc-title')).toHaveText('russie-coree-du-nord.fr.txt')
  await expect(page.getByText('Sample article')).toBeVisible()

  // An empty name is refused with a reason.
  await dialog.getByRole('button', { name: 'Start tagging' }).click()
  await expect(dialog.getByRole('alert')).toContainText('Enter your name')
  await enterName(page, 'Élodie Fournier')
  await expect(page.getByText('Tagging as')).toContainText('Élodie Fournier')
  await expect(page.getByTestId('tag-list-empty')).toContainText('No tags yet')
  await expect(page.getByTestId('inspector-empty')).toContainText('No tag selected')

  const settings = JSON.parse(await readFile(join(userData, 'settings.json'), 'utf8'))
  expect(settings.annotator.name).toBe('Élodie Fournier')
  expect(settings.annotator.id).toMatch(/[0-9a-f-]{36}/)
})

test('screenshot of the sample article with tags of all three kinds', async () => {
  launched = await launchApp({ userData: await tempFolder() })
  const { page, app } = launched
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].setSize(1360, 860))
  await enterName(page, 'Marie Dupont')
  const tags: Array<[string, string, number?]> = [
    ['Moscou a renforcé ses liens avec son allié, la Corée du Nord.', '1'],
    ['Sergueï Choïgou', '3'],
    ['plusieurs médias', '2'],
    ['Pour lui, cette dernière est un « partenaire important » pour Moscou.', '1'],
    ['Moscou', '3', 1],
    ['Pyongyang', '3'],
    ['« renforcer la coopération »', '1']
  ]
  for (const [text, key, occurrence] of tags) {
    await selectText(page, text, occurrence ?? 0)
    await page.keyboard.press(`Control+${key}`)
  }
  const inspector = page.getByTestId('inspector')
  await inspector.getByLabel('Verdict').selectOption({ label: 'Unverifiable' })
  await inspector.getByLabel('Status').selectOption({ label: 'In progress' })
  await inspector.getByLabel('Note').fill('Aucune citation directe publiée : chercher le compte rendu officiel du ministère.')
  await page.locator('.ProseMirror').click({ position: { x: 5, y: 5 } })
  await page.getByTestId('tag-row').nth(0).click()
  await page.getByTestId('inspector').getByLabel('Verdict').selectOption({ label: 'True' })
  await page.getByTestId('inspector').getByLabel('Status').selectOption({ label: 'Checked' })
  await page.getByTestId('tag-row').filter({ hasText: 'renforcer la coopération' }).click()
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved')
  await page.waitForTimeout(1800) // let the jump-to flash fade before the picture
  const target = process.env.UPDATE_SCREENSHOTS
    ? resolve('e2e/screenshots/factmark.png')
    : test.info().outputPath('factmark.png')
  await page.screenshot({ path: target })
  await expect(page.locator('.ProseMirror .tag-claim').first()).toBeVisible()
  await expect(page.locator('.ProseMirror .tag-source').first()).toBeVisible()
  await expect(page.locator('.ProseMirror .tag-entity').first()).toBeVisible()
})
