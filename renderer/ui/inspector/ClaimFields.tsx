/**
 * A claim's fields in the inspector: verdict and status; its links, the sources it rests on (each
 * with its relation) and the entities it is about; then the short restatement (the quoted text
 * when empty), speaker, date made, check-worthiness and rationale. Links are made from a filterable list or
 * by clicking highlights in the article ("pick" mode; Escape cancels). A link to a tag no longer
 * there shows as "Missing tag" until it is removed. Each change is one undoable update.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import { msg } from '../../../shared/messages'
import {
  CHECK_WORTHINESS,
  CLAIM_STATUS_LABELS,
  CLAIM_STATUSES,
  ENTITY_TYPE_LABELS,
  SOURCE_RELATIONS,
  SOURCE_TYPE_LABELS,
  VERDICT_LABELS,
  VERDICTS,
  type ClaimTag,
  type SourceRelation,
  type TagPatch
} from '../../../shared/model/tag'
import { useDraft } from '../hooks/useDraft'
import { LinkPicker, type Candidate } from './LinkPicker'
import type { LinkContext, LinkTarget } from './linkContext'

const t = msg.ui.inspector
const f = msg.ui.fields
const l = msg.ui.links

function RelationSelect(props: { value: SourceRelation; label: string; onChange: (relation: SourceRelation) => void; id?: string }) {
  return (
    <select id={props.id} aria-label={props.label} value={props.value} onChange={(e) => props.onChange(e.target.value as SourceRelation)}>
      {SOURCE_RELATIONS.map((r) => (
        <option key={r} value={r}>
          {l.relations[r]}
        </option>
      ))}
    </select>
  )
}

/** One linked tag: its name (a button that selects it), what else it needs, and a remove button. */
function LinkRow(props: { target: LinkTarget; onReveal: () => void; onRemove: () => void; testId: string; children?: React.ReactNode }) {
  const { target } = props
  const missing = target.kind === 'missing'
  return (
    <li className={`link-row link-${target.kind}${props.children ? ' with-controls' : ''}`} data-testid={props.testId} data-target-id={target.id}>
      <button
        type="button"
        className="link-name"
        onClick={props.onReveal}
        disabled={missing}
        title={missing ? l.missingTitle : l.show({ name: target.label })}
      >
        {target.label}
      </button>
      {target.kind === 'outside' && <span className="link-badge">{l.notInText}</span>}
      {props.children}
      <button type="button" className="subtle link-remove" aria-label={l.unlinkTitle({ name: target.label })} title={l.unlinkTitle({ name: target.label })} onClick={props.onRemove}>
        {l.unlink}
      </button>
    </li>
  )
}

