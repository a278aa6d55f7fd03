import { emptyDocumentProperties } from '../../shared/model/documentProperties'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeEach, describe, expect, it } from 'vitest'
import type { OpenedDocument, Result } from '../../shared/ipc'
import { createTag, type Tag } from '../../shared/model/tag'
import { DocumentRegistry } from './documents'
import { openRecoveryStore } from './recoveryStore'
import { createHandlers, type HandlerDeps } from './handlers'
import { openSettings, recentId, SETTINGS_FILE_NAME, type Settings } from './settingsStore'
import { useTempFolder } from '../testing/tempFolder'

const BUNDLED_SAMPLE = fileURLToPath(new URL('../resources/russie-coree-du-nord.fr.txt', import.meta.url))
const SAMPLE_NAME = 'russie-coree-du-nord.fr.txt'
const SAVED_AT = '2025-04-02T08:30:00.000Z'

const temp = useTempFolder('handlers')
let dir: string
let userData: string
let samplesFolder: string
let docsFolder: string

beforeEach(async () => {
  dir = temp.path
  userData = path.join(dir, 'userData')
  samplesFolder = path.join(userData, 'samples')
  docsFolder = path.join(dir, 'docs')
  await fs.mkdir(docsFolder)
})

/** Hand-written fakes for the Electron pieces, recording what they were asked to do. */
interface Fakes {
  dialogAnswers: (string | null)[]
  dialogCalls: number
  externalUrls: string[]
  recentChanged: number
  readyToClose: number
  handoff: string[]
}

async function setup(options: { startupFile?: string | null; settings?: Settings; bundledSamplePath?: string } = {}) {
  const settings = options.settings ?? (await openSettings(userData))
  const fakes: Fakes = { dialogAnswers: [], dialogCalls: 0, externalUrls: [], recentChanged: 0, readyToClose: 0, handoff: [] }
  const deps: HandlerDeps = {
    registry: new DocumentRegistry(),
    settings,
    bundledSamplePath: options.bundledSamplePath ?? BUNDLED_SAMPLE,
    samplesFolder,
    startupFile: options.startupFile ?? null,
    showOpenDialog: async () => {
      fakes.dialogCalls++
      return fakes.dialogAnswers.shift() ?? null
    },
    openExternal: async (url) => {
      fakes.externalUrls.push(url)
    },
    onRecentChanged: () => {
      fakes.recentChanged++
    },
    onReadyToClose: () => {
      fakes.readyToClose++
    },
    now: () => new Date(SAVED_AT),
    recovery: openRecoveryStore(path.join(userData, 'recovery')),
    takeHandoff: () => fakes.handoff.shift() ?? null,
    exchange: {
      showSaveDialog: async () => null,
      showImportDialog: async () => null,
      printToPdf: async () => Buffer.alloc(0),
      showPreview: async () => undefined
    },
  }
  return { handlers: createHandlers(deps), settings, fakes, registry: deps.registry }
}

async function writeDoc(name: string, content: string): Promise<string> {
  const file = path.join(docsFolder, name)
  await fs.writeFile(file, content)
  return file
}

function opened(result: Result<OpenedDocument>): OpenedDocument {
  if (!result.ok) throw new Error(`expected the document to open, got ${result.error.code}: ${result.error.message}`)
  return result.value
}

const sha256Of = async (file: string) => createHash('sha256').update(await fs.readFile(file)).digest('hex')
const readJson = async (file: string) => JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, unknown>
const settingsOnDisk = () => readJson(path.join(userData, SETTINGS_FILE_NAME))
const exists = (file: string) =>
  fs.access(file).then(
    () => true,
    () => false
  )

function claim(id: string, start: number, exact: string): Tag {
  return createTag({
    id,
    kind: 'claim',
    target: { position: { start, end: start + exact.length }, quote: { exact, prefix: '', suffix: '' } },
    author: { annotatorId: 'a-marie', name: 'Marie Dupont' },
    now: SAVED_AT
  })
}

