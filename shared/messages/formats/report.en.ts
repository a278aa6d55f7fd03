/**
 * The words of the fact-check report (shared/formats/report*.ts) in English: headings, property
 * names and field labels. The report follows the article's language, not the app's: report.fr.ts
 * has the same shape in French. Figures and dates are written by the caller with Intl.
 */
export const reportEn = {
  /** The language tag of these words, for `<html lang>` and Intl. */
  locale: 'en',
  /** The report's title when the article has no headline. */
  title: 'Fact-check report',
  /** The title with the article's headline. */
  titleOf: (p: { headline: string }) => `Fact-check: ${p.headline}`,
  /** Under the title: when the report was made and by whom. */
  madeBy: (p: { date: string; name: string }) => `Report made on ${p.date} by ${p.name}.`,
  /** A field's label before its value: "Verdict:". */
  field: (p: { label: string }) => `${p.label}:`,
  sections: {
    article: 'The article',
    summary: 'Summary',
    claims: 'Claims',
    sources: 'Sources',
    entities: 'Entity index'
  },
  properties: {
    headline: 'Headline',
    url: 'Article URL',
    publisher: 'Publisher',
    author: 'Author',
    datePublished: 'Published on',
    language: 'Language',
    reviewUrl: 'Fact-check URL',
    organisation: 'Fact-checked by',
    organisationUrl: 'Organisation’s website'
  },
  /** A property or a field not filled in. */
  notGiven: 'Not given',
  summary: {
    verdict: 'Verdict',
    claims: 'Claims',
    total: 'All claims',
    noClaims: 'No claim is in this report.',
    signedOffLabel: 'Signed off',
    /** Until reviews are recorded in the tag file, no claim can be counted as signed off. */
    signedOffPending: 'not recorded yet: this tag file holds no reviews.',
    chosen: (p: { shown: string; total: string }) => `This report holds ${p.shown} of the article’s ${p.total} claims.`
  },
  claim: {
    /** A claim's heading: its number and what it says. */
    heading: (p: { number: string; text: string }) => `Claim ${p.number}: ${p.text}`,
    verdict: 'Verdict',
    status: 'Status',
    claimDate: 'Claim made on',
    inText: 'In the text',
    rationale: 'Rationale',
    sources: 'Sources',
    noSources: 'No source linked.',
    about: 'About',
    speaker: 'Said by',
    author: 'Tagged by',
    note: 'Note',
    /** A link to a source that is no longer in the tag file. */
    missingSource: (p: { id: string }) => `A source no longer in the tag file (${p.id})`,
    missingEntity: (p: { id: string }) => `An entity no longer in the tag file (${p.id})`
  },
  source: {
    inText: 'Quoted in the article',
    outside: 'Not in the article’s text',
    type: 'Type',
    publisher: 'Publisher',
    url: 'URL',
    publishedOn: 'Published on',
    accessedOn: 'Consulted on',
    reliability: 'Reliability',
    claims: 'Claims resting on it',
    noClaims: 'No claim rests on it.',
    noSources: 'No source is listed.'
  },
  entity: {
    name: 'Name',
    type: 'Type',
    mentions: 'Mentions',
    aliases: 'Also called',
    externalId: 'Identifier',
    claims: 'Claims about it',
    noClaims: 'No claim is about it.',
    noEntities: 'No entity is listed.'
  },
  /** A reference to a claim of the report by its number: "Claim 2". */
  claimRef: (p: { number: string }) => `Claim ${p.number}`,
  /** Language names for the language property. */
  languages: { fr: 'French', en: 'English' } as Readonly<Record<string, string>>
}
