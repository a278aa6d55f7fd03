/**
 * Edits the selected tag: a note for every kind; verdict and status for a claim; URL and type for
 * a source; type for an entity. Text fields commit after a short pause or on leaving the field,
 * so one burst of typing is one undo step.
 */
import { useEffect, useRef, useState } from 'react'
import { isSafeLink } from '../../shared/article/articleSchema'
import { msg } from '../../shared/messages'
import {
  CLAIM_STATUS_LABELS,
  CLAIM_STATUSES,
  ENTITY_TYPE_LABELS,
  ENTITY_TYPES,
  KIND_LABELS,
  SOURCE_TYPE_LABELS,
  SOURCE_TYPES,
  VERDICT_LABELS,
  VERDICTS,
  type TagPatch
} from '../../shared/model/tag'
import type { LiveTag } from '../editor/tagStep'
import { TagChangeBox } from './TagChangeBox'

const COMMIT_DELAY_MS = 400

const t = msg.ui.inspector

/** A text field that keeps its own draft and commits it after a pause or on blur. */
function useDraft(value: string, commit: (next: string) => void) {
  const [draft, setDraft] = useState(value)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const pending = useRef<string | null>(null)
  const commitRef = useRef(commit)
  commitRef.current = commit
  useEffect(() => {
    if (pending.current === null) setDraft(value)
  }, [value])
  const flush = () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    if (pending.current !== null) {
      const next = pending.current
      pending.current = null
      commitRef.current(next)
    }
  }
  useEffect(() => flush, [])
  return {
    value: draft,
    onChange: (next: string) => {
      setDraft(next)
      pending.current = next
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(flush, COMMIT_DELAY_MS)
    },
    onBlur: flush
  }
}

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
  const url = useDraft(tag.kind === 'source' ? tag.source.url : '', (next) => props.onPatch({ source: { url: next.trim() } }))
  const urlInvalid = tag.kind === 'source' && url.value.trim() !== '' && !isSafeLink(url.value.trim())

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
      {tag.kind === 'claim' && (
        <div className="field-grid">
          <label htmlFor="claim-verdict">{t.verdict}</label>
          <select
            id="claim-verdict"
            value={tag.claim.verdict}
            onChange={(e) => props.onPatch({ claim: { verdict: e.target.value as (typeof VERDICTS)[number] } })}
          >
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {VERDICT_LABELS[v]}
              </option>
            ))}
          </select>
          <label htmlFor="claim-status">{t.status}</label>
          <select
            id="claim-status"
            value={tag.claim.status}
            onChange={(e) => props.onPatch({ claim: { status: e.target.value as (typeof CLAIM_STATUSES)[number] } })}
          >
            {CLAIM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {CLAIM_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      )}

      {tag.kind === 'source' && (
        <div className="field-grid">
          <label htmlFor="source-url">{t.url}</label>
          <div className="url-field">
            <input
              id="source-url"
              type="url"
              placeholder={t.urlPlaceholder}
              value={url.value}
              onChange={(e) => url.onChange(e.target.value)}
              onBlur={url.onBlur}
              aria-invalid={urlInvalid ? 'true' : 'false'}
              aria-describedby={urlInvalid ? 'source-url-error' : undefined}
            />
            <button
              type="button"
              disabled={!isSafeLink(url.value.trim())}
              onClick={() => props.onOpenLink(url.value.trim())}
              title={t.openLinkTitle}
            >
              {t.openLink}
            </button>
          </div>
          {urlInvalid && (
            <p id="source-url-error" className="field-error field-span">
              {t.badUrl}
            </p>
          )}
          <label htmlFor="source-type">{t.sourceType}</label>
          <select
            id="source-type"
            value={tag.source.sourceType}
            onChange={(e) => props.onPatch({ source: { sourceType: e.target.value as (typeof SOURCE_TYPES)[number] } })}
          >
            {SOURCE_TYPES.map((s) => (
              <option key={s} value={s}>
                {SOURCE_TYPE_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      )}

      {tag.kind === 'entity' && (
        <div className="field-grid">
          <label htmlFor="entity-type">{t.entityType}</label>
          <select
            id="entity-type"
            value={tag.entity.entityType}
            onChange={(e) => props.onPatch({ entity: { entityType: e.target.value as (typeof ENTITY_TYPES)[number] } })}
          >
            {ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {ENTITY_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
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
        </div>
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