describe('openStartupDocument', () => {
  it('with no startup file copies the bundled sample into the samples folder and opens it, not as a recent document', async () => {
    const { handlers, settings, fakes } = await setup()
    const doc = opened(await handlers.openStartupDocument())

    const copy = path.join(samplesFolder, SAMPLE_NAME)
    expect(await fs.readFile(copy)).toEqual(await fs.readFile(BUNDLED_SAMPLE))
    expect(doc).toMatchObject({ fileName: SAMPLE_NAME, folder: samplesFolder, format: 'txt', isSample: true })
    expect(doc.sha256).toBe(await sha256Of(BUNDLED_SAMPLE))
    expect(doc.text).toContain('Russie')
    expect(settings.recentEntries()).toEqual([])
    expect(fakes.recentChanged).toBe(0)
    // Nothing changed in the settings, so nothing was written.
    expect(await exists(path.join(userData, SETTINGS_FILE_NAME))).toBe(false)
  })

  it('reuses the copied sample next time, so tags saved on it survive', async () => {
    const first = await setup()
    await first.handlers.setAnnotatorName('Marie Dupont')
    const doc = opened(await first.handlers.openStartupDocument())
    const tag = claim('t1', 0, doc.text.slice(0, 5))
    const saved = await first.handlers.saveTags({ handle: doc.handle, tags: [tag], editedText: null, textLength: doc.text.length, outsideSources: [], versions: [], properties: emptyDocumentProperties(), overwrite: false })
    expect(saved.ok).toBe(true)

    // A user's own change to the copy must not be overwritten by the bundled file on the next start.
    const copy = path.join(samplesFolder, SAMPLE_NAME)
    await fs.appendFile(copy, '\nA line the user added.\n')

    const next = await setup({ settings: await openSettings(userData) })
    const again = opened(await next.handlers.openStartupDocument())
    expect(again.isSample).toBe(true)
    expect(again.text).toContain('A line the user added.')
    expect(again.sidecar?.tags).toEqual([tag])
    expect(await fs.readdir(samplesFolder)).toContain(`${SAMPLE_NAME}.marie-dupont.factmark.json`)
  })

  it('copies the sample again when the user deleted the copy', async () => {
    const { handlers } = await setup()
    opened(await handlers.openStartupDocument())
    await fs.rm(path.join(samplesFolder, SAMPLE_NAME))
    const doc = opened(await handlers.openStartupDocument())
    expect(doc.isSample).toBe(true)
    expect(await fs.readFile(path.join(samplesFolder, SAMPLE_NAME))).toEqual(await fs.readFile(BUNDLED_SAMPLE))
  })

  it('says the sample could not be prepared when the bundled file is missing', async () => {
    const { handlers } = await setup({ bundledSamplePath: path.join(dir, 'not-shipped.txt') })
    const result = await handlers.openStartupDocument()
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('READ_FAILED')
    expect(result.error.message).toContain('The sample article could not be prepared')
  })

  it('with a startup file opens it and adds it to the recent list in settings.json', async () => {
    const file = await writeDoc('dépêche.md', '# Dépêche\n\nTexte.')
    const { handlers, settings, fakes } = await setup({ startupFile: file })
    const doc = opened(await handlers.openStartupDocument())

    expect(doc).toMatchObject({ fileName: 'dépêche.md', format: 'md', isSample: false, folder: docsFolder })
    expect(await exists(path.join(samplesFolder, SAMPLE_NAME))).toBe(false)
    expect(fakes.recentChanged).toBe(1)
    expect(settings.recentEntries()).toEqual([{ id: recentId(file), fileName: 'dépêche.md', folder: docsFolder }])
    const onDisk = await settingsOnDisk()
    expect(onDisk.recent).toEqual([{ id: recentId(file), path: file, fileName: 'dépêche.md', openedAt: expect.any(String) }])
  })

  it('with a startup file that cannot be opened reports why and adds nothing to the recent list', async () => {
    const { handlers, settings, fakes } = await setup({ startupFile: path.join(docsFolder, 'missing.txt') })
    const result = await handlers.openStartupDocument()
    expect(result).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '“missing.txt” was not found. It may have been moved or deleted.' }
    })
    expect(settings.recentEntries()).toEqual([])
    expect(fakes.recentChanged).toBe(0)
  })
})

