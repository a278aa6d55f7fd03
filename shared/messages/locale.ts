/**
 * What a catalogue needs of its language besides words: the plural category of a count (one,
 * other; French adds many) and the way numbers and dates are written, all from `Intl`, so that a
 * catalogue in another language brings its own rules by naming its locale. Pure: runs in main, the
 * renderer, the command line and tests.
 */

/** A plural category, as CLDR and `Intl.PluralRules` name them. */
export type PluralCategory = Intl.LDMLPluralRule

/** One text per plural category a language uses; `other` is always one of them. */
export type PluralForms<C extends PluralCategory> = Readonly<Record<C | 'other', string>>

/**
 * The plural chooser of `locale` for the categories `C` the catalogue writes forms for: given a
 * count and one text per category, returns the text of the count's category (by
 * `Intl.PluralRules`). A category the runtime knows but the catalogue did not list falls back to
 * `other`; a test checks that each catalogue lists exactly its runtime's categories.
 */
export function pluralFor<C extends PluralCategory>(locale: string): (count: number, forms: PluralForms<C>) => string {
  const rules = new Intl.PluralRules(locale)
  return (count, forms) => {
    const category = rules.select(count) as C | 'other'
    return forms[category] ?? forms.other
  }
}

/** The plural categories `locale` has on this runtime, sorted. */
export function pluralCategoriesOf(locale: string): PluralCategory[] {
  return [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort()
}

/** Writes numbers as `locale` does, with the given options (digit grouping, fraction digits). */
export function numberFormatFor(locale: string, options: Intl.NumberFormatOptions = {}): (value: number) => string {
  const format = new Intl.NumberFormat(locale, options)
  return (value) => format.format(value)
}

/**
 * Writes a date and time as `locale` does (`undefined`: the user's own regional conventions, as
 * `Date.prototype.toLocaleString` does); an invalid date as the given fallback.
 */
export function dateTimeFormatFor(locale: string | undefined): (date: Date) => string {
  const format = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric'
  })
  return (date) => format.format(date)
}

/**
 * Writes a calendar date (`YYYY-MM-DD`, or the date part of an ISO date and time) as `locale`
 * does in full ("26 July 2023", "26 juillet 2023"); the date is read as written, whatever the
 * time zone. Anything else comes back as given.
 */
export function calendarDateFormatFor(locale: string): (isoDate: string) => string {
  const format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })
  return (isoDate) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate)
    if (!match) return isoDate
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    return Number.isNaN(date.getTime()) ? isoDate : format.format(date)
  }
}
