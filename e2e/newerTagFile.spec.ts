/**
 * Journey: a colleague's newer Factmark wrote the fact-checker's tag file (a schema version this
 * app does not know). The article still opens, the fact-checker is told why their tags are not
 * shown, and whatever they do, the file is never moved, renamed or written over: not by tagging,
 * not by autosave, not by quitting. Asserted on screen and on the bytes on disk.
 */
import { expect, test } from '@playwright/test'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { highlightTexts, launchApp, launchNamed, sampleCopy, selectText, tempFolder, type Launched } from './app'

let launched: Launched | null = null
test.afterEach(async () => {
  await launched?.app.close()
  launched = null
})

/** A tag file as a later Factmark might write it: schema version 99, with a field we do not know. */
function futureTagFile(annotator: { id: string; name: string }): string {
  const author = { annotatorId: annotator.id, name: annotator.name }
  const tag = {
    id: 'future-1',
    kind: 'entity',
    target: { position: { start: 0, end: 6 }, quote: { exact: 'Moscou', prefix: '', suffix: ' a renforcé ses liens avec son a' } },
    note: '',
    createdBy: author,
    createdAt: '2027-03-01T09:00:00.000Z',
    updatedBy: author,
    updatedAt: '2027-03-01T09:00:00.000Z',
    entity: { entityType: 'place' },
    evidence: [{ url: 'https://example.org' }]
  }
  const file = {
    schemaVersion: 99,
    app: 'factmark',
    article: { fileName: 'article.txt', sha256: '0'.repeat(64), textLength: 2049 },
    annotator,
    savedAt: '2027-03-01T09:00:00.000Z',
    editedText: null,
    tags: [tag],
    relations: []
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

test('a tag file from a newer Factmark is refused with a notice and left untouched through tagging, autosave and quitting', async () => {
  // A profile that already has a name, so the article opens with the annotator's tag file.
  const userData = await tempFolder()
  launched = await launchNamed({ userData })
  await launched.app.close()
  const settings = JSON.parse(await readFile(join(userData, 'settings.json'), 'utf8')) as { annotator: { id: string; name: string } }

  const folder = await tempFolder()
  const article = await sampleCopy(folder, 'article.txt')
  const tagFile = `${article}.marie-dupont.factmark.json`
  const bytes = futureTagFile(settings.annotator)
  await writeFile(tagFile, bytes)

  launched = await launchApp({ userData, file: article })
  const { page } = launched
  const notice = page.getByRole('status').filter({ hasText: 'was written by a newer version of Factmark' })
  await expect(notice).toContainText(tagFile)
  await expect(notice).toContainText('It was left as it is')
  await expect(page.getByTestId('tag-row')).toHaveCount(0)

  // The fact-checker tags anyway: the tag is shown, but saving is refused, and says why.
  await selectText(page, 'KCNA')
  await page.keyboard.press('Control+3')
  expect(await highlightTexts(page, 'entity')).toEqual(['KCNA'])
  const refusal = page.getByRole('alert').filter({ hasText: 'Your tags could not be saved' })
  await expect(refusal).toContainText('was written by a newer version of Factmark')
  await expect(page.getByTestId('save-status')).toHaveText('Not saved')
  // Past the autosave delay and its retry.
  await page.waitForTimeout(6_500)
  await expect(page.getByTestId('save-status')).toHaveText('Not saved')
  expect(await readFile(tagFile, 'utf8')).toBe(bytes)

  // Quitting asks whether to close without saving; even closing does not write the file.
  const closing = launched.app.close()
  const question = page.getByRole('alertdialog', { name: 'Your latest tags are not saved' })
  // The click closes the window, which may happen before Playwright hears back from the click:
  // only that error is expected; the app closing (awaited) shows the click was made.
  const click = question
    .getByRole('button', { name: 'Close anyway' })
    .click()
    .catch((error: unknown) => {
      if (!/Target page, context or browser has been closed/.test(String(error))) throw error
    })
  await Promise.all([click, closing])
  launched = null
  expect(await readFile(tagFile, 'utf8')).toBe(bytes)
  expect((await readdir(folder)).sort()).toEqual(['article.txt', 'article.txt.marie-dupont.factmark.json'])
})