describe('openDocumentDialog', () => {
  it('returns CANCELLED when the user cancels, and opens nothing', async () => {
    const { handlers, settings, fakes } = await setup()
    fakes.dialogAnswers.push(null)
    expect(await handlers.openDocumentDialog()).toEqual({ ok: false, error: { code: 'CANCELLED', message: 'Cancelled.' } })
    expect(fakes.dialogCalls).toBe(1)
    expect(settings.recentEntries()).toEqual([])
  })

  it('opens the chosen file and puts it at the top of the recent list', async () => {
    const a = await writeDoc('a.txt', 'A')
    const b = await writeDoc('b.html', '<p>B</p>')
    const { handlers, fakes } = await setup()
    fakes.dialogAnswers.push(a, b)
    expect(opened(await handlers.openDocumentDialog()).fileName).toBe('a.txt')
    expect(opened(await handlers.openDocumentDialog()).format).toBe('html')
    const onDisk = await settingsOnDisk()
    expect((onDisk.recent as { path: string }[]).map((r) => r.path)).toEqual([b, a])
    expect(fakes.recentChanged).toBe(2)
  })

  it('passes a refusal on to the user', async () => {
    const pdf = await writeDoc('scan.pdf', '%PDF-1.4')
    const { handlers, settings, fakes } = await setup()
    fakes.dialogAnswers.push(pdf)
    const result = await handlers.openDocumentDialog()
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe('UNSUPPORTED_TYPE')
    expect(settings.recentEntries()).toEqual([])
  })
})

describe('openRecent', () => {
  it('opens a document from the recent list', async () => {
    const file = await writeDoc('recent.txt', 'Recent article')
    const { handlers, settings, fakes } = await setup()
    fakes.dialogAnswers.push(file)
    opened(await handlers.openDocumentDialog())
    const [entry] = settings.recentEntries()
    const doc = opened(await handlers.openRecent(entry.id))
    expect(doc.text).toBe('Recent article')
  })

  it('when the file was deleted returns NOT_FOUND and removes the entry from settings.json', async () => {
    const keep = await writeDoc('keep.txt', 'Keep')
    const gone = await writeDoc('gone.txt', 'Gone')
    const { handlers, settings, fakes } = await setup()
    fakes.dialogAnswers.push(keep, gone)
    opened(await handlers.openDocumentDialog())
    opened(await handlers.openDocumentDialog())
    await fs.rm(gone)
    const changesBefore = fakes.recentChanged

    const result = await handlers.openRecent(recentId(gone))
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '“gone.txt” was not found. It may have been moved or deleted.' } })
    expect(settings.findRecent(recentId(gone))).toBeNull()
    expect(fakes.recentChanged).toBe(changesBefore + 1)
    const onDisk = await settingsOnDisk()
    expect((onDisk.recent as { path: string }[]).map((r) => r.path)).toEqual([keep])
  })

  it('keeps the entry when the file exists but cannot be opened for another reason', async () => {
    const file = await writeDoc('article.txt', 'Readable')
    const { handlers, settings, fakes } = await setup()
    fakes.dialogAnswers.push(file)
    opened(await handlers.openDocumentDialog())
    await fs.writeFile(file, '')
    const result = await handlers.openRecent(recentId(file))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe('EMPTY')
    expect(settings.findRecent(recentId(file))?.path).toBe(file)
  })

  it('returns NOT_FOUND for an id that is not in the list', async () => {
    const { handlers } = await setup()
    expect(await handlers.openRecent('0123456789abcdef')).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'That document is no longer in the recent list.' }
    })
  })
})

describe('openDroppedFile', () => {
  it('refuses a relative path and a path containing NUL, without touching the recent list', async () => {
    await writeDoc('dropped.txt', 'Dropped')
    const { handlers, settings } = await setup()
    const invalid = { ok: false, error: { code: 'INVALID', message: 'That item cannot be opened.' } }
    expect(await handlers.openDroppedFile('docs/dropped.txt')).toEqual(invalid)
    expect(await handlers.openDroppedFile('dropped.txt')).toEqual(invalid)
    expect(await handlers.openDroppedFile(`${path.join(docsFolder, 'dropped.txt')}\0.pdf`)).toEqual(invalid)
    expect(settings.recentEntries()).toEqual([])
  })

  it('opens an absolute path and adds it to the recent list', async () => {
    const file = await writeDoc('dropped.txt', 'Dropped')
    const { handlers, settings } = await setup()
    expect(opened(await handlers.openDroppedFile(file)).text).toBe('Dropped')
    expect(settings.findRecent(recentId(file))?.path).toBe(file)
  })
})

