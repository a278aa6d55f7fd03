/**
 * Edits the selected tag: a note for every kind, and each kind's own fields (inspector/): a
 * claim's verdict, restatement, speaker, dates and links to sources and entities; a source's
 * publication details and the claims resting on it; an entity's names, identifier and the claims
 * about it. Text fields commit after a short pause or on leaving the field, so one burst of
 * typing is one undo step.
 */
import { msg } from '../../shared/messages'
import { KIND_LABELS, type TagPatch } from '../../shared/model/tag'
import type { LiveTag } from '../editor/tagStep'
import { TagChangeBox } from './TagChangeBox'
import { useDraft } from './hooks/useDraft'
import { BackLinks } from './inspector/BackLinks'
import { ClaimFields } from './inspector/ClaimFields'
import { EntityFields } from './inspector/EntityFields'
import type { LinkContext } from './inspector/linkContext'
import { SourceFields } from './inspector/SourceFields'

const t = msg.ui.inspector
const l = msg.ui.links

function formatTime(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : msg.format.dateTime(date)
}

export function Inspector(props: {
  live: LiveTag | null
  quote: string
  hasTextSelection: boolean
  onPatch: (patch: TagPatch) => void
  onDelete: () => void
  onReattach: () => void
  onOpenLink: (url: string) => void
  /** For an entity's other mention: the entity's name; null otherwise. */
  mentionOf?: string | null
  /** Opens "Tag all mentions" for the selected entity. */
  onTagMentions?: () => void
  /** The tags and outside sources to link and the links read both ways. */
  links: LinkContext
}) {
  const { live } = props
  if (!live) {
    return (
      <section className="inspector empty-state" aria-label={t.label} data-testid="inspector-empty">
        <p>
          <strong>{t.noneSelected}</strong>
        </p>
        <p>{t.noneSelectedHelp}</p>
      </section>
    )
  }
  return <TagEditor key={live.tag.id} {...props} live={live} />
}

function TagEditor(props: Parameters<typeof Inspector>[0] & { live: LiveTag }) {
  const { live } = props
  const { tag } = live
  const note = useDraft(tag.note, (next) => props.onPatch({ note: next }))

  return (
    <section className={`inspector kind-${tag.kind}`} aria-label={t.label} data-testid="inspector">
      <header className="inspector-head">
        <span className={`kind-badge kind-${tag.kind}`}>{KIND_LABELS[tag.kind]}</span>
        <button type="button" className="danger subtle" onClick={props.onDelete} title={t.deleteTitle}>
          {t.deleteTag}
        </button>
      </header>
      <blockquote className="inspector-quote" data-testid="inspector-quote">
        {props.quote}
      </blockquote>
      {live.review && (
        <div className="review-box" role="note">
          <p>
            <strong>{t.needsReview}</strong> {live.review.reason === 'text-deleted' ? t.textDeleted : t.textNotFound}{' '}
            {t.itsTextWas({ quote: tag.target.quote.exact })}
          </p>
          <button type="button" onClick={props.onReattach} disabled={!props.hasTextSelection}>
            {t.attach}
          </button>
          {!props.hasTextSelection && <p className="meta">{t.attachHelp}</p>}
        </div>
      )}

      <TagChangeBox live={live} quote={props.quote} onPatch={props.onPatch} />
      {tag.kind === 'claim' && <ClaimFields tag={tag} quote={props.quote} ctx={props.links} onPatch={props.onPatch} />}

      {tag.kind === 'source' && (
        <>
          <SourceFields fields={tag.source} idPrefix="source" onPatch={(source) => props.onPatch({ source })} onOpenLink={props.onOpenLink} />
          <BackLinks ctx={props.links} id={tag.id} role="source" title={l.claimsResting} testId="source-back-links" />
        </>
      )}

      {tag.kind === 'entity' && (
        <EntityFields tag={tag} quote={props.quote} onPatch={props.onPatch}>
          {props.mentionOf && (
            <p className="meta mention-of" data-testid="mention-of">
              {t.mentionOf({ name: props.mentionOf })}
            </p>
          )}
          {props.onTagMentions && (
            <button type="button" className="tag-mentions" onClick={props.onTagMentions}>
              {t.tagAllMentions}
            </button>
          )}
          <BackLinks ctx={props.links} id={tag.id} role="about" title={l.claimsAbout} testId="entity-about-links" />
          <BackLinks ctx={props.links} id={tag.id} role="speaker" title={l.speakerOf} testId="entity-speaker-links" />
        </EntityFields>
      )}

      <label htmlFor="tag-note" className="note-label">
        {t.note}
      </label>
      <textarea
        id="tag-note"
        rows={5}
        placeholder={t.notePlaceholder}
        value={note.value}
        onChange={(e) => note.onChange(e.target.value)}
        onBlur={note.onBlur}
      />
      <p className="meta">
        {t.taggedBy({ name: tag.createdBy.name, at: formatTime(tag.createdAt) })}
        {tag.updatedAt !== tag.createdAt && (
          <>
            <br />
            {t.changedBy({ name: tag.updatedBy.name, at: formatTime(tag.updatedAt) })}
          </>
        )}
      </p>
    </section>
  )
}
