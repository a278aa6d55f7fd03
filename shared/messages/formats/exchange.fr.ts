/** The French words of exports and imports in the app; see exchange.en.ts. */
import { pluralFor } from '../locale'
import type { exchangeEn } from './exchange.en'

const plural = pluralFor<'one' | 'many' | 'other'>('fr')

export const exchangeFr: typeof exchangeEn = {
  saveDialogTitle: 'Exporter',
  pdfName: 'Rapport (PDF)',
  importDialogTitle: 'Importer des annotations',
  importDialogFiles: 'Annotations (W3C, brat, Hypothesis)',
  allFiles: 'Tous les fichiers',
  wouldOverwrite: (p) => `«\u00a0${p.fileName}\u00a0» est l’article ou un fichier d’étiquettes\u00a0: un export ne l’écrase jamais. Choisissez un autre nom.`,
  siblingExists: (p) => `«\u00a0${p.fileName}\u00a0» existe déjà avec un autre contenu, et l’export le remplacerait. Choisissez un autre nom.`,
  writeFailed: (p) => `Impossible d’écrire «\u00a0${p.fileName}\u00a0»\u00a0: ${p.reason}.`,
  readFailed: (p) => `Impossible de lire «\u00a0${p.fileName}\u00a0»\u00a0: ${p.reason}.`,
  unreadable: (p) => `«\u00a0${p.fileName}\u00a0» ne peut pas être importé. ${p.message}`,
  pdfFailed: (p) => `Le PDF n’a pas pu être créé\u00a0: ${p.reason}.`,
  previewTitle: 'Aperçu du rapport',
  formatNames: {
    md: 'Rapport (Markdown)',
    html: 'Rapport (HTML, un seul fichier)',
    pdf: 'Rapport (PDF)',
    claimreview: 'ClaimReview (JSON-LD schema.org)',
    'factcheck-api': 'API Fact Check Tools (JSON)',
    w3c: 'Annotation Web du W3C (JSON-LD)',
    brat: 'brat standoff (.ann et .txt)',
    csv: 'CSV des étiquettes (tableur)'
  },
  dialog: {
    title: 'Exporter',
    formatLegend: 'Format',
    notAvailable: 'pas disponible dans cette version',
    claimsLegend: 'Affirmations exportées',
    allClaims: 'Toutes',
    noClaims: 'Aucune',
    noClaimsYet: 'Cet article n’a pas encore d’affirmation\u00a0: l’export contient ses autres étiquettes.',
    claimsChosen: (p) => `${p.chosen} ${plural(p.chosen, { one: 'affirmation', many: 'd’affirmations', other: 'affirmations' })} sur ${p.total}`,
    language: (p) => `Rédigé en ${p.language}, la langue de l’article (Propriétés du document).`,
    languages: { en: 'anglais', fr: 'français' },
    languageNotGiven: 'Rédigé en anglais\u00a0: indiquez la langue de l’article dans Fichier › Propriétés du document… pour l’écrire en français.',
    problemsTitle: 'À corriger d’abord\u00a0:',
    preview: 'Aperçu',
    export: 'Exporter…',
    cancel: 'Annuler',
    working: 'Export en cours…'
  },
  exported: (p) => `Exporté dans ${p.fileNames}.`,
  unknownImportFormat: (p) =>
    `«\u00a0${p.fileName}\u00a0» n’est pas un fichier d’annotations que Factmark sait lire. Importez un fichier Annotation Web du W3C (JSON-LD), brat (.ann) ou Hypothesis (JSON).`,
  importRefused: (p) => `«\u00a0${p.fileName}\u00a0» n’a pas été importé. ${p.message}`,
  imported: (p) =>
    `${p.added} ${plural(p.added, { one: 'étiquette importée', many: 'd’étiquettes importées', other: 'étiquettes importées' })} depuis «\u00a0${p.fileName}\u00a0»` +
    (p.needsReview > 0 ? `, dont ${p.needsReview} à revoir` : '') +
    (p.alreadyThere > 0 ? `\u00a0; ${p.alreadyThere} y ${plural(p.alreadyThere, { one: 'était', many: 'étaient', other: 'étaient' })} déjà` : '') +
    '. Annuler retire tout l’import.',
  nothingImported: (p) =>
    `Rien de nouveau dans «\u00a0${p.fileName}\u00a0»\u00a0: ${plural(p.alreadyThere, { one: 'son étiquette y est', many: `ses ${p.alreadyThere} étiquettes y sont`, other: `ses ${p.alreadyThere} étiquettes y sont` })} déjà.`,
  importWarnings: (p) => `${p.shown}${p.more > 0 ? ` (et ${p.more} autres)` : ''}`
}