describe('saveTags and loadSidecar', () => {
  it('refuses a handle main never gave out', async () => {
    const { handlers } = await setup()
    await handlers.setAnnotatorName('Marie Dupont')
    const result = await handlers.saveTags({ handle: 'made-up', tags: [], editedText: null, textLength: 0, outsideSources: [], versions: [], properties: emptyDocumentProperties(), overwrite: false })
    expect(result).toEqual({ ok: false, error: { code: 'UNKNOWN_HANDLE', message: 'This document is no longer open.' } })
    expect(await handlers.loadSidecar('made-up')).toEqual(result)
  })

  it('refuses to save before the annotator is named, and writes nothing', async () => {
    const file = await writeDoc('article.txt', 'Hello world')
    const { handlers, fakes } = await setup()
    fakes.dialogAnswers.push(file)
    const doc = opened(await handlers.openDocumentDialog())
    const result = await handlers.saveTags({ handle: doc.handle, tags: [claim('t1', 0, 'Hello')], editedText: null, textLength: 11, outsideSources: [], versions: [], properties: emptyDocumentProperties(), overwrite: false })
    expect(result).toEqual({
      ok: false,
      error: { code: 'NO_ANNOTATOR', message: 'Enter your name before tagging, so your tags can be saved.' }
    })
    expect(await fs.readdir(docsFolder)).toEqual(['article.txt'])
  })

  it('writes the sidecar beside the article with the schema version, annotator, article hash, time and tags', async () => {
    const file = await writeDoc('article.txt', 'Hello world, said the minister.')
    const { handlers, fakes } = await setup()
    const named = await handlers.setAnnotatorName('Marie Dupont')
    if (!named.ok) throw new Error(named.error.message)
    fakes.dialogAnswers.push(file)
    const doc = opened(await handlers.openDocumentDialog())
    const tags = [claim('t1', 0, 'Hello'), claim('t2', 6, 'world')]

    const result = await handlers.saveTags({ handle: doc.handle, tags, editedText: null, textLength: doc.text.length, outsideSources: [], versions: [], properties: emptyDocumentProperties(), overwrite: false })
    expect(result).toEqual({ ok: true, value: { savedAt: SAVED_AT, sidecarFileName: 'article.txt.marie-dupont.factmark.json' } })

    const sidecarFile = path.join(docsFolder, 'article.txt.marie-dupont.factmark.json')
    expect(await readJson(sidecarFile)).toEqual({
      schemaVersion: 4,
      app: 'factmark',
      article: { fileName: 'article.txt', sha256: await sha256Of(file), textLength: 31 },
      annotator: named.value,
      savedAt: SAVED_AT,
      editedText: null,
      tags,
      outsideSources: [],
      versions: [],
      properties: emptyDocumentProperties()
    })

    const loaded = await handlers.loadSidecar(doc.handle)
    expect(loaded).toEqual({ ok: true, value: { sidecar: await readJson(sidecarFile), notice: null } })
  })

  it('keeps the edited text in the sidecar', async () => {
    const file = await writeDoc('article.txt', 'Helo world')
    const { handlers, fakes } = await setup()
    await handlers.setAnnotatorName('Marie Dupont')
    fakes.dialogAnswers.push(file)
    const doc = opened(await handlers.openDocumentDialog())
    const editedText = { baseSha256: doc.sha256, doc: { type: 'doc', content: [] } }
    expect((await handlers.saveTags({ handle: doc.handle, tags: [], editedText, textLength: 11, outsideSources: [], versions: [], properties: emptyDocumentProperties(), overwrite: false })).ok).toBe(true)
    const onDisk = await readJson(path.join(docsFolder, 'article.txt.marie-dupont.factmark.json'))
    expect(onDisk.editedText).toEqual(editedText)
  })

  it('keeps the sources outside the text, the article versions and the document properties in the sidecar', async () => {
    const file = await writeDoc('article.txt', 'Hello world')
    const { handlers, fakes } = await setup()
    const named = await handlers.setAnnotatorName('Marie Dupont')
    if (!named.ok) throw new Error(named.error.message)
    fakes.dialogAnswers.push(file)
    const doc = opened(await handlers.openDocumentDialog())
    const author = { annotatorId: named.value.id, name: named.value.name }
    const outsideSources = [
      {
        id: 'o1',
        title: 'Rapport de l’Insee, 2024',
        note: '',
        createdBy: author,
        createdAt: SAVED_AT,
        updatedBy: author,
        updatedAt: SAVED_AT,
        source: { url: 'https://insee.fr/r', sourceType: 'official' as const, publisher: 'Insee', publishedOn: '2024-03-12', accessedOn: '', reliability: '' }
      }
    ]
    const versions = [{ previousSha256: 'a'.repeat(64), sha256: doc.sha256, at: SAVED_AT, counts: { attached: 1, moved: 2, changed: 1, needsReview: 0 } }]
    const properties = { ...emptyDocumentProperties(), headline: 'Corée du Nord : ce que l’on sait', language: 'fr', organisation: 'Les Vérificateurs' }
    const saved = await handlers.saveTags({ handle: doc.handle, tags: [], editedText: null, textLength: 11, outsideSources, versions, properties, overwrite: false })
    expect(saved.ok).toBe(true)
    const onDisk = await readJson(path.join(docsFolder, 'article.txt.marie-dupont.factmark.json'))
    expect(onDisk.outsideSources).toEqual(outsideSources)
    expect(onDisk.versions).toEqual(versions)
    expect(onDisk.properties).toEqual(properties)
  })

  it('refuses tags that do not validate, with a reason, and writes nothing', async () => {
    const file = await writeDoc('article.txt', 'Hello world')
    const { handlers, fakes } = await setup()
    await handlers.setAnnotatorName('Marie Dupont')
    fakes.dialogAnswers.push(file)
    const doc = opened(await handlers.openDocumentDialog())
    const tag = claim('dup', 0, 'Hello')
    const result = await handlers.saveTags({ handle: doc.handle, tags: [tag, tag], editedText: null, textLength: 11, outsideSources: [], versions: [], properties: emptyDocumentProperties(), overwrite: false })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID')
      expect(result.error.message).toContain('duplicate tag id dup')
    }
    expect(await fs.readdir(docsFolder)).toEqual(['article.txt'])
  })

  it('loadSidecar gives no sidecar before the annotator is named, and the saved one after', async () => {
    const file = await writeDoc('article.txt', 'Hello world')
    const first = await setup()
    await first.handlers.setAnnotatorName('Marie Dupont')
    first.fakes.dialogAnswers.push(file)
    const doc = opened(await first.handlers.openDocumentDialog())
    await first.handlers.saveTags({ handle: doc.handle, tags: [claim('t1', 0, 'Hello')], editedText: null, textLength: 11, outsideSources: [], versions: [], properties: emptyDocumentProperties(), overwrite: false })

    // A fresh profile: no annotator yet, so the article opens without tags until the name is given.
    await fs.rm(userData, { recursive: true })
    const second = await setup()
    second.fakes.dialogAnswers.push(file)
    const reopened = opened(await second.handlers.openDocumentDialog())
    expect(reopened.sidecar).toBeNull()
    expect(await second.handlers.loadSidecar(reopened.handle)).toEqual({ ok: true, value: { sidecar: null, notice: null } })
    await second.handlers.setAnnotatorName('Marie Dupont')
    // A different annotator id, same name: the file is found by name.
    const loaded = await second.handlers.loadSidecar(reopened.handle)
    expect(loaded.ok && loaded.value.sidecar?.tags.map((t) => t.id)).toEqual(['t1'])
  })

  it('reports the name of the sidecar file it actually wrote when the article was opened through a symlink', async () => {
    const real = await writeDoc('real.txt', 'Hello world')
    const link = path.join(dir, 'link.txt')
    await fs.symlink(real, link)
    const { handlers, fakes } = await setup()
    await handlers.setAnnotatorName('Marie Dupont')
    fakes.dialogAnswers.push(link)
    const doc = opened(await handlers.openDocumentDialog())
    const result = await handlers.saveTags({ handle: doc.handle, tags: [], editedText: null, textLength: 11, outsideSources: [], versions: [], properties: emptyDocumentProperties(), overwrite: false })
    if (!result.ok) throw new Error(result.error.message)
    expect(await exists(path.join(docsFolder, result.value.sidecarFileName))).toBe(true)
  })
})

