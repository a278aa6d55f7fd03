/**
 * The app speaks French: on a French system it starts in French (name prompt, toolbar, sidebar,
 * inspector, native menu, the page's lang), tags made there are kept, and View ▸ Language ▸
 * English switches it to English, saving first and reopening the article, and the choice is kept
 * in settings.json. Takes the screenshot e2e/screenshots/french-ui.png (with UPDATE_SCREENSHOTS).
 */
import { expect, test, type ElectronApplication } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { launchApp, selectText, tempFolder } from './app'

/** The labels of the application menu's top-level items, and of View ▸ Language. */
async function menuLabels(app: ElectronApplication): Promise<{ top: string[]; languages: { label: string; checked: boolean }[] }> {
  return app.evaluate(({ Menu }) => {
    const items = Menu.getApplicationMenu()?.items ?? []
    const view = items[3]
    const language = view?.submenu?.items.find((item) => item.submenu?.items.some((sub) => sub.type === 'radio'))
    return {
      top: items.map((item) => item.label.replace(/&/g, '')),
      languages: (language?.submenu?.items ?? []).map((item) => ({ label: item.label.replace(/&/g, ''), checked: item.checked }))
    }
  })
}

test('a French system gets a French app, and View ▸ Language ▸ English switches it, keeping the tags', async () => {
  const userData = await tempFolder()
  const { app, page } = await launchApp({ userData, systemLanguage: 'fr' })
  try {
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    const welcome = page.getByRole('dialog', { name: 'Bienvenue dans Factmark' })
    await expect(welcome).toBeVisible()
    await welcome.getByLabel('Votre nom').fill('Marie Dupont')
    await welcome.getByRole('button', { name: 'Commencer à étiqueter' }).click()
    await expect(welcome).toBeHidden()
    await expect(page.getByTestId('article').locator('.ProseMirror')).toBeVisible()

    // Toolbar, sidebar, inspector and status bar.
    await expect(page.getByRole('button', { name: /^Ouvrir…/ })).toBeVisible()
    await expect(page.getByRole('button', { name: /^Modifier le texte/ })).toBeVisible()
    await expect(page.getByText('Aucune étiquette sélectionnée.')).toBeVisible()
    await selectText(page, 'la RPDC est un partenaire important de la Russie')
    await page.getByRole('button', { name: /^Affirmation/ }).click()
    const inspector = page.getByTestId('inspector')
    await expect(inspector.locator('.kind-badge')).toHaveText('Affirmation')
    await expect(inspector).toContainText('Verdict')
    await expect(inspector).toContainText('Intérêt à vérifier')
    await expect(page.getByRole('tab', { name: /^Étiquettes/ })).toBeVisible()
    await expect(page.getByRole('tab', { name: /^Pistes/ })).toBeVisible()
    await expect(page.getByRole('radio', { name: /^Affirmations/ })).toBeVisible()
    await expect(page.getByTestId('save-status')).toHaveText('Toutes les modifications sont enregistrées')
    await expect(page.getByText(/Étiquetage par/)).toBeVisible()

    const french = await menuLabels(app)
    expect(french.top).toEqual(['Fichier', 'Édition', 'Étiquettes', 'Affichage', 'Aide'])
    expect(french.languages).toEqual([
      { label: 'Langue du système', checked: true },
      { label: 'English', checked: false },
      { label: 'Français', checked: false }
    ])

    const shot = process.env.UPDATE_SCREENSHOTS ? resolve('e2e/screenshots/french-ui.png') : test.info().outputPath('french-ui.png')
    await page.screenshot({ path: shot })

    // View ▸ Language ▸ English: the window comes back in English with the article and its tag.
    await app.evaluate(({ Menu }) => {
      const view = Menu.getApplicationMenu()?.items[3]
      const language = view?.submenu?.items.find((item) => item.submenu?.items.some((sub) => sub.type === 'radio'))
      language?.submenu?.items.find((item) => item.label.replace(/&/g, '') === 'English')?.click()
    })
    await expect(page.getByRole('button', { name: /^Claim/ })).toBeVisible({ timeout: 15_000 })
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('button', { name: /^Open…/ })).toBeVisible()
    await expect(page.getByTestId('tag-row')).toHaveCount(1)
    await expect(page.getByTestId('tag-row')).toContainText('la RPDC est un partenaire important de la Russie')
    await expect(page.getByTestId('save-status')).not.toHaveText('Unsaved changes')
    const english = await menuLabels(app)
    expect(english.top).toEqual(['File', 'Edit', 'Tag', 'View', 'Help'])
    expect(english.languages).toEqual([
      { label: 'System language', checked: false },
      { label: 'English', checked: true },
      { label: 'Français', checked: false }
    ])
    const settings = JSON.parse(await readFile(join(userData, 'settings.json'), 'utf8')) as { language: string }
    expect(settings.language).toBe('en')
  } finally {
    await app.close()
  }
})
