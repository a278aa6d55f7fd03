/**
 * Journey: the disk misbehaves and other programs interfere. A save that fails is shown at once
 * and retried; tags that could not be saved survive a crash and are offered on the next start;
 * a tag file or an article changed by another program is never silently overwritten or ignored;
 * a second start of Factmark hands its file to the running one.
 */
import { expect, test } from '@playwright/test'
import { spawn } from 'node:child_process'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { highlightTexts, launchApp, launchNamed, readSidecar, sampleCopy, selectText, tempFolder, writeDoc, type Launched } from './app'

let launched: Launched | null = null
test.afterEach(async () => {
  await launched?.app.close().catch(() => {
    // Already gone (the crash test kills it).
  })
  launched = null
})

const SIDECAR = (article: string) => `${article}.marie-dupont.factmark.json`

test('a failing save is shown at once, kept, and retried until it works', async () => {
  const folder = await tempFolder()
  const article = await sampleCopy(folder, 'article.txt')
  launched = await launchNamed({ file: article })
  const { page } = launched
  // Something else holds the tag file's name: a folder stands where the file should go.
  await mkdir(SIDECAR(article))
  await selectText(page, 'KCNA')
  await page.keyboard.press('Control+3')
  await expect(page.getByRole('alert').filter({ hasText: 'Your tags could not be saved' })).toBeVisible()
  await expect(page.getByTestId('save-status')).toHaveText('Not saved')
  expect((await page.title()).startsWith('● ')).toBe(true)
  await rm(SIDECAR(article), { recursive: true })
  // The retry saves without the user doing anything.
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved', { timeout: 15_000 })
  const { tags } = await readSidecar(article)
  expect(tags.map((t) => t.target.quote.exact)).toEqual(['KCNA'])
})

test('tags that could not be saved survive a crash and are offered on the next start', async () => {
  const folder = await tempFolder()
  const article = await sampleCopy(folder, 'article.txt')
  const userData = await tempFolder()
  launched = await launchNamed({ userData, file: article })
  const { page } = launched
  await mkdir(SIDECAR(article))
  await selectText(page, 'Sergueï Choïgou')
  await page.keyboard.press('Control+3')
  await expect(page.getByTestId('save-status')).toHaveText('Not saved')
  launched.app.process().kill('SIGKILL')
  launched = null
  await rm(SIDECAR(article), { recursive: true })

  launched = await launchApp({ userData, file: article })
  const again = launched.page
  const offer = again.getByRole('status').filter({ hasText: 'could not be saved' })
  await expect(offer).toContainText('Factmark kept 1 tag for this article')
  await expect(again.getByTestId('tag-row')).toHaveCount(0)
  await offer.getByRole('button', { name: 'Restore unsaved tags' }).click()
  expect(await highlightTexts(again, 'entity')).toEqual(['Sergueï Choïgou'])
  await expect(again.getByTestId('save-status')).toHaveText('All changes saved')
  const { tags } = await readSidecar(article)
  expect(tags.map((t) => t.target.quote.exact)).toEqual(['Sergueï Choïgou'])
})

test('a crash while tagging steadily loses at most the last second of work', async () => {
  // The reported case: a tag every 400 ms, never a pause long enough for a "save after the last
  // change" to run, then the app killed. Everything tagged more than about a second before the
  // kill must be on disk.
  const folder = await tempFolder()
  const article = await sampleCopy(folder, 'article.txt')
  launched = await launchNamed({ file: article })
  const { page } = launched
  const words = ['Moscou', 'renforcé', 'allié', 'Pyongyang', 'célébrations', 'combats', 'mercredi', 'juillet', 'Sergueï', 'position', 'partenaire', 'informations', 'médias', 'homologue', 'souhait', 'communiqué', 'frontière', 'histoire', 'KCNA', 'soutien', 'peuple', 'souverains']
  const made: Array<{ word: string; at: number }> = []
  for (const [i, word] of words.entries()) {
    const started = Date.now()
    await selectText(page, word)
    await page.keyboard.press(`Control+${(i % 3) + 1}`)
    made.push({ word, at: Date.now() })
    await page.waitForTimeout(Math.max(0, started + 400 - Date.now()))
  }
  const killedAt = Date.now()
  launched.app.process().kill('SIGKILL')
  launched = null

  const { tags } = await readSidecar(article)
  const onDisk = new Set(tags.map((t) => t.target.quote.exact))
  const due = made.filter((m) => m.at <= killedAt - 1000).map((m) => m.word)
  expect(due.length).toBeGreaterThan(words.length / 2)
  expect(due.filter((word) => !onDisk.has(word))).toEqual([])
})

