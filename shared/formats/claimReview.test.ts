import { readFileSync } from 'node:fs'
import jsonld from 'jsonld'
import type { JsonLdDocument, NodeObject } from 'jsonld'
import type { RemoteDocument } from 'jsonld/jsonld-spec'
import { describe, expect, it } from 'vitest'
import { labelsEn } from '../messages/labels.en'
import type { Tag } from '../model/tag'
import { exportInputFor, tagOn } from '../testing/exportKit'
import { claimReviewFormat } from './claimReview'
import { factCheckApiFormat } from './factCheckApi'
import { EXPORT_FORMATS } from './index'
import type { ExportInput } from './types'

const SAMPLE = readFileSync(new URL('../../electron/resources/russie-coree-du-nord.fr.txt', import.meta.url), 'utf8')
/** schema.org's own context document (release 30.0), served for https://schema.org without the network. */
const SCHEMA_CONTEXT = JSON.parse(readFileSync(new URL('./fixtures/schemaorg/schemaorgcontext.jsonld', import.meta.url), 'utf8')) as NodeObject
const S = 'http://schema.org/'

const PROPERTIES = {
  headline: 'Russie : Sergueï Choïgou à Pyongyang',
  url: 'https://news.example.fr/russie-coree-du-nord',
  publisher: 'Le Journal d’exemple',
  author: 'Awa Diallo',
  datePublished: '2023-07-27',
  reviewUrl: 'https://verif.example.org/2023/choigou-pyongyang',
  organisation: 'Vérif’Exemple',
  organisationUrl: 'https://verif.example.org/'
}

const FRONTIER = 'la RPDC est un partenaire important de la Russie, avec lequel nous sommes liés par une frontière commune'
const MISSILES = 'Pyongyang n’a pas cessé ces derniers mois de multiplier ses tirs de missile'
const COOPERATION = 'son souhait de « renforcer la coopération »'

function sampleTags(): Tag[] {
  return [
    tagOn(SAMPLE, { id: 'e-choigou', kind: 'entity', exact: 'Sergueï Choïgou', entityType: 'person', patch: { entity: { canonicalName: 'Sergueï Choïgou' } } }),
    tagOn(SAMPLE, { id: 'e-ministere', kind: 'entity', exact: 'ministère russe de la Défense', entityType: 'organisation' }),
    tagOn(SAMPLE, {
      id: 'c-frontier',
      kind: 'claim',
      exact: FRONTIER,
      patch: {
        claim: {
          verdict: 'mostly-false',
          claimReviewed: 'La Corée du Nord et la Russie ont une frontière commune importante',
          claimDate: '2023-07-26',
          speakerId: 'e-ministere',
          rationale: 'La frontière ne fait que 17 km.'
        }
      }
    }),
    tagOn(SAMPLE, { id: 'c-missiles', kind: 'claim', exact: MISSILES, patch: { claim: { verdict: 'true' } } }),
    tagOn(SAMPLE, { id: 'c-cooperation', kind: 'claim', exact: COOPERATION, patch: { claim: { verdict: 'unverifiable', speakerId: 'e-choigou' } } }),
    tagOn(SAMPLE, { id: 'c-unrated', kind: 'claim', exact: 'Moscou a renforcé ses liens avec son allié' })
  ]
}

function sampleInput(language: 'en' | 'fr', extra: Partial<ExportInput> = {}): ExportInput {
  return { ...exportInputFor(SAMPLE, sampleTags(), { language, properties: { ...PROPERTIES, language } }), ...extra }
}

/** Serves schema.org's context for its usual addresses; anything else is refused: never the network. */
async function offlineLoader(url: string): Promise<RemoteDocument> {
  const known = ['https://schema.org', 'https://schema.org/', 'http://schema.org', 'http://schema.org/', 'https://schema.org/docs/jsonldcontext.jsonld']
  if (!known.includes(url)) throw new Error(`offline test: no document for ${url}`)
  return { contextUrl: undefined, documentUrl: url, document: SCHEMA_CONTEXT }
}

type Node = Record<string, unknown>
const values = (node: Node, property: string): unknown[] => ((node[`${S}${property}`] ?? []) as Node[]).map((v) => v['@value'] ?? v['@id'] ?? v)
const one = (node: Node, property: string): Node => (node[`${S}${property}`] as Node[])[0]

