/**
 * The language of what Factmark writes for others (reports, ClaimReview, CSV headers): the
 * article's, from its document properties, French or English; English when the article's
 * language is not given or is another one. The app's own language is a separate setting.
 */
import { labelsEn, type ModelLabels } from '../messages/labels.en'
import { labelsFr } from '../messages/labels.fr'
import type { OutputLanguage } from './types'

/** `fr` for a French article ("fr", "fr-FR", "fr-CA"), else `en`. */
export function outputLanguageOf(language: string): OutputLanguage {
  return /^fr(-|$)/i.test(language) ? 'fr' : 'en'
}

/** The model's labels in `language`. */
export function labelsFor(language: OutputLanguage): ModelLabels {
  return language === 'fr' ? labelsFr : labelsEn
}
