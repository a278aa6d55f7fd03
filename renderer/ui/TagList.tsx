/**
 * The sidebar list of tags in document order, filtered by kind and by the filters of
 * renderer/state/listFilter.ts (check after update, needs review, verdict, claim status, author,
 * links, text). Each row marks a tag that moved, whose text changed, that needs review or that
 * was rated on an earlier version, with an icon and a word. Virtualised: only the rows in view
 * are rendered, so a report with thousands of tags scrolls as fast as one with ten; what the
 * filters need of every tag (folded texts, linked ids, authors) is computed once per change of
 * the tags, not per key typed.
 */
import { useEffect, useMemo, useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { msg } from '../../shared/messages'
import { describeTagStatus, KIND_LABELS } from '../../shared/model/tag'
import type { LiveTag } from '../editor/tagStep'
import { applyKindFilter, countByKind, FILTER_LABELS, KIND_FILTERS } from '../state/filters'
import { applyListFilter, foldForSearch, isFiltering, isToCheck, linkedIds, type ListFilter, type UpdateStatuses } from '../state/listFilter'
import { ListFilterBar } from './ListFilterBar'
import { RichText } from './RichText'
import { shortcutOf } from './shortcuts'

const t = msg.ui.tagList
const marks = msg.update.marks

/** The marks of a row: moved, text changed, rated on an earlier version (needs review is its status). */
function marksOf(live: LiveTag, statuses: UpdateStatuses): string[] {
  const status = statuses.get(live.tag.id)
  const out: string[] = []
  if (status === 'moved' && live.review === null) out.push(marks.moved)
  if (live.tag.changed !== null) out.push(marks.changed)
  if (live.tag.changed !== null && live.tag.kind === 'claim' && live.tag.claim.verdict !== 'not-rated') out.push(marks.earlier)
  return out
}

export function TagList(props: {
  tags: readonly LiveTag[]
  filter: ListFilter
  onFilter: (patch: Partial<ListFilter>) => void
  /** How the last re-anchoring left the tags that did not stay where they were. */
  statuses: UpdateStatuses
  selectedId: string | null
  quoteOf: (live: LiveTag) => string
  onSelect: (id: string) => void
  onDelete: (id: string) => void
}) {
  const { tags, filter, selectedId, statuses, quoteOf } = props
  const searching = filter.text.trim() !== ''
  // Folding 5,000 quotes costs a few milliseconds: once per change of the tags or the text, and only while searching.
  const folded = useMemo(() => {
    const map = new Map<string, string>()
    if (searching) for (const live of tags) map.set(live.tag.id, foldForSearch(`${quoteOf(live)}\n${live.tag.note}`))
    return map
  }, [tags, quoteOf, searching])
  const linked = useMemo(() => linkedIds(tags), [tags])
  const authors = useMemo(() => {
    const byId = new Map<string, string>()
    for (const { tag } of tags) byId.set(tag.createdBy.annotatorId, tag.createdBy.name)
    return [...byId].map(([id, name]) => ({ id, name }))
  }, [tags])
  const toCheck = useMemo(() => tags.filter((live) => isToCheck(live, statuses)).length, [tags, statuses])
  const reviewCount = useMemo(() => tags.filter((live) => live.review !== null).length, [tags])
  const filtered = useMemo(
    () => applyListFilter(tags, filter, { statuses, linked, haystack: (item) => folded.get(item.tag.id) ?? '' }),
    [tags, filter, statuses, linked, folded]
  )
  const shown = useMemo(() => applyKindFilter(filtered, filter.kind), [filtered, filter.kind])
  const counts = useMemo(() => countByKind(filtered), [filtered])
  const filtering = isFiltering(filter)

  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 68,
    overscan: 8,
    getItemKey: (index) => shown[index].tag.id
  })
  const selectedIndex = selectedId ? shown.findIndex((live) => live.tag.id === selectedId) : -1
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' })
  }, [selectedIndex, virtualizer])

  function handleKeyDown(event: React.KeyboardEvent) {
    if (shown.length === 0) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      const next = Math.min(shown.length - 1, Math.max(0, (selectedIndex < 0 ? -1 : selectedIndex) + step))
      props.onSelect(shown[next].tag.id)
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && selectedId) {
      event.preventDefault()
      props.onDelete(selectedId)
    }
  }

  return (
    <section className="tag-list" aria-label={t.label}>
      <div className="filter-bar" role="radiogroup" aria-label={t.filterLabel}>
        {KIND_FILTERS.map((kind) => (
          <button
            key={kind}
            type="button"
            role="radio"
            aria-checked={filter.kind === kind}
            className={`filter-chip filter-${kind}${filter.kind === kind ? ' active' : ''}`}
            onClick={() => props.onFilter({ kind })}
          >
            {FILTER_LABELS[kind]} <span className="count">{counts[kind]}</span>
          </button>
        ))}
      </div>
      <ListFilterBar
        filter={filter}
        onFilter={props.onFilter}
        authors={authors}
        toCheck={toCheck}
        needsReview={reviewCount}
        shown={filtering ? { shown: shown.length, total: tags.length } : null}
      />
      {shown.length === 0 ? (
        <div className="empty-state" data-testid="tag-list-empty">
          {tags.length === 0 ? (
            <>
              <p>
                <strong>{t.empty}</strong>
              </p>
              <p>
                <RichText
                  text={t.emptyHelp({ claimKeys: shortcutOf('tag-claim'), sourceKeys: shortcutOf('tag-source'), entityKeys: shortcutOf('tag-entity') })}
                />
              </p>
            </>
          ) : filtering ? (
            <p>{msg.update.filters.noneMatch}</p>
          ) : (
            <p>{t.noneOfKind({ filter: FILTER_LABELS[filter.kind] })}</p>
          )}
        </div>
      ) : (
        <div
          ref={scroller}
          className="tag-list-scroller"
          role="listbox"
          aria-label={t.listLabel}
          tabIndex={0}
          aria-activedescendant={selectedIndex >= 0 ? `tag-row-${shown[selectedIndex].tag.id}` : undefined}
          onKeyDown={handleKeyDown}
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const live = shown[item.index]
              const selected = live.tag.id === selectedId
              const rowMarks = marksOf(live, statuses)
              return (
                <div
                  key={item.key}
                  id={`tag-row-${live.tag.id}`}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  role="option"
                  aria-selected={selected}
                  data-testid="tag-row"
                  data-tag-id={live.tag.id}
                  data-kind={live.tag.kind}
                  className={`tag-row kind-${live.tag.kind}${selected ? ' selected' : ''}${live.review ? ' needs-review' : ''}`}
                  style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
                  onClick={() => props.onSelect(live.tag.id)}
                >
                  <div className="tag-row-head">
                    <span className={`kind-badge kind-${live.tag.kind}`}>{KIND_LABELS[live.tag.kind]}</span>
                    <span className="tag-row-status">{live.review ? t.needsReview : describeTagStatus(live.tag)}</span>
                  </div>
                  {rowMarks.length > 0 && (
                    <div className="tag-row-marks">
                      {rowMarks.map((mark) => (
                        <span key={mark} className="tag-mark" data-testid="tag-mark">
                          {mark}
                        </span>
                      ))}
                    </div>
                  )}
                  <div className="tag-row-quote">{quoteOf(live)}</div>
                </div>
              )
            })}
          </div>
        </div>
      )}
    </section>
  )
}