describe('ClaimReview export', () => {
  it('is registered with its id, extension and media type, and writes one review per rated claim in text order, in French', () => {
    expect(EXPORT_FORMATS.claimreview).toBe(claimReviewFormat)
    const input = sampleInput('fr')
    expect(claimReviewFormat.problems?.(input)).toEqual([])
    const [file] = claimReviewFormat.serialize(input)
    expect(file.extension).toBe('.jsonld')
    expect(file.mediaType).toBe('application/ld+json')
    const reviews = JSON.parse(file.content) as Node[]
    expect(reviews.map((r) => r.claimReviewed)).toEqual([
      'son souhait de « renforcer la coopération »',
      'La Corée du Nord et la Russie ont une frontière commune importante',
      MISSILES
    ])
    expect(reviews[1]).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: PROPERTIES.reviewUrl,
      claimReviewed: 'La Corée du Nord et la Russie ont une frontière commune importante',
      datePublished: '2026-11-30',
      inLanguage: 'fr',
      author: { '@type': 'Organization', name: 'Vérif’Exemple', url: 'https://verif.example.org/' },
      reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Plutôt faux', ratingExplanation: 'La frontière ne fait que 17 km.' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: 'ministère russe de la Défense' },
        datePublished: '2023-07-26',
        appearance: {
          '@type': 'CreativeWork',
          url: PROPERTIES.url,
          headline: PROPERTIES.headline,
          datePublished: '2023-07-27',
          publisher: { '@type': 'Organization', name: 'Le Journal d’exemple' },
          author: { '@type': 'Person', name: 'Awa Diallo' }
        }
      }
    })
    // Unverifiable: a rating in words only, by a person.
    expect(reviews[0].reviewRating).toEqual({ '@type': 'Rating', bestRating: 5, worstRating: 1, alternateName: 'Invérifiable' })
    expect((reviews[0].itemReviewed as Node).author).toEqual({ '@type': 'Person', name: 'Sergueï Choïgou' })
    // No speaker, no claim date: left out, not written empty.
    expect(reviews[2].reviewRating).toMatchObject({ ratingValue: 5, alternateName: 'Vrai' })
    expect(Object.keys(reviews[2].itemReviewed as Node)).toEqual(['@type', 'appearance'])
  })

  it('labels ratings in English for an English article, and writes a single object for one chosen claim', () => {
    const input = sampleInput('en', { claimIds: new Set(['c-frontier', 'c-unrated']) })
    const review = JSON.parse(claimReviewFormat.serialize(input)[0].content) as Node
    expect(review['@type']).toBe('ClaimReview')
    expect(review.reviewRating).toMatchObject({ ratingValue: 2, alternateName: 'Mostly false' })
    expect(review.inLanguage).toBe('en')
  })

  it('expands, offline with schema.org’s shipped context, to schema:ClaimReview, schema:Rating and schema:Claim with their properties', async () => {
    const doc = JSON.parse(claimReviewFormat.serialize(sampleInput('fr'))[0].content) as JsonLdDocument
    const expanded = (await jsonld.expand(doc, { documentLoader: offlineLoader })) as unknown as Node[]
    expect(expanded).toHaveLength(3)
    expect(expanded.map((node) => node['@type'])).toEqual([[`${S}ClaimReview`], [`${S}ClaimReview`], [`${S}ClaimReview`]])
    const review = expanded[1]
    expect(values(review, 'url')).toEqual([PROPERTIES.reviewUrl])
    expect(values(review, 'claimReviewed')).toEqual(['La Corée du Nord et la Russie ont une frontière commune importante'])
    expect(values(review, 'datePublished')).toEqual(['2026-11-30'])
    expect(one(review, 'datePublished')['@type']).toBe(`${S}Date`)
    const author = one(review, 'author')
    expect(author['@type']).toEqual([`${S}Organization`])
    expect(values(author, 'name')).toEqual(['Vérif’Exemple'])
    const rating = one(review, 'reviewRating')
    expect(rating['@type']).toEqual([`${S}Rating`])
    expect(values(rating, 'ratingValue')).toEqual([2])
    expect(values(rating, 'bestRating')).toEqual([5])
    expect(values(rating, 'worstRating')).toEqual([1])
    expect(values(rating, 'alternateName')).toEqual(['Plutôt faux'])
    const claim = one(review, 'itemReviewed')
    expect(claim['@type']).toEqual([`${S}Claim`])
    expect(values(claim, 'datePublished')).toEqual(['2023-07-26'])
    expect(one(claim, 'author')['@type']).toEqual([`${S}Organization`])
    const appearance = one(claim, 'appearance')
    expect(appearance['@type']).toEqual([`${S}CreativeWork`])
    expect(values(appearance, 'url')).toEqual([PROPERTIES.url])
    expect(values(appearance, 'headline')).toEqual([PROPERTIES.headline])
    expect(one(appearance, 'publisher')['@type']).toEqual([`${S}Organization`])
    expect(one(one(expanded[0], 'itemReviewed'), 'author')['@type']).toEqual([`${S}Person`])
  })

  it('lists, per claim, what Google requires and is missing, and refuses to serialize until then', () => {
    const blank = tagOn(SAMPLE, { id: 'c-blank', kind: 'claim', exact: '\n\n', patch: { claim: { verdict: 'false' } } })
    const input = exportInputFor(SAMPLE, [...sampleTags(), blank], { language: 'en', properties: { ...PROPERTIES, reviewUrl: '' } })
    const noFalseLabel: ExportInput = { ...input, labels: { ...labelsEn, verdicts: { ...labelsEn.verdicts, false: '' } } }
    const problems = claimReviewFormat.problems?.(noFalseLabel) ?? []
    expect(problems.filter((p) => p.tagId === 'c-blank').map((p) => p.message)).toEqual([
      'The claim “” has nothing to say what was reviewed: write a short restatement of the claim.',
      'The claim “” needs the address of the page where the fact-check is published (the document property reviewUrl).',
      'The claim “” has the verdict “false”, which has no label in the article’s language: ClaimReview needs the rating in words.'
    ])
    expect(problems.find((p) => p.tagId === 'c-frontier')?.message).toBe(
      'The claim “la RPDC est un partenaire important de la Russie, avec…” needs the address of the page where the fact-check is published (the document property reviewUrl).'
    )
    expect(problems.some((p) => p.tagId === 'c-unrated')).toBe(false)
    expect(() => claimReviewFormat.serialize(noFalseLabel)).toThrow(/call problems\(\) first/)
    expect(() => factCheckApiFormat.serialize(noFalseLabel)).toThrow(/call problems\(\) first/)

    const notWeb = sampleInput('en', { properties: { ...sampleInput('en').properties, reviewUrl: 'verif.example.org/choigou' } })
    expect(claimReviewFormat.problems?.(notWeb)[0].message).toBe(
      'The claim “son souhait de « renforcer la coopération »” needs the fact-check’s page as a web address starting with https:// or http://, not “verif.example.org/choigou” (the document property reviewUrl).'
    )
    const nothingRated = exportInputFor(SAMPLE, [sampleTags()[5]], { properties: PROPERTIES })
    expect(claimReviewFormat.problems?.(nothingRated)).toEqual([
      { tagId: null, message: 'No claim has a verdict yet: ClaimReview describes rated claims only. Rate a claim first.' }
    ])
  })
})

