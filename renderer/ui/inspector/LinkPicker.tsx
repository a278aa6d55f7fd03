/**
 * Chooses a tag to link to a claim: a filter field over a list of candidates (↑/↓ move, Enter
 * links, Escape closes), or "Pick in the article", which lets the next click on a highlight
 * choose. Only the first matches are drawn, so a report with thousands of sources stays quick;
 * typing narrows the list.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { msg } from '../../../shared/messages'
import { foldForFilter } from './fold'

const t = msg.ui.links

/** Most candidates drawn at once. */
const MAX_SHOWN = 60

export interface Candidate {
  readonly id: string
  readonly label: string
  /** What kind of candidate it is, shown beside it ("Not in the text", a type). */
  readonly detail: string
}

export function LinkPicker(props: {
  kind: 'source' | 'entity'
  candidates: readonly Candidate[]
  /** Already linked: shown, not chosen again. */
  linked: ReadonlySet<string>
  onChoose: (id: string) => void
  onPickInArticle: () => void
  onClose: () => void
  /** Shown above the list (the relation a new source link gets). */
  children?: React.ReactNode
}) {
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const listId = useId()
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => input.current?.focus(), [])

  const folded = useMemo(() => props.candidates.map((c) => foldForFilter(c.label)), [props.candidates])
  const shown = useMemo(() => {
    const q = foldForFilter(query.trim())
    const out: Candidate[] = []
    for (const [i, c] of props.candidates.entries()) {
      if (props.linked.has(c.id)) continue
      if (q && !folded[i].includes(q)) continue
      out.push(c)
      if (out.length >= MAX_SHOWN) break
    }
    return out
  }, [query, props.candidates, props.linked, folded])
  const current = Math.min(active, shown.length - 1)

  function handleKeyDown(event: React.KeyboardEvent) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive(Math.max(0, Math.min(shown.length - 1, current + step)))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      if (current >= 0) props.onChoose(shown[current].id)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      props.onClose()
    }
  }

  const label = props.kind === 'source' ? t.pickerSourceLabel : t.pickerEntityLabel
  const empty = props.candidates.length === 0
  return (
    <div className="link-picker" role="group" aria-label={label} data-testid={`picker-${props.kind}`}>
      {props.children}
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label={t.pickerFilter}
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={current >= 0 ? `${listId}-${current}` : undefined}
        placeholder={t.pickerFilterPlaceholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
        }}
        onKeyDown={handleKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={label} className="picker-list">
        {shown.map((c, i) => (
          <li
            key={c.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === current}
            className={i === current ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => props.onChoose(c.id)}
          >
            <span className="picker-label">{c.label}</span>
            <span className="picker-detail">{c.detail}</span>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="meta">{empty ? (props.kind === 'source' ? t.pickerEmptySource : t.pickerEmptyEntity) : t.pickerNoMatch}</p>}
      <div className="picker-actions">
        <button type="button" onClick={props.onPickInArticle}>
          {t.pickInArticle}
        </button>
        <button type="button" className="subtle" onClick={props.onClose}>
          {t.pickerClose}
        </button>
      </div>
    </div>
  )
}
