/**
 * The `factmark` command, run for real: the bin launcher package.json names, as a child process
 * in plain Node, on temp folders. The bundle is built afresh once before these tests.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeRange } from '../../shared/anchoring/anchor'
import { importText } from '../../shared/article/importText'
import { plainTextOf } from '../../shared/article/plainText'
import { buildSidecar, sidecarFileName, type Annotator, type EditedText } from '../../shared/sidecar'
import { createTag, type TagKind } from '../../shared/model/tag'
import { ANNA, BOB, buildCliBeforeAll, factmark, NO_ELECTRON, NOW, ROOT as root, SAMPLE as sample, snapshot, tempFolders, writeTagFile as writeKitTagFile } from './testing/cliKit'


buildCliBeforeAll()
const tempFolder = tempFolders()

/** Writes a tag file as the app saves one: tags on the `occurrence`-th occurrence of each quote. */
function writeTagFile(
  folder: string,
  articleName: string,
  articleText: string,
  annotator: Annotator,
  quotes: Array<[string, number, TagKind]>,
  editedText: EditedText | null = null
): string {
  return writeKitTagFile(folder, articleName, articleText, annotator, quotes.map(([quote, occurrence, kind]) => ({ quote, occurrence, kind })), { editedText }).path
}

const ANNA_QUOTES: Array<[string, number, TagKind]> = [
  ['Sergueï Choïgou', 0, 'entity'],
  ['Moscou', 0, 'entity'],
  ['la RPDC est un partenaire important de la Russie', 0, 'claim'],
  ['l’agence de presse officielle KCNA', 0, 'source']
]
const BOB_QUOTES: Array<[string, number, TagKind]> = [
  ['Pyongyang', 1, 'entity'],
  ['les Nord-coréens ont dit leur « soutien total »', 0, 'claim']
]

/** A folder with the sample article tagged by Anna and Bob; returns the article's path. */
function taggedSample(): { folder: string; article: string } {
  const folder = tempFolder()
  const article = join(folder, 'article.txt')
  writeFileSync(article, sample)
  writeTagFile(folder, 'article.txt', sample, ANNA, ANNA_QUOTES)
  writeTagFile(folder, 'article.txt', sample, BOB, BOB_QUOTES)
  return { folder, article }
}

interface CheckJson {
  article: { file: string; sha256: string; textLength: number }
  annotators: { id: string; name: string; file: string }[]
  tags: { id: string; annotatorId: string; kind: string; status: string; confidence: number; start: number; end: number; text: string }[]
}

