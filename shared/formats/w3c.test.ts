import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import jsonld from 'jsonld'
import type { RemoteDocument } from 'jsonld/jsonld-spec'
import { describe, expect, it } from 'vitest'
import type { Tag } from '../model/tag'
import { exportInputFor, KIT_AUTHOR, tagOn } from '../testing/exportKit'
import { EXPORT_FORMATS, IMPORT_FORMATS, detectImportFormat } from './index'
import { importAnnotations } from './importTags'
import type { ExportInput, ImportContext, ParsedImport } from './types'
import { ANNO_CONTEXT, parseW3c, tagsToW3c, W3C_MEDIA_TYPE, w3cExportFormat } from './w3c'

const FIXTURES = join(__dirname, 'fixtures', 'w3c')
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8')
const SAMPLE = readFileSync(join(__dirname, '..', '..', 'electron', 'resources', 'russie-coree-du-nord.fr.txt'), 'utf8')
const ANOTHER: ImportContext['importer'] = { annotatorId: 'paul-id', name: 'Paul Martin' }

/** Emoji (astral, a flag of two, a skin tone) and combining accents (e + U+0301, e + U+0308). */
const EMOJI = 'Le président 🇫🇷 a dit : « La cafe\u0301ine 🧪 tue 3 personnes sur 4 » — selon l’INSEE 📊, c’est faux.\n\nZoe\u0308 Martin l’a confirmé 👍🏽.'

function contextFor(text: string): ImportContext {
  return { text, importer: ANOTHER, now: '2026-12-01T10:00:00.000Z' }
}