test('a tag file changed by another program is never overwritten silently', async () => {
  const folder = await tempFolder()
  const article = await sampleCopy(folder, 'article.txt')
  launched = await launchNamed({ file: article })
  const { page } = launched
  await selectText(page, 'KCNA')
  await page.keyboard.press('Control+3')
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved')

  // A sync tool brings another version of the same file: the KCNA tag is now a claim.
  const theirs = JSON.parse(await readFile(SIDECAR(article), 'utf8'))
  theirs.tags[0] = { ...theirs.tags[0], kind: 'claim', claim: { verdict: 'false', status: 'checked' } }
  delete theirs.tags[0].entity
  await writeFile(SIDECAR(article), JSON.stringify(theirs, null, 2))

  await selectText(page, 'Pyongyang')
  await page.keyboard.press('Control+3')
  const conflict = page.getByRole('alert').filter({ hasText: 'was changed by another program' })
  await expect(conflict).toBeVisible()
  await expect(page.getByTestId('save-status')).toHaveText('Not saved')
  // Their version is still on disk, untouched.
  expect(JSON.parse(await readFile(SIDECAR(article), 'utf8')).tags[0].kind).toBe('claim')

  await conflict.getByRole('button', { name: 'Load the other version' }).click()
  await expect(page.getByTestId('tag-row')).toHaveCount(1)
  expect(await highlightTexts(page, 'claim')).toEqual(['KCNA'])

  // And the other way: keep mine over a change made behind our back.
  await selectText(page, 'Pyongyang')
  await page.keyboard.press('Control+3')
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved')
  const again = JSON.parse(await readFile(SIDECAR(article), 'utf8'))
  again.tags = []
  await writeFile(SIDECAR(article), JSON.stringify(again, null, 2))
  await page.evaluate(() => window.dispatchEvent(new Event('focus')))
  const second = page.getByRole('alert').filter({ hasText: 'Your tag file was changed by another program' })
  await second.getByRole('button', { name: 'Keep my version' }).click()
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved')
  const { tags } = await readSidecar(article)
  expect(tags.map((t) => t.target.quote.exact).sort()).toEqual(['KCNA', 'Pyongyang'])
})

test('an article changed on disk while open is offered for reloading, with its tags re-attached', async () => {
  const folder = await tempFolder()
  const article = await sampleCopy(folder, 'article.txt')
  launched = await launchNamed({ file: article })
  const { page } = launched
  await selectText(page, 'Sergueï Choïgou')
  await page.keyboard.press('Control+3')
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved')
  await writeFile(article, `Correctif : ajouté par la rédaction.\n\n${await readFile(article, 'utf8')}`)
  await page.evaluate(() => window.dispatchEvent(new Event('focus')))
  const notice = page.getByRole('status').filter({ hasText: 'was changed by another program' })
  await notice.getByRole('button', { name: 'Reload the article' }).click()
  await expect(page.locator('.ProseMirror p').first()).toHaveText('Correctif : ajouté par la rédaction.')
  expect(await highlightTexts(page, 'entity')).toEqual(['Sergueï Choïgou'])
})

test('a second start hands its file to the running Factmark', async () => {
  const folder = await tempFolder()
  const other = await writeDoc(folder, 'seconde.md', '# Deuxième article\n\nOuvert par un second lancement.')
  const userData = await tempFolder()
  launched = await launchNamed({ userData })
  const { page } = launched
  const electronPath = await launched.app.evaluate(() => process.execPath)
  const args = [join(process.cwd(), 'out/main/index.cjs'), ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), other]
  const second = spawn(electronPath, args, { env: { ...process.env, FACTMARK_USER_DATA: userData }, stdio: 'ignore' })
  const exitCode = await new Promise<number | null>((resolve) => second.on('exit', resolve))
  expect(exitCode).toBe(0)
  await expect(page.locator('.doc-title')).toHaveText('seconde.md')
  await expect(page.locator('.ProseMirror h1')).toHaveText('Deuxième article')
  expect(launched.app.windows()).toHaveLength(1)
})
