/**
 * Journey: the user looks up a shortcut. The sheet lists every command with its keys, from the
 * same table the menus and the key handler use; it opens with Ctrl+/, F1, the toolbar and the
 * View menu, and Escape closes it.
 */
import { expect, test } from '@playwright/test'
import { launchNamed, type Launched } from './app'

let launched: Launched | null = null
test.afterEach(async () => {
  await launched?.app.close()
  launched = null
})

test('the shortcut sheet lists the commands and their keys, and opens from keys, toolbar and menu', async () => {
  launched = await launchNamed()
  const { app, page } = launched
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })

  await page.keyboard.press('Control+/')
  await expect(sheet).toBeVisible()
  await expect(sheet.getByRole('row', { name: /Tag as Claim/ })).toContainText('Ctrl+1')
  await expect(sheet.getByRole('row', { name: /^Redo/ })).toContainText('Ctrl+Shift+Z')
  await expect(sheet.getByRole('row', { name: /^Redo/ })).toContainText('Ctrl+Y')
  await expect(sheet.getByRole('row', { name: /Shift\+arrows/ })).toContainText('Extend the selection from the caret')
  await expect(sheet.getByRole('button', { name: 'Close' })).toBeFocused()
  // Keys do not reach the article while the sheet is open.
  await page.keyboard.press('Control+e')
  await expect(page.getByTestId('mode-badge')).toHaveText('Reading · text locked')
  await page.keyboard.press('Escape')
  await expect(sheet).toBeHidden()

  await page.keyboard.press('F1')
  await expect(sheet).toBeVisible()
  await sheet.getByRole('button', { name: 'Close' }).click()
  await expect(sheet).toBeHidden()

  await page.getByRole('button', { name: 'Shortcuts' }).click()
  await expect(sheet).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(sheet).toBeHidden()
  await expect(page.getByRole('button', { name: 'Shortcuts' })).toBeFocused()

  await app.evaluate(({ Menu }) => {
    const view = Menu.getApplicationMenu()?.items.find((item) => item.label.replace(/&/g, '') === 'View')
    view?.submenu?.items.find((item) => item.label.replace(/&/g, '') === 'Keyboard Shortcuts')?.click()
  })
  await expect(sheet).toBeVisible()
})
