/**
 * The pieces of `factmark export` and `factmark import` that need no child process: where --out
 * puts each file, --property overrides, the arguments, the settings folders, which tag file is
 * the acting annotator's, and the merge of an import into a tag file (a ParsedImport built by
 * hand, as a format's parse gives it), saved with the app's durable write and read back.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportedAnnotation, ParsedImport } from '../../shared/formats/types'
import { buildSidecar, parseSidecar, type Annotator } from '../../shared/sidecar'
import type { TagFileFound } from '../main/tagFilesBeside'
import { saveSidecar } from '../main/sidecarStore'
import { settingsFolders } from './appAnnotator'
import { outputPaths, propertyOverrides } from './export'
import { mergeImport } from './importInto'
import { parseArgs } from './options'
import { tagFileOf } from './tagFileChoice'

const TEXT = 'Sergueï Choïgou est arrivé à Pyongyang. Moscou salue Pyongyang.'
const NOW = '2026-12-01T10:00:00.000Z'
const ANNA: Annotator = { id: 'a-anna', name: 'Anna Martin' }

function annotation(key: string, exact: string, kind: ImportedAnnotation['kind'] = 'entity'): ImportedAnnotation {
  const start = TEXT.indexOf(exact)
  const author = { annotatorId: 'w3c-author', name: 'Ext Author' }
  return { key, kind, target: { exact, prefix: TEXT.slice(Math.max(0, start - 8), start), suffix: '', position: null }, note: '', createdBy: author, createdAt: NOW, updatedBy: author, updatedAt: NOW }
}

describe('export pieces', () => {
  it('puts --out’s first file at FILE and the others beside it with their extensions', () => {
    expect(outputPaths('/x/out.ann', ['.ann', '.txt'])).toEqual(['/x/out.ann', '/x/out.txt'])
    expect(outputPaths('/x/out', ['.ann', '.txt'])).toEqual(['/x/out', '/x/out.txt'])
    expect(outputPaths('/x/tags.CSV', ['.csv'])).toEqual(['/x/tags.CSV'])
  })

  it('checks --property names and values', () => {
    expect(propertyOverrides(['language=fr', 'url=https://example.org/a=b'])).toEqual({ ok: true, value: { language: 'fr', url: 'https://example.org/a=b' } })
    expect(propertyOverrides(['title=x']).ok).toBe(false)
    expect(propertyOverrides(['language']).ok).toBe(false)
    expect(propertyOverrides(['datePublished=2023-07-26']).ok).toBe(true)
    expect(propertyOverrides(['datePublished=26/07/2023']).ok).toBe(false)
  })

  it('reads options with a value in both spellings, repeatable ones in order', () => {
    const parsed = parseArgs(['a.txt', '--property', 'a=1', '--property=b=2', '--as', 'Anna'], ['--property', '--as'])
    expect(parsed).toEqual({ ok: true, help: false, positionals: ['a.txt'], values: new Map([['--property', ['a=1', 'b=2']], ['--as', ['Anna']]]) })
    expect(parseArgs(['--as'], ['--as'])).toEqual({ ok: false, missingValue: '--as' })
    expect(parseArgs(['--zip'], ['--as'])).toEqual({ ok: false, unknown: '--zip' })
  })

  it('looks for the app’s settings where Electron keeps them, or in FACTMARK_USER_DATA', () => {
    expect(settingsFolders({ FACTMARK_USER_DATA: '/tmp/u' }, 'linux')).toEqual(['/tmp/u'])
    expect(settingsFolders({ XDG_CONFIG_HOME: '/c' }, 'linux')).toEqual(['/c/Factmark', '/c/factmark'])
    expect(settingsFolders({ APPDATA: 'C:\\\\AppData' }, 'win32')[1]).toMatch(/factmark$/)
  })
})

describe('tag file choice', () => {
  const sidecar = (annotator: Annotator) => buildSidecar({ article: { fileName: 'a.txt', sha256: 'a'.repeat(64), textLength: TEXT.length }, annotator, tags: [], editedText: null, now: NOW })
  const found = (annotator: Annotator): TagFileFound => ({ path: `/x/${annotator.name}`, fileName: `a.txt.${annotator.name}.factmark.json`, read: { ok: true, sidecar: sidecar(annotator) } })
  const files = [found(ANNA), found({ id: 'b', name: 'Bob' })]

  it('finds the settings’ annotator by id (renamed since), else by name; says when several or none match', () => {
    expect(tagFileOf(files, 'a.txt', { name: 'Anna M.', settings: { id: 'a-anna', name: 'Anna M.' }, from: 'settings' }).kind).toBe('found')
    expect(tagFileOf(files, 'a.txt', { name: 'Bob', settings: null, from: 'option' })).toMatchObject({ kind: 'found', sidecar: { annotator: { id: 'b' } } })
    expect(tagFileOf(files, 'a.txt', { name: 'Zoé', settings: null, from: 'option' }).kind).toBe('none')
    expect(tagFileOf([...files, found({ id: 'b2', name: 'Bob' })], 'a.txt', { name: 'Bob', settings: null, from: 'option' }).kind).toBe('several')
    const damaged: TagFileFound = { path: '/x/z', fileName: 'a.txt.zoe.factmark.json', read: { ok: false, message: 'damaged' } }
    expect(tagFileOf([damaged], 'a.txt', { name: 'Zoé', settings: null, from: 'option' })).toMatchObject({ kind: 'unusable', message: 'damaged' })
  })
})

describe('merging an import into a tag file', () => {
  const parsed: ParsedImport = { annotations: [annotation('#1', 'Sergueï Choïgou'), annotation('#2', 'Moscou')], warnings: [] }

  it('adds the new tags after the tag file’s own, keeps their authors, and a second import adds nothing; saved durably and read back', async () => {
    const first = mergeImport({ existing: null, annotator: ANNA, fileName: 'a.txt', sha256: 'a'.repeat(64), text: TEXT, format: 'w3c', parsed, now: NOW })
    expect(first.needsWrite).toBe(true)
    expect(first.sidecar.annotator).toEqual(ANNA)
    expect(first.sidecar.tags.map((t) => [t.target.quote.exact, t.createdBy.name])).toEqual([
      ['Sergueï Choïgou', 'Ext Author'],
      ['Moscou', 'Ext Author']
    ])
    const again = mergeImport({ existing: first.sidecar, annotator: ANNA, fileName: 'a.txt', sha256: 'a'.repeat(64), text: TEXT, format: 'w3c', parsed, now: NOW })
    expect(again.needsWrite).toBe(false)
    expect(again.outcome.alreadyThere).toBe(2)
    const more = mergeImport({
      existing: first.sidecar,
      annotator: ANNA,
      fileName: 'a.txt',
      sha256: 'a'.repeat(64),
      text: TEXT,
      format: 'w3c',
      parsed: { annotations: [...parsed.annotations, annotation('#3', 'Pyongyang')], warnings: [] },
      now: NOW
    })
    expect(more.sidecar.tags.map((t) => t.id)).toEqual([...first.sidecar.tags.map((t) => t.id), more.outcome.tags[0].id])

    const folder = mkdtempSync(join(tmpdir(), 'factmark-merge-'))
    try {
      const saved = await saveSidecar(join(folder, 'a.txt'), more.sidecar)
      expect(saved.ok).toBe(true)
      const read = parseSidecar(readFileSync(saved.ok ? saved.value.path : '', 'utf8'))
      expect(read.ok && read.sidecar.tags).toEqual(more.sidecar.tags)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})
