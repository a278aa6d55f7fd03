/**
 * Test kit for the formats (shared/formats/): tags made on a text by their quote, and the
 * ExportInput a format starts from. Pure: the caller reads the article.
 */
import { describeRange } from '../anchoring/anchor'
import { labelsFor } from '../formats/labels'
import type { ExportInput, OutputLanguage } from '../formats/types'
import { emptyDocumentProperties, type DocumentProperties } from '../model/documentProperties'
import { applyTagPatch, createTag, type Author, type EntityType, type Tag, type TagKind, type TagPatch } from '../model/tag'

export const KIT_AUTHOR: Author = { annotatorId: 'marie-id', name: 'Marie Dupont' }
export const KIT_TIME = '2026-11-30T09:15:00.000Z'

/** Document properties of the sample article, every field filled, as a fact-checker would give them. */
export const SAMPLE_PROPERTIES: DocumentProperties = {
  headline: 'Moscou renforce ses liens avec Pyongyang',
  url: 'https://example.org/russie-coree',
  publisher: 'Le Quotidien',
  author: 'Jeanne Martin',
  datePublished: '2023-07-27',
  language: 'fr',
  reviewUrl: 'https://verif.example.org/russie-coree',
  organisation: 'Vérif’ Info',
  organisationUrl: 'https://verif.example.org'
}

/**
 * A tag of `kind` on the `occurrence`-th (0-based) occurrence of `exact` in `text`, with `patch`
 * applied. Throws when the text does not hold it: a test's own mistake.
 */
export function tagOn(
  text: string,
  args: { id: string; kind: TagKind; exact: string; occurrence?: number; patch?: TagPatch; entityType?: EntityType; author?: Author }
): Tag {
  let start = -1
  for (let i = 0; i <= (args.occurrence ?? 0); i += 1) {
    start = text.indexOf(args.exact, start + 1)
    if (start < 0) throw new Error(`exportKit: “${args.exact}” occurs fewer than ${(args.occurrence ?? 0) + 1} times`)
  }
  const author = args.author ?? KIT_AUTHOR
  const tag = createTag({ id: args.id, kind: args.kind, target: describeRange(text, start, start + args.exact.length), author, now: KIT_TIME, entityType: args.entityType })
  return args.patch ? applyTagPatch(tag, args.patch, author, KIT_TIME) : tag
}

/** The input of an export of `tags` on `text`, in `language` (English by default). */
export function exportInputFor(
  text: string,
  tags: readonly Tag[],
  options: { language?: OutputLanguage; properties?: Partial<DocumentProperties>; outsideSources?: ExportInput['outsideSources'] } = {}
): ExportInput {
  const language = options.language ?? 'en'
  return {
    text,
    article: { fileName: 'article.txt', sha256: 'a'.repeat(64) },
    tags,
    outsideSources: options.outsideSources ?? [],
    properties: { ...emptyDocumentProperties(), ...options.properties },
    annotator: KIT_AUTHOR,
    language,
    labels: labelsFor(language),
    now: KIT_TIME
  }
}
