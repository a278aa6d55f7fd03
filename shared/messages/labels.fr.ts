/** The model's labels in French; see labels.en.ts. */
import type { ModelLabels } from './labels.en'

export const labelsFr: ModelLabels = {
  kinds: { claim: 'Affirmation', source: 'Source', entity: 'Entité' },
  verdicts: {
    'not-rated': 'Pas encore évaluée',
    true: 'Vrai',
    'mostly-true': 'Plutôt vrai',
    mixed: 'Mitigé',
    'mostly-false': 'Plutôt faux',
    false: 'Faux',
    unverifiable: 'Invérifiable'
  },
  claimStatuses: { 'to-check': 'À vérifier', 'in-progress': 'En cours', checked: 'Vérifiée' },
  sourceTypes: {
    unspecified: 'Non précisé',
    official: 'Officielle / gouvernement',
    'press-agency': 'Agence de presse',
    media: 'Média',
    expert: 'Expert / universitaire',
    document: 'Document / rapport',
    'social-media': 'Réseaux sociaux',
    anonymous: 'Anonyme',
    other: 'Autre'
  },
  entityTypes: { person: 'Personne', organisation: 'Organisation', place: 'Lieu', date: 'Date', event: 'Événement', other: 'Autre' },
  checkWorthiness: { unset: 'Non précisé', low: 'Faible', medium: 'Moyen', high: 'Élevé' },
  relations: { supports: 'Étaye', contradicts: 'Contredit', context: 'Donne du contexte', 'quoted-from': 'Est cité de' }
}
