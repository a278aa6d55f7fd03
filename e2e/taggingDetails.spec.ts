/**
 * Journey: the details of tagging a new user trips over. After a tag is made the selection
 * collapses, so the next drag (even one starting inside the new tag) selects new text and
 * Shift+arrows extend from the tag's end; a second tag of the same kind on the same words is
 * refused with a hint and the first one is selected; an entity gets its type while it is tagged,
 * from the context menu's submenu or with Ctrl+3 then a letter, in one undo step. Asserted on
 * screen and in the tag file on disk.
 */
import { expect, test, type Page } from '@playwright/test'
import { dragSelect, highlightTexts, launchNamed, readSidecar, selectText, userDataSample, type Launched } from './app'

let launched: Launched

/**
 * Drags the mouse from the first letter of `from` to the last letter of `to` (each within one
 * text node of the article, which may differ: a tag's highlight splits the text).
 */
async function dragAcross(page: Page, from: string, to: string): Promise<void> {
  const box = await page.evaluate(
    ({ from, to }) => {
      const editor = document.querySelector('.ProseMirror')
      if (!editor) return null
      const rectOf = (text: string, first: boolean) => {
        const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT)
        while (walker.nextNode()) {
          const node = walker.currentNode as Text
          const at = node.data.indexOf(text)
          if (at === -1) continue
          const range = document.createRange()
          const start = first ? at : at + text.length - 1
          range.setStart(node, start)
          range.setEnd(node, start + 1)
          return range.getBoundingClientRect()
        }
        return null
      }
      const a = rectOf(from, true)
      const b = rectOf(to, false)
      if (!a || !b) return null
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 }
    },
    { from, to }
  )
  expect(box, `drag from ${from} to ${to}`).not.toBeNull()
  if (!box) return
  await page.mouse.move(box.x1, box.y1)
  await page.mouse.down()
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 })
  await page.mouse.move(box.x2, box.y2, { steps: 4 })
  await page.mouse.up()
}

test.afterEach(async () => {
  await launched?.app.close()
})

test('after tagging, a drag starting inside the new tag selects new text, and Shift+arrows go on from its end', async () => {
  launched = await launchNamed()
  const { page } = launched
  await dragSelect(page, 'Sergueï Choïgou')
  await page.keyboard.press('Control+3')
  expect(await highlightTexts(page, 'entity')).toEqual(['Sergueï Choïgou'])
  expect(await page.evaluate(() => window.getSelection()?.isCollapsed)).toBe(true)

  // The next drag starts inside the tag just made: it selects, it does not drag the old text.
  await dragAcross(page, 'Choïgou', ', ministre russe')
  await page.keyboard.press('Control+1')
  expect(await highlightTexts(page, 'claim')).toEqual(['Choïgou, ministre russe'])
  expect(await highlightTexts(page, 'entity')).toEqual(['Sergueï Choïgou'])

  // The caret sits after the claim, in the article: Shift+arrows select from there.
  for (let i = 0; i < ' de la Défense'.length; i++) await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Control+2')
  expect(await highlightTexts(page, 'source')).toEqual(['de la Défense'])

  // Undo takes the tags back one by one and gives back the selection each was made from.
  await page.keyboard.press('Control+z')
  expect(await highlightTexts(page, 'source')).toEqual([])
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(' de la Défense')
  await page.keyboard.press('Control+z')
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('tag-row')).toHaveCount(0)
})

test('a second tag of the same kind on the same words is refused with a hint and the first is selected', async () => {
  launched = await launchNamed()
  const { page, userData } = launched
  await selectText(page, 'KCNA')
  await page.keyboard.press('Control+3')
  await selectText(page, 'Pyongyang')
  await page.keyboard.press('Control+2')
  await expect(page.getByTestId('inspector-quote')).toHaveText('Pyongyang')

  await selectText(page, 'KCNA')
  await page.keyboard.press('Control+3')
  await expect(page.getByTestId('hint')).toHaveText('This text is already tagged as Entity: that tag is selected.')
  await expect(page.getByTestId('tag-row')).toHaveCount(2)
  await expect(page.getByTestId('inspector-quote')).toHaveText('KCNA')
  await expect(page.locator('.ProseMirror .tag-selected')).toHaveText('KCNA')

  // Another kind on the same words is an overlap, and allowed.
  await selectText(page, 'KCNA')
  await page.keyboard.press('Control+2')
  await expect(page.getByTestId('tag-row')).toHaveCount(3)
  expect(await highlightTexts(page, 'source')).toEqual(['Pyongyang', 'KCNA'])

  await expect(page.getByTestId('save-status')).toHaveText('All changes saved')
  const { tags } = await readSidecar(userDataSample(userData))
  expect(tags.map((t) => [t.kind, t.target.quote.exact])).toEqual([
    ['source', 'Pyongyang'],
    ['entity', 'KCNA'],
    ['source', 'KCNA']
  ])
})

