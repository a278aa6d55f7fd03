/**
 * W3C Web Annotation export (https://www.w3.org/TR/annotation-model/): the tags of one tag file
 * as JSON-LD, one `AnnotationCollection` whose `first` is an embedded `AnnotationPage` holding
 * every annotation (no page at all when there is nothing to export: a page must hold at least
 * one item). The `@context` is exactly the plain string "http://www.w3.org/ns/anno.jsonld".
 *
 * The mapping, tag by tag (w3cImport.ts reads it back):
 * - Each tag is an `Annotation` with the IRI `urn:factmark:tag:<tag id>`; `creator` is a
 *   `Person` (`id` `urn:factmark:annotator:<annotator id>`, `name`), `created` and `modified` are
 *   the tag's times in UTC ending in `Z`; who last changed it is `urn:factmark:modifiedBy` (a
 *   Person too).
 * - `motivation`: `assessing` for a rated claim (verdict other than not rated), `identifying`
 *   for an entity, `tagging` otherwise (a source, a claim not rated yet).
 * - `body`: `TextualBody`s with a `purpose`: `tagging` holding the kind's label, `assessing`
 *   holding a claim's verdict label (rated claims), `commenting` holding the note (when there is
 *   one). Labels are in the output's language, which each body states.
 * - `target`: `source` is the article's URL property when given, else `urn:sha256:<hex>` naming
 *   the article file by the SHA-256 of its bytes; `selector` holds a `TextQuoteSelector` (exact,
 *   prefix, suffix) and a `TextPositionSelector` whose start/end count Unicode code points of
 *   the plain text, as the model requires (converted by shared/anchoring/codePoints.ts).
 * - Factmark's kind fields, so that they survive a round trip, under full-IRI keys of the
 *   `urn:factmark:` namespace (w3cVocabulary.ts): kind, verdict, status, claimReviewed,
 *   rationale, checkWorthiness, claimDate; sourceUrl, sourceType, publisher, publishedOn,
 *   accessedOn, reliability; entityType, canonicalName, aliases, externalId. Identifiers, not
 *   labels: they read back the same in any language.
 * - Each link is an `Annotation` of its own, motivation `linking`, whose `target` is the tag's
 *   annotation IRI and whose `body` is the other one's, with `urn:factmark:relation`: the source
 *   relation (supports, contradicts, context, quoted-from) for claim → source, `about` for
 *   claim → entity, `speaker`, and `mentionOf` for entity → its first tag. A link to a source
 *   outside the text has a body with `urn:factmark:title` and `urn:factmark:sourceUrl`; such
 *   sources have no place in the text, so an import keeps the link out (with a warning).
 */
import { codePointIndex, toCodePointRange, type CodePointIndex } from '../anchoring/codePoints'
import type { Author, Tag } from '../model/tag'
import type { ExportFormat, ExportInput } from './types'
import {
  ANNO_CONTEXT,
  COLLECTION_IRI,
  ENTITY_RELATION,
  FMK,
  LINK_IRI,
  MENTION_RELATION,
  SPEAKER_RELATION,
  W3C_MEDIA_TYPE,
  annotatorIri,
  articleIri,
  tagIri
} from './w3cVocabulary'

/** A JSON-LD node as written. */
export type JsonNode = { [key: string]: JsonValue }
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonNode

/** An ISO time in UTC with a trailing Z (the tag file may hold an offset). */
export function utc(time: string): string {
  const date = new Date(time)
  return Number.isNaN(date.getTime()) ? time : date.toISOString()
}

function person(author: Author): JsonNode {
  return { id: annotatorIri(author.annotatorId), type: 'Person', name: author.name }
}

function textualBody(purpose: string, value: string, language: string): JsonNode {
  return { type: 'TextualBody', purpose, value, format: 'text/plain', language }
}

function kindFields(tag: Tag): JsonNode {
  switch (tag.kind) {
    case 'claim': {
      const c = tag.claim
      return {
        [FMK.verdict]: c.verdict,
        [FMK.status]: c.status,
        [FMK.claimReviewed]: c.claimReviewed,
        [FMK.rationale]: c.rationale,
        [FMK.checkWorthiness]: c.checkWorthiness,
        [FMK.claimDate]: c.claimDate
      }
    }
    case 'source': {
      const s = tag.source
      return {
        [FMK.sourceUrl]: s.url,
        [FMK.sourceType]: s.sourceType,
        [FMK.publisher]: s.publisher,
        [FMK.publishedOn]: s.publishedOn,
        [FMK.accessedOn]: s.accessedOn,
        [FMK.reliability]: s.reliability
      }
    }
    case 'entity': {
      const e = tag.entity
      return { [FMK.entityType]: e.entityType, [FMK.canonicalName]: e.canonicalName, [FMK.aliases]: [...e.aliases], [FMK.externalId]: e.externalId }
    }
  }
}