function parsed(content: string, text: string): ParsedImport {
  const result = parseW3c(content, contextFor(text))
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

function refusal(content: string, text = EMOJI): string {
  const result = parseW3c(content, contextFor(text))
  if (result.ok) throw new Error('accepted')
  return result.error.message
}

/** The tags of a fact-check on `text`: every kind, every field, every kind of link. */
function factCheck(text: string, quotes: { claim: string; source: string; speaker: string; mention: string }): Tag[] {
  const other = { annotatorId: 'jeanne-id', name: 'Jeanne Roux' }
  return [
    tagOn(text, { id: 's1', kind: 'source', exact: quotes.source, author: other, patch: { note: 'Agence d’État.', source: { url: 'https://kcna.kp/fr', sourceType: 'press-agency', publisher: 'KCNA', publishedOn: '2023-07-26', accessedOn: '2023-07-27', reliability: 'Propagande' } } }),
    tagOn(text, { id: 'e1', kind: 'entity', exact: quotes.speaker, entityType: 'person', patch: { entity: { canonicalName: 'Le Speaker', aliases: ['Alias Un', 'Alias 2'], externalId: 'Q42' } } }),
    tagOn(text, { id: 'e2', kind: 'entity', exact: quotes.mention, entityType: 'person', patch: { entity: { mentionOf: 'e1' } } }),
    tagOn(text, {
      id: 'c1',
      kind: 'claim',
      exact: quotes.claim,
      patch: {
        note: 'Première ligne.\nDeuxième « ligne ».',
        claim: { verdict: 'mostly-false', status: 'checked', claimReviewed: 'Une affirmation', rationale: 'Parce que.', checkWorthiness: 'high', claimDate: '2023-07-26', speakerId: 'e1', entities: ['e2'], sources: [{ sourceId: 's1', relation: 'contradicts' }] }
      }
    }),
    tagOn(text, { id: 'c2', kind: 'claim', exact: quotes.speaker, patch: { claim: { sources: [{ sourceId: 's1', relation: 'supports' }] } } })
  ]
}

/** A tag as a user sees it, with ids replaced by the quote of the tag they name. */
function seen(tags: readonly Tag[]): unknown[] {
  const quoteOf = new Map(tags.map((t) => [t.id, `${t.kind}:${t.target.quote.exact}`]))
  const name = (id: string | null): string | null => (id === null ? null : (quoteOf.get(id) ?? `missing ${id}`))
  return tags
    .map((tag) => {
      const { id: _id, ...rest } = tag
      if (rest.kind === 'claim') {
        const c = rest.claim
        return { ...rest, claim: { ...c, speakerId: name(c.speakerId), entities: c.entities.map(name), sources: c.sources.map((s) => ({ ...s, sourceId: name(s.sourceId) })) } }
      }
      if (rest.kind === 'entity') return { ...rest, entity: { ...rest.entity, mentionOf: name(rest.entity.mentionOf) } }
      return rest
    })
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
}

function roundTrip(input: ExportInput): { tags: Tag[]; warnings: string[] } {
  const [file] = w3cExportFormat.serialize(input)
  const outcome = importAnnotations({ text: input.text, articleSha256: 'b'.repeat(64), format: 'w3c', parsed: parsed(file.content, input.text), existingIds: new Set(), now: '2026-12-01T10:00:00.000Z' })
  expect(outcome.statuses.every((s) => s === 'attached')).toBe(true)
  return { tags: outcome.tags, warnings: outcome.warnings }
}

describe('W3C Web Annotation export', () => {
  const tags = factCheck(EMOJI, { claim: 'La cafe\u0301ine 🧪 tue 3 personnes sur 4', source: 'l’INSEE 📊', speaker: 'Le président 🇫🇷', mention: 'Zoe\u0308 Martin' })

  it('writes one collection with the exact context, an embedded page and code point positions', () => {
    const [file] = EXPORT_FORMATS.w3c?.serialize(exportInputFor(EMOJI, tags, { language: 'fr' })) ?? []
    expect(file.extension).toBe('.jsonld')
    expect(file.mediaType).toBe(W3C_MEDIA_TYPE)
    const doc = JSON.parse(file.content)
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(doc.type).toBe('AnnotationCollection')
    expect(doc.first.type).toBe('AnnotationPage')
    // 5 tags and 5 links (claim → source ×2, claim → speaker, claim → entity, mention → entity).
    expect(doc.first.items).toHaveLength(10)
    expect(doc.total).toBe(10)
    const byId = new Map(doc.first.items.map((a: { id: string }) => [a.id, a]))
    const claim = byId.get('urn:factmark:tag:c1') as Record<string, unknown> & { target: { source: string; selector: Record<string, unknown>[] }; body: Record<string, unknown>[] }
    expect(claim.motivation).toBe('assessing')
    expect(claim.creator).toEqual({ id: 'urn:factmark:annotator:marie-id', type: 'Person', name: 'Marie Dupont' })
    expect(claim.created).toBe('2026-11-30T09:15:00.000Z')
    expect(claim.modified).toMatch(/Z$/)
    expect(claim.target.source).toBe(`urn:sha256:${'a'.repeat(64)}`)
    expect(claim.target.selector[0]).toEqual({ type: 'TextQuoteSelector', exact: 'La cafe\u0301ine 🧪 tue 3 personnes sur 4', prefix: expect.any(String), suffix: expect.any(String) })
    // UTF-16: 28..64; code points: the flag's two regional indicators are 2 units each.
    expect(claim.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 26, end: 61 })
    expect(claim.body.map((b) => [b.purpose, b.value])).toEqual([
      ['tagging', 'Affirmation'],
      ['assessing', 'Plutôt faux'],
      ['commenting', 'Première ligne.\nDeuxième « ligne ».']
    ])
    const entity = byId.get('urn:factmark:tag:e2') as { motivation: string; target: { selector: unknown[] } }
    expect(entity.motivation).toBe('identifying')
    expect(entity.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 96, end: 107 })
    expect((byId.get('urn:factmark:tag:s1') as { motivation: string }).motivation).toBe('tagging')
    expect((byId.get('urn:factmark:tag:c2') as { motivation: string }).motivation).toBe('tagging')
    const link = byId.get('urn:factmark:link:c1:contradicts:s1') as Record<string, unknown>
    expect(link).toMatchObject({ type: 'Annotation', motivation: 'linking', body: 'urn:factmark:tag:s1', target: 'urn:factmark:tag:c1', 'urn:factmark:relation': 'contradicts' })
  })

  it('names the article by its URL property when given, and writes no page when there is nothing to export', () => {
    const withUrl = tagsToW3c(exportInputFor(EMOJI, tags, { properties: { url: 'https://example.org/article' } }))
    expect((withUrl.first as { items: { target: { source: string } }[] }).items[0].target.source).toBe('https://example.org/article')
    const empty = tagsToW3c(exportInputFor(EMOJI, []))
    expect(empty).not.toHaveProperty('first')
    expect(empty.total).toBe(0)
    expect(parsed(JSON.stringify(empty), EMOJI).annotations).toEqual([])
  })

  it('writes times in UTC with a trailing Z even when the tag file holds an offset', () => {
    const tag = { ...tags[0], createdAt: '2026-11-30T10:15:00+01:00', updatedAt: '2026-11-30T11:00:00.5+01:00' }
    const item = (tagsToW3c(exportInputFor(EMOJI, [tag])).first as { items: Record<string, string>[] }).items[0]
    expect([item.created, item.modified]).toEqual(['2026-11-30T09:15:00.000Z', '2026-11-30T10:00:00.500Z'])
  })
})

