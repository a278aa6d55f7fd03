/**
 * The message catalogue: every sentence the user reads, from one place, in the user's language
 * (English or French). Import {@link msg} and call its messages:
 * `msg.article.notFound({ fileName })`. Technical strings nobody reads (channel names, error
 * codes, developer logs) are not messages and stay where they are used.
 *
 * {@link Messages} is the shape of the English catalogue: a catalogue in another language is
 * written as `export const fr: Messages = { … }`, so that a missing message, an extra one or one
 * with other parameters does not type-check; it brings its own locale, so plural categories
 * (`pluralFor`), numbers and dates follow its rules.
 *
 * The language is chosen once per process, before the app's modules read the catalogue: many
 * capture labels when they are evaluated (`KIND_LABELS = msg.model.kinds`, the command table).
 * The renderer's first module (renderer/language.ts) and the command line's
 * (electron/cli/language.ts) call {@link setLanguage} before anything else is imported; main calls
 * it at start and again when the setting changes, then rebuilds its menu (main reads `msg` when it
 * speaks, never at import time) and reloads the window, whose modules are evaluated anew.
 */
import { en } from './en'
import { fr } from './fr'
import type { Language } from './language'

/** The shape every catalogue has: the English one's. */
export type Messages = typeof en

/** Every catalogue, by language. */
export const CATALOGUES: Readonly<Record<Language, Messages>> = { en, fr }

/**
 * The catalogue in use: English until {@link setLanguage} is called. A live binding: read it
 * where a sentence is needed (`msg.x.y`), so that main, which switches language without
 * restarting, speaks the new one.
 */
export let msg: Messages = en

/** The language of {@link msg}. */
export function currentLanguage(): Language {
  return msg === fr ? 'fr' : 'en'
}

/**
 * Makes `language` the catalogue of this process. Modules evaluated before the call keep what
 * they captured: call it first (see the header).
 */
export function setLanguage(language: Language): void {
  msg = CATALOGUES[language]
}

export type { BinaryKind, CommandTexts, FileErrorReason } from './en'
export { LANGUAGES, LANGUAGE_SETTINGS, languageFromEnvironment, languageOfTag, resolveLanguage, type Language, type LanguageSetting } from './language'
export { plainText, type RichPart, type RichText } from './rich'
