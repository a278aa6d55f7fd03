/** The French messages of the Hypothesis import; see hypothesis.en.ts. */
import type { hypothesisEn } from './hypothesis.en'

export const hypothesisFr: typeof hypothesisEn = {
  notJson: (p) => `Ce n’est pas un fichier Hypothesis\u00a0: ce n’est pas du JSON valide (${p.detail}).`,
  notHypothesis:
    'Ce n’est pas un fichier Hypothesis\u00a0: il ne contient ni un export («\u00a0annotations\u00a0»), ni une réponse de recherche de l’API («\u00a0rows\u00a0»), ni une annotation.',
  notAnArray: (p) => `Ce fichier Hypothesis est endommagé\u00a0: ${p.path} devrait être une liste.`,
  notAnObject: (p) => `Ce fichier Hypothesis est endommagé\u00a0: ${p.path} devrait être un objet.`,
  notAString: (p) => `Ce fichier Hypothesis est endommagé\u00a0: ${p.path} devrait être du texte.`,
  emptyField: (p) => `Ce fichier Hypothesis est endommagé\u00a0: ${p.path} est vide.`,
  badDate: (p) =>
    `Ce fichier Hypothesis est endommagé\u00a0: ${p.path} devrait être une date et une heure comme 2018-12-15T16:16:12.225402+00:00, et non «\u00a0${p.value}\u00a0».`,
  badUser: (p) => `Ce fichier Hypothesis est endommagé\u00a0: ${p.path} devrait être un compte comme acct:nom@hypothes.is, et non «\u00a0${p.value}\u00a0».`,
  duplicateId: (p) => `Ce fichier Hypothesis est endommagé\u00a0: ${p.path} répète l’identifiant d’annotation «\u00a0${p.id}\u00a0».`,
  pageNote: (p) => `${p.path} a été laissée de côté\u00a0: c’est une note de page, sur aucun passage du texte.`,
  reply: (p) => `${p.path} a été laissée de côté\u00a0: c’est une réponse à une autre annotation.`,
  noQuote: (p) => `${p.path} a été laissée de côté\u00a0: elle ne cite pas le texte (pas de TextQuoteSelector).`,
  tagsLine: (p) => `Étiquettes Hypothesis\u00a0: ${p.tags}`
}
