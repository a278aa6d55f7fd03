/**
 * `factmark export`, run for real (the bin launcher as a child process in plain Node) on temp
 * folders holding the sample article and tag files written as the app writes them.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { importText } from '../../shared/article/importText'
import { plainTextOf } from '../../shared/article/plainText'
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS } from '../../shared/formats'
import { CSV_COLUMNS } from '../../shared/formats/csv'
import { emptyDocumentProperties } from '../../shared/model/documentProperties'
import type { Annotator } from '../../shared/sidecar'
import { ANNA, BOB, ANNA_TAGS, buildCliBeforeAll, factmark, NO_ELECTRON, SAMPLE, snapshot, tempFolders, writeTagFile } from './testing/cliKit'


buildCliBeforeAll()
const tempFolder = tempFolders('factmark-export-')

function setUp(options: { bob?: boolean } = {}) {
  const folder = tempFolder()
  const article = join(folder, 'article.txt')
  writeFileSync(article, SAMPLE)
  const properties = { ...emptyDocumentProperties(), headline: 'Choïgou à Pyongyang' }
  const anna = writeTagFile(folder, 'article.txt', SAMPLE, ANNA, ANNA_TAGS, { rate: true, properties })
  if (options.bob !== false) writeTagFile(folder, 'article.txt', SAMPLE, BOB, [{ quote: 'Pyongyang', kind: 'entity', occurrence: 1 }])
  return { folder, article, anna }
}

/** A settings folder of the app whose annotator is `annotator`. */
function settingsOf(annotator: Annotator): string {
  const folder = tempFolder()
  writeFileSync(join(folder, 'settings.json'), JSON.stringify({ schemaVersion: 1, annotator, recent: [], window: null }))
  return folder
}

