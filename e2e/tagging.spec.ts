/**
 * Journey: a fact-checker tags the sample article — one of each kind with the mouse and the
 * toolbar, one with the keyboard, overlapping and nested tags — edits them in the inspector,
 * deletes one and undoes. Asserted on screen and in the sidecar on disk.
 */
import { expect, test } from '@playwright/test'
import { isDeepStrictEqual } from 'node:util'
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
  const marie = { annotatorId: (sidecar.annotator as { id: string }).id, name: 'Marie Dupont' }
  expect(sidecar.tags.every((t) => isDeepStrictEqual(t.createdBy, marie))).toBe(true)
})

test('overlapping and nested tags stay visible and each is clickable', async () => {
  launched = await launchNamed()
  const { page } = launched
  // A claim, an entity nested inside it, and a source that overlaps the claim's end.
  await selectText(page, 'Pour lui, cette dernière est un « partenaire important » pour Moscou.')
  await page.keyboard.press('Control+1')
  await selectText(page, 'Moscou', 1)
  await page.keyboard.press('Control+3')
  await selectText(page, 'pour Moscou. Selon les informations')
  await page.keyboard.press('Control+2')

  expect(await highlightTexts(page, 'claim')).toEqual(['Pour lui, cette dernière est un « partenaire important » pour Moscou.'])
  expect(await highlightTexts(page, 'entity')).toEqual(['Moscou'])
  expect(await highlightTexts(page, 'source')).toEqual(['pour Moscou. Selon les informations'])

  // Clicking the innermost text selects the innermost tag; clicking again cycles outwards.
  const entity = page.locator('.ProseMirror .tag-entity').first()
  await entity.click()
  await expect(page.getByTestId('inspector').locator('.kind-badge')).toHaveText('Entity')
  await entity.click()
  await expect(page.getByTestId('inspector').locator('.kind-badge')).toHaveText(/Source|Claim/)
  // A part covered by the claim only.
  await page.locator('.ProseMirror .tag-claim', { hasText: 'partenaire' }).first().click()
  await expect(page.getByTestId('inspector').locator('.kind-badge')).toHaveText('Claim')
  await expect(page.getByTestId('inspector-quote')).toHaveText('Pour lui, cette dernière est un « partenaire important » pour Moscou.')
})

test('the inspector edits claims, sources and entities, and the sidecar records them', async () => {
  launched = await launchNamed({ name: 'Jean Martin' })
  const { page, userData } = launched
  await selectText(page, 'la RPDC est un partenaire important de la Russie')
  await page.keyboard.press('Control+1')
  const inspector = page.getByTestId('inspector')
  await inspector.getByLabel('Verdict').selectOption({ label: 'Mostly true' })
  await inspector.getByLabel('Status').selectOption({ label: 'In progress' })
  await inspector.getByLabel('Note').fill('Citation exacte du communiqué ? Vérifier sur le site du ministère.')
  await expect(page.getByTestId('tag-row').first()).toContainText('Mostly true · In progress')

  await selectText(page, 'ministère russe de la Défense')
  await page.keyboard.press('Control+2')
  await inspector.getByLabel('URL').fill('javascript:alert(1)')
  await expect(inspector.getByText('Enter a web address starting with http:// or https://.')).toBeVisible()
  await expect(inspector.getByRole('button', { name: 'Open' })).toBeDisabled()
  await inspector.getByLabel('URL').fill('https://mil.ru/communique')
  await expect(inspector.getByRole('button', { name: 'Open' })).toBeEnabled()
  await inspector.getByLabel('Source type').selectOption({ label: 'Official / government' })

  await selectText(page, 'KCNA')
  await page.keyboard.press('Control+3')
  await inspector.getByLabel('Entity type').selectOption({ label: 'Organisation' })

  await expect(page.getByTestId('save-status')).toHaveText('All changes saved')
  const { tags } = await readSidecar(userDataSample(userData))
  const byKind = Object.fromEntries(tags.map((t) => [t.kind, t]))
  expect(byKind.claim).toMatchObject({
    claim: { verdict: 'mostly-true', status: 'in-progress' },
    note: 'Citation exacte du communiqué ? Vérifier sur le site du ministère.',
    createdBy: { name: 'Jean Martin' },
    updatedBy: { name: 'Jean Martin' }
  })
  expect(byKind.source).toMatchObject({ source: { url: 'https://mil.ru/communique', sourceType: 'official' } })
  expect(byKind.entity).toMatchObject({ entity: { entityType: 'organisation' } })
  expect(byKind.entity.target.quote.exact).toBe('KCNA')
})

