/**
 * Journey: the newsroom updates an article while the app is closed. Reopened, every tag finds its
 * text again or says plainly that it could not: the banner counts them, the list marks them, a
 * rated claim whose figure changed is "rated on an earlier version" with the old and new text,
 * the tag of a deleted sentence needs review, and the tag file on disk follows (new positions,
 * new SHA-256, the version record). Confirming the verdict clears the mark on disk.
 */
import { expect, test } from '@playwright/test'
import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { launchApp, launchNamed, readSidecar, sampleCopy, selectText, tempFolder, type Launched } from './app'

let launched: Launched | null = null

test.afterEach(async () => {
  await launched?.app.close()
  launched = null
})

const CLAIM = 'hier mercredi 26 juillet 2023'
const GONE = 'Celui-ci avait pris par la Corée du Sud.'
const LEAD = 'Mise à jour : cet article a été complété le 28 juillet avec les réactions de Séoul.'

interface StoredTag {
  id: string
  kind: string
  target: { position: { start: number; end: number }; quote: { exact: string } }
  changed: { previousQuote: string; previousSha256: string } | null
  claim?: { verdict: string }
}
interface Stored {
  article: { sha256: string; textLength: number }
  tags: StoredTag[]
  versions: { previousSha256: string; sha256: string; counts: Record<string, number> }[]
}

const sha = (bytes: string) => createHash('sha256').update(bytes).digest('hex')
/** The plain text the offsets count into: paragraphs joined by a blank line. */
const plainOf = (text: string) => text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).join('\n\n')