describe('W3C round trip: export, then import into a fresh copy of the article', () => {
  it('gives the same tags on the sample article (kinds, spans, fields, authors, links)', () => {
    const tags = factCheck(SAMPLE, { claim: 'la RPDC est un partenaire important de la Russie', source: 'l’agence de presse officielle KCNA', speaker: 'Sergueï Choïgou', mention: 'Sergueï Choïgou' })
    tags[2] = tagOn(SAMPLE, { id: 'e2', kind: 'entity', exact: 'Sergueï Choïgou', occurrence: 1, entityType: 'person', patch: { entity: { mentionOf: 'e1' } } })
    const { tags: back, warnings } = roundTrip(exportInputFor(SAMPLE, tags, { language: 'fr' }))
    expect(warnings).toEqual([])
    expect(seen(back)).toEqual(seen(tags))
  })

  it('gives the same tags on a text with emoji and combining accents', () => {
    const tags = factCheck(EMOJI, { claim: 'La cafe\u0301ine 🧪 tue 3 personnes sur 4', source: 'l’INSEE 📊', speaker: 'Le président 🇫🇷', mention: 'Zoe\u0308 Martin' })
    const { tags: back } = roundTrip(exportInputFor(EMOJI, tags))
    expect(seen(back)).toEqual(seen(tags))
    const source = back.find((t) => t.kind === 'source') as Tag
    expect(source.target.position).toEqual({ start: 75, end: 85 })
    expect(source.createdBy).toEqual({ annotatorId: 'jeanne-id', name: 'Jeanne Roux' })
  })

  it('a second import of the same file adds nothing', () => {
    const input = exportInputFor(EMOJI, factCheck(EMOJI, { claim: 'La cafe\u0301ine', source: 'l’INSEE 📊', speaker: 'Le président 🇫🇷', mention: 'Zoe\u0308 Martin' }))
    const content = w3cExportFormat.serialize(input)[0].content
    const args = { text: EMOJI, articleSha256: 'b'.repeat(64), format: 'w3c' as const, parsed: parsed(content, EMOJI), now: '2026-12-01T10:00:00.000Z' }
    const first = importAnnotations({ ...args, existingIds: new Set() })
    const second = importAnnotations({ ...args, existingIds: new Set(first.tags.map((t) => t.id)) })
    expect(second.tags).toEqual([])
    expect(second.alreadyThere).toBe(5)
  })

  it('keeps a link to a source outside the text out, with a warning', () => {
    const claim = tagOn(EMOJI, { id: 'c1', kind: 'claim', exact: 'La cafe\u0301ine', patch: { claim: { sources: [{ sourceId: 'o1', relation: 'context' }] } } })
    const outside = { id: 'o1', title: 'Rapport 2023', note: '', createdBy: KIT_AUTHOR, createdAt: claim.createdAt, updatedBy: KIT_AUTHOR, updatedAt: claim.createdAt, source: { url: 'https://example.org/r', sourceType: 'document' as const, publisher: '', publishedOn: '', accessedOn: '', reliability: '' } }
    const doc = tagsToW3c(exportInputFor(EMOJI, [claim], { outsideSources: [outside] }))
    const link = (doc.first as { items: Record<string, unknown>[] }).items[1]
    expect(link.body).toEqual({ id: 'urn:factmark:tag:o1', 'urn:factmark:title': 'Rapport 2023', 'urn:factmark:sourceUrl': 'https://example.org/r', 'urn:factmark:sourceType': 'document' })
    const { warnings } = roundTrip(exportInputFor(EMOJI, [claim], { outsideSources: [outside] }))
    expect(warnings).toEqual(['A link to “urn:factmark:tag:o1” was left out: the file has no annotation with that name.'])
  })
})

