import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildSidecar, type Annotator, type Sidecar } from '../../shared/sidecar'
import { createTag } from '../../shared/model/tag'
import { BACKUP_FOLDER } from './durableJsonFile'
import { loadSidecar, saveSidecar, sidecarPath } from './sidecarStore'

const isRoot = process.getuid?.() === 0
const annotator: Annotator = { id: 'a1', name: 'Alice Martin' }

let dir: string
let article: string
let sidecarFile: string

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'factmark-sidecar-'))
  article = path.join(dir, 'article.txt')
  await fs.writeFile(article, 'Hello world')
  sidecarFile = path.join(dir, 'article.txt.alice-martin.factmark.json')
})

afterEach(async () => {
  await fs.chmod(dir, 0o755).catch(() => undefined)
  await fs.rm(dir, { recursive: true, force: true })
})

function sidecarWith(note: string, savedAt = '2025-01-01T10:00:00.000Z'): Sidecar {
  const tag = createTag({
    id: 't1',
    kind: 'claim',
    target: { position: { start: 0, end: 5 }, quote: { exact: 'Hello', prefix: '', suffix: ' world' } },
    author: { annotatorId: annotator.id, name: annotator.name },
    now: savedAt
  })
  return buildSidecar({
    article: { fileName: 'article.txt', sha256: 'a'.repeat(64), textLength: 11 },
    annotator,
    tags: [{ ...tag, note }],
    editedText: null,
    now: savedAt
  })
}

const onDisk = async (p: string) => JSON.parse(await fs.readFile(p, 'utf8')) as unknown
const corruptFiles = async () => (await fs.readdir(dir)).filter((name) => name.includes('.corrupt-'))

