import { createHash } from 'node:crypto'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_ARTICLE_BYTES } from '../../shared/article/decodeText'
import type { ErrorCode, OpenedDocument, Result } from '../../shared/ipc'
import { buildSidecar, type Annotator } from '../../shared/sidecar'
import { createTag } from '../../shared/model/tag'
import { DocumentRegistry, OPENABLE_EXTENSIONS } from './documents'
import { saveSidecar } from './sidecarStore'

const annotator: Annotator = { id: 'a1', name: 'Alice Martin' }

let dir: string
let registry: DocumentRegistry

beforeEach(async () => {
  // realpath: the registry keeps real paths, and the temp folder may itself sit behind a symlink.
  dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'factmark-documents-')))
  registry = new DocumentRegistry()
})

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name)
  await fs.mkdir(path.dirname(file), { recursive: true })
  await fs.writeFile(file, content)
  return file
}

const sha256Of = async (file: string) => createHash('sha256').update(await fs.readFile(file)).digest('hex')

function opened(result: Result<OpenedDocument>): OpenedDocument {
  if (!result.ok) throw new Error(`expected the document to open, got ${result.error.code}: ${result.error.message}`)
  return result.value
}

function refused(result: Result<OpenedDocument>): { code: ErrorCode; message: string } {
  if (result.ok) throw new Error(`expected a refusal, but ${result.value.fileName} opened`)
  return result.error
}