/** The rows of a CSV export, by column name, after checking its BOM and CRLF line ends. */
function csvRows(content: string): Record<string, string>[] {
  expect(content.startsWith('\ufeff')).toBe(true)
  expect(content.replace(/\r\n/g, '')).not.toMatch(/\n(?=[a-z-]+-\d,)/)
  const parsed = Papa.parse<Record<string, string>>(content.slice(1), { header: true, skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  expect(parsed.meta.fields).toEqual([...CSV_COLUMNS])
  return parsed.data
}

describe('factmark export', { timeout: 60_000 }, () => {
  it('prints the CSV of the --as annotator’s tags on stdout, in text order, with a BOM, writing nothing', () => {
    const { folder, article } = setUp()
    const before = snapshot(folder)
    const run = factmark(['export', article, '--format', 'csv', '--as', 'Anna Martin'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const rows = csvRows(run.stdout)
    const plain = plainTextOf(importText(SAMPLE)).text
    expect(rows.map((r) => [r.id, r.kind, r.kindLabel, r.quote])).toEqual([
      ['a-anna-2', 'source', 'Source', 'l’agence de presse officielle KCNA'],
      ['a-anna-1', 'entity', 'Entity', 'Sergueï Choïgou'],
      ['a-anna-0', 'claim', 'Claim', 'la RPDC est un partenaire important de la Russie']
    ].sort((a, b) => plain.indexOf(a[3]) - plain.indexOf(b[3])))
    for (const row of rows) expect(plain.slice(Number(row.start), Number(row.end))).toBe(row.quote)
    expect(rows.find((r) => r.kind === 'claim')?.verdict).toBe('mostly-false')
    expect(snapshot(folder)).toEqual(before)
  })

  it('labels follow --property language=fr; an unknown property or a bad value is a usage error naming what is valid', () => {
    const { article } = setUp()
    const fr = factmark(['export', article, '--format=csv', '--as=Anna Martin', '--property', 'language=fr'])
    expect(fr.status).toBe(0)
    expect(csvRows(fr.stdout).map((r) => r.kindLabel).sort()).toEqual(['Affirmation', 'Entité', 'Source'])
    expect(csvRows(fr.stdout).find((r) => r.kind === 'claim')?.verdictLabel).toBe('Plutôt faux')

    const unknown = factmark(['export', article, '--format', 'csv', '--as', 'Anna Martin', '--property', 'title=X'])
    expect(unknown.status).toBe(2)
    expect(unknown.stdout).toBe('')
    expect(unknown.stderr).toMatch(
      /^factmark: unknown property “title”; the properties are headline, url, publisher, author, datePublished, language, reviewUrl, organisation, organisationUrl\.\nUsage: factmark export/
    )
    const bad = factmark(['export', article, '--format', 'csv', '--as', 'Anna Martin', '--property', 'datePublished=yesterday'])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/^factmark: “yesterday” is not a valid datePublished/)
  })

  it('writes --out durably (no temp file left) with the same bytes as stdout, and says what it wrote', () => {
    const { folder, article } = setUp()
    const out = join(folder, 'exports', 'tags.csv')
    mkdirSync(join(folder, 'exports'))
    const run = factmark(['export', article, '--format', 'csv', '--as', 'Anna Martin', '--out', out])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toBe(`csv: 3 tags of Anna Martin written to ${out}\n`)
    expect(readdirSync(join(folder, 'exports'))).toEqual(['tags.csv'])
    const stdout = factmark(['export', article, '--format', 'csv', '--as', 'Anna Martin']).stdout
    expect(readFileSync(out, 'utf8')).toBe(stdout)
    // Written again over the old one.
    expect(factmark(['export', article, '--format', 'csv', '--as', 'Anna Martin', '--out', out]).status).toBe(0)
    expect(readdirSync(join(folder, 'exports'))).toEqual(['tags.csv'])
  })

  it('refuses an --out that would replace the article or a tag file', () => {
    const { folder, article, anna } = setUp()
    const before = snapshot(folder)
    for (const out of [article, anna.path]) {
      const run = factmark(['export', article, '--format', 'csv', '--as', 'Anna Martin', '--out', out])
      expect(run.status).toBe(2)
      expect(run.stderr).toMatch(/^factmark: --out would replace .*, the article or one of its tag files\./)
    }
    expect(snapshot(folder)).toEqual(before)
  })

  it('chooses the tag file: the app’s annotator from its settings, the only one, or says which there are', () => {
    const { article } = setUp()
    const asBob = factmark(['export', article, '--format', 'csv'], { env: { FACTMARK_USER_DATA: settingsOf(BOB) } })
    expect(asBob.status).toBe(0)
    expect(csvRows(asBob.stdout).map((r) => r.id)).toEqual(['b-bob-0'])
    // The settings' annotator renamed since: found by id.
    const renamed = factmark(['export', article, '--format', 'csv'], { env: { FACTMARK_USER_DATA: settingsOf({ id: 'a-anna', name: 'Anna M.' }) } })
    expect(csvRows(renamed.stdout)).toHaveLength(3)

    const nobody = factmark(['export', article, '--format', 'csv'], { env: { FACTMARK_USER_DATA: settingsOf({ id: 'c', name: 'Chloé' }) } })
    expect(nobody.status).toBe(2)
    expect(nobody.stderr).toMatch(/^factmark: there is no tag file of “Chloé” beside article\.txt; tag files there are by “Anna Martin”, “Bob”: choose one with --as "Name"\.\n/)
    const unknownAs = factmark(['export', article, '--format', 'csv', '--as', 'Zoé'])
    expect(unknownAs.status).toBe(2)
    expect(unknownAs.stderr).toContain('there is no tag file of “Zoé” beside article.txt')

    const single = setUp({ bob: false })
    const only = factmark(['export', single.article, '--format', 'csv'], { env: { FACTMARK_USER_DATA: settingsOf({ id: 'c', name: 'Chloé' }) } })
    expect(only.status).toBe(0)
    expect(csvRows(only.stdout)).toHaveLength(3)

    const bare = tempFolder()
    writeFileSync(join(bare, 'article.txt'), SAMPLE)
    const none = factmark(['export', join(bare, 'article.txt'), '--format', 'csv'])
    expect(none.status).toBe(2)
    expect(none.stderr).toMatch(/^factmark: there is no tag file beside article\.txt: nothing to export\.\n/)
  })

  it('exports positions right for the article as it is now, names tags needing review on stderr, and leaves the tag file alone', () => {
    const { folder, article } = setUp()
    const updated = `Mise à jour : un paragraphe a été ajouté.\n\n${SAMPLE.replace('Sergueï Choïgou, ministre', 'le ministre')}`
    writeFileSync(article, updated)
    const before = snapshot(folder)
    const run = factmark(['export', article, '--format', 'csv', '--as', 'Anna Martin'])
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('factmark: the tag a-anna-1 (“Sergueï Choïgou”) needs review: its text was not found in the article; it is exported where it was.\n')
    const plain = plainTextOf(importText(updated)).text
    for (const row of csvRows(run.stdout).filter((r) => r.id !== 'a-anna-1')) expect(plain.slice(Number(row.start), Number(row.end))).toBe(row.quote)
    expect(snapshot(folder)).toEqual(before)
  })

  it('exits 1 for a damaged or newer tag file of the annotator, 2 for no article, an unknown format or option', () => {
    const { folder, article, anna } = setUp()
    writeFileSync(anna.path, '{"schemaVersion": 4, "tags": [')
    const damaged = factmark(['export', article, '--format', 'csv', '--as', 'Anna Martin'])
    expect(damaged.status).toBe(1)
    expect(damaged.stderr).toMatch(/^factmark: The tag file .*anna-martin\.factmark\.json is damaged .*\n$/)
    writeFileSync(anna.path, JSON.stringify({ ...anna.sidecar, schemaVersion: 99 }))
    const newer = factmark(['export', article, '--format', 'csv', '--as', 'Anna Martin'])
    expect(newer.status).toBe(1)
    expect(newer.stderr).toMatch(/of a version this Factmark does not know/)

    const missing = factmark(['export', join(folder, 'absent.txt'), '--format', 'csv'])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/^factmark: “absent\.txt” was not found\. .*\nUsage: factmark export <article> --format <format>/)
    const xml = factmark(['export', article, '--format', 'xml'])
    expect(xml.status).toBe(2)
    expect(xml.stderr).toMatch(/^factmark: unknown format “xml” for export; Factmark writes: ([\w-]+, )*csv/)
    for (const id of EXPORT_FORMAT_IDS.filter((f) => !EXPORT_FORMATS[f])) {
      expect(factmark(['export', article, '--format', id]).stderr).toMatch(new RegExp(`^factmark: unknown format “${id}” for export`))
    }
    expect(factmark(['export', article]).stderr).toMatch(/^factmark: export needs --format\./)
    expect(factmark(['export', article, '--format', 'csv', '--zip']).stderr).toMatch(/^factmark: unknown option “--zip” for export\./)
    expect(factmark(['export', article, '--format']).stderr).toMatch(/^factmark: --format needs a value\./)
  })

  it('has --help naming every format and property, and the top-level help lists export and import', () => {
    const help = factmark(['export', '--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/^Usage: factmark export <article> --format md\|html\|claimreview\|factcheck-api\|w3c\|brat\|csv \[--out FILE\]/)
    expect(help.stdout).toContain('headline, url, publisher, author, datePublished, language, reviewUrl, organisation, organisationUrl')
    const top = factmark(['--help'])
    expect(top.stdout).toMatch(/\n {2}export <article> --format <format>/)
    expect(top.stdout).toMatch(/\n {2}import <article> <file>/)
  })

  it('runs in plain Node with electron unresolvable', () => {
    const { article } = setUp()
    const run = factmark(['export', article, '--format', 'csv', '--as', 'Anna Martin'], { nodeArgs: ['--import', NO_ELECTRON] })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(csvRows(run.stdout)).toHaveLength(3)
  })

  it('refuses with exit 4 and every problem on stderr, writing nothing, when the format’s checks fail; writes ClaimReview once they pass', () => {
    const { folder, article } = setUp()
    const out = join(folder, 'claimreview.jsonld')
    const before = snapshot(folder)
    const refused = factmark(['export', article, '--format', 'claimreview', '--as', 'Anna Martin', '--out', out])
    expect(refused.status).toBe(4)
    expect(refused.stdout).toBe('')
    expect(refused.stderr).toBe(
      'factmark: The claim “la RPDC est un partenaire important de la Russie” needs the address of the page where the fact-check is published (the document property reviewUrl).\n' +
        'factmark: nothing was written: claimreview needs what is missing above (1 problem).\n'
    )
    expect(snapshot(folder)).toEqual(before)
    const url = 'https://verif.example.org/choigou'
    const written = factmark(['export', article, '--format', 'claimreview', '--as', 'Anna Martin', '--out', out, '--property', `reviewUrl=${url}`])
    expect(written.stderr).toBe('')
    expect(written.status).toBe(0)
    const review = JSON.parse(readFileSync(out, 'utf8')) as { '@type': string; url: string; claimReviewed: string; reviewRating: { alternateName: string } }
    expect(review).toMatchObject({ '@type': 'ClaimReview', url, claimReviewed: 'la RPDC est un partenaire important de la Russie', reviewRating: { alternateName: 'Mostly false' } })
  })
})