// Each test starts the command several times, on a machine that may be busy.
describe('factmark', { timeout: 60_000 }, () => {
  it('says what it does with --help, and what check does with check --help', () => {
    const help = factmark(['--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/Usage: factmark <command>/)
    expect(help.stdout).toMatch(/check <article> \[--json\]/)
    const checkHelp = factmark(['check', '--help'])
    expect(checkHelp.status).toBe(0)
    expect(checkHelp.stdout).toMatch(/^Usage: factmark check <article> \[--json\]/)
    expect(checkHelp.stdout).toMatch(/Never writes/)
  })

  it('summarises a tagged article: tags per kind and per annotator, all attached, and writes nothing', () => {
    const { folder, article } = taggedSample()
    const before = snapshot(folder)
    const run = factmark(['check', article])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('2 tag files:')
    expect(run.stdout).toContain('article.txt.anna-martin.factmark.json  Anna Martin, 4 tags')
    expect(run.stdout).toContain('Tags: 6 (claim 2, source 1, entity 3)')
    expect(run.stdout).toContain('By annotator: Anna Martin 4, Bob 2')
    expect(run.stdout).toContain('Attached: 6, re-attached: 0, need review: 0')
    expect(snapshot(folder)).toEqual(before)
  })

  it('prints the JSON object of the documented shape with --json', () => {
    const { folder, article } = taggedSample()
    const before = snapshot(folder)
    const run = factmark(['check', article, '--json'])
    expect(run.status).toBe(0)
    const json = JSON.parse(run.stdout) as CheckJson
    expect(Object.keys(json)).toEqual(['article', 'annotators', 'tags'])
    const plain = plainTextOf(importText(sample)).text
    expect(json.article).toEqual({ file: 'article.txt', sha256: createHash('sha256').update(sample).digest('hex'), textLength: plain.length })
    expect(json.annotators).toEqual([
      { id: 'a-anna', name: 'Anna Martin', file: 'article.txt.anna-martin.factmark.json' },
      { id: 'b-bob', name: 'Bob', file: 'article.txt.bob.factmark.json' }
    ])
    expect(json.tags.map((t) => Object.keys(t))).toEqual(Array(6).fill(['id', 'annotatorId', 'kind', 'status', 'confidence', 'start', 'end', 'text']))
    expect(json.tags.map((t) => t.confidence)).toEqual(Array(6).fill(1))
    expect(json.tags.map((t) => [t.id, t.annotatorId, t.kind, t.status, t.text])).toEqual([
      ['a-anna-0', 'a-anna', 'entity', 'attached', 'Sergueï Choïgou'],
      ['a-anna-1', 'a-anna', 'entity', 'attached', 'Moscou'],
      ['a-anna-2', 'a-anna', 'claim', 'attached', 'la RPDC est un partenaire important de la Russie'],
      ['a-anna-3', 'a-anna', 'source', 'attached', 'l’agence de presse officielle KCNA'],
      ['b-bob-0', 'b-bob', 'entity', 'attached', 'Pyongyang'],
      ['b-bob-1', 'b-bob', 'claim', 'attached', 'les Nord-coréens ont dit leur « soutien total »']
    ])
    for (const tag of json.tags) expect(plain.slice(tag.start, tag.end)).toBe(tag.text)
    expect(snapshot(folder)).toEqual(before)
  })

  it('speaks French when the environment does, and writes the same JSON in every language', () => {
    const { article } = taggedSample()
    const french = { LC_ALL: '', LC_MESSAGES: '', LANG: 'fr_FR.UTF-8' }
    const run = factmark(['check', article], { env: french })
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('2 fichiers d’étiquettes\u00a0:')
    expect(run.stdout).toContain('Étiquettes\u00a0: 6 (affirmation 2, source 1, entité 3)')
    expect(run.stdout).toContain('Par annotateur\u00a0: Anna Martin 4, Bob 2')
    expect(factmark(['check', article, '--json'], { env: french }).stdout).toBe(factmark(['check', article, '--json']).stdout)
    expect(factmark(['nonsense'], { env: { LC_ALL: 'fr_FR.UTF-8' } }).stderr).toContain('commande «\u00a0nonsense\u00a0» inconnue.')
  })

  it('after the article changed: names the tags re-attached and the one needing review, which keeps its place', () => {
    const { folder, article } = taggedSample()
    const storedStart = plainTextOf(importText(sample)).text.indexOf('Sergueï Choïgou')
    const changed = `Correctif : une précision a été ajoutée.\n\n${sample.replace('Sergueï Choïgou, ministre', 'le ministre')}`
    writeFileSync(article, changed)
    const before = snapshot(folder)

    const run = factmark(['check', article])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('Attached: 0, re-attached: 5, need review: 1')
    expect(run.stdout).toMatch(/Re-attached because the article text changed:\n( {2}“.*” .*\n){5}/)
    expect(run.stdout).toContain('  “Moscou”  a-anna-1 (Anna Martin, entity)')
    expect(run.stdout).toContain('  “Pyongyang”  b-bob-0 (Bob, entity)')
    expect(run.stdout).toMatch(/Need review.*\n {2}“Sergueï Choïgou” {2}a-anna-0 \(Anna Martin, entity\)\n/)

    const json = JSON.parse(factmark(['check', article, '--json']).stdout) as CheckJson
    const plain = plainTextOf(importText(changed)).text
    const byId = new Map(json.tags.map((t) => [t.id, t]))
    expect(byId.get('a-anna-0')).toMatchObject({ status: 'needs-review', start: storedStart, end: storedStart + 'Sergueï Choïgou'.length })
    for (const id of ['a-anna-1', 'a-anna-2', 'a-anna-3', 'b-bob-0', 'b-bob-1']) {
      const tag = byId.get(id)
      expect(tag?.status).toBe('moved')
      expect(tag && plain.slice(tag.start, tag.end)).toBe(tag?.text)
    }
    expect(byId.get('b-bob-0')?.text).toBe('Pyongyang')
    expect(snapshot(folder)).toEqual(before)
  })

  it('reports each status with its confidence: attached, moved, changed (text or mark in the tag file) and needs review', () => {
    const folder = tempFolder()
    const article = join(folder, 'article.txt')
    writeFileSync(article, sample)
    const annaFile = writeTagFile(folder, 'article.txt', sample, ANNA, [
      ['Moscou', 0, 'entity'],
      ['la Corée du Nord', 0, 'entity'],
      ['Sergueï Choïgou', 0, 'entity'],
      ['la RPDC est un partenaire important de la Russie', 0, 'claim'],
      ['l’agence de presse officielle KCNA', 0, 'source']
    ])
    // Anna confirmed nothing yet: her tag on "la Corée du Nord" was found on other text at the
    // last update, and one on KCNA too; the marks stay in her tag file until she confirms.
    const stored = JSON.parse(readFileSync(annaFile, 'utf8')) as { tags: { changed: unknown }[] }
    const mark = (previousQuote: string) => ({ previousQuote, previousSha256: 'f'.repeat(64), detectedAt: NOW })
    stored.tags[1].changed = mark('la Corée du Sud')
    stored.tags[4].changed = mark('l’agence officielle KCNA')
    writeFileSync(annaFile, `${JSON.stringify(stored, null, 2)}\n`)
    // The story updated: Choïgou's name gone, the claim reworded, the text after it shifted.
    const updated = sample
      .replace('Sergueï Choïgou, ministre', 'le ministre')
      .replace('la RPDC est un partenaire important de la Russie', 'la RPDC est un partenaire essentiel de la Russie')
    writeFileSync(article, updated)
    const before = snapshot(folder)

    const run = factmark(['check', article, '--json'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const json = JSON.parse(run.stdout) as CheckJson
    const plain = plainTextOf(importText(updated)).text
    expect(json.tags.map((t) => [t.id, t.status, t.text])).toEqual([
      ['a-anna-0', 'attached', 'Moscou'],
      ['a-anna-1', 'changed', 'la Corée du Nord'],
      ['a-anna-2', 'needs-review', plain.slice(json.tags[2].start, json.tags[2].end)],
      ['a-anna-3', 'changed', 'la RPDC est un partenaire essentiel de la Russie'],
      ['a-anna-4', 'changed', 'l’agence de presse officielle KCNA']
    ])
    const [attached, markedInPlace, review, reworded, markedMoved] = json.tags
    expect(attached.confidence).toBe(1)
    // A marked tag whose text stands exactly where it was: changed, with anchoring's certainty.
    expect(markedInPlace.confidence).toBe(1)
    expect(markedInPlace.start).toBe(plainTextOf(importText(sample)).text.indexOf('la Corée du Nord'))
    expect(review.confidence).toBeGreaterThanOrEqual(0)
    expect(review.confidence).toBeLessThan(0.75)
    expect(reworded.confidence).toBeGreaterThan(0.75)
    expect(reworded.confidence).toBeLessThan(1)
    expect(markedMoved.confidence).toBe(1)
    for (const tag of json.tags) expect(plain.slice(tag.start, tag.end)).toBe(tag.text)

    const summary = factmark(['check', article])
    expect(summary.status).toBe(0)
    expect(summary.stdout).toContain('Attached: 1, re-attached: 0, changed: 3, need review: 1')
    expect(summary.stdout).toContain(
      'Changed, their text differs from the text they were tagged on (until confirmed in the app):\n' +
        '  “la Corée du Sud”  a-anna-1 (Anna Martin, entity), now “la Corée du Nord”\n' +
        '  “la RPDC est un partenaire important de la Russie”  a-anna-3 (Anna Martin, claim), now “la RPDC est un partenaire essentiel de la Russie”\n' +
        '  “l’agence officielle KCNA”  a-anna-4 (Anna Martin, source), now “l’agence de presse officielle KCNA”\n'
    )
    expect(summary.stdout).toMatch(/Need review.*\n {2}“Sergueï Choïgou” {2}a-anna-2 \(Anna Martin, entity\)\n/)
    expect(snapshot(folder)).toEqual(before)
  })

  it('moves a tag with its text to a new place as moved, with its confidence', () => {
    const { folder, article } = taggedSample()
    writeFileSync(article, `Mise à jour : un paragraphe a été ajouté en tête.\n\n${sample}`)
    const before = snapshot(folder)
    const json = JSON.parse(factmark(['check', article, '--json']).stdout) as CheckJson
    expect(json.tags.map((t) => t.status)).toEqual(Array(6).fill('moved'))
    for (const tag of json.tags) {
      expect(tag.confidence).toBeGreaterThan(0.75)
      expect(tag.confidence).toBeLessThanOrEqual(1)
    }
    expect(snapshot(folder)).toEqual(before)
  })

  it('reports a damaged tag file in one sentence naming it, exits 1, leaves its bytes alone and still reports the others', () => {
    const { folder, article } = taggedSample()
    const damaged = join(folder, 'article.txt.bob.factmark.json')
    const bytes = Buffer.from('{"schemaVersion": 1, "app": "factmark", "tags": [')
    writeFileSync(damaged, bytes)
    const before = snapshot(folder)

    const run = factmark(['check', article])
    expect(run.status).toBe(1)
    const sentences = run.stderr.trim().split('\n')
    expect(sentences).toHaveLength(1)
    expect(sentences[0]).toMatch(/^factmark: The tag file .*article\.txt\.bob\.factmark\.json is damaged \(the file is not valid JSON .*\); it was left as it is\.$/)
    expect(run.stdout).toContain('1 tag file:')
    expect(run.stdout).toContain('Anna Martin, 4 tags')
    expect(readFileSync(damaged).equals(bytes)).toBe(true)
    expect(snapshot(folder)).toEqual(before)

    const json = factmark(['check', article, '--json'])
    expect(json.status).toBe(1)
    expect((JSON.parse(json.stdout) as CheckJson).annotators.map((a) => a.id)).toEqual(['a-anna'])
  })

  it('refuses a tag file of a newer version than it knows, exit 1, leaving it untouched', () => {
    const { folder, article } = taggedSample()
    const newer = join(folder, 'article.txt.bob.factmark.json')
    const data = JSON.parse(readFileSync(newer, 'utf8')) as Record<string, unknown>
    writeFileSync(newer, JSON.stringify({ ...data, schemaVersion: 99 }))
    const before = snapshot(folder)
    const run = factmark(['check', article])
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/^factmark: The tag file .*article\.txt\.bob\.factmark\.json is of a version this Factmark does not know \(.*99.*\); it was left as it is\.\n$/)
    expect(snapshot(folder)).toEqual(before)
  })

  it('exits 2 with a usage line for no such article, an unknown option or command, and no arguments', () => {
    const folder = tempFolder()
    const missing = factmark(['check', join(folder, 'absent.txt')])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toBe('factmark: “absent.txt” was not found. It may have been moved or deleted.\nUsage: factmark check <article> [--json]    (factmark --help for more)\n')
    expect(missing.stdout).toBe('')
    expect(readdirSync(folder)).toEqual([])
    for (const args of [['check', 'x.txt', '--jsn'], ['chek', 'x.txt'], ['--verbose'], [], ['check']]) {
      const run = factmark(args)
      expect(run.status, args.join(' ')).toBe(2)
      expect(run.stderr).toMatch(/^factmark: .+\nUsage: factmark check <article> \[--json\]/)
    }
  })

  it('imports an HTML article as the app does: a hostile script does not run and the text is right', () => {
    const folder = tempFolder()
    const article = join(folder, 'page.html')
    const html =
      '<!DOCTYPE html><html><head><title>Titre</title><script>document.body.innerHTML = "<p>SCRIPT RAN</p>"</script></head>' +
      '<body><h1>Moscou et Pyongyang</h1><p>Sergueï Choïgou était <b>à Pyongyang</b>.<img src="x" onerror="document.body.innerHTML=\'ONERROR RAN\'"></p>' +
      '<script>document.write("SCRIPT RAN")</script><p>Fin.</p></body></html>'
    writeFileSync(article, html)
    const text = 'Moscou et Pyongyang\n\nSergueï Choïgou était à Pyongyang.\n\nFin.'
    const at = text.indexOf('Sergueï Choïgou')
    const sidecar = buildSidecar({
      article: { fileName: 'page.html', sha256: createHash('sha256').update(html).digest('hex'), textLength: text.length },
      annotator: ANNA,
      tags: [createTag({ id: 't1', kind: 'entity', target: describeRange(text, at, at + 15), author: { annotatorId: ANNA.id, name: ANNA.name }, now: NOW })],
      editedText: null,
      now: NOW
    })
    writeFileSync(join(folder, sidecarFileName('page.html', ANNA)), JSON.stringify(sidecar))
    const run = factmark(['check', article, '--json'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const json = JSON.parse(run.stdout) as CheckJson
    expect(json.article.textLength).toBe(text.length)
    expect(json.tags).toEqual([{ id: 't1', annotatorId: 'a-anna', kind: 'entity', status: 'attached', confidence: 1, start: at, end: at + 15, text: 'Sergueï Choïgou' }])
    expect(run.stdout).not.toMatch(/RAN/)
  })

  it('anchors into the corrected text when a tag file holds corrections of this very file', () => {
    const folder = tempFolder()
    const article = join(folder, 'article.txt')
    writeFileSync(article, sample)
    const corrected = sample.replace('hier mercredi 26 juillet 2023', 'le mercredi 26 juillet 2023')
    const sha256 = createHash('sha256').update(sample).digest('hex')
    writeTagFile(folder, 'article.txt', corrected, ANNA, [['le mercredi 26 juillet', 0, 'entity']], {
      baseSha256: sha256,
      doc: importText(corrected).toJSON() as Record<string, unknown>
    })
    const run = factmark(['check', article, '--json'])
    expect(run.status).toBe(0)
    const json = JSON.parse(run.stdout) as CheckJson
    expect(json.tags[0]).toMatchObject({ status: 'attached', text: 'le mercredi 26 juillet' })
    expect(factmark(['check', article]).stdout).toContain('Anna Martin\'s tags count into their corrected text of the article.')
  })

  it('runs in plain Node with electron unresolvable', () => {
    // The hook must be able to fail: with it, electron cannot be loaded at all.
    const probe = spawnSync(process.execPath, ['--import', NO_ELECTRON, '--input-type=module', '-e', "await import('electron')"], { encoding: 'utf8', cwd: root })
    expect(probe.status).not.toBe(0)
    expect(probe.stderr).toContain('electron is unresolvable in this test')
    const required = spawnSync(process.execPath, ['--import', NO_ELECTRON, '-e', "require('electron')"], { encoding: 'utf8', cwd: root })
    expect(required.stderr).toContain('electron is unresolvable in this test')

    const { article } = taggedSample()
    const run = factmark(['check', article], { nodeArgs: ['--import', NO_ELECTRON] })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('Attached: 6, re-attached: 0, need review: 0')
  })
})