describe('W3C export expanded by a JSON-LD processor, offline', () => {
  const context = JSON.parse(fixture('anno.jsonld'))
  const documentLoader = async (url: string): Promise<RemoteDocument> => {
    if (url !== ANNO_CONTEXT) throw new Error(`no network in tests: ${url}`)
    return { contextUrl: undefined, documentUrl: url, document: context }
  }
  const OA = 'http://www.w3.org/ns/oa#'

  it('expands to oa:Annotation nodes with targets, selectors, integer positions, creators and dates', async () => {
    const tags = factCheck(EMOJI, { claim: 'La cafe\u0301ine 🧪 tue 3 personnes sur 4', source: 'l’INSEE 📊', speaker: 'Le président 🇫🇷', mention: 'Zoe\u0308 Martin' })
    const doc = tagsToW3c(exportInputFor(EMOJI, tags))
    const [collection] = (await jsonld.expand(doc as jsonld.JsonLdDocument, { documentLoader })) as Record<string, unknown[]>[]
    expect(collection['@type']).toEqual(['http://www.w3.org/ns/activitystreams#OrderedCollection'])
    const page = collection['http://www.w3.org/ns/activitystreams#first'][0] as Record<string, unknown[]>
    expect(page['@type']).toEqual(['http://www.w3.org/ns/activitystreams#OrderedCollectionPage'])
    const items = (page['http://www.w3.org/ns/activitystreams#items'][0] as { '@list': Record<string, unknown[]>[] })['@list']
    expect(items).toHaveLength(10)
    const claim = items.find((i) => i['@id'] as unknown as string === 'urn:factmark:tag:c1') as Record<string, unknown[]>
    expect(claim['@type']).toEqual([`${OA}Annotation`])
    expect(claim[`${OA}motivatedBy`]).toEqual([{ '@id': `${OA}assessing` }])
    expect(claim['http://purl.org/dc/terms/creator']).toEqual([{ '@id': 'urn:factmark:annotator:marie-id', '@type': ['http://xmlns.com/foaf/0.1/Person'], 'http://xmlns.com/foaf/0.1/name': [{ '@value': 'Marie Dupont' }] }])
    expect(claim['http://purl.org/dc/terms/created']).toEqual([{ '@type': 'http://www.w3.org/2001/XMLSchema#dateTime', '@value': '2026-11-30T09:15:00.000Z' }])
    expect(claim['urn:factmark:verdict']).toEqual([{ '@value': 'mostly-false' }])
    const bodies = claim[`${OA}hasBody`] as Record<string, unknown[]>[]
    expect(bodies.map((b) => [b['@type'], b[`${OA}hasPurpose`]])).toEqual([
      [[`${OA}TextualBody`], [{ '@id': `${OA}tagging` }]],
      [[`${OA}TextualBody`], [{ '@id': `${OA}assessing` }]],
      [[`${OA}TextualBody`], [{ '@id': `${OA}commenting` }]]
    ])
    const target = claim[`${OA}hasTarget`][0] as Record<string, unknown[]>
    expect(target[`${OA}hasSource`]).toEqual([{ '@id': `urn:sha256:${'a'.repeat(64)}` }])
    const selectors = target[`${OA}hasSelector`] as Record<string, unknown[]>[]
    expect(selectors.map((s) => s['@type'])).toEqual([[`${OA}TextQuoteSelector`], [`${OA}TextPositionSelector`]])
    expect(selectors[0][`${OA}exact`]).toEqual([{ '@value': 'La cafe\u0301ine 🧪 tue 3 personnes sur 4' }])
    const start = selectors[1][`${OA}start`][0] as { '@value': unknown; '@type': string }
    expect(start).toEqual({ '@type': 'http://www.w3.org/2001/XMLSchema#nonNegativeInteger', '@value': 26 })
    expect(Number.isInteger(start['@value'])).toBe(true)
    const link = items.find((i) => (i['@id'] as unknown as string) === 'urn:factmark:link:c1:speaker:e1') as Record<string, unknown[]>
    expect(link[`${OA}motivatedBy`]).toEqual([{ '@id': `${OA}linking` }])
    expect(link[`${OA}hasBody`]).toEqual([{ '@id': 'urn:factmark:tag:e1' }])
    expect(link[`${OA}hasTarget`]).toEqual([{ '@id': 'urn:factmark:tag:c1' }])
  })

  it('the published context lacks assessing: our copy adds it (the published one has 113 terms)', () => {
    expect(context['@context'].assessing).toBe('oa:assessing')
    expect(Object.keys(context['@context'])).toHaveLength(114)
  })
})

