/** The French words of exports and imports in the app; see exchange.en.ts. */
import type { exchangeEn } from './exchange.en'

export const exchangeFr: typeof exchangeEn = {
  saveDialogTitle: 'Exporter',
  pdfName: 'Rapport (PDF)',
  importDialogTitle: 'Importer des annotations',
  importDialogFiles: 'Annotations (W3C, brat, Hypothesis)',
  allFiles: 'Tous les fichiers',
  wouldOverwrite: (p) => `« ${p.fileName} » est l’article ou un fichier d’étiquettes : un export ne l’écrase jamais. Choisissez un autre nom.`,
  siblingExists: (p) => `« ${p.fileName} » existe déjà avec un autre contenu, et l’export le remplacerait. Choisissez un autre nom.`,
  writeFailed: (p) => `Impossible d’écrire « ${p.fileName} » : ${p.reason}.`,
  readFailed: (p) => `Impossible de lire « ${p.fileName} » : ${p.reason}.`,
  unreadable: (p) => `« ${p.fileName} » ne peut pas être importé. ${p.message}`,
  pdfFailed: (p) => `Le PDF n’a pas pu être créé : ${p.reason}.`,
  previewTitle: 'Aperçu du rapport'
}