test('an article updated on disk: tags re-attached, the changed claim marked, one needing review, the tag file following', async () => {
  const folder = await tempFolder()
  const article = await sampleCopy(folder, 'article.txt')
  const userData = await tempFolder()
  launched = await launchNamed({ userData, file: article })
  let { page } = launched
  const tags: Array<[string, string]> = [
    ['Sergueï Choïgou', '3'],
    [CLAIM, '1'],
    ['Selon un communiqué du ministère russe de la Défense', '2'],
    [GONE, '1'],
    ['Séoul', '3']
  ]
  for (const [text, key] of tags) {
    await selectText(page, text)
    await page.keyboard.press(`Control+${key}`)
  }
  await page.getByTestId('tag-row').filter({ hasText: CLAIM }).click()
  await page.getByTestId('inspector').getByLabel('Verdict').selectOption({ label: 'Mostly false' })
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved')
  const original = await readFile(article, 'utf8')
  const before = (await readSidecar(article)) as unknown as Stored
  expect(before.article.sha256).toBe(sha(original))
  await launched.app.close()

  // The newsroom's update: a paragraph at the top, the date in the rated claim corrected, a sentence deleted.
  const updated = `${LEAD}\n\n${original.replace('26 juillet 2023', '27 juillet 2023').replace(` ${GONE}`, '')}`
  await writeFile(article, updated)

  launched = await launchApp({ userData, file: article })
  page = launched.page
  await expect(page.getByTestId('tag-row')).toHaveCount(5)
  const banner = page.getByRole('status').filter({ hasText: 're-attached' })
  await expect(banner).toHaveText(/^3 tags re-attached, 1 changed, 1 needs review\. The article changed since the tags were saved: check them\./)

  // The list marks each tag that moved, changed or needs review, in words.
  const row = (text: string) => page.getByTestId('tag-row').filter({ hasText: text })
  await expect(row('Sergueï Choïgou').getByTestId('tag-mark')).toHaveText(['↪ Moved'])
  await expect(row('27 juillet 2023').getByTestId('tag-mark')).toHaveText(['≠ Text changed', '⟲ Rated on an earlier version'])
  await expect(row(GONE)).toContainText('⚠ Needs review')

  // The banner's action shows the tags to check: all five moved, changed or need review.
  await banner.getByRole('button', { name: 'Show tags to check' }).click()
  await expect(page.getByTestId('filter-check-after-update')).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByTestId('tag-row')).toHaveCount(5)
  const shot = process.env.UPDATE_SCREENSHOTS ? resolve('e2e/screenshots/list-after-update.png') : test.info().outputPath('list-after-update.png')
  await page.screenshot({ path: shot })
  await row('27 juillet 2023').click()

  // The rated claim: the mark, the old and new text as a diff.
  const box = page.getByTestId('change-box')
  await expect(box.getByTestId('rated-earlier')).toContainText('Rated on an earlier version')
  await expect(box.getByTestId('old-text')).toHaveText(CLAIM)
  await expect(box.getByTestId('new-text')).toHaveText('hier mercredi 27 juillet 2023')
  await expect(box.locator('del')).toHaveText('26')
  await expect(box.locator('ins')).toHaveText('27')

  // The tag file followed at once: new hash, new positions, the version record, the mark.
  const plain = plainOf(updated)
  await expect.poll(async () => ((await readSidecar(article)) as unknown as Stored).article.sha256).toBe(sha(updated))
  const after = (await readSidecar(article)) as unknown as Stored
  expect(after.article.textLength).toBe(plain.length)
  expect(after.versions).toEqual([
    expect.objectContaining({ previousSha256: sha(original), sha256: sha(updated), counts: { attached: 0, moved: 3, changed: 1, needsReview: 1 } })
  ])
  const byQuote = new Map(before.tags.map((tag, i) => [tag.target.quote.exact, after.tags[i]]))
  for (const quote of ['Sergueï Choïgou', 'Selon un communiqué du ministère russe de la Défense', 'Séoul']) {
    const tag = byQuote.get(quote)
    expect(tag && plain.slice(tag.target.position.start, tag.target.position.end)).toBe(quote)
  }
  const claim = byQuote.get(CLAIM)
  expect(claim?.target.quote.exact).toBe('hier mercredi 27 juillet 2023')
  expect(claim && plain.slice(claim.target.position.start, claim.target.position.end)).toBe('hier mercredi 27 juillet 2023')
  expect(claim?.changed).toMatchObject({ previousQuote: CLAIM, previousSha256: sha(original) })
  expect(claim?.claim?.verdict).toBe('mostly-false')
  // The deleted sentence's tag is kept as it was, its old quote shown.
  expect(byQuote.get(GONE)).toEqual(before.tags[3])

  // The versions are listed in the app (View › Article Versions), the current one marked.
  await launched.app.evaluate(({ Menu }) => {
    const view = Menu.getApplicationMenu()?.items.find((item) => item.label.replace(/&/g, '') === 'View')
    view?.submenu?.items.find((item) => item.label.replace(/&/g, '') === 'Article Versions')?.click()
  })
  const versions = page.getByRole('dialog', { name: 'Article versions' })
  await expect(versions.getByTestId('version-row')).toHaveCount(1)
  await expect(versions.getByTestId('version-row')).toContainText(`${sha(original).slice(0, 8)}`)
  await expect(versions.getByTestId('version-row')).toContainText(`${sha(updated).slice(0, 8)} (current)`)
  await expect(versions.getByTestId('version-row')).toContainText('0 attached, 3 moved, 1 changed, 1 needs review')
  await versions.getByRole('button', { name: 'Close' }).click()
  await expect(versions).toHaveCount(0)

  // Confirm verdict clears the mark, in the list and on disk.
  await box.getByRole('button', { name: 'Confirm verdict' }).click()
  await expect(page.getByTestId('change-box')).toHaveCount(0)
  await expect(row('27 juillet 2023').getByTestId('tag-mark')).toHaveCount(0)
  await expect
    .poll(async () => ((await readSidecar(article)) as unknown as Stored).tags.find((t) => t.kind === 'claim' && t.target.quote.exact.startsWith('hier'))?.changed ?? null)
    .toBeNull()
})
