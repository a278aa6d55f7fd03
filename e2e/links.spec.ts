/**
 * Journey: a fact-checker links a claim to the evidence. On the sample article they tag a claim,
 * two sources and an entity; link the claim to one source picked from the list (supports), to
 * the other by clicking its highlight (contradicts), to the entity, and to a source outside the
 * text; see the claim listed back on the source; delete a linked source (asked first), then undo
 * it with one Ctrl+Z. Asserted on screen and in the tag file on disk. Also takes the README's
 * picture of a claim with its links (rewritten only with UPDATE_SCREENSHOTS=1).
 */
import { expect, test, type Page } from '@playwright/test'
import { resolve } from 'node:path'
import { launchNamed, readSidecar, selectText, userDataSample, type Launched } from './app'

let launched: Launched

test.afterEach(async () => {
  await launched?.app.close()
})

const CLAIM = 'Pour lui, cette dernière est un « partenaire important » pour Moscou.'
const MEDIAS = 'plusieurs médias'
const KCNA = 'l’agence de presse officielle KCNA'
const CHOIGOU = 'Sergueï Choïgou'
const REPORT = 'Communiqué du ministère russe de la Défense, 26 juillet 2023'

type StoredClaim = { id: string; kind: string; target: { quote: { exact: string } }; claim: { sources: { sourceId: string; relation: string }[]; entities: string[]; speakerId: string | null } }

async function saved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved')
}

async function selectRow(page: Page, text: string): Promise<void> {
  await page.getByTestId('tag-row').filter({ hasText: text }).first().click()
  await expect(page.getByTestId('inspector-quote')).toContainText(text)
}