describe('DocumentRegistry.open', () => {
  it('opens a .txt article: format, text, sha256 of the bytes, folder, and a handle that finds the file', async () => {
    const file = await write('article.txt', 'Le président a déclaré.\nDeuxième ligne.\n')
    const doc = opened(await registry.open(file, null))

    expect(doc).toMatchObject({
      fileName: 'article.txt',
      folder: dir,
      format: 'txt',
      text: 'Le président a déclaré.\nDeuxième ligne.\n',
      sha256: await sha256Of(file),
      sidecar: null,
      sidecarNotice: null,
      isSample: false
    })
    const info = await fs.stat(file)
    expect(registry.get(doc.handle)).toEqual({
      handle: doc.handle,
      path: file,
      fileName: 'article.txt',
      sha256: doc.sha256,
      size: info.size,
      mtimeMs: info.mtimeMs,
      isSample: false
    })
  })

  it('detects Markdown and HTML by extension, whatever its case', async () => {
    const md = await write('notes.md', '# Title\n\nBody')
    const markdown = await write('long.markdown', '*x*')
    const html = await write('page.html', '<p>Hello</p>')
    const htm = await write('PAGE.HTM', '<p>Hi</p>')
    const text = await write('old.TEXT', 'plain')

    expect(opened(await registry.open(md, null))).toMatchObject({ format: 'md', text: '# Title\n\nBody' })
    expect(opened(await registry.open(markdown, null)).format).toBe('md')
    expect(opened(await registry.open(html, null))).toMatchObject({ format: 'html', text: '<p>Hello</p>' })
    expect(opened(await registry.open(htm, null)).format).toBe('html')
    expect(opened(await registry.open(text, null)).format).toBe('txt')
  })

  it('offers exactly the extensions it can open in the Open dialog', () => {
    expect([...OPENABLE_EXTENSIONS].sort()).toEqual(['htm', 'html', 'markdown', 'md', 'text', 'txt'])
  })

  it('turns CRLF and lone CR into LF and removes a UTF-8 BOM, but hashes the bytes as they are on disk', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('one\r\ntwo\rthree\n', 'utf8')])
    const file = await write('windows.txt', bytes)
    const doc = opened(await registry.open(file, null))

    expect(doc.text).toBe('one\ntwo\nthree\n')
    expect(doc.text.charCodeAt(0)).not.toBe(0xfeff)
    expect(doc.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect(doc.sha256).toBe(await sha256Of(file))
  })

  it('gives every opening its own handle', async () => {
    const file = await write('article.txt', 'text')
    const first = opened(await registry.open(file, null))
    const second = opened(await registry.open(file, null))
    expect(first.handle).not.toBe(second.handle)
    expect(registry.get(first.handle)?.path).toBe(file)
    expect(registry.get(second.handle)?.path).toBe(file)
  })

  it('knows no file for a handle it never gave out', async () => {
    const file = await write('article.txt', 'text')
    opened(await registry.open(file, null))
    expect(registry.get('made-up-handle')).toBeUndefined()
    expect(registry.get('')).toBeUndefined()
  })

  it('refuses an unsupported extension such as .pdf, naming the file and the types it can open', async () => {
    const file = await write('report.pdf', '%PDF-1.7 fake')
    const error = refused(await registry.open(file, null))
    expect(error.code).toBe('UNSUPPORTED_TYPE')
    expect(error.message).toContain('“report.pdf”')
    expect(error.message).toMatch(/\.txt.*\.md.*\.html/)
  })

  it('refuses a file without an extension as unsupported', async () => {
    const file = await write('README', 'text')
    expect(refused(await registry.open(file, null)).code).toBe('UNSUPPORTED_TYPE')
  })

  it('refuses a folder', async () => {
    const folder = path.join(dir, 'notes.txt')
    await fs.mkdir(folder)
    const error = refused(await registry.open(folder, null))
    expect(error.code).toBe('NOT_A_FILE')
    expect(error.message).toContain('“notes.txt”')
  })

  it('refuses a missing file, saying it may have been moved or deleted', async () => {
    const error = refused(await registry.open(path.join(dir, 'gone.txt'), null))
    expect(error).toEqual({ code: 'NOT_FOUND', message: '“gone.txt” was not found. It may have been moved or deleted.' })
  })

  it('refuses a symlink whose target is gone as not found', async () => {
    const link = path.join(dir, 'dangling.txt')
    await fs.symlink(path.join(dir, 'nowhere.txt'), link)
    const error = refused(await registry.open(link, null))
    expect(error.code).toBe('NOT_FOUND')
    expect(error.message).toContain('“dangling.txt”')
  })

  it('refuses an empty file and a file of blank space', async () => {
    const empty = refused(await registry.open(await write('empty.txt', ''), null))
    expect(empty.code).toBe('EMPTY')
    expect(empty.message).toContain('“empty.txt”')
    expect(empty.message).toContain('empty')

    const blank = refused(await registry.open(await write('blank.md', ' \n\t\r\n'), null))
    expect(blank.code).toBe('EMPTY')
    expect(blank.message).toContain('“blank.md”')
  })

  it('refuses a binary file, saying what it looks like', async () => {
    const pdfBytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe])])
    const pdf = refused(await registry.open(await write('disguised.txt', pdfBytes), null))
    expect(pdf.code).toBe('BINARY')
    expect(pdf.message).toContain('“disguised.txt”')
    expect(pdf.message).toContain('PDF')

    const nul = refused(await registry.open(await write('data.txt', Buffer.from('abc\0def\0ghi')), null))
    expect(nul.code).toBe('BINARY')
    expect(nul.message).toContain('“data.txt”')
  })

  it('refuses Latin-1 bytes as not UTF-8 and tells the user how to fix the file', async () => {
    // "Café au lait" with é as the single Latin-1 byte 0xE9.
    const file = await write('latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x61, 0x75, 0x20, 0x6c, 0x61, 0x69, 0x74]))
    const error = refused(await registry.open(file, null))
    expect(error.code).toBe('NOT_UTF8')
    expect(error.message).toContain('“latin1.txt”')
    expect(error.message).toContain('byte offset 3')
    expect(error.message).toContain('UTF-8')
  })

  it('refuses a file over 20 MiB from its size alone, without reading it', async () => {
    // Sparse: 64 MiB on paper, nothing on disk. Reading is capped at 20 MiB + 1 byte, so only a
    // refusal made from the file's size can report its real size.
    const file = path.join(dir, 'huge.txt')
    await fs.writeFile(file, '')
    await fs.truncate(file, 64 * 1024 * 1024)
    const error = refused(await registry.open(file, null))
    expect(error.code).toBe('TOO_LARGE')
    expect(error.message).toContain('“huge.txt”')
    expect(error.message).toContain('64.0 MB')
    expect(error.message).toContain('the limit is 20 MB')
  })

  it('refuses a sparse file just over the limit', async () => {
    const file = path.join(dir, 'big.md')
    await fs.writeFile(file, '')
    await fs.truncate(file, MAX_ARTICLE_BYTES + 1)
    const error = refused(await registry.open(file, null))
    expect(error.code).toBe('TOO_LARGE')
    expect(error.message).toContain('“big.md”')
  })

  it('never shows a too-large size as equal to the limit', async () => {
    const file = path.join(dir, 'big.txt')
    await fs.writeFile(file, '')
    await fs.truncate(file, MAX_ARTICLE_BYTES + 1)
    const error = refused(await registry.open(file, null))
    expect(error.message).not.toMatch(/\(20(\.0)? MB; the limit is 20 MB\)/)
  })

  it('opens an article through a symlink, remembering the real path', async () => {
    const real = await write(path.join('archive', 'real.txt'), 'The real article.')
    const link = path.join(dir, 'link.txt')
    await fs.symlink(real, link)

    const doc = opened(await registry.open(link, null))
    expect(doc.text).toBe('The real article.')
    expect(doc.folder).toBe(path.join(dir, 'archive'))
    expect(doc.sha256).toBe(await sha256Of(real))
    expect(registry.get(doc.handle)?.path).toBe(real)
  })

  it('loads the annotator’s sidecar beside the article when an annotator is given', async () => {
    const file = await write('article.txt', 'Hello world')
    const tag = createTag({
      id: 't1',
      kind: 'claim',
      target: { position: { start: 0, end: 5 }, quote: { exact: 'Hello', prefix: '', suffix: ' world' } },
      author: { annotatorId: annotator.id, name: annotator.name },
      now: '2025-03-01T09:00:00.000Z'
    })
    const sidecar = buildSidecar({
      article: { fileName: 'article.txt', sha256: await sha256Of(file), textLength: 11 },
      annotator,
      tags: [tag],
      editedText: null,
      now: '2025-03-01T09:00:00.000Z'
    })
    const saved = await saveSidecar(file, sidecar)
    expect(saved).toEqual({ ok: true, value: { path: path.join(dir, 'article.txt.alice-martin.factmark.json') } })

    const withAnnotator = opened(await registry.open(file, annotator))
    expect(withAnnotator.sidecar).toEqual(sidecar)
    expect(withAnnotator.sidecarNotice).toBeNull()

    // Without an annotator the sidecar is not looked at.
    expect(opened(await registry.open(file, null)).sidecar).toBeNull()
    // Another annotator has their own (not yet existing) sidecar.
    expect(opened(await registry.open(file, { id: 'b2', name: 'Bruno' })).sidecar).toBeNull()
  })

  it('opens the article with a notice when the sidecar beside it is damaged, and keeps the damaged file', async () => {
    const file = await write('article.txt', 'Hello world')
    await write('article.txt.alice-martin.factmark.json', '{ not json')
    const doc = opened(await registry.open(file, annotator))
    expect(doc.sidecar).toBeNull()
    expect(doc.sidecarNotice).toContain('damaged')
    const names = await fs.readdir(dir)
    expect(names.some((name) => name.startsWith('article.txt.alice-martin.factmark.json.corrupt-'))).toBe(true)
  })

  it('marks the sample as such', async () => {
    const file = await write('sample.txt', 'Sample')
    const doc = opened(await registry.open(file, null, { isSample: true }))
    expect(doc.isSample).toBe(true)
    expect(registry.get(doc.handle)?.isSample).toBe(true)
  })
})