describe('openExternal', () => {
  it('refuses javascript:, file: and data: URLs and never hands them to the system', async () => {
    const { handlers, fakes } = await setup()
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<script>alert(1)</script>']) {
      expect(await handlers.openExternal(url)).toEqual({
        ok: false,
        error: { code: 'BAD_URL', message: 'Only web (http, https) and e-mail links can be opened.' }
      })
    }
    expect(fakes.externalUrls).toEqual([])
  })

  it('opens an https link in the system browser', async () => {
    const { handlers, fakes } = await setup()
    expect(await handlers.openExternal('https://www.example.org/article?id=1')).toEqual({ ok: true, value: null })
    expect(fakes.externalUrls).toEqual(['https://www.example.org/article?id=1'])
  })
})

describe('getStartup, setAnnotatorName and readyToClose', () => {
  it('gives the annotator, the recent list and the platform; the name lands in settings.json', async () => {
    const file = await writeDoc('a.txt', 'A')
    const { handlers } = await setup({ startupFile: file })
    expect(await handlers.getStartup()).toEqual({
      annotator: null,
      organisation: { organisation: '', organisationUrl: '' },
      recent: [],
      platform: process.platform,
      language: 'system'
    })

    const named = await handlers.setAnnotatorName('  Élodie Fournier ')
    expect(named).toMatchObject({ ok: true, value: { name: 'Élodie Fournier' } })
    opened(await handlers.openStartupDocument())
    const startup = await handlers.getStartup()
    expect(startup.annotator?.name).toBe('Élodie Fournier')
    expect(startup.recent).toEqual([{ id: recentId(file), fileName: 'a.txt', folder: docsFolder }])
    expect(((await settingsOnDisk()).annotator as { name: string }).name).toBe('Élodie Fournier')
  })

  it('refuses an empty name', async () => {
    const { handlers } = await setup()
    const result = await handlers.setAnnotatorName('   ')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe('INVALID')
    expect(await exists(path.join(userData, SETTINGS_FILE_NAME))).toBe(false)
  })

  it('readyToClose tells the window it may close', async () => {
    const { handlers, fakes } = await setup()
    await handlers.readyToClose()
    expect(fakes.readyToClose).toBe(1)
  })
})

