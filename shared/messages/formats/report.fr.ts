/** The words of the fact-check report in French; see report.en.ts. */
import type { reportEn } from './report.en'

export const reportFr: typeof reportEn = {
  locale: 'fr',
  title: 'Rapport de vérification',
  titleOf: (p) => `Vérification\u00a0: ${p.headline}`,
  madeBy: (p) => `Rapport établi le ${p.date} par ${p.name}.`,
  field: (p) => `${p.label}\u00a0:`,
  sections: {
    article: 'L’article',
    summary: 'Synthèse',
    claims: 'Affirmations',
    sources: 'Sources',
    entities: 'Index des entités'
  },
  properties: {
    headline: 'Titre',
    url: 'Adresse de l’article',
    publisher: 'Éditeur',
    author: 'Auteur',
    datePublished: 'Publié le',
    language: 'Langue',
    reviewUrl: 'Adresse de la vérification',
    organisation: 'Vérifié par',
    organisationUrl: 'Site de l’organisation'
  },
  notGiven: 'Non renseigné',
  summary: {
    verdict: 'Verdict',
    claims: 'Affirmations',
    total: 'Toutes les affirmations',
    noClaims: 'Ce rapport ne contient aucune affirmation.',
    signedOffLabel: 'Validées',
    signedOffPending: 'pas encore enregistré\u00a0: ce fichier de balises ne contient aucune relecture.',
    chosen: (p) => `Ce rapport retient ${p.shown} des ${p.total} affirmations de l’article.`
  },
  claim: {
    heading: (p) => `Affirmation ${p.number}\u00a0: ${p.text}`,
    verdict: 'Verdict',
    status: 'État',
    claimDate: 'Affirmation faite le',
    inText: 'Dans le texte',
    rationale: 'Justification',
    sources: 'Sources',
    noSources: 'Aucune source liée.',
    about: 'Porte sur',
    speaker: 'Propos de',
    author: 'Balisée par',
    note: 'Note',
    missingSource: (p) => `Une source qui n’est plus dans le fichier de balises (${p.id})`,
    missingEntity: (p) => `Une entité qui n’est plus dans le fichier de balises (${p.id})`
  },
  source: {
    inText: 'Citée dans l’article',
    outside: 'Absente du texte de l’article',
    type: 'Type',
    publisher: 'Éditeur',
    url: 'Adresse',
    publishedOn: 'Publiée le',
    accessedOn: 'Consultée le',
    reliability: 'Fiabilité',
    claims: 'Affirmations qui s’appuient sur elle',
    noClaims: 'Aucune affirmation ne s’appuie sur elle.',
    noSources: 'Aucune source n’est répertoriée.'
  },
  entity: {
    name: 'Nom',
    type: 'Type',
    mentions: 'Mentions',
    aliases: 'Autres noms',
    externalId: 'Identifiant',
    claims: 'Affirmations qui la concernent',
    noClaims: 'Aucune affirmation ne la concerne.',
    noEntities: 'Aucune entité n’est répertoriée.'
  },
  claimRef: (p) => `Affirmation ${p.number}`,
  languages: { fr: 'français', en: 'anglais' }
}
