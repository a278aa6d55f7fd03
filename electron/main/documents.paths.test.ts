import { createHash } from 'node:crypto'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import type { ErrorCode, OpenedDocument, Result } from '../../shared/ipc'
import { buildSidecar, sidecarFileName, type Annotator } from '../../shared/sidecar'
import { DocumentRegistry } from './documents'
import { saveSidecar } from './sidecarStore'
import { useTempFolder } from '../testing/tempFolder'

const annotator: Annotator = { id: 'a1', name: 'Alice Martin' }

const temp = useTempFolder('document-paths')
let root: string
let docs: string
let registry: DocumentRegistry

beforeEach(async () => {
  root = temp.path
  docs = path.join(root, 'docs')
  await fs.mkdir(docs)
  registry = new DocumentRegistry()
})

function opened(result: Result<OpenedDocument>): OpenedDocument {
  if (!result.ok) throw new Error(`expected the document to open, got ${result.error.code}: ${result.error.message}`)
  return result.value
}

function refused(result: Result<OpenedDocument>): { code: ErrorCode; message: string } {
  if (result.ok) throw new Error(`expected a refusal, but ${result.value.fileName} opened`)
  return result.error
}

/** Saves a sidecar the way the save handler does: for the path the registry keeps for the handle. */
async function saveFor(doc: OpenedDocument): Promise<string> {
  const file = registry.get(doc.handle)
  if (!file) throw new Error('unknown handle')
  const sidecar = buildSidecar({
    article: { fileName: file.fileName, sha256: file.sha256, textLength: doc.text.length },
    annotator,
    tags: [],
    editedText: null,
    now: '2025-03-01T09:00:00.000Z'
  })
  const saved = await saveSidecar(file.path, sidecar)
  if (!saved.ok) throw new Error(saved.error.message)
  return saved.value.path
}

/** A message fit to show: no control characters, and short enough to read. */
function expectReadable(message: string): void {
  expect(message).not.toMatch(/\p{Cc}/u)
  expect(message.length).toBeLessThan(400)
}

