/**
 * An entity's fields: type, canonical name (the quoted text when empty), aliases as chips (Enter
 * or Add adds one, each chip's button removes it) and an external identifier typed by hand, with a
 * hint when it looks like a Wikidata QID gone wrong ("q159" is written Q159 on leaving the field).
 */
import { useState } from 'react'
import { msg } from '../../../shared/messages'
import { ENTITY_TYPE_LABELS, ENTITY_TYPES, type EntityTag, type TagPatch } from '../../../shared/model/tag'
import { useDraft } from '../hooks/useDraft'

const t = msg.ui.inspector
const f = msg.ui.fields

/** A Wikidata item identifier. */
const QID = /^Q[1-9]\d*$/
/** What a QID typed in lower case looks like; it is written in upper case. */
const LOWER_QID = /^q[1-9]\d*$/

/** True when `value` looks meant for a QID (starts with Q and a digit) but is not one. */
export function looksLikeBadQid(value: string): boolean {
  const v = value.trim()
  return /^[Qq]\s*\d/.test(v) && !QID.test(v) && !LOWER_QID.test(v)
}

export function EntityFields(props: { tag: EntityTag; quote: string; onPatch: (patch: TagPatch) => void; children?: React.ReactNode }) {
  const { tag, onPatch } = props
  const { entity } = tag
  const canonicalName = useDraft(entity.canonicalName, (next) => onPatch({ entity: { canonicalName: next.trim() } }))
  const externalId = useDraft(entity.externalId, (next) => {
    const v = next.trim()
    onPatch({ entity: { externalId: LOWER_QID.test(v) ? v.toUpperCase() : v } })
  })
  const [alias, setAlias] = useState('')
  const addAlias = () => {
    const next = alias.trim()
    setAlias('')
    if (next && !entity.aliases.includes(next)) onPatch({ entity: { aliases: [...entity.aliases, next] } })
  }
  const badQid = looksLikeBadQid(externalId.value)

  return (
    <>
      <div className="field-grid">
        <label htmlFor="entity-type">{t.entityType}</label>
        <select id="entity-type" value={entity.entityType} onChange={(e) => onPatch({ entity: { entityType: e.target.value as (typeof ENTITY_TYPES)[number] } })}>
          {ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {ENTITY_TYPE_LABELS[type]}
            </option>
          ))}
        </select>
        <label htmlFor="entity-name">{f.canonicalName}</label>
        <input
          id="entity-name"
          type="text"
          placeholder={props.quote}
          value={canonicalName.value}
          onChange={(e) => canonicalName.onChange(e.target.value)}
          onBlur={canonicalName.onBlur}
        />
        <label htmlFor="entity-alias">{f.aliases}</label>
        <div className="inline-field">
          <input
            id="entity-alias"
            type="text"
            placeholder={f.aliasPlaceholder}
            value={alias}
            onChange={(e) => setAlias(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                addAlias()
              }
            }}
          />
          <button type="button" onClick={addAlias} disabled={alias.trim() === ''}>
            {f.addAlias}
          </button>
        </div>
        {entity.aliases.length > 0 && (
          <ul className="chips field-span" aria-label={f.aliasChips}>
            {entity.aliases.map((a) => (
              <li key={a} className="chip">
                <span>{a}</span>
                <button
                  type="button"
                  className="subtle chip-remove"
                  aria-label={f.removeAlias({ alias: a })}
                  title={f.removeAlias({ alias: a })}
                  onClick={() => onPatch({ entity: { aliases: entity.aliases.filter((x) => x !== a) } })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <label htmlFor="entity-external-id">{f.externalId}</label>
        <input
          id="entity-external-id"
          type="text"
          spellCheck={false}
          placeholder={f.externalIdPlaceholder}
          value={externalId.value}
          onChange={(e) => externalId.onChange(e.target.value)}
          onBlur={externalId.onBlur}
          aria-invalid={badQid ? 'true' : 'false'}
          aria-describedby={badQid ? 'entity-external-id-hint' : undefined}
        />
        {badQid && (
          <p id="entity-external-id-hint" className="field-error field-span">
            {f.externalIdHint}
          </p>
        )}
      </div>
      {props.children}
    </>
  )
}