describe('other programs and failed saves', () => {
  async function openedArticle() {
    const ctx = await setup()
    await ctx.handlers.setAnnotatorName('Marie Dupont')
    const file = await writeDoc('article.txt', 'Hello world, from Pyongyang.')
    const doc = opened(await ctx.handlers.openRecent(await recentOf(ctx, file)))
    return { ...ctx, file, doc, sidecar: `${file}.marie-dupont.factmark.json` }
  }
  async function recentOf(ctx: Awaited<ReturnType<typeof setup>>, file: string): Promise<string> {
    await ctx.settings.addRecent(file)
    return recentId(file)
  }
  const save = (handlers: Awaited<ReturnType<typeof setup>>['handlers'], handle: string, tags: Tag[], overwrite = false) =>
    handlers.saveTags({ handle, tags, editedText: null, textLength: 28, outsideSources: [], versions: [], properties: emptyDocumentProperties(), overwrite })

  it('refuses to overwrite a tag file another program changed, keeps ours for recovery, and overwrites when told', async () => {
    const { handlers, doc, sidecar, file } = await openedArticle()
    expect((await save(handlers, doc.handle, [claim('t1', 0, 'Hello')])).ok).toBe(true)
    const theirs = readJson(sidecar)
    await fs.writeFile(sidecar, JSON.stringify({ ...(await theirs), tags: [] }))

    const refused = await save(handlers, doc.handle, [claim('t1', 0, 'Hello'), claim('t2', 6, 'world')])
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect((await readJson(sidecar)).tags).toEqual([])
    expect((await handlers.checkDisk(doc.handle))).toEqual({ ok: true, value: { article: 'same', sidecar: 'changed' } })
    // Ours is kept for recovery and offered when the article is opened again.
    const reopened = opened(await handlers.reloadDocument(doc.handle))
    expect(reopened.recovery?.tags.map((t) => t.id)).toEqual(['t1', 't2'])

    const forced = await save(handlers, reopened.handle, [claim('t1', 0, 'Hello'), claim('t2', 6, 'world')], true)
    expect(forced.ok).toBe(true)
    expect(((await readJson(sidecar)).tags as Tag[]).map((t) => t.id)).toEqual(['t1', 't2'])
    expect(opened(await handlers.reloadDocument(reopened.handle)).recovery).toBeNull()
    expect(await fs.readFile(file, 'utf8')).toBe('Hello world, from Pyongyang.')
  })

  it('a file merely touched by another program is not a conflict', async () => {
    const { handlers, doc, sidecar } = await openedArticle()
    expect((await save(handlers, doc.handle, [claim('t1', 0, 'Hello')])).ok).toBe(true)
    const later = new Date(Date.now() + 60_000)
    await fs.utimes(sidecar, later, later)
    expect((await handlers.checkDisk(doc.handle))).toEqual({ ok: true, value: { article: 'same', sidecar: 'same' } })
    expect((await save(handlers, doc.handle, [claim('t1', 0, 'Hello')])).ok).toBe(true)
  })

  it('tells when the article was changed or removed behind our back', async () => {
    const { handlers, doc, file } = await openedArticle()
    await fs.writeFile(file, 'Hello world, from Moscou.')
    expect(await handlers.checkDisk(doc.handle)).toEqual({ ok: true, value: { article: 'changed', sidecar: 'same' } })
    await fs.rm(file)
    expect(await handlers.checkDisk(doc.handle)).toEqual({ ok: true, value: { article: 'missing', sidecar: 'same' } })
    expect(await handlers.checkDisk('made-up')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_HANDLE' } })
  })

  it('keeps tags whose save failed, and forgets them when the user discards them', async () => {
    const { handlers, doc, sidecar } = await openedArticle()
    await fs.mkdir(sidecar)
    const failed = await save(handlers, doc.handle, [claim('t1', 0, 'Hello')])
    expect(failed).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED' } })
    await fs.rm(sidecar, { recursive: true })
    const reopened = opened(await handlers.reloadDocument(doc.handle))
    expect(reopened.recovery?.tags.map((t) => t.id)).toEqual(['t1'])
    expect(await handlers.discardRecovery(reopened.handle)).toEqual({ ok: true, value: null })
    expect(opened(await handlers.reloadDocument(reopened.handle)).recovery).toBeNull()
  })

  it('opens the file a second start handed over, once', async () => {
    const { handlers, fakes } = await setup()
    const file = await writeDoc('handed.md', '# Titre\n\nTexte.')
    fakes.handoff.push(file)
    expect(opened(await handlers.openHandoff()).fileName).toBe('handed.md')
    expect(await handlers.openHandoff()).toMatchObject({ ok: false, error: { code: 'CANCELLED' } })
  })
})

describe('a change of name while an article is open', () => {
  it('moves the tag file to the new name on the next save', async () => {
    const ctx = await setup()
    await ctx.handlers.setAnnotatorName('Marie Dupond')
    const file = await writeDoc('article.txt', 'Hello world, from Pyongyang.')
    await ctx.settings.addRecent(file)
    const doc = opened(await ctx.handlers.openRecent(recentId(file)))
    const request = { handle: doc.handle, tags: [claim('t1', 0, 'Hello')], editedText: null, textLength: 28, outsideSources: [], versions: [], properties: emptyDocumentProperties(), overwrite: false }
    expect((await ctx.handlers.saveTags(request)).ok).toBe(true)
    await ctx.handlers.setAnnotatorName('Marie Dupont')
    expect((await ctx.handlers.saveTags(request)).ok).toBe(true)
    const names = (await fs.readdir(docsFolder)).filter((n) => n.endsWith('.factmark.json'))
    expect(names).toEqual(['article.txt.marie-dupont.factmark.json'])
    expect((await readJson(path.join(docsFolder, names[0]))).annotator).toEqual({ id: expect.any(String), name: 'Marie Dupont' })
  })
})

describe('a tag file written by a newer Factmark', () => {
  /** A tag file as a later version might write it: schema version 99, with a field we do not know. */
  function futureFile(annotator: { id: string; name: string }): string {
    const tag = claim('t-future', 0, 'Hello')
    const file = { schemaVersion: 99, app: 'factmark', article: { fileName: 'article.txt', sha256: 'a'.repeat(64), textLength: 28 } }
    return `${JSON.stringify({ ...file, annotator, savedAt: SAVED_AT, editedText: null, tags: [tag], relations: [] }, null, 2)}\n`
  }

  async function besideFuture() {
    const ctx = await setup()
    const named = await ctx.handlers.setAnnotatorName('Marie Dupont')
    if (!named.ok) throw new Error(named.error.message)
    const file = await writeDoc('article.txt', 'Hello world, from Pyongyang.')
    const sidecar = `${file}.marie-dupont.factmark.json`
    const bytes = futureFile(named.value)
    await fs.writeFile(sidecar, bytes)
    ctx.fakes.dialogAnswers.push(file)
    const doc = opened(await ctx.handlers.openDocumentDialog())
    return { ...ctx, file, sidecar, bytes, doc }
  }

  const save = (handlers: Awaited<ReturnType<typeof setup>>['handlers'], handle: string, overwrite = false) =>
    handlers.saveTags({ handle, tags: [claim('t1', 0, 'Hello')], editedText: null, textLength: 28, outsideSources: [], versions: [], properties: emptyDocumentProperties(), overwrite })

  it('opens the article without those tags, with a notice naming the file, and leaves the file as it is', async () => {
    const { doc, sidecar, bytes } = await besideFuture()
    expect(doc.sidecar).toBeNull()
    expect(doc.sidecarNotice).toBe(
      `Your tag file ${sidecar} was written by a newer version of Factmark (schema version 99; this version reads up to 4). ` +
        'It was left as it is: update Factmark to see and change the tags in it. Until then, tags you make here cannot be saved.'
    )
    expect(await fs.readFile(sidecar, 'utf8')).toBe(bytes)
    expect((await fs.readdir(docsFolder)).sort()).toEqual(['article.txt', 'article.txt.marie-dupont.factmark.json'])
  })

  it('refuses every save, even one told to overwrite, keeps the tags for recovery, and never touches the file', async () => {
    const { handlers, doc, sidecar, bytes } = await besideFuture()
    for (const overwrite of [false, true, false]) {
      const saved = await save(handlers, doc.handle, overwrite)
      expect(saved).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED' } })
      expect(!saved.ok && saved.error.message).toBe(
        `Your tags were not saved: your tag file ${sidecar} was written by a newer version of Factmark (schema version 99; ` +
          'this version reads up to 4), and this version will not overwrite it. Update Factmark to save them.'
      )
    }
    expect(await handlers.loadSidecar(doc.handle)).toEqual({ ok: false, error: { code: 'READ_FAILED', message: expect.stringContaining(sidecar) } })
    const reopened = opened(await handlers.reloadDocument(doc.handle))
    expect(reopened.recovery?.tags.map((t) => t.id)).toEqual(['t1'])
    expect(await fs.readFile(sidecar, 'utf8')).toBe(bytes)
    expect((await fs.readdir(docsFolder)).sort()).toEqual(['article.txt', 'article.txt.marie-dupont.factmark.json'])
  })

  it('is not carried over to a new name when the annotator renames', async () => {
    const { handlers, doc, sidecar, bytes } = await besideFuture()
    await handlers.setAnnotatorName('Marie Martin')
    expect((await save(handlers, doc.handle)).ok).toBe(true)
    expect(await fs.readFile(sidecar, 'utf8')).toBe(bytes)
    expect((await fs.readdir(docsFolder)).filter((n) => n.endsWith('.factmark.json')).sort()).toEqual([
      'article.txt.marie-dupont.factmark.json',
      'article.txt.marie-martin.factmark.json'
    ])
  })
})
