/**
 * The message catalogue: every sentence the user reads, from one place, in the user's language
 * (English for now). Import {@link msg} and call its messages:
 * `msg.article.notFound({ fileName })`. Technical strings nobody reads (channel names, error
 * codes, developer logs) are not messages and stay where they are used.
 *
 * {@link Messages} is the shape of the English catalogue: a catalogue in another language is
 * written as `export const fr: Messages = { … }`, so that a missing message, an extra one or one
 * with other parameters does not type-check; it brings its own locale, so plural categories
 * (`pluralFor`), numbers and dates follow its rules.
 */
import { en } from './en'

/** The shape every catalogue has: the English one's. */
export type Messages = typeof en

/** Every catalogue, by language. */
export const CATALOGUES: Readonly<Record<'en', Messages>> = { en }

/** The catalogue in use. */
export const msg: Messages = en

export type { BinaryKind, CommandTexts, FileErrorReason } from './en'
export { plainText, type RichPart, type RichText } from './rich'