describe('W3C import of other tools’ annotations', () => {
  /** A text holding the quotes of the W3C test suite's text annotations, with their context. */
  const SUITE_TEXT = 'Notes. And this is an anotation that has some typos. Then some text before the Selected Text and text after it, done.'

  function imported(content: string, text: string): { tags: Tag[]; warnings: string[] } {
    const outcome = importAnnotations({ text, articleSha256: 'b'.repeat(64), format: 'w3c', parsed: parsed(content, text), existingIds: new Set(), now: '2026-12-01T10:00:00.000Z' })
    return { tags: outcome.tags, warnings: outcome.warnings }
  }
  const span = (text: string, tag: Tag): string => text.slice(tag.target.position.start, tag.target.position.end)

  it('places the test suite’s TextQuoteSelector (anno26) and one refining a FragmentSelector (anno32)', () => {
    const [a26] = imported(fixture('w3c-tests-anno26.json'), SUITE_TEXT).tags
    expect(span(SUITE_TEXT, a26)).toBe('anotation')
    expect(a26.target.position).toEqual({ start: SUITE_TEXT.indexOf('anotation'), end: SUITE_TEXT.indexOf('anotation') + 9 })
    expect(a26.kind).toBe('claim')
    expect(a26.note).toBe('http://example.org/comment1')
    expect(a26.createdBy).toEqual(ANOTHER) // no creator in the file: the importer
    const [a32] = imported(fixture('w3c-tests-anno32.json'), SUITE_TEXT).tags
    expect(span(SUITE_TEXT, a32)).toBe('Selected Text')
  })

  it('reads the test suite’s collection of 41 examples: the 2 on a text are placed, the others left out with a warning each', () => {
    const { tags, warnings } = imported(fixture('w3c-tests-collection1.json'), SUITE_TEXT)
    expect(tags.map((t) => span(SUITE_TEXT, t))).toEqual(['anotation', 'Selected Text'])
    expect(warnings).toHaveLength(39)
    expect(warnings[0]).toBe('The annotation at first.items[0] was left out: it has no TextQuoteSelector to place it in the text.')
  })

  it('refuses, with a sentence, the suite’s files that target no text (a web page, an ebook by position only, an XML fragment)', () => {
    const sentence = (path: string) =>
      `No annotation in the file has a TextQuoteSelector, which Factmark places by (the first, at ${path}, has none): its annotations are not on a text.`
    expect(refusal(fixture('w3c-tests-anno1.json'))).toBe(sentence('annotation'))
    expect(refusal(fixture('w3c-tests-anno27.json'))).toBe(sentence('annotation'))
    expect(refusal(fixture('w3c-tests-anno41-example44.json'))).toBe(sentence('annotation'))
  })

  it('keeps a foreign creator’s id and name, its dates in UTC, its comment as the note; an unknown motivation is a warning', () => {
    const text = 'Le ministre a dit que la guerre était finie.'
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/anno9',
      type: 'Annotation',
      motivation: ['commenting', 'praising'],
      creator: { id: 'http://example.org/user1', type: 'Person', name: 'A. Person', nickname: 'user1' },
      created: '2015-10-13T13:00:00+02:00',
      body: [{ type: 'TextualBody', value: 'À vérifier.', purpose: 'commenting' }, { type: 'TextualBody', purpose: 'tagging', value: 'Entity' }],
      target: { source: 'http://example.org/page1', selector: { type: 'TextQuoteSelector', exact: 'la guerre était finie' } }
    }
    const { tags, warnings } = imported(JSON.stringify(annotation), text)
    expect(tags).toHaveLength(1)
    expect(tags[0]).toMatchObject({ kind: 'entity', note: 'À vérifier.', createdBy: { annotatorId: 'http://example.org/user1', name: 'A. Person' }, createdAt: '2015-10-13T11:00:00.000Z', updatedAt: '2015-10-13T11:00:00.000Z' })
    expect(span(text, tags[0])).toBe('la guerre était finie')
    expect(warnings).toEqual(['The annotation at annotation has the motivation "praising", which Factmark does not know: it was kept as a claim.'])
  })

  it('reads a page and a bare list of annotations too, and is found by detection', () => {
    const one = { type: 'Annotation', target: { selector: { type: 'TextQuoteSelector', exact: 'Zoe\u0308' } } }
    const page = JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items: [one] })
    const list = JSON.stringify([{ '@context': 'http://www.w3.org/ns/anno.jsonld', ...one }])
    expect(parsed(page, EMOJI).annotations[0].target.exact).toBe('Zoe\u0308')
    expect(parsed(list, EMOJI).annotations[0].key).toBe('[0]')
    expect(detectImportFormat(page)).toBe(IMPORT_FORMATS.w3c)
    expect(detectImportFormat(list)).toBe(IMPORT_FORMATS.w3c)
    expect(detectImportFormat('{"rows": []}')).toBeNull()
  })
})

