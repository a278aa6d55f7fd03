import { emptyDocumentProperties } from './model/documentProperties'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeRange } from './anchoring/anchor'
import {
  annotatorSlug,
  buildSidecar,
  MAX_EDITED_DOC_DEPTH,
  MAX_SIDECAR_NAME_BYTES,
  parseSidecar,
  SIDECAR_SCHEMA_VERSION,
  SIDECAR_SUFFIX,
  sidecarFileName,
  validateSidecar,
  type Annotator
} from './sidecar'
import { createTag, emptyClaimFields, emptyEntityFields, emptySourceFields } from './model/tag'

const bytes = (text: string) => Buffer.byteLength(text, 'utf8')
const annotator = (name: string): Annotator => ({ id: 'a1', name })

/** Windows refuses these as a whole name and before the first dot (`nul.txt` is NUL too). */
const isWindowsDeviceName = (name: string) => /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i.test(name.split('.')[0].trimEnd())

const HOSTILE_NAMES = [
  '../../etc/passwd',
  '..',
  '.',
  '...',
  '/',
  '//..//',
  '\\\\server\\share',
  'C:\\x',
  'C:',
  'con',
  'CON',
  'PRN',
  'aux',
  'NUL',
  'COM1',
  'com9',
  'LPT9',
  'lpt1',
  'nul.txt',
  'Con.',
  'AUX ',
  'COM¹',
  'a\0b',
  '\0',
  'x'.repeat(10_000),
  'é'.repeat(10_000),
  '😀😀😀',
  '👩‍👩‍👧',
  'name. . .',
  'name   ',
  ' . ',
  '-',
  '\t\n\r',
  'Ωμέγα',
  'Jean-Baptiste Poquelin'
]

describe('annotatorSlug', () => {
  it.each(HOSTILE_NAMES)('turns %j into 1 to 40 of [a-z0-9-], never a device name, never a dot or slash', (name) => {
    const slug = annotatorSlug(name)
    expect(slug).toMatch(/^[a-z0-9-]{1,40}$/)
    expect(isWindowsDeviceName(slug)).toBe(false)
    expect(slug).not.toMatch(/^-|-$/)
  })

  it('keeps the names it always gave, so existing sidecars are still found', () => {
    expect(annotatorSlug('Alice Martin')).toBe('alice-martin')
    expect(annotatorSlug('Marie Dupont')).toBe('marie-dupont')
    expect(annotatorSlug('Éloïse Ça')).toBe('eloise-ca')
    expect(annotatorSlug('../../etc/passwd')).toBe('etc-passwd')
    expect(annotatorSlug('C:\\x')).toBe('c-x')
    expect(annotatorSlug('a\0b')).toBe('a-b')
    expect(annotatorSlug('nul.txt')).toBe('nul-txt')
    expect(annotatorSlug('x'.repeat(10_000))).toBe('x'.repeat(40))
  })

  it('falls back to "annotator" when nothing of the name is left: dots, slashes, emoji, NUL', () => {
    for (const name of ['..', '/', '//..//', '😀😀😀', '👩‍👩‍👧', '\0', ' . ', '-']) expect(annotatorSlug(name)).toBe('annotator')
  })

  it('suffixes a Windows device name, whatever its case', () => {
    expect(annotatorSlug('con')).toBe('con-annotator')
    expect(annotatorSlug('PRN')).toBe('prn-annotator')
    expect(annotatorSlug('Aux')).toBe('aux-annotator')
    expect(annotatorSlug('NUL')).toBe('nul-annotator')
    expect(annotatorSlug('COM1')).toBe('com1-annotator')
    expect(annotatorSlug('LPT9')).toBe('lpt9-annotator')
    // Trailing dots and spaces, which Windows strips, are gone before the check.
    expect(annotatorSlug('Con. ')).toBe('con-annotator')
    expect(annotatorSlug('COM¹')).toBe('com1-annotator')
  })
})