test('an entity gets its type while it is tagged: from the context menu’s submenu, or Ctrl+3 then a letter', async () => {
  launched = await launchNamed()
  const { page, userData } = launched
  const rows = page.getByTestId('tag-row')
  const menu = page.getByRole('menu', { name: 'Article actions' })

  // The submenu, by keyboard: ↓ to its item, → opens it, ← and Esc close it, Enter chooses.
  await selectText(page, 'Sergueï Choïgou')
  await page.locator('.ProseMirror').getByText('Selon un communiqué du', { exact: false }).first().click({ button: 'right', position: { x: 250, y: 8 } })
  await expect(menu).toBeVisible()
  const parent = menu.getByRole('menuitem', { name: /Tag as Entity of type/ })
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown')
  await expect(parent).toBeFocused()
  await page.keyboard.press('ArrowRight')
  const submenu = page.getByRole('menu', { name: 'Tag as Entity of type' })
  await expect(submenu).toBeVisible()
  await expect(submenu.getByRole('menuitem')).toHaveText(['PersonCtrl+3 then P', 'OrganisationCtrl+3 then O', 'PlaceCtrl+3 then L', 'DateCtrl+3 then D', 'EventCtrl+3 then E', 'OtherCtrl+3 then X'])
  await expect(submenu.getByRole('menuitem', { name: /Person/ })).toBeFocused()
  await page.screenshot({ path: '/tmp/h6-entity-submenu.png' })
  await page.keyboard.press('ArrowLeft')
  await expect(submenu).toBeHidden()
  await expect(parent).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Escape')
  await expect(submenu).toBeHidden()
  await expect(menu).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Enter')
  await expect(menu).toBeHidden()
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('Person')
  await expect(page.getByTestId('inspector').getByLabel('Entity type')).toHaveValue('person')
  await expect(page.locator('.ProseMirror')).toBeFocused()

  // Ctrl+3, then L: the status bar lists the letters; the new entity is a Place.
  await selectText(page, 'Pyongyang')
  await page.keyboard.press('Control+3')
  await expect(page.getByTestId('hint')).toHaveText('Entity type? Press P Person · O Organisation · L Place · D Date · E Event · X Other. Any other key keeps Other.')
  await page.keyboard.press('l')
  await expect(page.getByTestId('hint')).toHaveText('')
  await expect(rows.filter({ hasText: 'Pyongyang' })).toContainText('Place')
  expect(await highlightTexts(page, 'entity')).toEqual(['Pyongyang', 'Sergueï Choïgou'])
  // One undo step takes back the tag and its type; redo brings both.
  await page.keyboard.press('Control+z')
  await expect(rows).toHaveCount(1)
  await page.keyboard.press('Control+Shift+z')
  await expect(rows.filter({ hasText: 'Pyongyang' })).toContainText('Place')

  // Ctrl+3, then another key: the entity stays Other and the key acts as usual.
  await selectText(page, 'KCNA')
  await page.keyboard.press('Control+3')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('o')
  await expect(rows.filter({ hasText: 'KCNA' })).toContainText('Other')

  // The shortcut sheet lists the letters.
  await page.keyboard.press('F1')
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(sheet.getByRole('row', { name: /Tag as Entity: Place/ })).toContainText('Ctrl+3 then L')
  await page.keyboard.press('Escape')

  await expect(page.getByTestId('save-status')).toHaveText('All changes saved')
  const { tags } = await readSidecar(userDataSample(userData))
  expect(tags.map((t) => [t.target.quote.exact, (t.entity as { entityType: string }).entityType])).toEqual([
    ['Pyongyang', 'place'],
    ['Sergueï Choïgou', 'person'],
    ['KCNA', 'other']
  ])
})