describe('W3C import refuses malformed files with a clear sentence', () => {
  const base = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', target: { selector: [{ type: 'TextQuoteSelector', exact: 'Zoe\u0308' }, { type: 'TextPositionSelector', start: 96, end: 100 }] } }
  const variant = (patch: Record<string, unknown>): string => JSON.stringify({ ...base, ...patch })

  it.each([
    ['not JSON', '{"@context": ', /^The file is not JSON: .+\.$/],
    ['no @context', JSON.stringify({ type: 'Annotation' }), 'The file has no @context: a W3C Web Annotation file names "http://www.w3.org/ns/anno.jsonld" as its @context.'],
    ['another context', variant({ '@context': 'http://schema.org' }), 'The field @context is "http://schema.org", not "http://www.w3.org/ns/anno.jsonld": this is not a W3C Web Annotation file.'],
    ['no type', variant({ type: undefined }), 'The object at the top level has no type: a W3C Web Annotation names its type (Annotation, AnnotationPage or AnnotationCollection).'],
    ['a bad date', variant({ created: '13/10/2015' }), 'The field annotation.created is "13/10/2015", not a date and time in ISO 8601 (such as 2026-11-30T09:15:00Z).'],
    ['no TextQuoteSelector', variant({ target: { selector: { type: 'TextPositionSelector', start: 1, end: 2 } } }), 'No annotation in the file has a TextQuoteSelector, which Factmark places by (the first, at annotation, has none): its annotations are not on a text.'],
    ['a quote that is not a string', variant({ target: { selector: { type: 'TextQuoteSelector', exact: 42 } } }), 'The field annotation.target.selector.exact is not a text string.'],
    ['a position that is not a whole number', variant({ target: { selector: [base.target.selector[0], { type: 'TextPositionSelector', start: '96', end: 99 }] } }), 'The field annotation.target.selector[1].start is not a whole number of at least 0.'],
    ['an item of the wrong type', JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items: [{ ...base, '@context': undefined, type: 'Image' }] }), 'The field items[0] has the type "Image", where Annotation was expected.'],
    ['a page not embedded', JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: 'http://example.org/page1' }), 'The field first names a page the file does not hold: export the collection with its pages embedded.'],
    ['a number', '42', 'The file holds no W3C Web Annotation: neither an annotation, a page, a collection nor a list of annotations.']
  ])('%s', (_name, content, expected) => {
    const message = refusal(content)
    if (typeof expected === 'string') expect(message).toBe(expected)
    else expect(message).toMatch(expected)
  })

  it('converts a code point position back to UTF-16 as the hint', () => {
    expect(parsed(JSON.stringify(base), EMOJI).annotations[0].target.position).toEqual({ start: 100, end: 104 })
  })
})