export function ClaimFields(props: { tag: ClaimTag; quote: string; ctx: LinkContext; onPatch: (patch: TagPatch) => void }) {
  const { tag, ctx, onPatch } = props
  const { claim } = tag
  const claimReviewed = useDraft(claim.claimReviewed, (next) => onPatch({ claim: { claimReviewed: next.trim() } }))
  const rationale = useDraft(claim.rationale, (next) => onPatch({ claim: { rationale: next } }))
  const [picker, setPicker] = useState<'source' | 'entity' | null>(null)
  // When a picker closes, the keyboard goes back to the button that opened it.
  const openers = { source: useRef<HTMLButtonElement>(null), entity: useRef<HTMLButtonElement>(null) }
  const lastPicker = useRef(picker)
  useEffect(() => {
    const closed = lastPicker.current
    lastPicker.current = picker
    if (closed && picker === null) openers[closed].current?.focus()
  })
  const [newRelation, setNewRelation] = useState<SourceRelation>('supports')
  // A pick in the article arrives later: it must extend the claim's links as they are then.
  const latest = useRef(tag)
  latest.current = tag

  const linkSource = (sourceId: string, relation: SourceRelation) => {
    const sources = latest.current.claim.sources
    if (sources.some((s) => s.sourceId === sourceId)) return
    ctx.patchTag(latest.current.id, { claim: { sources: [...sources, { sourceId, relation }] } })
  }
  const linkEntity = (picked: string) => {
    // A mention picked in the article stands for its entity.
    const live = ctx.byId.get(picked)
    const entityId = live?.tag.kind === 'entity' && live.tag.entity.mentionOf !== null ? live.tag.entity.mentionOf : picked
    const entities = latest.current.claim.entities
    if (!entities.includes(entityId)) ctx.patchTag(latest.current.id, { claim: { entities: [...entities, entityId] } })
  }

  // Picking ends when the claim is no longer shown; Escape ends it too.
  const { cancelPick, picking } = ctx
  useEffect(() => cancelPick, [cancelPick])
  useEffect(() => {
    if (!picking) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      event.preventDefault()
      cancelPick()
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [picking, cancelPick])

  // Candidates are named only while their picker is open: naming thousands of tags is not free.
  const sourceCandidates = useMemo<Candidate[]>(() => {
    if (picker !== 'source') return []
    const inText = ctx.sources.map((live) => ({
      id: live.tag.id,
      label: ctx.target(live.tag.id).label,
      detail: live.tag.kind === 'source' ? SOURCE_TYPE_LABELS[live.tag.source.sourceType] : ''
    }))
    const outside = [...ctx.outsideSources.values()].map((s) => ({ id: s.id, label: s.title, detail: l.notInText }))
    return [...inText, ...outside]
  }, [ctx, picker])
  const entityCandidates = useMemo<Candidate[]>(() => {
    if (picker !== 'entity') return []
    return ctx.entities.map((live) => ({
      id: live.tag.id,
      label: ctx.target(live.tag.id).label,
      detail: live.tag.kind === 'entity' ? ENTITY_TYPE_LABELS[live.tag.entity.entityType] : ''
    }))
  }, [ctx, picker])
  const speakerOptions = useMemo(
    () =>
      ctx.entities.map((live) => (
        <option key={live.tag.id} value={live.tag.id}>
          {ctx.target(live.tag.id).label}
        </option>
      )),
    [ctx]
  )
  const linkedSources = useMemo(() => new Set(claim.sources.map((s) => s.sourceId)), [claim.sources])
  const linkedEntities = useMemo(() => new Set(claim.entities), [claim.entities])
  const speaker = claim.speakerId === null ? null : ctx.target(claim.speakerId)
  const speakerListed = speaker !== null && ctx.entities.some((live) => live.tag.id === speaker.id)

  return (
    <>
      <div className="field-grid">
        <label htmlFor="claim-verdict">{t.verdict}</label>
        <select id="claim-verdict" value={claim.verdict} onChange={(e) => onPatch({ claim: { verdict: e.target.value as (typeof VERDICTS)[number] } })}>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {VERDICT_LABELS[v]}
            </option>
          ))}
        </select>
        <label htmlFor="claim-status">{t.status}</label>
        <select id="claim-status" value={claim.status} onChange={(e) => onPatch({ claim: { status: e.target.value as (typeof CLAIM_STATUSES)[number] } })}>
          {CLAIM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {CLAIM_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      {picking && (
        <div className="pick-banner" role="status" data-testid="pick-banner">
          <span>{l.picking}</span>
          <button type="button" onClick={cancelPick}>
            {l.cancelPick}
          </button>
        </div>
      )}

      <section className="link-section" aria-labelledby="claim-sources-heading" data-testid="claim-sources">
        <h3 id="claim-sources-heading">
          {l.sources} <span className="count">{claim.sources.length}</span>
        </h3>
        {claim.sources.length === 0 ? (
          <p className="meta">{l.noSources}</p>
        ) : (
          <ul className="link-list">
            {claim.sources.map((link) => {
              const target = ctx.target(link.sourceId)
              return (
                <LinkRow
                  key={link.sourceId}
                  target={target}
                  testId="source-link"
                  onReveal={() => ctx.reveal(link.sourceId)}
                  onRemove={() => onPatch({ claim: { sources: claim.sources.filter((s) => s.sourceId !== link.sourceId) } })}
                >
                  <RelationSelect
                    value={link.relation}
                    label={l.relationOf({ name: target.label })}
                    onChange={(relation) =>
                      onPatch({ claim: { sources: claim.sources.map((s) => (s.sourceId === link.sourceId ? { ...s, relation } : s)) } })
                    }
                  />
                </LinkRow>
              )
            })}
          </ul>
        )}
        {picker === 'source' ? (
          <LinkPicker
            kind="source"
            candidates={sourceCandidates}
            linked={linkedSources}
            onChoose={(id) => {
              linkSource(id, newRelation)
              setPicker(null)
            }}
            onPickInArticle={() => {
              setPicker(null)
              const relation = newRelation
              ctx.startPick('source', (id) => linkSource(id, relation))
            }}
            onClose={() => setPicker(null)}
          >
            <div className="picker-relation">
              <label htmlFor="new-link-relation">{l.relation}</label>
              <RelationSelect id="new-link-relation" value={newRelation} label={l.relation} onChange={setNewRelation} />
            </div>
          </LinkPicker>
        ) : (
          <button ref={openers.source} type="button" onClick={() => setPicker('source')} disabled={picking !== null}>
            {l.linkSource}
          </button>
        )}
      </section>

      <section className="link-section" aria-labelledby="claim-entities-heading" data-testid="claim-entities">
        <h3 id="claim-entities-heading">
          {l.entities} <span className="count">{claim.entities.length}</span>
        </h3>
        {claim.entities.length === 0 ? (
          <p className="meta">{l.noEntities}</p>
        ) : (
          <ul className="link-list">
            {claim.entities.map((id) => (
              <LinkRow
                key={id}
                target={ctx.target(id)}
                testId="entity-link"
                onReveal={() => ctx.reveal(id)}
                onRemove={() => onPatch({ claim: { entities: claim.entities.filter((e) => e !== id) } })}
              />
            ))}
          </ul>
        )}
        {picker === 'entity' ? (
          <LinkPicker
            kind="entity"
            candidates={entityCandidates}
            linked={linkedEntities}
            onChoose={(id) => {
              linkEntity(id)
              setPicker(null)
            }}
            onPickInArticle={() => {
              setPicker(null)
              ctx.startPick('entity', linkEntity)
            }}
            onClose={() => setPicker(null)}
          />
        ) : (
          <button ref={openers.entity} type="button" onClick={() => setPicker('entity')} disabled={picking !== null}>
            {l.linkEntity}
          </button>
        )}
      </section>
      <div className="field-grid">
        <label htmlFor="claim-reviewed">{f.claimReviewed}</label>
        <input
          id="claim-reviewed"
          type="text"
          placeholder={props.quote}
          value={claimReviewed.value}
          onChange={(e) => claimReviewed.onChange(e.target.value)}
          onBlur={claimReviewed.onBlur}
        />
        <label htmlFor="claim-speaker">{f.speaker}</label>
        <div className="inline-field">
          <select id="claim-speaker" value={claim.speakerId ?? ''} onChange={(e) => onPatch({ claim: { speakerId: e.target.value || null } })}>
            <option value="">{f.noSpeaker}</option>
            {speaker && !speakerListed && <option value={speaker.id}>{speaker.label}</option>}
            {speakerOptions}
          </select>
          {speaker && speaker.kind !== 'missing' && (
            <button type="button" onClick={() => ctx.reveal(speaker.id)} title={l.show({ name: speaker.label })} aria-label={l.show({ name: speaker.label })}>
              {l.go}
            </button>
          )}
        </div>
        <label htmlFor="claim-date">{f.claimDate}</label>
        <input id="claim-date" type="date" value={claim.claimDate} onChange={(e) => onPatch({ claim: { claimDate: e.target.value } })} />
        <label htmlFor="claim-worthiness">{f.checkWorthiness}</label>
        <select
          id="claim-worthiness"
          value={claim.checkWorthiness}
          onChange={(e) => onPatch({ claim: { checkWorthiness: e.target.value as (typeof CHECK_WORTHINESS)[number] } })}
        >
          {CHECK_WORTHINESS.map((w) => (
            <option key={w} value={w}>
              {f.checkWorthinessLevels[w]}
            </option>
          ))}
        </select>
      </div>
      <label htmlFor="claim-rationale" className="note-label">
        {f.rationale}
      </label>
      <textarea
        id="claim-rationale"
        rows={3}
        placeholder={f.rationalePlaceholder}
        value={rationale.value}
        onChange={(e) => rationale.onChange(e.target.value)}
        onBlur={rationale.onBlur}
      />

    </>
  )
}
