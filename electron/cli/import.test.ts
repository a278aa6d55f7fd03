/**
 * `factmark import`, run for real (the bin launcher as a child process in plain Node) on temp
 * folders: files made by `factmark export` in a format both written and read (W3C, brat) imported
 * into a copy of the article, a real Hypothesis API answer, errors, and a SIGKILL during a large
 * import.
 *
 * The end-to-end tests need a format that is registered both ways; they run by themselves once
 * one is (it.skipIf below), and use no stand-in for a format.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importText } from '../../shared/article/importText'
import { plainTextOf } from '../../shared/article/plainText'
import { EXPORT_FORMATS, IMPORT_FORMAT_IDS, IMPORT_FORMATS } from '../../shared/formats'
import { parseSidecar, sidecarFileName, type Annotator } from '../../shared/sidecar'
import { cliAnnotatorId } from './appAnnotator'
import { ANNA, BOB, ANNA_TAGS, buildCliBeforeAll, factmark, readTagFile, SAMPLE, snapshot, startFactmark, tempFolders, writeTagFile } from './testing/cliKit'


/** A format Factmark both writes and reads, to make real files to import; W3C first. */
const ROUND_TRIP = (['w3c', 'brat'] as const).find((id) => EXPORT_FORMATS[id] && IMPORT_FORMATS[id])
const OUT_NAME = ROUND_TRIP === 'brat' ? 'anna.ann' : 'anna.jsonld'

buildCliBeforeAll()
const tempFolder = tempFolders('factmark-import-')

/** Anna's tags on the sample exported by the real command; returns the exported file's path. */
function exportedByAnna(text = SAMPLE, tags = ANNA_TAGS): string {
  const folder = tempFolder()
  writeFileSync(join(folder, 'article.txt'), text)
  writeTagFile(folder, 'article.txt', text, ANNA, tags, { rate: true })
  const out = join(folder, OUT_NAME)
  const run = factmark(['export', join(folder, 'article.txt'), '--format', ROUND_TRIP ?? '', '--out', out])
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  return out
}

/** A fresh folder holding a copy of the article (no tag file unless `bob`). */
function freshCopy(text = SAMPLE, options: { bob?: boolean } = {}) {
  const folder = tempFolder()
  const article = join(folder, 'article.txt')
  writeFileSync(article, text)
  const bob = options.bob ? writeTagFile(folder, 'article.txt', text, BOB, [{ quote: 'Pyongyang', kind: 'entity', occurrence: 1 }]) : null
  return { folder, article, bob }
}

function settingsOf(annotator: Annotator): string {
  const folder = tempFolder()
  writeFileSync(join(folder, 'settings.json'), JSON.stringify({ schemaVersion: 1, annotator, recent: [], window: null }))
  return folder
}

