/**
 * The Document properties dialog's form, without React: the language choice (French, English,
 * none or another tag) and the check of each field as the tag file's schema makes it
 * (shared/model/documentProperties.ts), with one sentence per field. URLs are also asked to be
 * web addresses (http or https), which the schema leaves free: reports link only those, and
 * ClaimReview needs one.
 */
import { msg } from '../../shared/messages'
import { DATE_OR_DATETIME, LANGUAGE_TAG, PROPERTY_NAMES, type DocumentProperties, type PropertyName } from '../../shared/model/documentProperties'
import { MAX_LINE_LENGTH, MAX_URL_LENGTH } from '../../shared/model/tag'

const t = msg.ui.propertiesDialog

/** What the language menu offers. */
export type LanguageChoice = '' | 'fr' | 'en' | 'other'

/** The menu's choice for a stored language: French and English by their plain tags, else Other. */
export function languageChoiceOf(language: string): LanguageChoice {
  return language === '' || language === 'fr' || language === 'en' ? language : 'other'
}

const URL_PROPERTIES: readonly PropertyName[] = ['url', 'reviewUrl', 'organisationUrl']

/** The properties as typed, trimmed. */
export function trimmedProperties(values: DocumentProperties): DocumentProperties {
  return Object.fromEntries(PROPERTY_NAMES.map((name) => [name, values[name].trim()])) as DocumentProperties
}

/** What is wrong with each field, by name; {} when the properties can be saved. */
export function propertyProblems(values: DocumentProperties): Partial<Record<PropertyName, string>> {
  const problems: Partial<Record<PropertyName, string>> = {}
  for (const name of PROPERTY_NAMES) {
    const value = values[name]
    const isUrl = URL_PROPERTIES.includes(name)
    const max = isUrl ? MAX_URL_LENGTH : MAX_LINE_LENGTH
    if (value.length > max) problems[name] = t.errors.tooLong({ max })
    else if (isUrl && value !== '' && !/^https?:\/\/[^\s/?#]+/i.test(value)) problems[name] = t.errors.url
  }
  if (!DATE_OR_DATETIME.test(values.datePublished)) problems.datePublished = t.errors.date
  if (!LANGUAGE_TAG.test(values.language)) problems.language = t.errors.language
  return problems
}
