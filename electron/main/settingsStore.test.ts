import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BACKUP_FOLDER } from './durableJsonFile'
import { MAX_RECENT, SETTINGS_FILE_NAME, defaultSettings, openSettings, recentId } from './settingsStore'

let dir: string
let settingsFile: string

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'factmark-settings-'))
  settingsFile = path.join(dir, SETTINGS_FILE_NAME)
})

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

const onDisk = async () => JSON.parse(await fs.readFile(settingsFile, 'utf8')) as unknown
const docs = (n: number) => path.join(dir, 'docs', `article-${n}.txt`)

describe('settingsStore', () => {
  it('starts with defaults and writes nothing until something changes', async () => {
    const settings = await openSettings(dir)
    expect(settings.get()).toEqual(defaultSettings())
    expect(settings.notice).toBeNull()
    expect(settings.recentEntries()).toEqual([])
    expect(await fs.readdir(dir)).toEqual([])
  })

  it('creates a missing settings folder', async () => {
    const userData = path.join(dir, 'not', 'yet')
    const settings = await openSettings(userData)
    expect((await settings.setAnnotatorName('Alice')).ok).toBe(true)
    expect((await openSettings(userData)).get().annotator?.name).toBe('Alice')
  })

  it('round-trips annotator, recent documents and window state through the disk', async () => {
    const settings = await openSettings(dir, { now: () => new Date('2025-05-06T07:08:09.000Z') })
    const named = await settings.setAnnotatorName('  Zoé Dupont ')
    expect(named).toMatchObject({ ok: true, value: { name: 'Zoé Dupont' } })
    await settings.addRecent(docs(1))
    expect(await settings.setWindowState({ x: 10, y: 20, width: 1200, height: 800, maximized: false })).toEqual({ ok: true, value: null })

    const reopened = await openSettings(dir)
    expect(reopened.get()).toEqual(settings.get())
    expect(await onDisk()).toEqual({
      schemaVersion: 1,
      annotator: { id: named.ok ? named.value.id : '', name: 'Zoé Dupont' },
      recent: [{ id: recentId(docs(1)), path: docs(1), fileName: 'article-1.txt', openedAt: '2025-05-06T07:08:09.000Z' }],
      window: { x: 10, y: 20, width: 1200, height: 800, maximized: false },
      organisation: { organisation: '', organisationUrl: '' },
      language: 'system'
    })
  })

  it('remembers the fact-checking organisation, trimmed, and refuses an over-long one', async () => {
    const settings = await openSettings(dir)
    expect(await settings.setOrganisation({ organisation: ' Vérif’ Info ', organisationUrl: 'https://verif.example.org ' })).toEqual({
      ok: true,
      value: { organisation: 'Vérif’ Info', organisationUrl: 'https://verif.example.org' }
    })
    expect((await openSettings(dir)).get().organisation).toEqual({ organisation: 'Vérif’ Info', organisationUrl: 'https://verif.example.org' })
    expect(await settings.setOrganisation({ organisation: 'x'.repeat(2001), organisationUrl: '' })).toMatchObject({ ok: false, error: { code: 'INVALID' } })
    expect(settings.get().organisation.organisation).toBe('Vérif’ Info')
  })

  it('reads a settings file written before the organisation was kept as having none', async () => {
    await fs.writeFile(path.join(dir, 'settings.json'), JSON.stringify({ schemaVersion: 1, annotator: null, recent: [], window: null }))
    const settings = await openSettings(dir)
    expect(settings.notice).toBeNull()
    expect(settings.get().organisation).toEqual({ organisation: '', organisationUrl: '' })
  })

  it('keeps the language: system by default and for files from before it, one of en and fr, nothing else', async () => {
    await fs.writeFile(settingsFile, JSON.stringify({ schemaVersion: 1, annotator: null, recent: [], window: null }))
    const settings = await openSettings(dir)
    expect(settings.notice).toBeNull()
    expect(settings.get().language).toBe('system')
    expect(await settings.setLanguage('fr')).toEqual({ ok: true, value: 'fr' })
    for (const bad of ['de', 'FR', '', 'system ']) {
      expect(await settings.setLanguage(bad)).toEqual({ ok: false, error: { code: 'INVALID', message: 'Unknown language.' } })
    }
    expect(settings.get().language).toBe('fr')
    expect((await openSettings(dir)).get().language).toBe('fr')
    expect(((await onDisk()) as { language: string }).language).toBe('fr')
  })

  it('treats an unknown language in the file as damage, as any invalid setting', async () => {
    await fs.writeFile(settingsFile, JSON.stringify({ schemaVersion: 1, annotator: null, recent: [], window: null, language: 'klingon' }))
    const settings = await openSettings(dir)
    expect(settings.get().language).toBe('system')
    expect(settings.notice).toMatch(/^Your settings file was damaged \(language: /)
  })

  it('gives the annotator a random id once and keeps it on rename', async () => {
    const settings = await openSettings(dir)
    const first = await settings.setAnnotatorName('Alice')
    const renamed = await settings.setAnnotatorName('Alice Martin')
    if (!first.ok || !renamed.ok) throw new Error('setAnnotatorName failed')
    expect(first.value.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(renamed.value).toEqual({ id: first.value.id, name: 'Alice Martin' })
    expect((await openSettings(dir)).get().annotator).toEqual(renamed.value)
  })

  it('refuses an empty name and changes nothing', async () => {
    const settings = await openSettings(dir)
    expect(await settings.setAnnotatorName('   ')).toMatchObject({ ok: false, error: { code: 'INVALID' } })
    expect(settings.get().annotator).toBeNull()
  })

  it('keeps recent documents newest first, once per path, at most 12', async () => {
    const settings = await openSettings(dir)
    for (let n = 1; n <= 15; n++) await settings.addRecent(docs(n))
    await settings.addRecent(docs(10))
    await settings.addRecent(path.join(dir, 'docs', '..', 'docs', 'article-10.txt'))

    const reopened = await openSettings(dir)
    const names = reopened.recentEntries().map((entry) => entry.fileName)
    expect(names).toHaveLength(MAX_RECENT)
    expect(names).toEqual([10, 15, 14, 13, 12, 11, 9, 8, 7, 6, 5, 4].map((n) => `article-${n}.txt`))
    expect(reopened.recentEntries()[0]).toEqual({ id: recentId(docs(10)), fileName: 'article-10.txt', folder: path.join(dir, 'docs') })
  })

  it('finds and removes recent entries by id', async () => {
    const settings = await openSettings(dir)
    const added = await settings.addRecent(docs(1))
    if (!added.ok) throw new Error(added.error.message)
    expect(added.value.id).toMatch(/^[0-9a-f]{16}$/)
    expect(added.value.id).toBe(recentId(docs(1)))
    expect(settings.findRecent(added.value.id)?.path).toBe(docs(1))
    expect(await settings.removeRecent(added.value.id)).toEqual({ ok: true, value: true })
    expect(await settings.removeRecent(added.value.id)).toEqual({ ok: true, value: false })
    expect(settings.findRecent(added.value.id)).toBeNull()
    expect((await openSettings(dir)).recentEntries()).toEqual([])
  })

  it('refuses impossible window bounds', async () => {
    const settings = await openSettings(dir)
    expect(await settings.setWindowState({ width: 0, height: 800, maximized: false })).toMatchObject({ ok: false, error: { code: 'INVALID' } })
  })

  it('moves a damaged settings file aside, byte-identical, and starts on defaults', async () => {
    const damage = '{"schemaVersion":1,"annotator":{"id":"x","name":'
    await fs.writeFile(settingsFile, damage)
    const settings = await openSettings(dir)
    expect(settings.get()).toEqual(defaultSettings())
    const corrupt = (await fs.readdir(dir)).filter((name) => name.startsWith('settings.json.corrupt-'))
    expect(corrupt).toHaveLength(1)
    expect(await fs.readFile(path.join(dir, corrupt[0]), 'utf8')).toBe(damage)
    expect(settings.notice).toContain(`moved to ${path.join(dir, corrupt[0])}`)
    // The app goes on working, and saving no longer meets the damaged file.
    expect((await settings.setAnnotatorName('Alice')).ok).toBe(true)
    expect((await openSettings(dir)).get().annotator?.name).toBe('Alice')
  })

  it('restores damaged settings from the newest backup', async () => {
    const settings = await openSettings(dir)
    await settings.setAnnotatorName('Alice')
    await settings.addRecent(docs(1))
    await fs.writeFile(settingsFile, 'garbage')
    const reopened = await openSettings(dir)
    expect(reopened.get().annotator?.name).toBe('Alice')
    expect(reopened.get().recent).toEqual([])
    expect(reopened.notice).toContain('restored from a backup')
    expect(await fs.readdir(path.join(dir, BACKUP_FOLDER))).toEqual(['settings.json.1'])
  })

  it('still starts when the settings file cannot be read, and reports failed saves', async () => {
    await fs.mkdir(settingsFile)
    const settings = await openSettings(dir)
    expect(settings.get()).toEqual(defaultSettings())
    expect(settings.notice).toContain('Factmark is using default settings')
    const saved = await settings.setAnnotatorName('Alice')
    expect(saved).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED' } })
    // Kept for this session even though it could not be saved.
    expect(settings.get().annotator?.name).toBe('Alice')
    expect((await fs.stat(settingsFile)).isDirectory()).toBe(true)
  })
})