describe('factmark import', { timeout: 120_000 }, () => {
  it.skipIf(!ROUND_TRIP)('imports an export into a fresh copy: the same tags, authors kept, a new tag file for --as; twice changes nothing', () => {
    const exported = exportedByAnna()
    const { folder, article } = freshCopy()
    const run = factmark(['import', article, exported, '--as', 'Chloé'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const tagFile = sidecarFileName('article.txt', { id: 'x', name: 'Chloé' })
    expect(run.stdout).toBe(
      `${OUT_NAME} (${ROUND_TRIP}) into ${tagFile} of Chloé: 3 new tags, 0 already there. Written.\nNew tags: attached 3, re-attached 0, changed 0, need review 0\n`
    )
    const written = readTagFile(join(folder, tagFile))
    expect(written.annotator).toEqual({ id: cliAnnotatorId('Chloé'), name: 'Chloé' })
    const plain = plainTextOf(importText(SAMPLE)).text
    const byQuote = new Map(written.tags.map((tag) => [tag.target.quote.exact, tag]))
    for (const { quote, kind } of ANNA_TAGS) {
      const tag = byQuote.get(quote)
      expect(tag?.kind).toBe(kind)
      expect(tag?.createdBy).toEqual({ annotatorId: 'a-anna', name: 'Anna Martin' })
      expect(tag && plain.slice(tag.target.position.start, tag.target.position.end)).toBe(quote)
    }
    const claim = written.tags.find((t) => t.kind === 'claim')
    expect(claim?.kind === 'claim' && claim.claim.verdict).toBe('mostly-false')

    const before = snapshot(folder)
    const again = factmark(['import', article, exported, '--as', 'Chloé'])
    expect(again.status).toBe(0)
    expect(again.stdout).toBe(`${OUT_NAME} (${ROUND_TRIP}) into ${tagFile} of Chloé: 0 new tags, 3 already there, nothing written.\n`)
    expect(snapshot(folder)).toEqual(before)
  })

  it.skipIf(!ROUND_TRIP)('imports as the app’s annotator (its id from settings) and merges into an existing tag file, keeping its tags', () => {
    const exported = exportedByAnna()
    const { folder, article, bob } = freshCopy(SAMPLE, { bob: true })
    const asSettings = factmark(['import', article, exported], { env: { FACTMARK_USER_DATA: settingsOf({ id: 'chloe-id', name: 'Chloé' }) } })
    expect(asSettings.status).toBe(0)
    expect(readTagFile(join(folder, sidecarFileName('article.txt', { id: 'x', name: 'Chloé' }))).annotator).toEqual({ id: 'chloe-id', name: 'Chloé' })

    const asBob = factmark(['import', article, exported, '--as', 'Bob', ...(ROUND_TRIP ? ['--format', ROUND_TRIP] : [])])
    expect(asBob.stderr).toBe('')
    expect(asBob.status).toBe(0)
    expect(asBob.stdout).toContain(`into ${sidecarFileName('article.txt', BOB)} of Bob: 3 new tags, 0 already there. Written.`)
    const merged = readTagFile(bob?.path ?? '')
    expect(merged.annotator).toEqual(BOB)
    expect(merged.tags).toHaveLength(4)
    expect(merged.tags[0]).toEqual(bob?.sidecar.tags[0])
  })

  it.skipIf(!ROUND_TRIP)('places annotations in an article that changed since they were made, and lists those that need review', () => {
    const exported = exportedByAnna()
    const updated = `Mise à jour : un paragraphe a été ajouté.\n\n${SAMPLE.replace('Sergueï Choïgou, ministre', 'le ministre')}`
    const { folder, article } = freshCopy(updated)
    const run = factmark(['import', article, exported, '--as', 'Chloé'])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/3 new tags, 0 already there\. Written\.\nNew tags: attached 0, re-attached 2, changed 0, need review 1\nNeed review, their text was not found in the article:\n {2}“Sergueï Choïgou” {2}\S+\n$/)
    const written = readTagFile(join(folder, sidecarFileName('article.txt', { id: 'x', name: 'Chloé' })))
    const plain = plainTextOf(importText(updated)).text
    for (const tag of written.tags.filter((t) => t.target.quote.exact !== 'Sergueï Choïgou')) {
      expect(plain.slice(tag.target.position.start, tag.target.position.end)).toBe(tag.target.quote.exact)
    }
  })

  it.skipIf(!IMPORT_FORMATS.w3c)('refuses a malformed file with exit 3 naming what is wrong, and leaves the tag file alone', () => {
    const { folder, article } = freshCopy(SAMPLE, { bob: true })
    const bad = join(folder, 'bad.jsonld')
    writeFileSync(bad, JSON.stringify({ type: 'Annotation', target: { selector: { type: 'TextQuoteSelector', exact: 'Moscou' } } }))
    const before = snapshot(folder)
    const run = factmark(['import', article, bad, '--format', 'w3c', '--as', 'Bob'])
    expect(run.status).toBe(3)
    expect(run.stderr).toMatch(/^factmark: bad\.jsonld cannot be imported as w3c: .*context.*\n$/)
    expect(snapshot(folder)).toEqual(before)
  })

  it.skipIf(!ROUND_TRIP)('exits 1 and leaves the tag file as it is when it is damaged or from a newer Factmark', () => {
    const exported = exportedByAnna()
    const { folder, article, bob } = freshCopy(SAMPLE, { bob: true })
    const path = bob?.path ?? ''
    for (const bytes of ['{"schemaVersion": 4, "tags": [', JSON.stringify({ ...bob?.sidecar, schemaVersion: 99 })]) {
      writeFileSync(path, bytes)
      const before = snapshot(folder)
      const run = factmark(['import', article, exported, '--as', 'Bob'])
      expect(run.status).toBe(1)
      expect(run.stderr).toMatch(/^factmark: The tag file .*bob\.factmark\.json (is damaged|is of a version this Factmark does not know).*\n$/)
      expect(snapshot(folder)).toEqual(before)
    }
  })

  it.skipIf(!(EXPORT_FORMATS.brat && IMPORT_FORMATS.brat))('reads brat’s .txt beside the .ann it imports (export --out x.ann writes x.txt beside it)', () => {
    const folder = tempFolder()
    writeFileSync(join(folder, 'article.txt'), SAMPLE)
    writeTagFile(folder, 'article.txt', SAMPLE, ANNA, ANNA_TAGS)
    const out = join(folder, 'out.ann')
    expect(factmark(['export', join(folder, 'article.txt'), '--format', 'brat', '--out', out]).status).toBe(0)
    expect(readFileSync(join(folder, 'out.txt'), 'utf8').length).toBeGreaterThan(0)
    const noOut = factmark(['export', join(folder, 'article.txt'), '--format', 'brat'])
    expect(noOut.status).toBe(2)
    expect(noOut.stderr).toMatch(/^factmark: brat writes 2 files: name the first with --out FILE\./)
    const copy = freshCopy()
    const run = factmark(['import', copy.article, out, '--as', 'Chloé'])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('3 new tags, 0 already there. Written.')
  })

  it('exits 2 for no such article or file and an unknown format, 3 for content of no known format; --help explains', () => {
    const { folder, article } = freshCopy()
    const notes = join(folder, 'notes.txt')
    writeFileSync(notes, 'Just some notes, in no annotation format.\n')
    const before = snapshot(folder)
    const missingArticle = factmark(['import', join(folder, 'absent.txt'), notes])
    expect(missingArticle.status).toBe(2)
    expect(missingArticle.stderr).toMatch(/^factmark: “absent\.txt” was not found\. .*\nUsage: factmark import <article> <file>/)
    const missingFile = factmark(['import', article, join(folder, 'absent.jsonld')])
    expect(missingFile.status).toBe(2)
    expect(missingFile.stderr).toMatch(/^factmark: “absent\.jsonld” was not found\./)
    const csv = factmark(['import', article, notes, '--format', 'csv'])
    expect(csv.status).toBe(2)
    expect(csv.stderr).toMatch(/^factmark: unknown format “csv” for import; /)
    for (const id of IMPORT_FORMAT_IDS.filter((f) => !IMPORT_FORMATS[f])) {
      expect(factmark(['import', article, notes, '--format', id]).stderr).toMatch(new RegExp(`^factmark: unknown format “${id}” for import`))
    }
    const unknown = factmark(['import', article, notes, '--as', 'Chloé'])
    expect(unknown.status).toBe(3)
    expect(unknown.stderr).toMatch(/^factmark: notes\.txt is not in a format Factmark recognises \(.*\); if it is one, say which with --format\.\n$/)
    expect(factmark(['import', article]).status).toBe(2)
    expect(factmark(['import', article, notes, '--merge']).stderr).toMatch(/^factmark: unknown option “--merge” for import\./)
    expect(snapshot(folder)).toEqual(before)

    const help = factmark(['import', '--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/^Usage: factmark import <article> <file> \[--format w3c\|brat\|hypothesis\] \[--as "Name"\]/)
  })

  it('imports a real Hypothesis API answer, its format found by itself: each quote placed by its context, its users kept; twice changes nothing', () => {
    const real = readFileSync(new URL('../../shared/formats/fixtures/hypothesis/wikipedia-regression-testing.json', import.meta.url), 'utf8')
    interface Selector { type: string; exact?: string; prefix?: string; suffix?: string }
    const rows = (JSON.parse(real) as { rows: { target: { selector: Selector[] }[] }[] }).rows
    const quotes = rows.map((row) => row.target[0].selector.find((s) => s.type === 'TextQuoteSelector') as Required<Selector>)
    // The page the annotations were made on is not shipped: an article holding each quote in its
    // context, in another order and between other words, as an edited copy would.
    const text = [...quotes].reverse().map((q, i) => `Paragraphe ${i} ajouté. ${q.prefix.trim()} ${q.exact} ${q.suffix.trim()}`).join('\n\n')
    const { folder, article } = freshCopy(text)
    const file = join(folder, 'hypothesis.json')
    writeFileSync(file, real)
    const run = factmark(['import', article, file, '--as', 'Chloé'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const tagFile = sidecarFileName('article.txt', { id: 'x', name: 'Chloé' })
    expect(run.stdout).toMatch(new RegExp(`^hypothesis\\.json \\(hypothesis\\) into ${tagFile.replaceAll('.', '\\.')} of Chloé: 5 new tags, 0 already there\\. Written\\.\n`))
    const written = readTagFile(join(folder, tagFile))
    const plain = plainTextOf(importText(text)).text
    expect(written.tags.map((tag) => plain.slice(tag.target.position.start, tag.target.position.end)).sort()).toEqual(quotes.map((q) => q.exact).sort())
    for (const tag of written.tags) expect(tag.createdBy).toEqual({ annotatorId: 'acct:mark@localhost', name: 'mark' })
    const before = snapshot(folder)
    const again = factmark(['import', article, file, '--as', 'Chloé'])
    expect(again.status).toBe(0)
    expect(again.stdout).toBe(`hypothesis.json (hypothesis) into ${tagFile} of Chloé: 0 new tags, 5 already there, nothing written.\n`)
    expect(snapshot(folder)).toEqual(before)
  })

  it.skipIf(!ROUND_TRIP)('a large import killed at any moment leaves the tag file as it was or complete, never half', async () => {
    const COUNT = 5000
    const paragraphs = Array.from({ length: COUNT }, (_, i) => `Paragraphe ${i + 1} : Moscou a reçu une délégation de Pyongyang, selon KCNA.`)
    const text = `${paragraphs.join('\n\n')}\n`
    const exported = exportedByAnna(
      text,
      paragraphs.map((_, i) => ({ quote: `Paragraphe ${i + 1} :`, kind: 'entity' as const }))
    )

    const { folder: timed, article: timedArticle } = freshCopy(text, { bob: true })
    const started = Date.now()
    const full = factmark(['import', timedArticle, exported, '--as', 'Bob'])
    const fullMs = Date.now() - started
    expect(full.stderr).toBe('')
    expect(full.status).toBe(0)
    const complete = readTagFile(join(timed, sidecarFileName('article.txt', BOB)))
    expect(complete.tags).toHaveLength(COUNT + 1)

    const outcomes: string[] = []
    // Three kills spread over the second half of the import, three the moment the save's temp
    // file appears (the write itself: the temp file being filled, fsynced or renamed).
    const kills: Array<number | 'temp'> = [0.55, 0.75, 0.95].map((f) => Math.round(fullMs * f))
    kills.push('temp', 'temp', 'temp')
    for (const [run, kill] of kills.entries()) {
      const { folder, article, bob } = freshCopy(text, { bob: true })
      const path = bob?.path ?? ''
      const before = readFileSync(path)
      const child = startFactmark(['import', article, exported, '--as', 'Bob'])
      const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)))
      const temp = new RegExp(`^\\.${sidecarFileName('article.txt', BOB).replace(/\./g, '\\.')}\\.\\d+\\.[0-9a-f]{12}\\.tmp$`)
      const timer =
        kill === 'temp'
          ? setInterval(() => {
              if (readdirSync(folder).some((name) => temp.test(name))) child.kill('SIGKILL')
            }, 1)
          : setTimeout(() => child.kill('SIGKILL'), kill)
      const ended = await exited
      clearInterval(timer)
      const after = readFileSync(path)
      if (after.equals(before)) outcomes.push(`${kill === 'temp' ? 'at the temp file' : `${kill} ms`}: as before (${String(ended)})`)
      else {
        const parsed = parseSidecar(after.toString('utf8'))
        expect(parsed.ok, `run ${run}: the tag file is neither as before nor valid`).toBe(true)
        expect(parsed.ok && parsed.sidecar.tags).toHaveLength(COUNT + 1)
        outcomes.push(`${kill === 'temp' ? 'at the temp file' : `${kill} ms`}: complete (${String(ended)})`)
      }
      if (run === kills.length - 1) {
        // A later import finishes the job, and the killed save's temp file is cleaned away.
        expect(factmark(['import', article, exported, '--as', 'Bob']).status).toBe(0)
        expect(readTagFile(path).tags).toHaveLength(COUNT + 1)
        expect(readdirSync(folder).filter((name) => temp.test(name))).toEqual([])
      }
    }
    console.log(`factmark import of ${COUNT} annotations (${ROUND_TRIP}): ${fullMs} ms unkilled; killed runs: ${outcomes.join('; ')}`)
  })
})
