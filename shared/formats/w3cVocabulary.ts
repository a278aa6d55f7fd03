/**
 * The names the W3C Web Annotation export (w3cExport.ts) writes and the import (w3cImport.ts)
 * reads back: the context, the IRIs Factmark mints for its annotations, authors and article, and
 * the full-IRI keys of its extension (see w3cExport.ts for the whole mapping).
 *
 * Factmark's own fields are written under full-IRI keys in the `urn:factmark:` namespace, not as
 * terms of an extra context object: the `@context` then stays exactly the plain string
 * "http://www.w3.org/ns/anno.jsonld" the model requires, and a JSON-LD processor still expands
 * them (a key holding a colon whose prefix is not a term is an absolute IRI). A `urn:` namespace
 * claims no web domain Factmark does not own.
 */

/** The one context a Web Annotation document has (the model: "MUST", a plain string, http). */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
/** The same document by https, which some tools write; the import accepts it. */
export const ANNO_CONTEXT_HTTPS = 'https://www.w3.org/ns/anno.jsonld'

export const W3C_MEDIA_TYPE = 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"'

/** The namespace of Factmark's extension keys and minted IRIs. */
export const FM = 'urn:factmark:'
/** A tag's annotation IRI. */
export const TAG_IRI = `${FM}tag:`
/** A link's annotation IRI: `urn:factmark:link:<tag id>:<relation>:<other id>`. */
export const LINK_IRI = `${FM}link:`
/** An annotator's IRI: their id, which never changes, URI-encoded. */
export const ANNOTATOR_IRI = `${FM}annotator:`
/** The collection's IRI: the article's SHA-256. */
export const COLLECTION_IRI = `${FM}collection:`

/** The extension's keys, by Factmark field. */
export const FMK = {
  kind: `${FM}kind`,
  modifiedBy: `${FM}modifiedBy`,
  verdict: `${FM}verdict`,
  status: `${FM}status`,
  claimReviewed: `${FM}claimReviewed`,
  rationale: `${FM}rationale`,
  checkWorthiness: `${FM}checkWorthiness`,
  claimDate: `${FM}claimDate`,
  sourceUrl: `${FM}sourceUrl`,
  sourceType: `${FM}sourceType`,
  publisher: `${FM}publisher`,
  publishedOn: `${FM}publishedOn`,
  accessedOn: `${FM}accessedOn`,
  reliability: `${FM}reliability`,
  entityType: `${FM}entityType`,
  canonicalName: `${FM}canonicalName`,
  aliases: `${FM}aliases`,
  externalId: `${FM}externalId`,
  /** On a linking annotation: what the body is to the target (see LinkRelation). */
  relation: `${FM}relation`,
  /** On a linking annotation whose body is a source outside the text: its title. */
  title: `${FM}title`
} as const

/**
 * What a linking annotation says: a source relation (supports, contradicts, context,
 * quoted-from) for claim → source, `about` for claim → entity, `speaker` for claim → its
 * speaker, `mentionOf` for entity → the entity's first tag.
 */
export const ENTITY_RELATION = 'about'
export const SPEAKER_RELATION = 'speaker'
export const MENTION_RELATION = 'mentionOf'

/** The article's IRI when it has no URL: its file's SHA-256, as `urn:sha256:<hex>`. */
export function articleIri(url: string, sha256: string): string {
  return url !== '' ? url : `urn:sha256:${sha256}`
}

/** The IRI of an annotator id (any characters: encoded). */
export function annotatorIri(annotatorId: string): string {
  return `${ANNOTATOR_IRI}${encodeURIComponent(annotatorId)}`
}

/** The IRI of a tag's annotation. */
export function tagIri(tagId: string): string {
  return `${TAG_IRI}${encodeURIComponent(tagId)}`
}