describe('DocumentRegistry.open: hostile paths', () => {
  it('resolves a relative path with .. to the real file, and keeps that absolute path', async () => {
    const real = path.join(docs, 'article.txt')
    await fs.writeFile(real, 'Hello')
    await fs.mkdir(path.join(docs, 'sub'))
    const relative = path.relative(process.cwd(), path.join(docs, 'sub', '..', 'article.txt'))
    expect(path.isAbsolute(relative)).toBe(false)
    expect(relative.split(path.sep)).toContain('..')

    const doc = opened(await registry.open(relative, annotator))
    expect(registry.get(doc.handle)?.path).toBe(real)
    expect(doc.folder).toBe(docs)
    expect(doc.fileName).toBe('article.txt')
    expect(await saveFor(doc)).toBe(path.join(docs, 'article.txt.alice-martin.factmark.json'))
  })

  it('resolves an absolute path with .. segments the same way', async () => {
    await fs.writeFile(path.join(docs, 'article.txt'), 'Hello')
    await fs.mkdir(path.join(docs, 'sub'))
    const doc = opened(await registry.open(path.join(docs, 'sub', '..', '..', 'docs', 'article.txt'), null))
    expect(registry.get(doc.handle)?.path).toBe(path.join(docs, 'article.txt'))
  })

  it('refuses a path with a NUL byte with a clear error instead of throwing, naming the file readably', async () => {
    await fs.writeFile(path.join(docs, 'article.txt'), 'Hello')
    for (const bad of [path.join(docs, 'article.txt\0.pdf.txt'), `${path.join(docs, 'article.txt')}\0`, `${docs}\0/../docs/article.txt`]) {
      const error = refused(await registry.open(bad, annotator))
      expect(error.code).toBe('NOT_FOUND')
      expect(error.message).toContain('NUL')
      expectReadable(error.message)
    }
    expect(await fs.readdir(docs)).toEqual(['article.txt'])
  })

  it('refuses a name longer than the file system allows with a clear error', async () => {
    const long = path.join(docs, `${'x'.repeat(10_000)}.txt`)
    const error = refused(await registry.open(long, annotator))
    expect(error.code).toBe('NOT_FOUND')
    expect(error.message).toContain('too long')
    expectReadable(error.message)
  })

  it('resolves a path of thousands of characters that leads to a real file, and refuses one through missing folders', async () => {
    await fs.writeFile(path.join(docs, 'article.txt'), 'Hello')
    // path.join would drop the `.` segments; the system gets them all.
    const dotted = `${docs}${path.sep}${`.${path.sep}`.repeat(2_100)}article.txt`
    expect(dotted.length).toBeGreaterThan(4_096)
    expect(registry.get(opened(await registry.open(dotted, null)).handle)?.path).toBe(path.join(docs, 'article.txt'))

    const deep = path.join(docs, ...Array.from({ length: 500 }, () => 'abcdefghij'), 'article.txt')
    const error = refused(await registry.open(deep, annotator))
    expect(error.code).toBe('NOT_FOUND')
    expectReadable(error.message)
  })

  it('opens the real file behind a symlink that leads out of the folder, and saves the sidecar beside the real file', async () => {
    const outside = path.join(root, 'outside')
    await fs.mkdir(outside)
    const real = path.join(outside, 'real.txt')
    await fs.writeFile(real, 'The real article.')
    const link = path.join(docs, 'link.txt')
    await fs.symlink(real, link)

    const doc = opened(await registry.open(link, annotator))
    expect(doc).toMatchObject({ fileName: 'real.txt', folder: outside, text: 'The real article.' })
    expect(doc.sha256).toBe(createHash('sha256').update('The real article.').digest('hex'))
    const written = await saveFor(doc)
    expect(written).toBe(path.join(outside, 'real.txt.alice-martin.factmark.json'))
    expect((await fs.readdir(outside)).sort()).toEqual(['real.txt', 'real.txt.alice-martin.factmark.json'])
    expect(await fs.readdir(docs)).toEqual(['link.txt'])
    // Opened again through the link, the sidecar beside the real file is the one found.
    expect(opened(await registry.open(link, annotator)).sidecar).not.toBeNull()
  })

  it('follows a symlinked folder to the real one', async () => {
    const outside = path.join(root, 'outside')
    await fs.mkdir(outside)
    await fs.writeFile(path.join(outside, 'article.md'), '# Title')
    await fs.symlink(outside, path.join(docs, 'linked-folder'))

    const doc = opened(await registry.open(path.join(docs, 'linked-folder', 'article.md'), annotator))
    expect(doc.folder).toBe(outside)
    expect(path.dirname(await saveFor(doc))).toBe(outside)
    expect((await fs.readdir(docs)).sort()).toEqual(['linked-folder'])
  })

  it('refuses a symlink loop with a clear error', async () => {
    await fs.symlink(path.join(docs, 'b.txt'), path.join(docs, 'a.txt'))
    await fs.symlink(path.join(docs, 'a.txt'), path.join(docs, 'b.txt'))
    await fs.symlink(path.join(docs, 'self.txt'), path.join(docs, 'self.txt'))
    for (const name of ['a.txt', 'self.txt']) {
      const error = refused(await registry.open(path.join(docs, name), annotator))
      expect(error.code).toBe('NOT_FOUND')
      expect(error.message).toContain(`“${name}”`)
      expect(error.message).toContain('loop')
    }
  })

  it('refuses a folder named like an article, with or without a trailing slash, and writes nothing', async () => {
    await fs.mkdir(path.join(docs, 'x.txt'))
    for (const p of [path.join(docs, 'x.txt'), `${path.join(docs, 'x.txt')}/`]) {
      const error = refused(await registry.open(p, annotator))
      expect(error.code).toBe('NOT_A_FILE')
      expect(error.message).toContain('“x.txt”')
    }
    expect(await fs.readdir(docs)).toEqual(['x.txt'])
    expect(await fs.readdir(path.join(docs, 'x.txt'))).toEqual([])
  })

  it('refuses a file used as a folder (a trailing slash, or a path through it) with a clear error', async () => {
    await fs.writeFile(path.join(docs, 'article.txt'), 'Hello')
    for (const p of [`${path.join(docs, 'article.txt')}/`, path.join(docs, 'article.txt', 'inner.txt')]) {
      const error = refused(await registry.open(p, annotator))
      expect(error.code).toBe('NOT_FOUND')
      expect(error.message).toContain('not a folder')
    }
  })

  it('opens an article whose name is near the 255-byte limit and saves its sidecar beside it', async () => {
    const name = `${'é'.repeat(120)}${'a'.repeat(10)}.txt`
    expect(Buffer.byteLength(name)).toBe(254)
    await fs.writeFile(path.join(docs, name), 'Hello')
    const doc = opened(await registry.open(path.join(docs, name), annotator))
    expect(doc.fileName).toBe(name)
    const written = await saveFor(doc)
    expect(written).toBe(path.join(docs, sidecarFileName(name, annotator)))
    expect((await fs.readdir(docs)).sort()).toEqual([name, sidecarFileName(name, annotator)].sort())
    expect(opened(await registry.open(path.join(docs, name), annotator)).sidecar).not.toBeNull()
  })

  it('opens articles named like Windows devices and with odd characters, keeping the sidecar beside them', async () => {
    for (const name of ['con.txt', 'NUL.md', ' lead and trail .txt', 'tab\there.txt', 'new\nline.txt', '😀.txt']) {
      await fs.writeFile(path.join(docs, name), 'Hello')
      const doc = opened(await registry.open(path.join(docs, name), annotator))
      expect(path.dirname(await saveFor(doc))).toBe(docs)
    }
  })

  it('shows a very long or control-character name shortened and readable in its messages', async () => {
    const name = `${'y'.repeat(200)}\u0007.pdf`
    await fs.writeFile(path.join(docs, name), 'x')
    const error = refused(await registry.open(path.join(docs, name), null))
    expect(error.code).toBe('UNSUPPORTED_TYPE')
    expectReadable(error.message)
    expect(error.message).toContain('yyyy')
  })
})
