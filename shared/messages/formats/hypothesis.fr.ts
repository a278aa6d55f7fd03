/** The French messages of the Hypothesis import; see hypothesis.en.ts. */
import type { hypothesisEn } from './hypothesis.en'

export const hypothesisFr: typeof hypothesisEn = {
  notJson: (p) => `Ce n’est pas un fichier Hypothesis : ce n’est pas du JSON valide (${p.detail}).`,
  notHypothesis:
    'Ce n’est pas un fichier Hypothesis : il ne contient ni un export (« annotations »), ni une réponse de recherche de l’API (« rows »), ni une annotation.',
  notAnArray: (p) => `Ce fichier Hypothesis est endommagé : ${p.path} devrait être une liste.`,
  notAnObject: (p) => `Ce fichier Hypothesis est endommagé : ${p.path} devrait être un objet.`,
  notAString: (p) => `Ce fichier Hypothesis est endommagé : ${p.path} devrait être du texte.`,
  emptyField: (p) => `Ce fichier Hypothesis est endommagé : ${p.path} est vide.`,
  badDate: (p) =>
    `Ce fichier Hypothesis est endommagé : ${p.path} devrait être une date et une heure comme 2018-12-15T16:16:12.225402+00:00, et non « ${p.value} ».`,
  badUser: (p) => `Ce fichier Hypothesis est endommagé : ${p.path} devrait être un compte comme acct:nom@hypothes.is, et non « ${p.value} ».`,
  duplicateId: (p) => `Ce fichier Hypothesis est endommagé : ${p.path} répète l’identifiant d’annotation « ${p.id} ».`,
  pageNote: (p) => `${p.path} a été laissée de côté : c’est une note de page, sur aucun passage du texte.`,
  reply: (p) => `${p.path} a été laissée de côté : c’est une réponse à une autre annotation.`,
  noQuote: (p) => `${p.path} a été laissée de côté : elle ne cite pas le texte (pas de TextQuoteSelector).`,
  tagsLine: (p) => `Étiquettes Hypothesis : ${p.tags}`
}
