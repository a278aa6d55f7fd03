/**
 * Journey: tag all mentions of an entity on the sample article. "Corée du Nord", "Pyongyang" and
 * "Moscou" are each tagged once as a Place, then "Tag all mentions" — from the context menu, the
 * shortcut and the inspector's button — lists the other occurrences, all ticked, and Confirm tags
 * them as mentions of the entity. The Entities tab then counts as many as the text holds (counted
 * here with a simple regular expression of its own), clicking an entity steps through its
 * mentions, the tag file on disk holds them with `mentionOf` set, and one Ctrl+Z takes the last
 * batch away. Asserted on screen and on disk.
 */
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { highlightTexts, launchNamed, readSidecar, SAMPLE_PATH, selectText, userDataSample, type Launched } from './app'

let launched: Launched

test.afterEach(async () => {
  await launched?.app.close()
})

/** Lower case, accents off, ’ as ': an independent way to count a name in the article. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'").toLowerCase()
}

/** How many times `name` stands in the sample as whole words, after an article, an elision or not. */
function occurrences(name: string): number {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${fold(name)}(?![\\p{L}\\p{N}])`, 'gu')
  return fold(readFileSync(SAMPLE_PATH, 'utf8')).match(pattern)?.length ?? 0
}

/** Tags the first `name` in the article as an Entity of type Place (Ctrl+3 then L). */
async function tagPlace(page: Page, name: string): Promise<void> {
  await selectText(page, name)
  await page.keyboard.press('Control+3')
  await page.keyboard.press('l')
  await expect(page.getByTestId('inspector').getByLabel('Entity type')).toHaveValue('place')
}

/** Confirms the open "Tag all mentions" dialog from the keyboard, after checking what it lists. */
async function confirmAll(page: Page, name: string, expected: number): Promise<void> {
  const dialog = page.getByRole('dialog', { name: `Tag all mentions of “${name}”` })
  await expect(dialog).toBeVisible()
  const boxes = dialog.getByTestId('mention-checkbox')
  await expect(boxes).toHaveCount(expected)
  for (let i = 0; i < expected; i++) await expect(boxes.nth(i)).toBeChecked()
  await expect(dialog.getByRole('listitem').first().locator('mark')).toHaveText(name)
  const confirm = dialog.getByRole('button', { name: `Tag ${expected} mention${expected === 1 ? '' : 's'}` })
  await expect(confirm).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
}

/** The mention count the Entities tab shows for `name`. */
async function panelCount(page: Page, name: string): Promise<number> {
  const row = page.getByTestId('entity-row').filter({ hasText: name })
  await expect(row).toHaveCount(1)
  return Number(await row.getByTestId('entity-count').getAttribute('data-count'))
}

test('tag all mentions of three places: the dialog, the Entities tab, the tag file, one undo', async () => {
  launched = await launchNamed()
  const { page, userData } = launched
  const names = ['Corée du Nord', 'Pyongyang', 'Moscou']
  const counts = Object.fromEntries(names.map((name) => [name, occurrences(name)]))
  expect(counts).toEqual({ 'Corée du Nord': 6, Pyongyang: 4, Moscou: 4 })

  // Corée du Nord: from the context menu on its highlight.
  await tagPlace(page, 'Corée du Nord')
  const highlight = page.locator('.ProseMirror .tag-entity').first()
  await highlight.click({ button: 'right' })
  const menu = page.getByRole('menu', { name: 'Article actions' })
  await menu.getByRole('menuitem', { name: /Tag all mentions/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Tag all mentions of “Corée du Nord”' })
  await expect(dialog).toContainText('5 other mentions found')
  // The focus stays in the dialog: Tab goes round its controls.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab')
    expect(await dialog.evaluate((box) => box.contains(document.activeElement))).toBe(true)
  }
  // Space unticks a mention, and ticks it again; the button says how many will be tagged.
  await dialog.getByTestId('mention-checkbox').nth(1).focus()
  await page.keyboard.press('Space')
  await expect(dialog.getByRole('button', { name: 'Tag 4 mentions' })).toBeVisible()
  await page.screenshot({ path: 'test-results/mentions-dialog.png' })
  await page.keyboard.press('Space')
  await dialog.getByRole('button', { name: 'Tag 5 mentions' }).focus()
  await confirmAll(page, 'Corée du Nord', counts['Corée du Nord'] - 1)

  // Pyongyang: with the shortcut.
  await tagPlace(page, 'Pyongyang')
  await page.keyboard.press('Control+Shift+M')
  await confirmAll(page, 'Pyongyang', counts.Pyongyang - 1)

  // Moscou: with the inspector's button.
  await tagPlace(page, 'Moscou')
  await page.getByTestId('inspector').getByRole('button', { name: 'Tag all mentions…' }).click()
  await confirmAll(page, 'Moscou', counts.Moscou - 1)

  expect(await highlightTexts(page, 'entity')).toHaveLength(6 + 4 + 4)

  // The Entities tab: each place with as many mentions as the text holds.
  await page.getByRole('tab', { name: /Entities/ }).click()
  for (const name of names) expect(await panelCount(page, name)).toBe(counts[name])
  // Asking again finds nothing more.
  await page.getByTestId('entity-row').filter({ hasText: 'Pyongyang' }).click()
  await page.keyboard.press('Control+Shift+M')
  const none = page.getByRole('dialog', { name: 'Tag all mentions of “Pyongyang”' })
  await expect(none.getByTestId('mentions-empty')).toHaveText(/No other mentions found/)
  await page.keyboard.press('Escape')
  await expect(none).toBeHidden()

  // Clicking an entity steps through its mentions in the article, and round again.
  const row = page.getByTestId('entity-row').filter({ hasText: 'Corée du Nord' })
  await row.click()
  await expect(row).toContainText('1 of 6')
  await expect(page.getByTestId('inspector-quote')).toHaveText('Corée du Nord')
  await row.click()
  await expect(row).toContainText('2 of 6')
  await expect(page.getByTestId('mention-of')).toHaveText('Mention of Corée du Nord')
  // Enter on the list goes on.
  await page.getByRole('listbox', { name: 'Entities with their mention counts' }).press('Enter')
  await expect(row).toContainText('3 of 6')
  await expect(page.locator('.ProseMirror .tag-selected')).toHaveText('Corée du Nord')
  await page.screenshot({ path: 'test-results/mentions-panel.png' })

  // On disk: every mention, with mentionOf set to its entity's first tag and the same type.
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved')
  const sidecar = await readSidecar(userDataSample(userData))
  const entities = sidecar.tags.filter((t) => t.kind === 'entity') as unknown as { id: string; target: { quote: { exact: string } }; entity: { entityType: string; mentionOf: string | null } }[]
  for (const name of names) {
    const tags = entities.filter((t) => fold(t.target.quote.exact) === fold(name))
    expect(tags, name).toHaveLength(counts[name])
    const firsts = tags.filter((t) => t.entity.mentionOf === null)
    expect(firsts, name).toHaveLength(1)
    expect(tags.filter((t) => t.entity.mentionOf === firsts[0].id)).toHaveLength(counts[name] - 1)
    expect(tags.every((t) => t.entity.entityType === 'place')).toBe(true)
  }

  // One Ctrl+Z takes all of Moscou's new mentions away at once, and the tag file follows.
  await page.locator('.ProseMirror').focus()
  await page.keyboard.press('Control+z')
  expect(await panelCount(page, 'Moscou')).toBe(1)
  expect(await panelCount(page, 'Pyongyang')).toBe(counts.Pyongyang)
  expect(await highlightTexts(page, 'entity')).toHaveLength(6 + 4 + 1)
  await page.keyboard.press('Control+s')
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved')
  const after = await readSidecar(userDataSample(userData))
  expect(after.tags.filter((t) => t.kind === 'entity' && t.target.quote.exact === 'Moscou')).toHaveLength(1)
})