describe('sidecarFileName', () => {
  const ARTICLE_NAMES = [
    'article.txt',
    'con.txt',
    'a'.repeat(250) + '.txt',
    'é'.repeat(125) + '.md',
    '😀'.repeat(62) + '.html',
    'x'.repeat(100) + '.txt',
    'name with spaces .txt',
    'back\\slash.txt'
  ]

  it('keeps the usual name unchanged', () => {
    expect(sidecarFileName('article.txt', annotator('Alice Martin'))).toBe('article.txt.alice-martin.factmark.json')
    expect(sidecarFileName('russie-coree-du-nord.fr.txt', annotator('Marie Dupont'))).toBe(
      'russie-coree-du-nord.fr.txt.marie-dupont.factmark.json'
    )
  })

  it.each(ARTICLE_NAMES)('gives %j, with any annotator name, one path segment inside the article’s folder, at most 200 bytes', (article) => {
    const folder = path.join(path.sep, 'docs', 'folder')
    for (const name of HOSTILE_NAMES) {
      const file = sidecarFileName(article, annotator(name))
      expect(file.includes('/')).toBe(false)
      expect(file.includes('\0')).toBe(false)
      expect(path.dirname(path.join(folder, file))).toBe(folder)
      expect(path.basename(path.join(folder, file))).toBe(file)
      expect(bytes(file)).toBeLessThanOrEqual(MAX_SIDECAR_NAME_BYTES)
      expect(file.endsWith(SIDECAR_SUFFIX)).toBe(true)
      // No trailing dot or space (Windows drops them), and the slug part is no device name.
      expect(file).not.toMatch(/[. ]$/)
      expect(isWindowsDeviceName(file.slice(0, -SIDECAR_SUFFIX.length).split('.').at(-1) ?? '')).toBe(false)
    }
  })

  it('shortens a name that would be too long with a hash of the article name, cut between characters', () => {
    const long = 'a'.repeat(250) + '.txt'
    const file = sidecarFileName(long, annotator('Alice Martin'))
    expect(file).toMatch(/^a+~[0-9a-f]{16}\.alice-martin\.factmark\.json$/)
    expect(bytes(file)).toBe(MAX_SIDECAR_NAME_BYTES)

    const emoji = '😀'.repeat(62) + '.html'
    const emojiFile = sidecarFileName(emoji, annotator('Alice Martin'))
    expect(emojiFile).toMatch(/^(😀)+~[0-9a-f]{16}\.alice-martin\.factmark\.json$/u)
    expect(emojiFile).not.toContain('\uFFFD')
    expect(bytes(emojiFile)).toBeLessThanOrEqual(MAX_SIDECAR_NAME_BYTES)
  })

  it('keeps articles that share a long beginning apart, and gives the same name every time', () => {
    const stem = 'b'.repeat(240)
    const one = sidecarFileName(`${stem}1.txt`, annotator('Alice Martin'))
    const two = sidecarFileName(`${stem}2.txt`, annotator('Alice Martin'))
    expect(one).not.toBe(two)
    expect(sidecarFileName(`${stem}1.txt`, annotator('Alice Martin'))).toBe(one)
    // Another annotator of the same long article has their own file.
    expect(sidecarFileName(`${stem}1.txt`, annotator('Bruno'))).not.toBe(one)
  })

  it('does not shorten a name that just fits', () => {
    const tail = '.alice-martin.factmark.json'
    const fits = 'c'.repeat(MAX_SIDECAR_NAME_BYTES - tail.length - 4) + '.txt'
    expect(sidecarFileName(fits, annotator('Alice Martin'))).toBe(`${fits}${tail}`)
    expect(sidecarFileName(`c${fits}`, annotator('Alice Martin'))).toMatch(/~[0-9a-f]{16}\.alice-martin\.factmark\.json$/)
  })

  it('refuses, as a programming error, an article name that is not one path segment', () => {
    for (const bad of ['', '.', '..', 'a/b.txt', '../x.txt', '/etc/passwd', 'a\0.txt']) {
      expect(() => sidecarFileName(bad, annotator('Alice'))).toThrow(RangeError)
    }
  })
})

