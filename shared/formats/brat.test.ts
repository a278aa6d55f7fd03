import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importText } from '../article/importText'
import { toPlainText } from '../article/plainText'
import { codePointIndex } from '../anchoring/codePoints'
import type { Tag } from '../model/tag'
import { exportInputFor, KIT_AUTHOR, KIT_TIME, tagOn } from '../testing/exportKit'
import { bratExportFormat, bratImportFormat, tagsToBrat } from './brat'
import { importAnnotations } from './importTags'
import { detectImportFormat, EXPORT_FORMATS, IMPORT_FORMATS } from './index'
import type { ImportContext, ParsedImport } from './types'

const NOW = '2026-12-02T08:00:00.000Z'
const sample = toPlainText(importText(readFileSync(new URL('../../electron/resources/russie-coree-du-nord.fr.txt', import.meta.url), 'utf8'))).text
const fixture = (name: string): string => readFileSync(new URL(`./fixtures/brat/${name}`, import.meta.url), 'utf8')

function context(text: string, sourceText?: string): ImportContext {
  return { text, sourceText, importer: KIT_AUTHOR, now: NOW }
}

function parse(ann: string, ctx: ImportContext): ParsedImport {
  const result = bratImportFormat.parse(ann, ctx)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

function refusal(ann: string, ctx: ImportContext): string {
  const result = bratImportFormat.parse(ann, ctx)
  expect(result.ok).toBe(false)
  return result.ok ? '' : result.error.message
}

function importInto(text: string, parsed: ParsedImport) {
  return importAnnotations({ text, articleSha256: 'c'.repeat(64), format: 'brat', parsed, existingIds: new Set(), now: NOW })
}

/** A tag as compared across a round trip: its ids replaced by its quote-and-position. */
function comparable(tags: readonly Tag[]): unknown[] {
  const name = new Map(tags.map((tag) => [tag.id, `${tag.target.position.start}-${tag.target.position.end}`]))
  const ref = (id: string | null) => (id === null ? null : (name.get(id) ?? `missing ${id}`))
  return [...tags]
    .sort((a, b) => a.target.position.start - b.target.position.start || b.target.position.end - a.target.position.end)
    .map((tag) => {
      const { id: _id, changed: _changed, ...rest } = tag
      if (rest.kind === 'claim') {
        return {
          ...rest,
          claim: {
            ...rest.claim,
            speakerId: ref(rest.claim.speakerId),
            entities: rest.claim.entities.map(ref),
            sources: rest.claim.sources.map((s) => ({ ...s, sourceId: ref(s.sourceId) }))
          }
        }
      }
      if (rest.kind === 'entity') return { ...rest, entity: { ...rest.entity, mentionOf: ref(rest.entity.mentionOf) } }
      return rest
    })
}

/** Tags on `text` using every field brat carries. Authors and times are the importer's and the import's. */
function richTags(text: string, quotes: { claim: string; claim2: string; source: string; person: string; place: string; placeAgain: string }): Tag[] {
  const author = KIT_AUTHOR
  const at = (tag: Tag): Tag => ({ ...tag, createdBy: author, updatedBy: author, createdAt: NOW, updatedAt: NOW })
  const place = tagOn(text, { id: 'e-place', kind: 'entity', exact: quotes.place, entityType: 'place', patch: { entity: { externalId: 'Q18808', aliases: ['Pyongyang', 'Pyong-yang'] } } })
  const person = tagOn(text, { id: 'e-person', kind: 'entity', exact: quotes.person, entityType: 'person', patch: { entity: { canonicalName: 'Sergueï Choïgou', externalId: 'viaf:12345' } } })
  const again = tagOn(text, { id: 'e-again', kind: 'entity', exact: quotes.placeAgain, occurrence: 1, entityType: 'place', patch: { entity: { mentionOf: 'e-place', externalId: 'id with spaces' } } })
  const source = tagOn(text, {
    id: 's1',
    kind: 'source',
    exact: quotes.source,
    patch: { note: 'Agence d’État.\n\nÀ recouper.', source: { url: 'https://kcna.kp/fr', sourceType: 'press-agency', publisher: 'KCNA', publishedOn: '2023-07-27', reliability: 'Propagande\td’État' } }
  })
  const claim = tagOn(text, {
    id: 'c1',
    kind: 'claim',
    exact: quotes.claim,
    patch: {
      note: 'À vérifier',
      claim: {
        verdict: 'mostly-false',
        status: 'in-progress',
        checkWorthiness: 'high',
        claimDate: '2023-07-26',
        claimReviewed: 'La Russie renforce ses liens avec la Corée du Nord',
        rationale: 'Première ligne\nDeuxième ligne',
        sources: [{ sourceId: 's1', relation: 'supports' }],
        entities: ['e-place'],
        speakerId: 'e-person'
      }
    }
  })
  const claim2 = tagOn(text, { id: 'c2', kind: 'claim', exact: quotes.claim2, patch: { claim: { verdict: 'true', sources: [{ sourceId: 's1', relation: 'quoted-from' }] } } })
  return [claim, claim2, source, person, place, again].map(at)
}

describe('brat export', () => {
  it('is registered, writes the .ann first and the article’s plain text as the .txt', () => {
    expect(EXPORT_FORMATS.brat).toBe(bratExportFormat)
    expect(IMPORT_FORMATS.brat).toBe(bratImportFormat)
    const text = 'Moscou et Pyongyang.'
    const files = bratExportFormat.serialize(exportInputFor(text, [tagOn(text, { id: 'e', kind: 'entity', exact: 'Moscou', entityType: 'place' })]))
    expect(files.map((f) => f.extension)).toEqual(['.ann', '.txt'])
    expect(files[0].content).toBe('T1\tPlace 0 6\tMoscou\n')
    expect(files[1].content).toBe(text)
  })

  it('counts code points over emoji, combining accents and CRLF, and cuts a span across lines as brat does', () => {
    // "🪖" is 2 UTF-16 units and 1 code point; "é" is e + U+0301 (2 code points); CR LF are 2 characters.
    const text = 'Soldats 🪖 arrivés.\r\nLe Kremlin de\u0301ment 🇷🇺 tout.\r\n\r\nFin.'
    const claim = tagOn(text, { id: 'c', kind: 'claim', exact: 'arrivés.\r\nLe Kremlin de\u0301ment' })
    const entity = tagOn(text, { id: 'e', kind: 'entity', exact: 'Kremlin', entityType: 'organisation' })
    const flagged = tagOn(text, { id: 'f', kind: 'entity', exact: '🇷🇺 tout', entityType: 'other' })
    const ann = tagsToBrat(exportInputFor(text, [entity, flagged, claim]))
    // "arrivés." starts at code point 10 (the emoji is one) and ends at 18; "Le" starts after CR LF
    // at 20; the accent is a code point of its own; the flag is two (regional indicators).
    expect(ann.split('\n').slice(0, 3)).toEqual([
      'T1\tClaim 10 18;20 38\tarrivés. Le Kremlin de\u0301ment',
      'T2\tOrganisation 23 30\tKremlin',
      'T3\tOther 39 46\t🇷🇺 tout'
    ])
    const cp = codePointIndex(text)
    expect(cp.toCodePoints(text.indexOf('🇷🇺'))).toBe(39)
    // Read back against its own .txt: one claim covering both lines, no warning (the gap is a line break).
    const parsed = parse(ann, context(text, text))
    expect(parsed.warnings).toEqual([])
    const outcome = importInto(text, parsed)
    expect(outcome.tags.map((t) => text.slice(t.target.position.start, t.target.position.end))).toEqual(['arrivés.\r\nLe Kremlin de\u0301ment', 'Kremlin', '🇷🇺 tout'])
  })

  it('never writes half a character: a span that starts or ends inside a surrogate pair takes the whole of it', () => {
    const text = 'Les soldats 🪖 sont là.'
    const at = text.indexOf('🪖')
    const tag = { ...tagOn(text, { id: 'e', kind: 'entity', exact: 'soldats 🪖' }), target: { position: { start: 4, end: at + 1 }, quote: { exact: 'soldats \ud83e', prefix: 'Les ', suffix: '' } } }
    expect(tagsToBrat(exportInputFor(text, [tag]))).toBe('T1\tOther 4 13\tsoldats 🪖\n')
  })

  it('writes attributes, relations ending with a tab, notes line by line and normalisations', () => {
    const tags = richTags(sample, { claim: 'Moscou a renforcé ses liens avec son allié, la Corée du Nord', claim2: 'la RPDC est un partenaire important de la Russie', source: 'l’agence de presse officielle KCNA', person: 'Sergueï Choïgou', place: 'Pyongyang', placeAgain: 'Pyongyang' })
    const ann = tagsToBrat(exportInputFor(sample, tags))
    const lines = ann.trimEnd().split('\n')
    expect(lines.filter((l) => l.startsWith('T')).map((l) => l.split('\t')[1])).toEqual(['Claim 0 60', 'Place 69 78', 'Person 178 193', 'Place 544 553', 'Claim 706 754', 'Source 925 959'])
    expect(lines).toContain('A1\tVerdict T1 mostly-false')
    expect(lines).toContain('A3\tCheckWorthiness T1 high')
    expect(lines).toContain('R1\tSupports Arg1:T1 Arg2:T6\t')
    expect(lines.filter((l) => l.includes('\tRationale T1\t')).map((l) => l.split('\t')[2])).toEqual(['Première ligne', 'Deuxième ligne'])
    expect(lines.filter((l) => l.includes('\tAnnotatorNotes T6\t')).map((l) => l.split('\t')[2])).toEqual(['Agence d’État.', '', 'À recouper.'])
    expect(lines).toContain('N1\tReference T2 Wikidata:Q18808\tPyongyang')
    expect(lines).toContain('N2\tReference T3 viaf:12345\tSergueï Choïgou')
    expect(lines.some((l) => /^#\d+\tExternalId T4\tid with spaces$/.test(l))).toBe(true)
    expect(lines.some((l) => /^R\d+\tMentionOf Arg1:T4 Arg2:T2\t$/.test(l))).toBe(true)
    expect(ann.endsWith('\n')).toBe(true)
  })
})

describe('brat round trip', () => {
  const quotes = { claim: 'Moscou a renforcé ses liens avec son allié, la Corée du Nord', claim2: 'la RPDC est un partenaire important de la Russie', source: 'l’agence de presse officielle KCNA', person: 'Sergueï Choïgou', place: 'Pyongyang', placeAgain: 'Pyongyang' }

  it.each([
    ['with its .txt', true],
    ['without its .txt', false]
  ])('on the sample article, %s, gives the same tags: kinds, spans, fields, authors, links', (_name, withTxt) => {
    const tags = richTags(sample, quotes)
    const [ann, txt] = bratExportFormat.serialize(exportInputFor(sample, tags, { language: 'fr' }))
    const parsed = parse(ann.content, context(sample, withTxt ? txt.content : undefined))
    expect(parsed.warnings).toEqual([])
    const outcome = importInto(sample, parsed)
    expect(outcome.warnings).toEqual([])
    expect(outcome.statuses.every((s) => s === 'attached')).toBe(true)
    expect(comparable(outcome.tags)).toEqual(comparable(tags))
  })

  it('on a text with emoji, combining accents and CRLF', () => {
    const text = 'Le porte-parole a dit : « 12 000 soldats 🪖 sont arrive\u0301s ».\r\nSelon l’agence 📰 KCNA, c’est faux.\r\n'
    const at = (tag: Tag): Tag => ({ ...tag, createdAt: NOW, updatedAt: NOW })
    const tags = [
      tagOn(text, { id: 'c', kind: 'claim', exact: '12 000 soldats 🪖 sont arrive\u0301s', patch: { claim: { verdict: 'false', sources: [{ sourceId: 's', relation: 'contradicts' }], entities: ['e'] } } }),
      tagOn(text, { id: 's', kind: 'source', exact: 'l’agence 📰 KCNA', patch: { source: { sourceType: 'press-agency' } } }),
      tagOn(text, { id: 'e', kind: 'entity', exact: 'KCNA', entityType: 'organisation' })
    ].map(at)
    const [ann] = bratExportFormat.serialize(exportInputFor(text, tags))
    const offsets = ann.content.split('\n').filter((l) => l.startsWith('T')).map((l) => l.split('\t')[1])
    // The claim starts at code point 26; the source after the CR LF, counted as two characters.
    expect(offsets).toEqual(['Claim 26 56', 'Source 67 82', 'Organisation 78 82'])
    const outcome = importInto(text, parse(ann.content, context(text, text)))
    expect(comparable(outcome.tags)).toEqual(comparable(tags))
  })
})

describe('brat import', () => {
  it('is detected from the content', () => {
    expect(detectImportFormat(fixture('000-introduction.ann'))).toBe(bratImportFormat)
    expect(bratImportFormat.detect('{"annotations": []}')).toBe(false)
    expect(bratImportFormat.detect('')).toBe(false)
  })

  it('maps spans onto an article whose text differs from the .txt in blank space only', () => {
    const txt = 'Moscou a renforcé ses liens.\nPyongyang\napplaudit.'
    const article = 'Moscou a renforcé  ses liens.\n\nPyongyang\n\napplaudit.'
    const ann = 'T1\tPlace 29 38\tPyongyang\nT2\tClaim 0 27\tMoscou a renforcé ses liens\n'
    const parsed = parse(ann, context(article, txt))
    expect(parsed.warnings).toEqual([])
    expect(parsed.annotations.map((a) => a.target.position)).toEqual([
      { start: 31, end: 40 },
      { start: 0, end: 28 }
    ])
    const outcome = importInto(article, parsed)
    expect(outcome.tags.map((t) => article.slice(t.target.position.start, t.target.position.end))).toEqual(['Pyongyang', 'Moscou a renforcé  ses liens'])
  })

  it('places spans by quote when the .txt differs more, or when it is missing and the offsets do not fit', () => {
    const txt = 'En bref. Moscou a renforcé ses liens avec Pyongyang.'
    const article = 'Moscou a renforcé ses liens avec Pyongyang, dit-on.'
    const ann = 'T1\tPlace 42 51\tPyongyang\n'
    const withTxt = parse(ann, context(article, txt))
    expect(withTxt.warnings).toEqual(['The .txt differs from the article’s text beyond blank space: annotations are placed by their text and its context.'])
    expect(withTxt.annotations[0].target).toMatchObject({ exact: 'Pyongyang', position: null })
    const withoutTxt = parse(ann, context(article))
    expect(withoutTxt.warnings).toEqual(['The .ann file came without its .txt and its offsets do not match the article: each annotation is placed by its text alone.'])
    for (const parsed of [withTxt, withoutTxt]) {
      const [tag] = importInto(article, parsed).tags
      expect(article.slice(tag.target.position.start, tag.target.position.end)).toBe('Pyongyang')
    }
  })

  it('imports a discontinuous span as its covering span, with a warning naming it', () => {
    const txt = 'Moscou, dit-on, renforce ses liens.'
    const ann = 'T1\tClaim 0 6;16 34\tMoscou renforce ses liens\nT2\tPERSON 16 24\trenforce\n'
    const parsed = parse(ann, context(txt, txt))
    // PERSON is a common type name of other corpora: an entity of type Person, without a warning.
    expect(parsed.warnings).toEqual(['T1 is in 2 pieces; a Factmark tag covers one stretch of text, so it covers from its first piece to its last.'])
    const outcome = importInto(txt, parsed)
    expect(txt.slice(outcome.tags[0].target.position.start, outcome.tags[0].target.position.end)).toBe('Moscou, dit-on, renforce ses liens')
    expect(outcome.tags[1]).toMatchObject({ kind: 'entity', entity: { entityType: 'person' }, note: '' })
  })

  it('reads brat’s own example files, each span on the text at its offsets', () => {
    for (const name of ['000-introduction', '060-relation_annotation', '110-note_annotation']) {
      const txt = fixture(`${name}.txt`)
      const ann = fixture(`${name}.ann`)
      const parsed = parse(ann, context(txt, txt))
      const outcome = importInto(txt, parsed)
      const spans = ann.split('\n').filter((l) => l.startsWith('T'))
      expect(outcome.tags).toHaveLength(spans.length)
      outcome.tags.forEach((tag, i) => {
        const expected = spans[i].split('\t')[2]
        expect(txt.slice(tag.target.position.start, tag.target.position.end)).toBe(expected)
        expect(tag.createdBy).toEqual(KIT_AUTHOR)
        expect(tag.createdAt).toBe(NOW)
      })
      expect(outcome.statuses.every((s) => s === 'attached')).toBe(true)
    }
  })

  it('keeps what Factmark has of brat’s introduction and says what it leaves out', () => {
    const txt = fixture('000-introduction.txt')
    const parsed = parse(fixture('000-introduction.ann'), context(txt, txt))
    expect(parsed.warnings).toEqual([
      'The event E1 was left out: Factmark has no events (its trigger is imported as a tag).',
      'The relation R2 (“Origin”) was left out: Factmark links claims to sources and entities, and mentions to their entity.',
      'The relation R1 (“Family”) was left out: Factmark links claims to sources and entities, and mentions to their entity.',
      'The attribute “Mention” of T4 was left out: Factmark has no such field.',
      'The attribute “Individual” of T4 was left out: Factmark has no such field.',
      'The attribute “Mention” of T5 was left out: Factmark has no such field.',
      'The attribute “Individual” of T5 was left out: Factmark has no such field.',
      'A5 was left out: it is on E1, which is not a text annotation.',
      'One annotation of the brat type “Money” was imported as an entity of type Other; its note names the type.',
      'One annotation of the brat type “Transfer-money” was imported as an entity of type Other; its note names the type.'
    ])
    const byKey = new Map(parsed.annotations.map((a) => [a.key, a]))
    expect(byKey.get('T1')).toMatchObject({ kind: 'entity', entity: { entityType: 'organisation' } })
    expect(byKey.get('T7')).toMatchObject({ kind: 'entity', entity: { entityType: 'place' } })
    expect(byKey.get('T2')?.note).toBe('brat type: Money\n100000000 USD')
    expect(byKey.get('T5')?.entity).toMatchObject({ externalId: 'Wikipedia:64488', canonicalName: 'Carlos Salinas de Gortari' })
    const relations = parse(fixture('060-relation_annotation.ann'), context(fixture('060-relation_annotation.txt')))
    const alias = new Map(relations.annotations.map((a) => [a.key, a.links?.mentionOf]))
    expect([alias.get('T3'), alias.get('T4'), alias.get('T5')]).toEqual([undefined, 'T3', 'T3'])
  })

  it('reads legacy M attributes, attributes without value, and relations with or without the final tab', () => {
    const txt = 'KCNA dit que Moscou aide.'
    const ann = ['T1\tSource 0 4\tKCNA', 'T2\tClaim 13 24\tMoscou aide', 'M1\tVerdict T2 FALSE', 'A2\tNegation T2', 'R1\tSupports Arg1:T2 Arg2:T1', 'R2\tContradicts Arg1:T2 Arg2:T1\t'].join('\r\n')
    const parsed = parse(ann, context(txt, txt))
    expect(parsed.warnings).toEqual(['The attribute “Negation” of T2 was left out: Factmark has no such field.'])
    expect(parsed.annotations[1]).toMatchObject({ claim: { verdict: 'false' }, links: { sources: [{ key: 'T1', relation: 'supports' }, { key: 'T1', relation: 'contradicts' }] } })
  })

  it('refuses a malformed file with a sentence naming the line and what is wrong', () => {
    const txt = 'Moscou et Pyongyang.'
    const ctx = context(txt, txt)
    const cases: [string, string][] = [
      ['T1\tPlace 0 6\tMoscou\nX1\tfoo', 'Line 2 of the .ann file is not a brat annotation: it starts with “X1 foo”, where brat expects T, R, E, A, M, N, # or *.'],
      ['T1\tPlace 6 0\tMoscou', 'Line 1 of the .ann file has the span “6 0”, which is not two offsets with the start before the end.'],
      ['T1\tPlace 0 6;a b\tMoscou', 'Line 1 of the .ann file has the span “0 6;a b”, which is not two offsets with the start before the end.'],
      ['T1\tPlace 10 30\tPyongyang. Et après!', 'Line 1 of the .ann file has a span ending at 30, past the end of the text (20 characters).'],
      ['T1\tPlace 0 6\tMoscow', 'Line 1 of the .ann file gives the text “Moscow”, but the .txt has “Moscou” at its offsets.'],
      ['T1\tPlace 0 6\tMoscou\nR1\tSupports Arg1:T1 Arg2:T9\t', 'Line 2 of the .ann file names “T9”, which is no annotation of the file.'],
      ['T1\tPlace 0 6\tMoscou\nR1\tSupports Arg1:T1\t', 'Line 2 of the .ann file is not a relation of the form “R1 <tab> Type Arg1:T1 Arg2:T2”.'],
      ['T1\tPlace 0 6\tMoscou\nT1\tPlace 10 19\tPyongyang', 'Line 2 of the .ann file uses the id “T1” a second time.'],
      ['T1\tPlace 0 6', 'Line 1 of the .ann file is not a text annotation of the form “T1 <tab> Type start end <tab> text”.'],
      ['T1\tPlace 0 6\tMoscou\nA1\tVerdict', 'Line 2 of the .ann file is not an attribute of the form “A1 <tab> Name T1 value”.'],
      ['T1\tPlace 0 6\tMoscou\nN1\tReference T1 Q42\tDouglas', 'Line 2 of the .ann file is not a normalisation of the form “N1 <tab> Reference T1 Base:Id <tab> text”.']
    ]
    for (const [ann, sentence] of cases) expect(refusal(ann, ctx)).toBe(sentence)
  })

  it('makes the importer the author, at the time of the import, and adds nothing the second time', () => {
    const txt = 'Moscou et Pyongyang.'
    const parsed = parse('T1\tPlace 0 6\tMoscou\n', context(txt, txt))
    const first = importInto(txt, parsed)
    expect(first.tags[0]).toMatchObject({ createdBy: KIT_AUTHOR, updatedBy: KIT_AUTHOR, createdAt: NOW })
    const again = importAnnotations({ text: txt, articleSha256: 'c'.repeat(64), format: 'brat', parsed, existingIds: new Set(first.tags.map((t) => t.id)), now: KIT_TIME })
    expect(again.tags).toEqual([])
    expect(again.alreadyThere).toBe(1)
  })
})