describe('Fact Check Tools API export', () => {
  it('writes one ClaimReviewMarkupPage with the API’s field names and integer ratings, in French', () => {
    expect(EXPORT_FORMATS['factcheck-api']).toBe(factCheckApiFormat)
    const input = sampleInput('fr')
    expect(factCheckApiFormat.problems?.(input)).toEqual([])
    const [file] = factCheckApiFormat.serialize(input)
    expect(file.extension).toBe('.json')
    expect(file.mediaType).toBe('application/json')
    const page = JSON.parse(file.content) as Node
    expect(Object.keys(page)).toEqual(['pageUrl', 'publishDate', 'claimReviewAuthor', 'claimReviewMarkups'])
    expect(page.pageUrl).toBe(PROPERTIES.reviewUrl)
    expect(page.publishDate).toBe('2026-11-30')
    expect(page.claimReviewAuthor).toEqual({ name: 'Vérif’Exemple' })
    const markups = page.claimReviewMarkups as Node[]
    expect(markups).toHaveLength(3)
    expect(markups[1]).toEqual({
      url: PROPERTIES.reviewUrl,
      claimReviewed: 'La Corée du Nord et la Russie ont une frontière commune importante',
      claimDate: '2023-07-26',
      claimAppearances: [PROPERTIES.url],
      claimAuthor: { name: 'ministère russe de la Défense' },
      rating: { textualRating: 'Plutôt faux', ratingValue: 2, bestRating: 5, worstRating: 1, ratingExplanation: 'La frontière ne fait que 17 km.' }
    })
    expect(markups[0].rating).toEqual({ textualRating: 'Invérifiable', bestRating: 5, worstRating: 1 })
    for (const markup of markups) {
      const rating = markup.rating as Node
      for (const key of ['ratingValue', 'bestRating', 'worstRating'] as const) if (key in rating) expect(Number.isInteger(rating[key])).toBe(true)
    }
  })

  it('says the same in English, with the same checks as ClaimReview', () => {
    const page = JSON.parse(factCheckApiFormat.serialize(sampleInput('en'))[0].content) as Node
    expect((page.claimReviewMarkups as Node[]).map((m) => (m.rating as Node).textualRating)).toEqual(['Unverifiable', 'Mostly false', 'True'])
    const noUrl = sampleInput('en', { properties: { ...sampleInput('en').properties, reviewUrl: '' } })
    expect(factCheckApiFormat.problems?.(noUrl)).toEqual(claimReviewFormat.problems?.(noUrl))
    expect(factCheckApiFormat.problems?.(noUrl)).toHaveLength(3)
  })
})