function motivationOf(tag: Tag): string {
  if (tag.kind === 'entity') return 'identifying'
  if (tag.kind === 'claim' && tag.claim.verdict !== 'not-rated') return 'assessing'
  return 'tagging'
}

/** The annotation of one tag. */
export function tagAnnotation(tag: Tag, input: ExportInput, index: CodePointIndex, source: string): JsonNode {
  const { labels, language } = input
  const body: JsonNode[] = [textualBody('tagging', labels.kinds[tag.kind], language)]
  if (tag.kind === 'claim' && tag.claim.verdict !== 'not-rated') body.push(textualBody('assessing', labels.verdicts[tag.claim.verdict], language))
  if (tag.note !== '') body.push(textualBody('commenting', tag.note, language))
  const { quote, position } = tag.target
  const cp = toCodePointRange(index, position.start, position.end)
  return {
    id: tagIri(tag.id),
    type: 'Annotation',
    motivation: motivationOf(tag),
    creator: person(tag.createdBy),
    created: utc(tag.createdAt),
    modified: utc(tag.updatedAt),
    [FMK.modifiedBy]: person(tag.updatedBy),
    [FMK.kind]: tag.kind,
    ...kindFields(tag),
    body,
    target: {
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: cp.start, end: cp.end }
      ]
    }
  }
}

/** The linking annotations of one tag: claim → sources, entities, speaker; entity → first mention. */
export function linkAnnotations(tag: Tag, input: ExportInput): JsonNode[] {
  const links: { relation: string; otherId: string }[] = []
  if (tag.kind === 'claim') {
    for (const link of tag.claim.sources) links.push({ relation: link.relation, otherId: link.sourceId })
    for (const entityId of tag.claim.entities) links.push({ relation: ENTITY_RELATION, otherId: entityId })
    if (tag.claim.speakerId) links.push({ relation: SPEAKER_RELATION, otherId: tag.claim.speakerId })
  } else if (tag.kind === 'entity' && tag.entity.mentionOf) {
    links.push({ relation: MENTION_RELATION, otherId: tag.entity.mentionOf })
  }
  return links.map(({ relation, otherId }) => {
    const outside = input.outsideSources.find((s) => s.id === otherId)
    const body: JsonValue = outside
      ? { id: tagIri(otherId), [FMK.title]: outside.title, [FMK.sourceUrl]: outside.source.url, [FMK.sourceType]: outside.source.sourceType }
      : tagIri(otherId)
    return {
      id: `${LINK_IRI}${encodeURIComponent(tag.id)}:${relation}:${encodeURIComponent(otherId)}`,
      type: 'Annotation',
      motivation: 'linking',
      creator: person(tag.updatedBy),
      created: utc(tag.createdAt),
      modified: utc(tag.updatedAt),
      [FMK.relation]: relation,
      body,
      target: tagIri(tag.id)
    }
  })
}

/** The collection of `input`'s tags, in text order, each followed by its links. */
export function tagsToW3c(input: ExportInput): JsonNode {
  const index = codePointIndex(input.text)
  const source = articleIri(input.properties.url, input.article.sha256)
  const tags = [...input.tags].sort((a, b) => a.target.position.start - b.target.position.start || b.target.position.end - a.target.position.end)
  const items = tags.flatMap((tag) => [tagAnnotation(tag, input, index, source), ...linkAnnotations(tag, input)])
  const id = `${COLLECTION_IRI}${input.article.sha256}`
  const collection: JsonNode = {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: input.properties.headline || input.article.fileName,
    creator: person(input.annotator),
    created: utc(input.now),
    total: items.length
  }
  if (items.length > 0) collection.first = { id: `${id}:page1`, type: 'AnnotationPage', startIndex: 0, items }
  return collection
}

export const w3cExportFormat: ExportFormat = {
  id: 'w3c',
  serialize: (input) => [{ extension: '.jsonld', mediaType: W3C_MEDIA_TYPE, content: `${JSON.stringify(tagsToW3c(input), null, 2)}\n` }]
}
