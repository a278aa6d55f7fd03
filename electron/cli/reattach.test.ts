/**
 * `factmark reattach`, run for real: the bin launcher as a child process in plain Node, on temp
 * folders holding the sample article and tag files as the app writes them.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importText } from '../../shared/article/importText'
import { plainTextOf } from '../../shared/article/plainText'
import type { TagKind } from '../../shared/model/tag'
import { reanchorSidecar } from '../../shared/reanchor'
import { sidecarFileName, type Annotator, type Sidecar } from '../../shared/sidecar'
import { ANNA, BOB, buildCliBeforeAll, factmark, readTagFile as read, SAMPLE as sample, sha256Of as sha, tempFolders, writeTagFile as writeKitTagFile } from './testing/cliKit'


const CLAIM = 'hier mercredi 26 juillet 2023'
const GONE = 'Celui-ci avait pris par la Corée du Sud.'
/** The sample as a newsroom updated it: a new lead paragraph, a corrected date, a sentence deleted. */
const updated = `Mise à jour : cet article a été complété le 28 juillet.\n\n${sample.replace('26 juillet 2023', '27 juillet 2023').replace(` ${GONE}`, '')}`

buildCliBeforeAll()
const tempFolder = tempFolders('factmark-reattach-')

/** Writes a tag file as the app saves one, for `text`; returns its path and the sidecar. */
function writeTagFile(folder: string, text: string, annotator: Annotator, quotes: Array<[string, TagKind]>, rate = false): { path: string; sidecar: Sidecar } {
  return writeKitTagFile(folder, 'article.txt', text, annotator, quotes.map(([quote, kind]) => ({ quote, kind })), { rate })
}

function setUp(): { folder: string; article: string; anna: { path: string; sidecar: Sidecar }; bob: { path: string; sidecar: Sidecar } } {
  const folder = tempFolder()
  const article = join(folder, 'article.txt')
  writeFileSync(article, sample)
  const anna = writeTagFile(
    folder,
    sample,
    ANNA,
    [
      ['Sergueï Choïgou', 'entity'],
      [CLAIM, 'claim'],
      [GONE, 'claim']
    ],
    true
  )
  const bob = writeTagFile(folder, sample, BOB, [['Pyongyang', 'entity']])
  return { folder, article, anna, bob }
}

describe('factmark reattach', { timeout: 60_000 }, () => {
  it('writes each tag file re-anchored as the app does on open, and prints the banner’s summary', () => {
    const { article, anna, bob } = setUp()
    writeFileSync(article, updated)
    const run = factmark(['reattach', article])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(
      `  ${sidecarFileName('article.txt', ANNA)}: 1 tag re-attached, 1 changed, 1 needs review. The article changed since the tags were saved: check them. Written.`
    )
    expect(run.stdout).toContain(`  ${sidecarFileName('article.txt', BOB)}: 1 tag re-attached. The article changed since the tags were saved. Written.`)

    const written = read(anna.path)
    const plain = plainTextOf(importText(updated)).text
    expect(written.article).toEqual({ fileName: 'article.txt', sha256: sha(updated), textLength: plain.length })
    // The same tags the app computes on open, from the same function.
    const expected = reanchorSidecar(anna.sidecar, plain, sha(updated), written.savedAt)
    expect(written.tags).toEqual(expected.tags)
    const [name, claim, gone] = written.tags
    expect(plain.slice(name.target.position.start, name.target.position.end)).toBe('Sergueï Choïgou')
    expect(claim.target.quote.exact).toBe('hier mercredi 27 juillet 2023')
    expect(claim.changed).toMatchObject({ previousQuote: CLAIM, previousSha256: sha(sample) })
    expect(claim.kind === 'claim' && claim.claim.verdict).toBe('mostly-false')
    expect(gone).toEqual(anna.sidecar.tags[2])
    expect(written.versions).toEqual([
      { previousSha256: sha(sample), sha256: sha(updated), at: written.savedAt, counts: { attached: 0, moved: 1, changed: 1, needsReview: 1 } }
    ])
    expect(read(bob.path).versions).toHaveLength(1)

    // Run again: nothing is left to do, nothing is written.
    const bytes = readFileSync(anna.path, 'utf8')
    const again = factmark(['reattach', article, '--json'])
    expect(again.status).toBe(0)
    const json = JSON.parse(again.stdout) as { files: { file: string; written: boolean; counts: Record<string, number> }[] }
    expect(json.files.map((f) => [f.file, f.written])).toEqual([
      [sidecarFileName('article.txt', ANNA), false],
      [sidecarFileName('article.txt', BOB), false]
    ])
    expect(json.files[0].counts).toEqual({ attached: 2, moved: 0, changed: 0, needsReview: 1 })
    expect(readFileSync(anna.path, 'utf8')).toBe(bytes)
  })

  it('on an unchanged article says so and writes nothing', () => {
    const { article, anna } = setUp()
    const bytes = readFileSync(anna.path, 'utf8')
    const run = factmark(['reattach', article])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(`  ${sidecarFileName('article.txt', ANNA)}: 3 tags attached, nothing changed.`)
    expect(readFileSync(anna.path, 'utf8')).toBe(bytes)
  })

  it('leaves a tag file from a newer Factmark untouched, exits 1, and still does the others', () => {
    const { article, anna, bob } = setUp()
    const newer = `${JSON.stringify({ ...anna.sidecar, schemaVersion: 99 }, null, 2)}\n`
    writeFileSync(anna.path, newer)
    writeFileSync(article, updated)
    const run = factmark(['reattach', article])
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/^factmark: .*anna-martin\.factmark\.json.*\n$/)
    expect(readFileSync(anna.path, 'utf8')).toBe(newer)
    expect(read(bob.path).article.sha256).toBe(sha(updated))
  })

  it('exits 2 with a usage line without an article or with an unknown option; --help explains it', () => {
    expect(factmark(['reattach']).status).toBe(2)
    const unknown = factmark(['reattach', '--dry-run', 'a.txt'])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toMatch(/^factmark: unknown option “--dry-run” for reattach\.\nUsage:/)
    const help = factmark(['reattach', '--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/^Usage: factmark reattach <article> \[--json\]/)
  })
})
