/**
 * Document properties: what a report and ClaimReview say of the article and of the fact-check
 * (headline, the article's URL, publisher, author, publication date, language, the URL where the
 * fact-check is published, the fact-checking organisation and its URL). They are stored in the tag
 * file (version 4) so that `factmark export` uses them, and `--property name=value` sets one for
 * one export. Every property is a string, '' when not given.
 */
import { z } from 'zod'
import { MAX_LINE_LENGTH, MAX_URL_LENGTH } from './tag'

/** The property names, as `--property` takes them and the tag file stores them. */
export const PROPERTY_NAMES = [
  'headline',
  'url',
  'publisher',
  'author',
  'datePublished',
  'language',
  'reviewUrl',
  'organisation',
  'organisationUrl'
] as const
export type PropertyName = (typeof PROPERTY_NAMES)[number]

const line = z.string().max(MAX_LINE_LENGTH)
const url = z.string().max(MAX_URL_LENGTH)

/** A BCP 47 language tag as people write them ("fr", "fr-FR", "en-GB"), or ''. */
export const LANGUAGE_TAG = /^([A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*)?$/
/** A date (YYYY-MM-DD) or a date and time with its offset (ISO 8601), or ''. */
export const DATE_OR_DATETIME = /^(\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?$/

export const documentPropertiesSchema = z.object({
  headline: line.default(''),
  /** The article's own URL (ClaimReview's `appearance`). */
  url: url.default(''),
  publisher: line.default(''),
  author: line.default(''),
  datePublished: z.string().regex(DATE_OR_DATETIME).default(''),
  language: z.string().regex(LANGUAGE_TAG).default(''),
  /** The URL of the page where the fact-check is published (ClaimReview's `url`). */
  reviewUrl: url.default(''),
  organisation: line.default(''),
  organisationUrl: url.default('')
})
export type DocumentProperties = z.infer<typeof documentPropertiesSchema>

/** Properties with nothing given. */
export function emptyDocumentProperties(): DocumentProperties {
  return documentPropertiesSchema.parse({})
}

export function isPropertyName(name: string): name is PropertyName {
  return (PROPERTY_NAMES as readonly string[]).includes(name)
}