describe('sidecarStore', () => {
  it('names the sidecar after the article and the annotator, beside the article', () => {
    expect(sidecarPath(article, annotator)).toBe(sidecarFile)
  })

  it('loads null with no notice when there is no sidecar yet', async () => {
    expect(await loadSidecar(article, annotator)).toEqual({ ok: true, value: { sidecar: null, notice: null } })
  })

  it('round-trips a sidecar through the disk', async () => {
    const sidecar = sidecarWith('first')
    expect(await saveSidecar(article, sidecar)).toEqual({ ok: true, value: { path: sidecarFile } })
    expect(await onDisk(sidecarFile)).toEqual(sidecar)
    expect(await loadSidecar(article, annotator)).toEqual({ ok: true, value: { sidecar, notice: null } })
  })

  it('serialises concurrent saves: the file ends as the last one', async () => {
    const saves = Array.from({ length: 20 }, (_, i) => saveSidecar(article, sidecarWith(`note ${i}`)))
    const results = await Promise.all(saves)
    expect(results.every((r) => r.ok)).toBe(true)
    expect(await onDisk(sidecarFile)).toEqual(sidecarWith('note 19'))
    expect(await onDisk(path.join(dir, BACKUP_FOLDER, 'article.txt.alice-martin.factmark.json.1'))).toEqual(sidecarWith('note 18'))
  })

  it('keeps the order of concurrent saves while each one clears temp files a killed save left', async () => {
    // Temp files of a process that no longer runs: each save's clean-up removes what it finds,
    // so the saves' clean-ups take different times, and a later one may finish first.
    const deadPid = 2 ** 22 + 12_345
    const name = path.basename(sidecarFile)
    await Promise.all(
      Array.from({ length: 300 }, (_, i) => fs.writeFile(path.join(dir, `.${name}.${deadPid}.${i.toString(16).padStart(12, '0')}.tmp`), 'partial'))
    )
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => saveSidecar(article, sidecarWith(`note ${i}`))))
    expect(results.every((r) => r.ok)).toBe(true)
    expect(await onDisk(sidecarFile)).toEqual(sidecarWith('note 19'))
    expect((await fs.readdir(dir)).filter((file) => file.endsWith('.tmp'))).toEqual([])
  })

  it('moves a damaged sidecar aside and restores the tags from the backup, saying so', async () => {
    await saveSidecar(article, sidecarWith('old', '2025-01-01T10:00:00.000Z'))
    await saveSidecar(article, sidecarWith('new', '2025-01-02T10:00:00.000Z'))
    const damage = '{"schemaVersion":1,"app":"factmark","tags":[{"id":'
    await fs.writeFile(sidecarFile, damage)

    const loaded = await loadSidecar(article, annotator)
    if (!loaded.ok) throw new Error(loaded.error.message)
    expect(loaded.value.sidecar).toEqual(sidecarWith('old', '2025-01-01T10:00:00.000Z'))

    const [corrupt] = await corruptFiles()
    expect(corrupt).toMatch(/^article\.txt\.alice-martin\.factmark\.json\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z$/)
    expect(await fs.readFile(path.join(dir, corrupt), 'utf8')).toBe(damage)
    expect(loaded.value.notice).toContain('Your tags file was damaged')
    expect(loaded.value.notice).toContain(path.join(dir, corrupt))
    expect(loaded.value.notice).toContain('restored from the backup saved at 2025-01-01T10:00:00.000Z')
    // The restored tags are back in the sidecar file itself.
    expect(await onDisk(sidecarFile)).toEqual(sidecarWith('old', '2025-01-01T10:00:00.000Z'))
  })

  it('moves a damaged sidecar aside untouched and starts empty when there is no backup', async () => {
    const damage = Buffer.from('\u0000\u0001 not json at all')
    await fs.writeFile(sidecarFile, damage)
    const loaded = await loadSidecar(article, annotator)
    if (!loaded.ok) throw new Error(loaded.error.message)
    expect(loaded.value.sidecar).toBeNull()
    const [corrupt] = await corruptFiles()
    expect((await fs.readFile(path.join(dir, corrupt))).equals(damage)).toBe(true)
    expect(loaded.value.notice).toContain(`It was moved to ${path.join(dir, corrupt)}`)
    expect(loaded.value.notice).toContain('no backup')
    await expect(fs.stat(sidecarFile)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('forgets a previous load when the file has since been deleted', async () => {
    await saveSidecar(article, sidecarWith('x'))
    await fs.rm(sidecarFile)
    expect(await loadSidecar(article, annotator)).toEqual({ ok: true, value: { sidecar: null, notice: null } })
  })

  it('leaves a sidecar from a newer Factmark in place and refuses to overwrite it', async () => {
    const future = JSON.stringify({ ...sidecarWith('x'), schemaVersion: 99 })
    await fs.writeFile(sidecarFile, future)
    const loaded = await loadSidecar(article, annotator)
    expect(loaded).toMatchObject({ ok: false, error: { code: 'READ_FAILED' } })
    expect(!loaded.ok && loaded.error.message).toContain('newer version of Factmark')
    const saved = await saveSidecar(article, sidecarWith('y'))
    expect(saved).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED' } })
    expect(await fs.readFile(sidecarFile, 'utf8')).toBe(future)
    expect(await corruptFiles()).toEqual([])
  })

  it('never moves, renames or writes a sidecar from a newer Factmark, over many loads and saves, and says so naming it', async () => {
    const future = `${JSON.stringify({ ...sidecarWith('theirs'), schemaVersion: 99, relations: [] }, null, 2)}\n`
    await fs.writeFile(sidecarFile, future)
    const before = await fs.readdir(dir)
    for (let round = 0; round < 3; round++) {
      const loaded = await loadSidecar(article, annotator)
      expect(loaded).toEqual({ ok: false, error: { code: 'READ_FAILED', message: expect.any(String) }, isNewer: true })
      expect(!loaded.ok && loaded.error.message).toBe(
        `Your tag file ${sidecarFile} was written by a newer version of Factmark (schema version 99; this version reads up to 4). ` +
          'It was left as it is: update Factmark to see and change the tags in it. Until then, tags you make here cannot be saved.'
      )
      const saved = await saveSidecar(article, sidecarWith(`ours ${round}`))
      expect(saved).toEqual({ ok: false, error: { code: 'WRITE_FAILED', message: expect.stringContaining(sidecarFile) } })
      expect(!saved.ok && saved.error.message).toMatch(/^Your tags were not saved: .* was written by a newer version of Factmark/)
    }
    expect(await fs.readFile(sidecarFile, 'utf8')).toBe(future)
    expect(await fs.readdir(dir)).toEqual(before)
  })

  it('refuses an invalid sidecar without writing anything', async () => {
    const bad = { ...sidecarWith('x'), savedAt: 'yesterday' }
    expect(await saveSidecar(article, bad)).toMatchObject({ ok: false, error: { code: 'INVALID' } })
    expect(await fs.readdir(dir)).toEqual(['article.txt'])
  })

  it('reports WRITE_FAILED with a clear message when the folder cannot hold the file', async () => {
    const notAFolder = path.join(dir, 'plain')
    await fs.writeFile(notAFolder, 'x')
    const saved = await saveSidecar(path.join(notAFolder, 'article.txt'), sidecarWith('x'))
    expect(saved).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED' } })
    expect(!saved.ok && saved.error.message).toMatch(/^Could not save your tags to .*: part of the path is not a folder\./)
  })

  it('reports WRITE_FAILED and keeps the previous file when a save fails midway', async () => {
    const first = sidecarWith('kept')
    await saveSidecar(article, first)
    await fs.writeFile(path.join(dir, BACKUP_FOLDER), 'in the way')
    const saved = await saveSidecar(article, sidecarWith('lost'))
    expect(saved).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED' } })
    expect(await onDisk(sidecarFile)).toEqual(first)
    expect((await fs.readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it.skipIf(isRoot)('reports permission denied in a read-only folder and keeps the previous file', async () => {
    const first = sidecarWith('kept')
    await saveSidecar(article, first)
    await fs.chmod(dir, 0o555)
    const saved = await saveSidecar(article, sidecarWith('lost'))
    expect(saved).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED' } })
    expect(!saved.ok && saved.error.message).toContain('permission was denied')
    expect(await onDisk(sidecarFile)).toEqual(first)
  })

  it('reports READ_FAILED when a folder is where the sidecar should be', async () => {
    await fs.mkdir(sidecarFile)
    const loaded = await loadSidecar(article, annotator)
    expect(loaded).toMatchObject({ ok: false, error: { code: 'READ_FAILED' } })
    expect(!loaded.ok && loaded.error.message).toContain('there is a folder where the file should be')
  })
})

describe('after the annotator changes their name', () => {
  it('finds their sidecar by id under the old name and moves it to the new name', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'sidecar-rename-'))
    try {
      const article = path.join(folder, 'article.txt')
      await fs.writeFile(article, 'Hello world')
      const before = { id: 'annotator-1', name: 'Marie Dupond' }
      const after = { id: 'annotator-1', name: 'Marie Dupont' }
      const sidecar = buildSidecar({
        article: { fileName: 'article.txt', sha256: '0'.repeat(64), textLength: 11 },
        annotator: before,
        tags: [],
        editedText: null,
        now: '2026-11-26T10:00:00.000Z'
      })
      expect((await saveSidecar(article, sidecar)).ok).toBe(true)
      // A colleague's file for the same article is never adopted.
      const colleague = buildSidecar({ ...sidecar, article: sidecar.article, annotator: { id: 'annotator-2', name: 'Jean' }, tags: [], editedText: null, now: sidecar.savedAt })
      expect((await saveSidecar(article, colleague)).ok).toBe(true)

      const loaded = await loadSidecar(article, after)
      expect(loaded.ok && loaded.value.sidecar?.annotator.id).toBe('annotator-1')
      const names = (await fs.readdir(folder)).filter((n) => n.endsWith('.factmark.json')).sort()
      expect(names).toEqual(['article.txt.jean.factmark.json', 'article.txt.marie-dupont.factmark.json'])
    } finally {
      await fs.rm(folder, { recursive: true, force: true })
    }
  })
})
