import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { useTempFolder } from '../testing/tempFolder'
import { DocumentRegistry } from './documents'
import { createExchangeHandlers, MAX_IMPORT_BYTES } from './exchange'

const temp = useTempFolder('exchange')
let folder: string

/** Exchange handlers on a real registry with one article open, the dialogs answering from lists. */
async function setup(articleName = 'article.fr.txt') {
  folder = temp.path
  const article = path.join(folder, articleName)
  await fs.writeFile(article, 'Moscou et Pyongyang ont signé un traité.\n')
  const registry = new DocumentRegistry()
  const opened = await registry.open(article, null)
  if (!opened.ok) throw new Error(opened.error.message)
  const saveAnswers: (string | null)[] = []
  const importAnswers: (string | null)[] = []
  const asked: { defaultPath: string; kindName: string; extension: string }[] = []
  const pdfs: string[] = []
  const handlers = createExchangeHandlers({
    registry,
    showSaveDialog: async (args) => {
      asked.push(args)
      return saveAnswers.shift() ?? null
    },
    showImportDialog: async () => importAnswers.shift() ?? null,
    printToPdf: async (html) => {
      pdfs.push(html)
      return Buffer.from('%PDF-1.7 made from the report')
    },
    showPreview: async () => undefined
  })
  return { handlers, handle: opened.value.handle, article, saveAnswers, importAnswers, asked, pdfs }
}

beforeEach(() => {
  folder = temp.path
})

