/**
 * Which language the app speaks: the languages there are catalogues for, the setting
 * (`system`, or one of them), and how a setting and the system's preferred languages (or a
 * process environment, for the command line) give the language. Pure: main, the renderer, the
 * command line and tests share it.
 */

/** The languages with a catalogue. */
export const LANGUAGES = ['en', 'fr'] as const
export type Language = (typeof LANGUAGES)[number]

/** The user's choice: follow the system, or one language. */
export const LANGUAGE_SETTINGS = ['system', ...LANGUAGES] as const
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number]

/** The catalogue language of a BCP 47 tag or POSIX locale ("fr-CA", "fr_FR.UTF-8"), or null. */
export function languageOfTag(tag: string): Language | null {
  const primary = tag.trim().toLowerCase().split(/[-_.@]/)[0]
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : null
}

/**
 * The language to speak: the setting's, or for `system` the first of the system's preferred
 * languages (most preferred first) that has a catalogue; English when none has.
 */
export function resolveLanguage(setting: LanguageSetting, systemLanguages: readonly string[]): Language {
  if (setting !== 'system') return setting
  for (const tag of systemLanguages) {
    const language = languageOfTag(tag)
    if (language) return language
  }
  return 'en'
}

/**
 * The command line's language, as gettext programs choose theirs: the first of LC_ALL,
 * LC_MESSAGES and LANG that is set; English for any other language, for C and POSIX.
 */
export function languageFromEnvironment(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '')
  return (locale ? languageOfTag(locale) : null) ?? 'en'
}
