/**
 * The tag list's filters under the kind chips: "Check after update" and "Needs review" as toggle
 * chips with their counts, a text search, and behind "More filters" the verdict, claim status,
 * author and links. Native buttons, inputs and selects, so every filter is reachable with Tab.
 */
import { useState } from 'react'
import { msg } from '../../shared/messages'
import { CLAIM_STATUS_LABELS, CLAIM_STATUSES, VERDICT_LABELS, VERDICTS, type ClaimStatus, type Verdict } from '../../shared/model/tag'
import { isFiltering, NO_FILTER, type ListFilter } from '../state/listFilter'

const f = msg.update.filters

export function ListFilterBar(props: {
  filter: ListFilter
  onFilter: (patch: Partial<ListFilter>) => void
  authors: readonly { id: string; name: string }[]
  toCheck: number
  needsReview: number
  /** How many tags are shown of how many, while a filter is set. */
  shown: { shown: number; total: number } | null
}) {
  const { filter, onFilter } = props
  const moreSet = filter.verdict !== 'any' || filter.claimStatus !== 'any' || filter.author !== 'any' || filter.links !== 'any'
  const [moreOpen, setMoreOpen] = useState(false)
  const open = moreOpen || moreSet
  return (
    <div className="list-filters" role="group" aria-label={f.label}>
      <div className="filter-bar">
        <button
          type="button"
          aria-pressed={filter.checkAfterUpdate}
          className={`filter-chip${filter.checkAfterUpdate ? ' active' : ''}`}
          data-testid="filter-check-after-update"
          onClick={() => onFilter({ checkAfterUpdate: !filter.checkAfterUpdate })}
        >
          {f.checkAfterUpdate} <span className="count">{props.toCheck}</span>
        </button>
        <button
          type="button"
          aria-pressed={filter.needsReview}
          className={`filter-chip${filter.needsReview ? ' active' : ''}`}
          onClick={() => onFilter({ needsReview: !filter.needsReview })}
        >
          {f.needsReview} <span className="count">{props.needsReview}</span>
        </button>
        <button type="button" className="filter-chip subtle" aria-expanded={open} onClick={() => setMoreOpen(!open)}>
          {f.more}
        </button>
      </div>
      <div className="filter-row">
        <input
          type="search"
          aria-label={f.text}
          placeholder={f.textPlaceholder}
          value={filter.text}
          onChange={(e) => onFilter({ text: e.target.value })}
        />
      </div>
      {open && (
        <div className="filter-grid">
          <label htmlFor="filter-verdict">{f.verdict}</label>
          <select id="filter-verdict" value={filter.verdict} onChange={(e) => onFilter({ verdict: e.target.value as Verdict | 'any' })}>
            <option value="any">{f.any}</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {VERDICT_LABELS[v]}
              </option>
            ))}
          </select>
          <label htmlFor="filter-claim-status">{f.claimStatus}</label>
          <select
            id="filter-claim-status"
            value={filter.claimStatus}
            onChange={(e) => onFilter({ claimStatus: e.target.value as ClaimStatus | 'any' })}
          >
            <option value="any">{f.any}</option>
            {CLAIM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {CLAIM_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
          <label htmlFor="filter-author">{f.author}</label>
          <select id="filter-author" value={filter.author} onChange={(e) => onFilter({ author: e.target.value })}>
            <option value="any">{f.any}</option>
            {props.authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          <label htmlFor="filter-links">{f.links}</label>
          <select id="filter-links" value={filter.links} onChange={(e) => onFilter({ links: e.target.value as ListFilter['links'] })}>
            <option value="any">{f.any}</option>
            <option value="with">{f.withLinks}</option>
            <option value="without">{f.withoutLinks}</option>
          </select>
        </div>
      )}
      {props.shown && isFiltering(filter) && (
        <p className="filter-summary" role="status">
          {f.shown(props.shown)}{' '}
          <button type="button" className="subtle" onClick={() => onFilter({ ...NO_FILTER, kind: filter.kind })}>
            {f.clear}
          </button>
        </p>
      )}
    </div>
  )
}
