/**
 * Journey: check-worthiness hints on the sample article, computed by the worker. The fact-checker
 * sees them underlined and listed, dismisses one, goes to another from the keyboard and accepts
 * it: it becomes a claim with the suggested check-worthiness, given a verdict from the keyboard,
 * in the tag file on disk. The shortcut sheet opens with ? except while typing.
 */
import { expect, test } from '@playwright/test'
import { launchNamed, readSidecar, userDataSample, type Launched } from './app'

let launched: Launched

test.afterEach(async () => {
  await launched?.app.close()
})

/** The texts of the dotted hint underlines in the article, in document order. */
async function underlined(page: Launched['page']): Promise<string[]> {
  return page.locator('.ProseMirror .check-hint').allTextContents()
}

test('hints appear, one is dismissed, one accepted from the keyboard becomes a claim on disk', async () => {
  launched = await launchNamed()
  const { page, userData } = launched
  // The Hints tab beside the tag list; the underlines in the article show whichever tab is open.
  await page.getByRole('tab', { name: 'Hints' }).click()
  const panel = page.getByTestId('hints-panel')
  const rows = panel.getByTestId('hint-row')

  // The date, the seven quoted statements and their seven attributions; computed in the worker.
  // (The list is virtualised: it renders the rows in view, so counts are read from its heading.)
  await expect(panel.getByRole('heading')).toContainText('15 hints')
  await expect(panel).toHaveAttribute('data-hint-engine', 'worker')
  const texts = await underlined(page)
  expect(texts).toHaveLength(15)
  expect(texts).toContain('mercredi 26 juillet 2023')
  expect(texts).toContain('Selon un communiqué du ministère russe de la Défense')
  expect(texts).toContain('partenaire important')
  await expect(rows.filter({ hasText: 'mercredi 26 juillet 2023' })).toContainText('A date: check that it is right.')
  // A hint is no tag.
  await expect(page.getByRole('tab', { name: /^Tags/ })).toHaveText('Tags0')

  // Dismiss one with the mouse: gone from the list and the article.
  await rows.filter({ hasText: 'partenaire important' }).first().getByRole('button', { name: 'Dismiss' }).click()
  await expect(panel.getByRole('heading')).toContainText('14 hints')
  expect(await underlined(page)).not.toContain('partenaire important')

  // From the keyboard: F7 goes from hint to hint (the caret is at the start of the article).
  await page.locator('.ProseMirror').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+Home')
  for (let i = 0; i < 5; i++) await page.keyboard.press('F7')
  const current = panel.locator('[data-testid="hint-row"][aria-current="true"]')
  await expect(current).toContainText('renforcer la coopération')
  await expect(page.locator('.ProseMirror .check-hint-current')).toHaveText('renforcer la coopération')
  await page.keyboard.press('Control+Shift+A')

  // It is now a claim tag, selected, with the suggested check-worthiness; Alt+4 gives a verdict.
  await expect(panel.getByRole('heading')).toContainText('13 hints')
  await expect(page.getByRole('tab', { name: /^Tags/ })).toHaveText('Tags1')
  await page.getByRole('tab', { name: /^Tags/ }).click()
  await expect(page.getByTestId('tag-row')).toHaveCount(1)
  await expect(page.getByTestId('tag-row').first()).toContainText('renforcer la coopération')
  await page.getByRole('tab', { name: 'Hints' }).click()
  expect(await underlined(page)).not.toContain('renforcer la coopération')
  await page.keyboard.press('Alt+4')
  await expect(page.getByTestId('inspector').getByLabel('Verdict')).toHaveValue('mostly-false')

  // F2 puts the keyboard in the tag's details; ? typed in the note is text, not the sheet.
  await page.keyboard.press('F2')
  await expect(page.getByTestId('inspector').getByLabel('Verdict')).toBeFocused()
  const note = page.getByTestId('inspector').getByLabel('Note')
  await note.click()
  await page.keyboard.type('Source ?')
  await expect(note).toHaveValue('Source ?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden()

  // The note is kept when the field is left; then it is saved.
  await page.keyboard.press('Tab')
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved')
  await expect.poll(async () => (await readSidecar(userDataSample(userData))).tags[0]?.note).toBe('Source ?')
  const sidecar = await readSidecar(userDataSample(userData))
  expect(sidecar.tags).toHaveLength(1)
  expect(sidecar.tags[0]).toMatchObject({
    kind: 'claim',
    target: { quote: { exact: 'renforcer la coopération' } },
    claim: { checkWorthiness: 'medium', verdict: 'mostly-false' },
    note: 'Source ?'
  })

  // Outside text, ? opens the shortcut sheet, which lists the hint keys.
  await page.locator('.ProseMirror').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('?')
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(sheet).toBeVisible()
  await expect(sheet.getByRole('row', { name: /Accept hint/ })).toContainText('Ctrl+Shift+A')
  await page.keyboard.press('Escape')
  await expect(sheet).toBeHidden()

  await page.waitForTimeout(300)
  await page.screenshot({ path: test.info().outputPath('hints.png') })
  if (process.env.HINTS_SCREENSHOT) await page.screenshot({ path: process.env.HINTS_SCREENSHOT })

  // The switch hides every hint, and shows them again.
  await page.keyboard.press('Control+Shift+H')
  await expect(panel.getByTestId('hints-empty')).toContainText('Hints are hidden.')
  expect(await underlined(page)).toEqual([])
  await page.keyboard.press('Control+Shift+H')
  await expect(panel.getByRole('heading')).toContainText('13 hints')
  expect(await underlined(page)).toHaveLength(13)
})

test('in Edit text mode ? is typed into the article, and F8 steps through tags', async () => {
  launched = await launchNamed()
  const { page } = launched
  await page.getByRole('tab', { name: 'Hints' }).click()
  await expect(page.getByTestId('hints-panel').getByRole('heading')).toContainText('15 hints')
  // Accept two hints with their buttons: an attribution becomes a source, the date a Date entity.
  const rows = page.getByTestId('hint-row')
  await rows.filter({ hasText: 'mercredi 26 juillet 2023' }).getByRole('button', { name: 'Accept' }).click()
  await rows.filter({ hasText: 'Selon les informations rapportées par plusieurs médias' }).getByRole('button', { name: 'Accept' }).click()
  await page.getByRole('tab', { name: /^Tags/ }).click()
  await expect(page.getByTestId('tag-row')).toHaveCount(2)
  await expect(page.getByTestId('tag-row').nth(0)).toContainText('Date')
  await expect(page.getByTestId('tag-row').nth(1)).toContainText('Not specified')

  await page.locator('.ProseMirror').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('F8')
  await expect(page.getByTestId('tag-row').nth(0)).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('F8')
  await expect(page.getByTestId('tag-row').nth(1)).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Shift+F8')
  await expect(page.getByTestId('tag-row').nth(0)).toHaveAttribute('aria-selected', 'true')
  // Alt+1 on an entity: verdicts are for claims, and the hint says so.
  await page.keyboard.press('Alt+1')
  await expect(page.getByTestId('hint')).toContainText('Select a Claim first')

  await page.keyboard.press('Control+e')
  await page.locator('.ProseMirror').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+Home')
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden()
  await expect(page.locator('.ProseMirror p').first()).toHaveText(/^\?Moscou/)
})
