import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { buildSidecar, sidecarFileName } from '../../shared/sidecar'
import { isTagFileOf, readTagFilesBeside } from './tagFilesBeside'

const NOW = '2026-11-26T10:00:00.000Z'
let folder = ''
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true })
  folder = ''
})

describe('isTagFileOf', () => {
  it('accepts the names sidecarFileName gives this article, shortened ones included', () => {
    expect(isTagFileOf('a.txt.anna-martin.factmark.json', 'a.txt')).toBe(true)
    expect(isTagFileOf(sidecarFileName('a.txt', { id: 'x', name: 'con' }), 'a.txt')).toBe(true)
    const long = `${'très long titre '.repeat(20)}.txt`
    const name = sidecarFileName(long, { id: 'x', name: 'Zoé' })
    expect(name).toContain('~')
    expect(isTagFileOf(name, long)).toBe(true)
  })

  it('refuses other articles’ files and other files', () => {
    expect(isTagFileOf('a.txt.anna.factmark.json', 'b.txt')).toBe(false)
    expect(isTagFileOf('aa.txt.anna.factmark.json', 'a.txt')).toBe(false)
    expect(isTagFileOf('a.txt.x.anna.factmark.json', 'a.txt')).toBe(false)
    expect(isTagFileOf('a.txt.Anna.factmark.json', 'a.txt')).toBe(false)
    expect(isTagFileOf('a.txt.anna.json', 'a.txt')).toBe(false)
    expect(isTagFileOf('a.txt', 'a.txt')).toBe(false)
  })
})

describe('readTagFilesBeside', () => {
  it('reads every tag file of the article in name order, reports a damaged one, and changes nothing', async () => {
    folder = mkdtempSync(join(tmpdir(), 'factmark-beside-'))
    writeFileSync(join(folder, 'a.txt'), 'Un texte.')
    const sidecar = buildSidecar({
      article: { fileName: 'a.txt', sha256: '0'.repeat(64), textLength: 9 },
      annotator: { id: 'z', name: 'Zoé' },
      tags: [],
      editedText: null,
      now: NOW
    })
    writeFileSync(join(folder, 'a.txt.zoe.factmark.json'), JSON.stringify(sidecar))
    writeFileSync(join(folder, 'a.txt.anna.factmark.json'), '')
    writeFileSync(join(folder, 'b.txt.anna.factmark.json'), JSON.stringify(sidecar))
    const before = readdirSync(folder).sort()

    const found = await readTagFilesBeside(join(folder, 'a.txt'))
    expect(found.ok).toBe(true)
    if (!found.ok) return
    expect(found.value.map((f) => f.fileName)).toEqual(['a.txt.anna.factmark.json', 'a.txt.zoe.factmark.json'])
    expect(found.value[0].read).toEqual({
      ok: false,
      message: `The tag file ${join(folder, 'a.txt.anna.factmark.json')} is damaged (the file is empty); it was left as it is.`
    })
    expect(found.value[1].read).toEqual({ ok: true, sidecar })
    expect(readdirSync(folder).sort()).toEqual(before)
    expect(readFileSync(join(folder, 'a.txt.anna.factmark.json'), 'utf8')).toBe('')
  })

  it('fails with a sentence when the folder cannot be listed', async () => {
    const found = await readTagFilesBeside('/nonexistent-factmark-folder/a.txt')
    expect(found).toEqual({
      ok: false,
      error: { code: 'READ_FAILED', message: 'The folder /nonexistent-factmark-folder could not be listed: the folder no longer exists.' }
    })
  })
})
