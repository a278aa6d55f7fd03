/**
 * Journey: a fact-checker tags the sample article — one of each kind with the mouse and the
 * toolbar, one with the keyboard, overlapping and nested tags — edits them in the inspector,
 * deletes one and undoes. Asserted on screen and in the sidecar on disk.
 */
import { expect, test } from '@playwright/test'
import { dragSelect, highlightTexts, launchNamed, readSidecar, selectText, userDataSample, type Launched } from './app'

let launched: Launched

test.afterEach(async () => {
  await launched?.app.close()
})

test('tags one of each kind with the mouse and the toolbar, and one with the keyboard', async () => {
  launched = await launchNamed()
  const { page, userData } = launched
  await dragSelect(page, 'Sergueï Choïgou')
  await page.getByRole('button', { name: /^Entity/ }).click()
  await dragSelect(page, 'plusieurs médias')
  await page.getByRole('button', { name: /^Source/ }).click()
  await dragSelect(page, 'Moscou a renforcé ses liens avec son allié, la Corée du Nord.')
  await page.getByRole('button', { name: /^Claim/ }).click()

  // Keyboard only: find the words (the match becomes the selection), close the find bar, tag.
  await page.keyboard.press('Control+f')
  await page.keyboard.type('KCNA')
  await expect(page.getByRole('search')).toContainText('1 of 1')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Control+3')
  // And with Shift+arrows from the caret: the caret lands after the selected tag's text.
  await selectText(page, 'Pyongyang')
  await page.keyboard.press('ArrowLeft')
  for (let i = 0; i < 'Pyongyang'.length; i++) await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Control+3')

  expect(await highlightTexts(page, 'entity')).toEqual(['Pyongyang', 'Sergueï Choïgou', 'KCNA'])
  expect(await highlightTexts(page, 'source')).toEqual(['plusieurs médias'])
  expect(await highlightTexts(page, 'claim')).toEqual(['Moscou a renforcé ses liens avec son allié, la Corée du Nord.'])
  const rows = page.getByTestId('tag-row')
  await expect(rows).toHaveCount(5)
  await expect(rows.first()).toContainText('Moscou a renforcé')
  await expect(page.getByRole('radio', { name: /Entities/ })).toContainText('3')

  await expect(page.getByTestId('save-status')).toHaveText('All changes saved')
  const sidecar = await readSidecar(userDataSample(userData))
  expect(sidecar.tags.map((t) => [t.kind, t.target.quote.exact])).toEqual([
    ['claim', 'Moscou a renforcé ses liens avec son allié, la Corée du Nord.'],
    ['entity', 'Pyongyang'],
    ['entity', 'Sergueï Choïgou'],
    ['source', 'plusieurs médias'],
    ['entity', 'KCNA']
  ])
  expect(sidecar.tags.every((t) => t.createdBy === 'Marie Dupont')).toBe(true)
})
