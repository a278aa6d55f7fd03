/**
 * The entities panel: each entity (its first tag) with its type and how many times it is tagged
 * in the article. Clicking an entity, or Enter on it, goes to its next mention in the article
 * (selects it and scrolls to it), round and round. Virtualised like the tag list, and fed from
 * the editor's entity index, which is rebuilt only when the tag set changes, never while typing.
 */
import { useEffect, useRef, useState } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { msg } from '../../shared/messages'
import type { EntityIndex } from '../../shared/mentions/entityGroups'
import { ENTITY_TYPE_LABELS } from '../../shared/model/tag'

const t = msg.ui.entities

export function EntitiesPanel(props: {
  entities: EntityIndex
  selectedId: string | null
  /** Where the selected tag stands among its entity's mentions, in article order; null when it is no entity's. */
  positionOf: (tagId: string) => { entityId: string; current: number; count: number } | null
  onStep: (entityId: string) => void
}) {
  const { groups, groupOf } = props.entities
  const selectedEntity = props.selectedId ? (groupOf.get(props.selectedId)?.id ?? null) : null
  const selectedIndex = selectedEntity ? groups.findIndex((group) => group.id === selectedEntity) : -1
  const [active, setActive] = useState(0)
  const position = props.selectedId && selectedEntity ? props.positionOf(props.selectedId) : null

  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: groups.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 52,
    overscan: 8,
    getItemKey: (index) => groups[index].id
  })
  useEffect(() => {
    if (selectedIndex >= 0) {
      setActive(selectedIndex)
      virtualizer.scrollToIndex(selectedIndex, { align: 'auto' })
    }
  }, [selectedIndex, virtualizer])
  const activeIndex = Math.min(active, groups.length - 1)

  function handleKeyDown(event: React.KeyboardEvent) {
    if (groups.length === 0) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const next = Math.min(groups.length - 1, Math.max(0, activeIndex + (event.key === 'ArrowDown' ? 1 : -1)))
      setActive(next)
      virtualizer.scrollToIndex(next, { align: 'auto' })
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      props.onStep(groups[activeIndex].id)
    }
  }

  if (groups.length === 0) {
    return (
      <section className="entities-panel empty-state" aria-label={t.label} data-testid="entities-empty">
        <p>
          <strong>{t.empty}</strong>
        </p>
        <p>{t.emptyHelp}</p>
      </section>
    )
  }
  return (
    <section className="entities-panel" aria-label={t.label}>
      <div
        ref={scroller}
        className="entities-scroller"
        role="listbox"
        aria-label={t.listLabel}
        tabIndex={0}
        aria-activedescendant={`entity-row-${groups[activeIndex].id}`}
        onKeyDown={handleKeyDown}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const group = groups[item.index]
            const selected = group.id === selectedEntity
            return (
              <div
                key={item.key}
                id={`entity-row-${group.id}`}
                data-index={item.index}
                ref={virtualizer.measureElement}
                role="option"
                aria-selected={selected}
                title={t.stepTitle}
                data-testid="entity-row"
                data-entity-id={group.id}
                className={`entity-row${selected ? ' selected' : ''}${item.index === activeIndex ? ' active' : ''}`}
                style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
                onClick={() => {
                  setActive(item.index)
                  props.onStep(group.id)
                }}
              >
                <span className="entity-name">{group.name}</span>
                <span className="entity-type">{ENTITY_TYPE_LABELS[group.entityType]}</span>
                <span className="entity-count" data-testid="entity-count" data-count={group.tagIds.length}>
                  {t.mentions({ count: group.tagIds.length })}
                </span>
                {selected && position && <span className="entity-position">{t.position({ current: position.current, count: position.count })}</span>}
              </div>
            )
          })}
        </div>
      </div>
    </section>
  )
}