test('links a claim to sources and an entity, both ways, and a linked source’s deletion is asked and undone at once', async () => {
  launched = await launchNamed()
  const { page, app, userData } = launched
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].setSize(1360, 980))
  const article = userDataSample(userData)

  for (const [text, key] of [
    [CLAIM, '1'],
    [MEDIAS, '2'],
    [KCNA, '2'],
    [CHOIGOU, '3']
  ]) {
    await selectText(page, text)
    await page.keyboard.press(`Control+${key}`)
  }
  await page.keyboard.press('p') // the entity's type: Person
  await selectRow(page, CLAIM)
  const inspector = page.getByTestId('inspector')

  // From the list: filter, keyboard, Enter.
  await inspector.getByRole('button', { name: 'Link source…' }).click()
  const picker = inspector.getByTestId('picker-source')
  await expect(picker.getByRole('listbox').getByRole('option')).toHaveCount(2)
  await picker.getByRole('combobox', { name: 'Filter' }).fill('medias')
  await expect(picker.getByRole('listbox').getByRole('option')).toHaveCount(1)
  await page.keyboard.press('Enter')
  const sourceLinks = inspector.getByTestId('source-link')
  await expect(sourceLinks).toHaveCount(1)
  await expect(sourceLinks.first()).toContainText(MEDIAS)
  await expect(sourceLinks.first().getByRole('combobox')).toHaveValue('supports')

  // By clicking the other source's highlight in the article, as contradicting.
  await inspector.getByRole('button', { name: 'Link source…' }).click()
  await picker.getByLabel('Relation', { exact: true }).selectOption({ label: 'Contradicts' })
  await picker.getByRole('button', { name: 'Pick in the article' }).click()
  await expect(inspector.getByTestId('pick-banner')).toContainText('Escape cancels')
  await expect(page.getByTestId('hint')).toContainText('Click a source’s highlight')
  await page.locator('.ProseMirror .tag-source', { hasText: 'KCNA' }).first().click()
  await expect(inspector.getByTestId('pick-banner')).toBeHidden()
  await expect(page.getByTestId('inspector-quote')).toContainText(CLAIM) // the claim stays selected
  await expect(sourceLinks).toHaveCount(2)
  await expect(sourceLinks.nth(1)).toContainText('KCNA')
  await expect(sourceLinks.nth(1).getByRole('combobox')).toHaveValue('contradicts')

  // Pick mode ends with Escape, linking nothing.
  await inspector.getByRole('button', { name: 'Link entity…' }).click()
  await inspector.getByTestId('picker-entity').getByRole('button', { name: 'Pick in the article' }).click()
  await expect(inspector.getByTestId('pick-banner')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(inspector.getByTestId('pick-banner')).toBeHidden()
  await expect(inspector.getByTestId('entity-link')).toHaveCount(0)

  // The entity, from the list by mouse; and as the speaker.
  await inspector.getByRole('button', { name: 'Link entity…' }).click()
  await inspector.getByTestId('picker-entity').getByRole('option', { name: new RegExp(CHOIGOU) }).click()
  await expect(inspector.getByTestId('entity-link')).toContainText(CHOIGOU)
  await inspector.getByLabel('Speaker').selectOption({ label: CHOIGOU })
  await inspector.getByLabel('Claim reviewed').fill('La Corée du Nord est un partenaire important de la Russie')
  await inspector.getByLabel('Date made').fill('2023-07-26')
  await inspector.getByLabel('Check-worthiness').selectOption({ label: 'High' })
  await inspector.getByLabel('Verdict').selectOption({ label: 'Mostly true' })

  // A source outside the text, added in its section, then linked from the claim.
  await page.getByRole('button', { name: 'Show Sources not in the text' }).click()
  await page.getByLabel('Title of a new source').fill(REPORT)
  await page.getByTestId('outside-sources').getByRole('button', { name: 'Add' }).click()
  const outsideEditor = page.getByTestId('outside-editor')
  await outsideEditor.getByLabel('Publisher').fill('Ministère russe de la Défense')
  await outsideEditor.getByLabel('Source type').selectOption({ label: 'Official / government' })
  await outsideEditor.getByRole('button', { name: 'Done' }).click()
  await selectRow(page, CLAIM)
  await inspector.getByRole('button', { name: 'Link source…' }).click()
  await picker.getByLabel('Relation', { exact: true }).selectOption({ label: 'Gives context' })
  await picker.getByRole('combobox', { name: 'Filter' }).fill('communiqué')
  await expect(picker.getByRole('listbox').getByRole('option')).toContainText('Not in the text')
  await page.keyboard.press('Enter')
  await expect(sourceLinks).toHaveCount(3)
  await expect(sourceLinks.nth(2)).toContainText('Not in the text')

  // The tag file holds the links.
  await saved(page)
  let sidecar = await readSidecar(article)
  const idOf = (quote: string) => sidecar.tags.find((t) => t.target.quote.exact === quote)?.id as string
  const storedClaim = () => sidecar.tags.find((t) => t.kind === 'claim') as unknown as StoredClaim
  const outside = sidecar.outsideSources as { id: string; title: string; source: { publisher: string; sourceType: string } }[]
  expect(outside).toMatchObject([{ title: REPORT, source: { publisher: 'Ministère russe de la Défense', sourceType: 'official' } }])
  const linksOnDisk = [
    { sourceId: idOf(MEDIAS), relation: 'supports' },
    { sourceId: idOf(KCNA), relation: 'contradicts' },
    { sourceId: outside[0].id, relation: 'context' }
  ]
  expect(storedClaim().claim).toMatchObject({
    sources: linksOnDisk,
    entities: [idOf(CHOIGOU)],
    speakerId: idOf(CHOIGOU),
    claimReviewed: 'La Corée du Nord est un partenaire important de la Russie',
    claimDate: '2023-07-26',
    checkWorthiness: 'high'
  })

  // The README's picture: a claim with its linked sources and entities.
  await expect(page.getByTestId('outside-row')).toContainText('1 link')
  await page.getByRole('button', { name: 'Hide Sources not in the text' }).click()
  await page.locator('.ProseMirror').click({ position: { x: 5, y: 5 } })
  await selectRow(page, CLAIM)
  await page.waitForTimeout(1800) // let the jump-to flash fade
  await page.screenshot({ path: process.env.UPDATE_SCREENSHOTS ? resolve('e2e/screenshots/claim-links.png') : test.info().outputPath('claim-links.png') })

  // Both ways: the source lists the claim resting on it, with the relation; clicking it goes back.
  await selectRow(page, MEDIAS)
  const back = inspector.getByTestId('source-back-links').getByTestId('back-link')
  await expect(back).toHaveCount(1)
  await expect(back).toContainText('La Corée du Nord est un partenaire important')
  await expect(back).toContainText('Supports')
  await selectRow(page, CHOIGOU)
  await expect(inspector.getByTestId('entity-about-links').getByTestId('back-link')).toHaveCount(1)
  await expect(inspector.getByTestId('entity-speaker-links').getByTestId('back-link')).toHaveCount(1)
  await inspector.getByTestId('entity-speaker-links').getByRole('button').first().click()
  await expect(page.getByTestId('inspector-quote')).toContainText(CLAIM)

  // Delete in the article asks too; Escape keeps the tag and its link.
  await page.locator('.ProseMirror .tag-source', { hasText: MEDIAS }).first().click()
  await expect(page.getByTestId('inspector-quote')).toContainText(MEDIAS)
  await page.keyboard.press('Delete')
  const dialog = page.getByRole('alertdialog')
  await expect(dialog).toContainText(`Delete “${MEDIAS}”?`)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('tag-row').filter({ hasText: MEDIAS })).toHaveCount(1)

  // Deleting a linked source asks first, naming the link; confirmed, the link goes with it.
  await selectRow(page, KCNA)
  await inspector.getByRole('button', { name: 'Delete tag' }).click()
  await expect(dialog).toContainText(`Delete “${KCNA}”?`)
  await expect(dialog).toContainText('Another tag links to it')
  await dialog.getByRole('button', { name: 'Delete with its links' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('tag-row').filter({ hasText: 'KCNA' })).toHaveCount(0)
  await saved(page)
  sidecar = await readSidecar(article)
  expect(sidecar.tags.some((t) => t.target.quote.exact === KCNA)).toBe(false)
  expect(storedClaim().claim.sources).toEqual([linksOnDisk[0], linksOnDisk[2]])

  // One Ctrl+Z brings back the source and the link.
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('tag-row').filter({ hasText: 'KCNA' })).toHaveCount(1)
  await selectRow(page, CLAIM)
  await expect(sourceLinks).toHaveCount(3)
  await expect(sourceLinks.nth(1)).toContainText('KCNA')
  await saved(page)
  sidecar = await readSidecar(article)
  expect(storedClaim().claim.sources).toEqual(linksOnDisk)

  // An outside source that a claim rests on is asked about too, and undone the same way.
  await page.getByRole('button', { name: 'Show Sources not in the text' }).click()
  await page.getByTestId('outside-row').getByRole('button', { name: new RegExp(REPORT) }).click()
  await page.getByTestId('outside-editor').getByRole('button', { name: 'Delete source' }).click()
  await dialog.getByRole('button', { name: 'Delete with its links' }).click()
  await expect(page.getByTestId('outside-row')).toHaveCount(0)
  await expect(sourceLinks).toHaveCount(2)
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('outside-row')).toHaveCount(1)
  await expect(sourceLinks).toHaveCount(3)
})
