/**
 * The sidebar list of tags in document order, filtered by kind. Virtualised: only the rows in
 * view are rendered, so a report with thousands of tags scrolls as fast as one with ten.
 */
import { useEffect, useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { msg } from '../../shared/messages'
import { describeTagStatus, KIND_LABELS } from '../../shared/model/tag'
import type { LiveTag } from '../editor/tagStep'
import { applyKindFilter, countByKind, FILTER_LABELS, KIND_FILTERS, type KindFilter } from '../state/filters'
import { RichText } from './RichText'
import { shortcutOf } from './shortcuts'

const t = msg.ui.tagList

export function TagList(props: {
  tags: readonly LiveTag[]
  filter: KindFilter
  onFilter: (filter: KindFilter) => void
  selectedId: string | null
  quoteOf: (live: LiveTag) => string
  onSelect: (id: string) => void
  onDelete: (id: string) => void
}) {
  const { tags, filter, selectedId } = props
  const shown = applyKindFilter(tags, filter)
  const counts = countByKind(tags)

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
            aria-checked={filter === kind}
            className={`filter-chip filter-${kind}${filter === kind ? ' active' : ''}`}
            onClick={() => props.onFilter(kind)}
          >
            {FILTER_LABELS[kind]} <span className="count">{counts[kind]}</span>
          </button>
        ))}
      </div>
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
          ) : (
            <p>{t.noneOfKind({ filter: FILTER_LABELS[filter] })}</p>
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
                  <div className="tag-row-quote">{props.quoteOf(live)}</div>
                </div>
              )
            })}
          </div>
        </div>
      )}
    </section>
  )
}
