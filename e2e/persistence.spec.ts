/**
 * Journey: tag, quit, come back. Every tag returns on exactly the same text, on screen and in the
 * sidecar JSON beside the article; a quit right after tagging still saves; the title bar tells
 * whether everything is saved.
 */
import { expect, test } from '@playwright/test'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { highlightTexts, launchApp, launchNamed, readSidecar, sampleCopy, selectText, tempFolder, userDataSample, type Launched } from './app'

let launched: Launched | null = null

test.afterEach(async () => {
  await launched?.app.close()
  launched = null
})

const TAGS = [
  { text: 'Moscou a renforcé ses liens avec son allié, la Corée du Nord.', key: '1', kind: 'claim' },
  { text: 'Selon un communiqué du ministère russe de la Défense', key: '2', kind: 'source' },
  { text: 'Sergueï Choïgou', key: '3', kind: 'entity' },
  { text: 'Corée du Nord', key: '3', kind: 'entity' }
] as const

test('every tag comes back on the same text after quitting and relaunching', async () => {
  const userData = await tempFolder()
  launched = await launchNamed({ userData })
  let { page } = launched
  for (const tag of TAGS) {
    await selectText(page, tag.text)
    await page.keyboard.press(`Control+${tag.key}`)
  }
  await page.getByTestId('inspector').getByLabel('Entity type').selectOption({ label: 'Place' })
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved')
  expect(await page.title()).toBe('russie-coree-du-nord.fr.txt — Factmark')
  const before = await readSidecar(userDataSample(userData))
  await launched.app.close()

  launched = await launchApp({ userData })
  page = launched.page
  // The name is remembered: no prompt on the second start.
  await expect(page.getByTestId('tag-row')).toHaveCount(4)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page.getByText('Tagging as')).toContainText('Marie Dupont')
  expect(await highlightTexts(page, 'claim')).toEqual([TAGS[0].text])
  expect(await highlightTexts(page, 'source')).toEqual([TAGS[1].text])
  expect(await highlightTexts(page, 'entity')).toEqual(['Corée du Nord', 'Sergueï Choïgou'])

  // On disk: both selectors, authorship and times; the positions point at the quoted text.
  const sample = await readFile(userDataSample(userData), 'utf8')
  const plain = sample.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).join('\n\n')
  const { tags, annotator, article, schemaVersion } = before as unknown as {
    tags: Array<{ kind: string; createdBy: { annotatorId: string; name: string }; createdAt: string; target: { position: { start: number; end: number }; quote: { exact: string; prefix: string; suffix: string } } }>
    annotator: { id: string; name: string }
    article: { fileName: string; sha256: string }
    schemaVersion: number
  }
  expect(schemaVersion).toBe(4)
  expect(annotator.name).toBe('Marie Dupont')
  expect(article.fileName).toBe('russie-coree-du-nord.fr.txt')
  for (const tag of tags) {
    expect(plain.slice(tag.target.position.start, tag.target.position.end)).toBe(tag.target.quote.exact)
    expect(tag.target.quote.prefix.length).toBeLessThanOrEqual(32)
    expect(tag.createdBy).toEqual({ annotatorId: annotator.id, name: 'Marie Dupont' })
    expect(Date.parse(tag.createdAt)).not.toBeNaN()
  }
  expect(tags.find((t) => t.target.quote.exact === 'Corée du Nord')).toMatchObject({ entity: { entityType: 'place' } })
  // Nothing changed by merely opening: the sidecar is byte-for-byte what was saved.
  expect(await readSidecar(userDataSample(userData))).toEqual(before)
})

test('quitting right after tagging still saves the tag', async () => {
  const folder = await tempFolder()
  const article = await sampleCopy(folder, 'article.txt')
  const userData = await tempFolder()
  launched = await launchNamed({ userData, file: article })
  await selectText(launched.page, 'KCNA')
  await launched.page.keyboard.press('Control+3')
  // No wait for the autosave: the window asks the page to save before it closes.
  await launched.app.close()
  launched = null
  const { tags } = await readSidecar(article)
  expect(tags.map((t) => t.target.quote.exact)).toEqual(['KCNA'])
  expect(await readFile(join(folder, 'article.txt'), 'utf8')).toBe(await readFile(article, 'utf8'))
})

test('Ctrl+S saves at once and the title bar names the saved document', async () => {
  const folder = await tempFolder()
  const article = await sampleCopy(folder, 'article.txt')
  launched = await launchNamed({ file: article })
  const { page } = launched
  await selectText(page, 'Pyongyang')
  await page.keyboard.press('Control+3')
  await page.keyboard.press('Control+s')
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved')
  await expect.poll(() => page.title()).toBe('article.txt — Factmark')
  const { tags } = await readSidecar(article)
  expect(tags).toHaveLength(1)
})

test('when the article file changed, tags are re-attached or kept for review, never dropped', async () => {
  const folder = await tempFolder()
  const article = await sampleCopy(folder, 'article.txt')
  const userData = await tempFolder()
  launched = await launchNamed({ userData, file: article })
  let { page } = launched
  await selectText(launched.page, 'Sergueï Choïgou')
  await page.keyboard.press('Control+3')
  await selectText(page, 'Il y a quelques mois')
  await page.keyboard.press('Control+1')
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved')
  await launched.app.close()

  // Another program rewrites the article: a new first paragraph, typographic apostrophes made
  // straight, and the sentence of the claim removed.
  const text = await readFile(article, 'utf8')
  const changed = `Mise à jour du 27 juillet.\n\n${text.replace(/’/g, "'").replace(/Il y a quelques mois[^.]*\./, '')}`
  await writeFile(article, changed)

  launched = await launchApp({ userData, file: article })
  page = launched.page
  await expect(page.getByRole('status').filter({ hasText: 're-attached' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: '1 tag re-attached, 1 needs review' })).toBeVisible()
  expect(await highlightTexts(page, 'entity')).toEqual(['Sergueï Choïgou'])
  const review = page.getByTestId('tag-row').filter({ hasText: 'Needs review' })
  await expect(review).toHaveCount(1)
  await review.click()
  await expect(page.getByTestId('inspector')).toContainText('Its text was: “Il y a quelques mois')
  // Re-attach it by hand to other words.
  await selectText(page, 'relations diplomatiques tendues')
  await page.getByRole('button', { name: 'Attach to selected text' }).click()
  expect(await highlightTexts(page, 'claim')).toEqual(['relations diplomatiques tendues'])
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved')
  const { tags } = await readSidecar(article)
  expect(tags.map((t) => t.target.quote.exact).sort()).toEqual(['Sergueï Choïgou', 'relations diplomatiques tendues'])
})
