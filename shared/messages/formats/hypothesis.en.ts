/**
 * The English messages of the Hypothesis import (shared/formats/hypothesis.ts): why a file is
 * refused (naming the field, as `rows[3].target[0].selector`) and what was left out.
 * hypothesis.fr.ts has the same shape in French.
 */
export const hypothesisEn = {
  notJson: (p: { detail: string }) => `This is not a Hypothesis file: it is not valid JSON (${p.detail}).`,
  notHypothesis:
    'This is not a Hypothesis file: it holds neither an export (“annotations”), nor an API search answer (“rows”), nor one annotation.',
  notAnArray: (p: { path: string }) => `This Hypothesis file is damaged: ${p.path} should be a list.`,
  notAnObject: (p: { path: string }) => `This Hypothesis file is damaged: ${p.path} should be an object.`,
  notAString: (p: { path: string }) => `This Hypothesis file is damaged: ${p.path} should be text.`,
  emptyField: (p: { path: string }) => `This Hypothesis file is damaged: ${p.path} is empty.`,
  badDate: (p: { path: string; value: string }) =>
    `This Hypothesis file is damaged: ${p.path} should be a date and time such as 2018-12-15T16:16:12.225402+00:00, not “${p.value}”.`,
  badUser: (p: { path: string; value: string }) =>
    `This Hypothesis file is damaged: ${p.path} should be an account such as acct:name@hypothes.is, not “${p.value}”.`,
  duplicateId: (p: { path: string; id: string }) => `This Hypothesis file is damaged: ${p.path} repeats the annotation id “${p.id}”.`,
  /** Warnings: read but not kept. */
  pageNote: (p: { path: string }) => `${p.path} was left out: it is a page note, on no passage of the text.`,
  reply: (p: { path: string }) => `${p.path} was left out: it is a reply to another annotation.`,
  noQuote: (p: { path: string }) => `${p.path} was left out: it has no quote of the text (no TextQuoteSelector).`,
  /** The last line of an imported tag's note. */
  tagsLine: (p: { tags: string }) => `Hypothesis tags: ${p.tags}`
}