describe('parseSidecar on damaged files (found by fuzzing, shared/testing/fuzz/fixtures/sidecar-*)', () => {
  const text = 'Moscou a renforcé ses liens avec son allié.'
  const now = '2023-07-27T10:00:00.000Z'
  const tag = createTag({ id: 't1', kind: 'claim', target: describeRange(text, 0, 6), author: { annotatorId: 'a1', name: 'Alice' }, now })
  const sidecar = (doc: Record<string, unknown>) =>
    buildSidecar({
      article: { fileName: 'a.txt', sha256: 'a'.repeat(64), textLength: text.length },
      annotator: annotator('Alice'),
      tags: [tag],
      editedText: { baseSha256: 'b'.repeat(64), doc },
      now
    })
  /** Sidecar JSON whose corrected document holds `depth` nested arrays, written as text. */
  const nestedJson = (depth: number) =>
    JSON.stringify(sidecar({ type: 'doc', content: 'DEEP' })).replace('"DEEP"', `${'['.repeat(depth)}"x"${']'.repeat(depth)}`)

  it('refuses a corrected document nested too deep to be written back, and keeps one that can be', () => {
    const deep = parseSidecar(nestedJson(20_000))
    expect(deep).toEqual({
      ok: false,
      error: { code: 'SIDECAR_INVALID', message: `editedText.doc: nested more than ${MAX_EDITED_DOC_DEPTH} levels deep` }
    })
    const fine = parseSidecar(nestedJson(MAX_EDITED_DOC_DEPTH - 2))
    expect(fine.ok).toBe(true)
    if (fine.ok) expect(parseSidecar(JSON.stringify(fine.sidecar))).toEqual(fine)
  })

  it('writes control, bidi and lone surrogate characters of the file as \\u escapes in its reasons', () => {
    const notJson = parseSidecar('{"a":\u0001\n\u202e\ud800}')
    expect(notJson.ok).toBe(false)
    if (!notJson.ok) {
      expect(notJson.error.message).toMatch(/^not valid JSON \(.*\\u0001/)
      expect(notJson.error.message).not.toMatch(/\p{Cc}|\u202e|\ud800/u)
    }
    const twice = { ...sidecar({ type: 'doc' }), tags: [{ ...tag, id: 'x\u202e\n' }, { ...tag, id: 'x\u202e\n' }] }
    expect(parseSidecar(JSON.stringify(twice))).toEqual({
      ok: false,
      error: { code: 'SIDECAR_INVALID', message: 'tags: duplicate tag id x\\u202e\\u000a' }
    })
  })
})

describe('parseSidecar and a byte-order mark', () => {
  it('reads a sidecar saved with a UTF-8 BOM', () => {
    const sidecar = buildSidecar({
      article: { fileName: 'a.txt', sha256: '0'.repeat(64), textLength: 5 },
      annotator: { id: 'a', name: 'Marie' },
      tags: [],
      editedText: null,
      now: '2026-11-26T10:00:00.000Z'
    })
    expect(parseSidecar(`\uFEFF${JSON.stringify(sidecar)}`)).toEqual({ ok: true, sidecar })
  })
})

describe('migration of version-1 tag files (shared/model/fixtures, written by the app at version 1)', () => {
  const fixtures = path.join(__dirname, 'model/fixtures')
  const readFixture = (name: string) => readFileSync(path.join(fixtures, name), 'utf8')
  type V1Tag = Record<string, unknown> & { createdBy: string; updatedBy: string }
  type V1File = Record<string, unknown> & { schemaVersion: number; annotator: Annotator; tags: V1Tag[] }

  /** A version-1 or 2 tag as version 3 reads it: every field version 3 added at its default. */
  const withVersion3Defaults = (tag: Record<string, unknown>) => {
    const kind = tag.kind as 'claim' | 'source' | 'entity'
    const empty = { claim: emptyClaimFields(), source: emptySourceFields(), entity: emptyEntityFields() }[kind]
    return { ...tag, changed: null, [kind]: { ...empty, ...(tag[kind] as Record<string, unknown>) } }
  }

  it.each(['v1-tagged.factmark.json', 'v1-edited-renamed.factmark.json'])(
    'reads %s as the current version: authors by the file’s annotator id with the name they had, new fields empty, everything else as it was',
    (name) => {
      const text = readFixture(name)
      const v1 = JSON.parse(text) as V1File
      expect(v1.schemaVersion).toBe(1)
      const result = parseSidecar(text)
      if (!result.ok) throw new Error(result.error.message)
      const { sidecar } = result
      expect(sidecar.schemaVersion).toBe(SIDECAR_SCHEMA_VERSION)
      expect(SIDECAR_SCHEMA_VERSION).toBe(4)
      const { schemaVersion: _v1, tags: v1Tags, ...v1Rest } = v1
      const { schemaVersion: _v3, tags, ...rest } = sidecar
      expect(rest).toEqual({ ...v1Rest, outsideSources: [], versions: [], properties: emptyDocumentProperties() })
      expect(tags).toEqual(
        v1Tags.map((tag) =>
          withVersion3Defaults({
            ...tag,
            createdBy: { annotatorId: v1.annotator.id, name: tag.createdBy },
            updatedBy: { annotatorId: v1.annotator.id, name: tag.updatedBy }
          })
        )
      )
      // Written back, it stays the current version and reads the same.
      expect(parseSidecar(JSON.stringify(sidecar))).toEqual(result)
    }
  )

  it('reads a version-2 file as the current version with the new fields empty, and refuses an id used by a tag and an outside source', () => {
    const v1 = JSON.parse(readFixture('v1-tagged.factmark.json')) as V1File
    const v2Tags = v1.tags.map((tag) => ({
      ...tag,
      createdBy: { annotatorId: v1.annotator.id, name: tag.createdBy },
      updatedBy: { annotatorId: v1.annotator.id, name: tag.updatedBy }
    }))
    const v2 = { ...v1, schemaVersion: 2, tags: v2Tags }
    const result = parseSidecar(JSON.stringify(v2))
    if (!result.ok) throw new Error(result.error.message)
    expect(result.sidecar).toEqual({
      ...v2,
      schemaVersion: 4,
      tags: v2Tags.map(withVersion3Defaults),
      outsideSources: [],
      versions: [],
      properties: emptyDocumentProperties()
    })
    // Version 3 → 4 adds only the document properties, empty.
    const v3 = { ...result.sidecar, schemaVersion: 3 } as Record<string, unknown>
    delete v3.properties
    expect(parseSidecar(JSON.stringify(v3))).toEqual(result)
    const outside = {
      id: v1.tags[0].id as string,
      title: 'Rapport annuel',
      note: '',
      createdBy: v2Tags[0].createdBy,
      createdAt: v1.tags[0].createdAt as string,
      updatedBy: v2Tags[0].updatedBy,
      updatedAt: v1.tags[0].updatedAt as string,
      source: emptySourceFields()
    }
    expect(parseSidecar(JSON.stringify({ ...result.sidecar, outsideSources: [outside] }))).toMatchObject({
      ok: false,
      error: { code: 'SIDECAR_INVALID', message: expect.stringContaining('duplicate tag id') }
    })
  })

  it('keeps a renamed annotator’s older name on the tags made under it, with her id', () => {
    const result = parseSidecar(readFixture('v1-edited-renamed.factmark.json'))
    if (!result.ok) throw new Error(result.error.message)
    const { annotator, tags, editedText } = result.sidecar
    expect(annotator.name).toBe('Marie Martin')
    expect(editedText).not.toBeNull()
    const claim = tags.find((tag) => tag.kind === 'claim')
    expect(claim?.createdBy).toEqual({ annotatorId: annotator.id, name: 'Marie Dupont' })
    expect(claim?.updatedBy).toEqual({ annotatorId: annotator.id, name: 'Marie Martin' })
    expect(new Set(tags.map((tag) => tag.createdBy.annotatorId))).toEqual(new Set([annotator.id]))
  })

  it('does not modify the data it migrates', () => {
    const data: unknown = JSON.parse(readFixture('v1-tagged.factmark.json'))
    const copy = structuredClone(data)
    expect(validateSidecar(data).ok).toBe(true)
    expect(data).toEqual(copy)
  })

  it('refuses a damaged version-1 file with the reason, and a version-2 file with a version-1 author', () => {
    const v1 = JSON.parse(readFixture('v1-tagged.factmark.json')) as V1File
    const refusal = (reason: RegExp) => ({ ok: false, error: { code: 'SIDECAR_INVALID', message: expect.stringMatching(reason) } })
    const badAuthor = { ...v1, tags: [{ ...v1.tags[0], createdBy: 42 }] }
    expect(parseSidecar(JSON.stringify(badAuthor))).toMatchObject(refusal(/^tags\.0\.createdBy: /))
    const noAnnotator = { ...v1, annotator: undefined }
    expect(parseSidecar(JSON.stringify(noAnnotator))).toMatchObject(refusal(/^annotator: /))
    const notMigrated = { ...v1, schemaVersion: 2 }
    expect(parseSidecar(JSON.stringify(notMigrated))).toMatchObject(refusal(/^tags\.0\.createdBy: /))
  })

  it('refuses a file of a newer version, saying which versions it reads', () => {
    const v1 = JSON.parse(readFixture('v1-tagged.factmark.json')) as V1File
    expect(parseSidecar(JSON.stringify({ ...v1, schemaVersion: 99 }))).toEqual({
      ok: false,
      error: { code: 'SIDECAR_TOO_NEW', message: 'written by a newer version of Factmark (schema version 99; this version reads up to 4)' }
    })
  })
})