describe('saving an export', () => {
  it('proposes the article’s name with the format’s extension beside it, and writes the file whole', async () => {
    const { handlers, handle, saveAnswers, asked } = await setup()
    const chosen = path.join(folder, 'rapport')
    saveAnswers.push(chosen)
    const saved = await handlers.saveExport({ handle, kindName: 'CSV', files: [{ extension: '.csv', mediaType: 'text/csv', content: '\ufeffid,kind\r\n' }] })
    expect(saved).toEqual({ ok: true, value: { fileNames: ['rapport.csv'] } })
    expect(asked).toEqual([{ defaultPath: path.join(folder, 'article.fr.csv'), kindName: 'CSV', extension: 'csv' }])
    expect(await fs.readFile(`${chosen}.csv`, 'utf8')).toBe('\ufeffid,kind\r\n')
    expect((await fs.readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('writes brat’s two files under one base name, never over the article', async () => {
    const { handlers, handle, saveAnswers, asked, article } = await setup('article.txt')
    const files = [
      { extension: '.ann', mediaType: 'text/plain', content: 'T1\tPlace 0 6\tMoscou\n' },
      { extension: '.txt', mediaType: 'text/plain', content: 'Moscou et Pyongyang ont signé un traité.' }
    ]
    // The suggested name keeps the .txt clear of the article's own name.
    saveAnswers.push(null)
    expect(await handlers.saveExport({ handle, kindName: 'brat', files })).toMatchObject({ ok: false, error: { code: 'CANCELLED' } })
    expect(asked[0].defaultPath).toBe(path.join(folder, 'article.brat.ann'))
    // Chosen over the article's base name, the .txt would replace the article: refused.
    saveAnswers.push(path.join(folder, 'article.ann'))
    const refused = await handlers.saveExport({ handle, kindName: 'brat', files })
    expect(refused).toEqual({
      ok: false,
      error: { code: 'INVALID', message: '“article.txt” is the article or a tag file: an export never writes over it. Choose another name.' }
    })
    expect(await fs.readFile(article, 'utf8')).toBe('Moscou et Pyongyang ont signé un traité.\n')
    await expect(fs.stat(path.join(folder, 'article.ann'))).rejects.toThrow()
    saveAnswers.push(path.join(folder, 'export.ann'))
    expect(await handlers.saveExport({ handle, kindName: 'brat', files })).toEqual({ ok: true, value: { fileNames: ['export.ann', 'export.txt'] } })
    expect(await fs.readFile(path.join(folder, 'export.txt'), 'utf8')).toBe(files[1].content)
  })

  it('refuses to replace a second file that holds something else, and a tag file', async () => {
    const { handlers, handle, saveAnswers } = await setup()
    await fs.writeFile(path.join(folder, 'notes.txt'), 'my own notes')
    saveAnswers.push(path.join(folder, 'notes.ann'))
    const files = [
      { extension: '.ann', mediaType: 'text/plain', content: 'T1\tPlace 0 6\tMoscou\n' },
      { extension: '.txt', mediaType: 'text/plain', content: 'Moscou' }
    ]
    expect(await handlers.saveExport({ handle, kindName: 'brat', files })).toMatchObject({ ok: false, error: { code: 'INVALID', message: expect.stringContaining('“notes.txt” already exists') } })
    expect(await fs.readFile(path.join(folder, 'notes.txt'), 'utf8')).toBe('my own notes')
    saveAnswers.push(path.join(folder, 'article.fr.txt.marie.factmark.json'))
    expect(await handlers.saveExport({ handle, kindName: 'W3C', files: [{ extension: '.json', mediaType: 'application/json', content: '{}' }] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID' }
    })
  })

  it('says why a write failed, naming the file', async () => {
    const { handlers, handle, saveAnswers } = await setup()
    saveAnswers.push(path.join(folder, 'missing-folder', 'out.csv'))
    const failed = await handlers.saveExport({ handle, kindName: 'CSV', files: [{ extension: '.csv', mediaType: 'text/csv', content: 'x' }] })
    expect(failed).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED', message: expect.stringMatching(/^Could not write “out\.csv”: .+\.$/) } })
  })

  it('prints the report to PDF and saves it where the user chooses', async () => {
    const { handlers, handle, saveAnswers, pdfs } = await setup()
    saveAnswers.push(path.join(folder, 'rapport.pdf'))
    expect(await handlers.saveReportPdf(handle, '<!doctype html><h1>Rapport</h1>')).toEqual({ ok: true, value: { fileNames: ['rapport.pdf'] } })
    expect(pdfs).toEqual(['<!doctype html><h1>Rapport</h1>'])
    expect(await fs.readFile(path.join(folder, 'rapport.pdf'), 'utf8')).toBe('%PDF-1.7 made from the report')
  })
})

describe('choosing a file to import', () => {
  it('reads it as UTF-8, with a brat .ann’s .txt beside it', async () => {
    const { handlers, handle, importAnswers } = await setup()
    await fs.writeFile(path.join(folder, 'corpus.ann'), 'T1\tPlace 0 6\tMoscou\n')
    // brat counts a byte-order mark and each CR as characters: the .txt comes exactly as on disk.
    await fs.writeFile(path.join(folder, 'corpus.txt'), '\ufeffMoscou\r\net Pyongyang')
    importAnswers.push(path.join(folder, 'corpus.ann'))
    expect(await handlers.chooseImportFile(handle)).toEqual({
      ok: true,
      value: { fileName: 'corpus.ann', content: 'T1\tPlace 0 6\tMoscou\n', sourceText: '\ufeffMoscou\r\net Pyongyang' }
    })
    await fs.writeFile(path.join(folder, 'export.jsonld'), '{"type": "AnnotationCollection"}')
    importAnswers.push(path.join(folder, 'export.jsonld'))
    expect(await handlers.chooseImportFile(handle)).toMatchObject({ ok: true, value: { fileName: 'export.jsonld', sourceText: null } })
  })

  it('refuses a binary file and a file over the limit with a sentence naming it, and says when the user cancelled', async () => {
    const { handlers, handle, importAnswers } = await setup()
    await fs.writeFile(path.join(folder, 'scan.jsonld'), Buffer.from('%PDF-1.4\n\x00\x01\x02binary'))
    importAnswers.push(path.join(folder, 'scan.jsonld'))
    expect(await handlers.chooseImportFile(handle)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^“scan\.jsonld” cannot be imported\. This file is not text/) } })
    const big = path.join(folder, 'big.json')
    await fs.writeFile(big, '')
    await fs.truncate(big, MAX_IMPORT_BYTES + 10)
    importAnswers.push(big)
    expect(await handlers.chooseImportFile(handle)).toMatchObject({ ok: false, error: { code: 'TOO_LARGE', message: expect.stringContaining('“big.json” cannot be imported. This file is too large') } })
    expect(await handlers.chooseImportFile(handle)).toMatchObject({ ok: false, error: { code: 'CANCELLED' } })
    expect(await handlers.chooseImportFile('no-such-handle')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_HANDLE' } })
  })
})