test('an empty or blank selection is refused with a hint', async () => {
  launched = await launchNamed()
  const { page } = launched
  await page.locator('.ProseMirror p').first().click()
  await page.getByRole('button', { name: /^Claim/ }).click()
  await expect(page.getByTestId('hint')).toContainText('Select some text in the article first')
  await selectText(page, ' ')
  await page.keyboard.press('Control+2')
  await expect(page.getByTestId('hint')).toContainText('only blank space')
  await expect(page.getByTestId('tag-row')).toHaveCount(0)
  await expect(page.getByTestId('tag-list-empty')).toContainText('No tags yet')
})

test('Delete removes the selected tag; undo brings it back and undoes tagging', async () => {
  launched = await launchNamed()
  const { page, userData } = launched
  await selectText(page, 'Sergueï Choïgou')
  await page.keyboard.press('Control+3')
  await selectText(page, 'KCNA')
  await page.keyboard.press('Control+3')
  await expect(page.getByTestId('tag-row')).toHaveCount(2)

  await page.locator('.ProseMirror .tag-entity', { hasText: 'KCNA' }).click()
  await page.keyboard.press('Delete')
  await expect(page.getByTestId('tag-row')).toHaveCount(1)
  expect(await highlightTexts(page, 'entity')).toEqual(['Sergueï Choïgou'])

  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('tag-row')).toHaveCount(2)
  expect(await highlightTexts(page, 'entity')).toEqual(['Sergueï Choïgou', 'KCNA'])

  // Undo twice more: the KCNA tag, then the first tag, are undone; redo restores one.
  await page.keyboard.press('Control+z')
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('tag-row')).toHaveCount(0)
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect(page.getByTestId('tag-row')).toHaveCount(1)
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved')
  const { tags } = await readSidecar(userDataSample(userData))
  expect(tags.map((t) => t.target.quote.exact)).toEqual(['Sergueï Choïgou'])
})

test('the context menu tags the selection and deletes the tag under the pointer', async () => {
  launched = await launchNamed()
  const { page } = launched
  await selectText(page, 'ministère russe de la Défense')
  await page.locator('.ProseMirror').getByText('Selon un communiqué du', { exact: false }).first().click({ button: 'right', position: { x: 250, y: 8 } })
  const menu = page.getByRole('menu', { name: 'Article actions' })
  await expect(menu).toBeVisible()
  await menu.getByRole('menuitem', { name: /Tag as Source/ }).click()
  await expect(menu).toBeHidden()
  expect(await highlightTexts(page, 'source')).toEqual(['ministère russe de la Défense'])

  // Keyboard in the menu: arrows move, Escape closes.
  await page.locator('.ProseMirror .tag-source').click({ button: 'right' })
  await expect(menu.getByRole('menuitem', { name: 'Delete this tag' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(menu).toBeHidden()
  await page.locator('.ProseMirror .tag-source').click({ button: 'right' })
  await menu.getByRole('menuitem', { name: 'Delete this tag' }).click()
  await expect(page.getByTestId('tag-row')).toHaveCount(0)
})

test('the list filters by kind and a click jumps to the tag’s text', async () => {
  launched = await launchNamed()
  const { page } = launched
  await selectText(page, 'Moscou a renforcé ses liens avec son allié, la Corée du Nord.')
  await page.keyboard.press('Control+1')
  await selectText(page, 'KCNA')
  await page.keyboard.press('Control+3')
  // The last paragraph, far down the article.
  await selectText(page, 'diplomatiques tendues')
  await page.keyboard.press('Control+2')

  await page.getByRole('radio', { name: /Claims/ }).click()
  await expect(page.getByTestId('tag-row')).toHaveCount(1)
  await expect(page.getByTestId('tag-row')).toHaveAttribute('data-kind', 'claim')
  await page.getByRole('radio', { name: /Sources/ }).click()
  await expect(page.getByTestId('tag-row')).toHaveText(/diplomatiques tendues/)
  await page.getByRole('radio', { name: /All/ }).click()
  await expect(page.getByTestId('tag-row')).toHaveCount(3)

  // Scroll the article to the top, then jump to the claim... and to the source at the bottom.
  await page.locator('.article-scroller').evaluate((el) => el.scrollTo({ top: 0 }))
  await page.getByTestId('tag-row').filter({ hasText: 'diplomatiques' }).click()
  await expect(page.locator('.ProseMirror .tag-selected')).toHaveText('diplomatiques tendues')
  await expect(page.locator('.ProseMirror .tag-selected')).toBeInViewport()
  await expect(page.getByTestId('inspector-quote')).toHaveText('diplomatiques tendues')
  // Arrow keys in the list move the selection.
  await page.getByRole('listbox', { name: 'Tags in document order' }).press('ArrowUp')
  await expect(page.getByTestId('inspector-quote')).toHaveText('KCNA')
  await page.getByRole('listbox', { name: 'Tags in document order' }).press('Delete')
  await expect(page.getByTestId('tag-row')).toHaveCount(2)
})
