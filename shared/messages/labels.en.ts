/**
 * The model's labels in English: tag kinds, verdicts, claim statuses, source and entity types,
 * check-worthiness levels and source relations. They are shared by the app's catalogue (en.ts,
 * `msg.model`) and by what Factmark writes for others to read (reports, ClaimReview), which follow
 * the article's language, not the app's (see shared/formats/labels.ts). labels.fr.ts has the same
 * shape in French.
 */
import type { CheckWorthiness, ClaimStatus, EntityType, SourceRelation, SourceType, TagKind, Verdict } from '../model/tag'

/** The shape of the model's labels in any language. */
export interface ModelLabels {
  readonly kinds: Readonly<Record<TagKind, string>>
  readonly verdicts: Readonly<Record<Verdict, string>>
  readonly claimStatuses: Readonly<Record<ClaimStatus, string>>
  readonly sourceTypes: Readonly<Record<SourceType, string>>
  readonly entityTypes: Readonly<Record<EntityType, string>>
  readonly checkWorthiness: Readonly<Record<CheckWorthiness, string>>
  /** How a source bears on a claim, as a phrase: "Supports". */
  readonly relations: Readonly<Record<SourceRelation, string>>
}

export const labelsEn: ModelLabels = {
  kinds: { claim: 'Claim', source: 'Source', entity: 'Entity' },
  verdicts: {
    'not-rated': 'Not yet rated',
    true: 'True',
    'mostly-true': 'Mostly true',
    mixed: 'Mixed',
    'mostly-false': 'Mostly false',
    false: 'False',
    unverifiable: 'Unverifiable'
  },
  claimStatuses: { 'to-check': 'To check', 'in-progress': 'In progress', checked: 'Checked' },
  sourceTypes: {
    unspecified: 'Not specified',
    official: 'Official / government',
    'press-agency': 'Press agency',
    media: 'News media',
    expert: 'Expert / academic',
    document: 'Document / report',
    'social-media': 'Social media',
    anonymous: 'Anonymous',
    other: 'Other'
  },
  entityTypes: { person: 'Person', organisation: 'Organisation', place: 'Place', date: 'Date', event: 'Event', other: 'Other' },
  checkWorthiness: { unset: 'Not set', low: 'Low', medium: 'Medium', high: 'High' },
  relations: { supports: 'Supports', contradicts: 'Contradicts', context: 'Gives context', 'quoted-from': 'Is quoted from' }
}
