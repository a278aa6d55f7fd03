/**
 * The Hints panel beside the tag list: the check-worthiness hints of the article in document
 * order, each with its reason and suggested check-worthiness, to accept (it becomes a tag) or
 * dismiss (hidden for the session); a switch hides them all. Virtualised like the tag list: a
 * 200,000-word report has thousands of hints.
 */
import { useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { msg } from '../../shared/messages'
import { KIND_LABELS } from '../../shared/model/tag'
import type { CheckHintService } from '../state/checkHints'
import { HINT_TAG_KIND, type AppActions } from './appServices'
import { useStore } from './hooks/useStore'
import { keysOf } from './shortcuts'

const t = msg.checkHints

export function HintsPanel(props: { hints: CheckHintService; actions: AppActions; hasDocument: boolean }) {
  const { actions, hasDocument } = props
  const { rows, visible, currentKey, status, dismissed, where } = useStore(props.hints)
  const scroller = useRef<HTMLDivElement>(null)
  const shown = visible && hasDocument ? rows : []
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 84,
    overscan: 6,
    getItemKey: (index) => shown[index].key
  })

  let empty: string | null = null
  if (!hasDocument) empty = t.noDocument
  else if (!visible) empty = t.hidden({ keys: keysOf('toggle-hints') })
  else if (status !== 'ready') empty = t.computing
  else if (rows.length === 0) empty = dismissed > 0 ? t.allHandled({ dismissed }) : t.none

  return (
    <section className="hints-panel" aria-label={t.label} data-testid="hints-panel" data-hint-engine={where}>
      <header className="hints-head">
        <h2>
          {t.label} {hasDocument && visible && status === 'ready' && <span className="count">{t.count({ count: rows.length })}</span>}
        </h2>
        <label className="hints-toggle">
          <input type="checkbox" checked={visible} onChange={actions.toggleHints} /> {t.showToggle}
        </label>
      </header>
      {empty !== null ? (
        <div className="empty-state" data-testid="hints-empty">
          <p>{empty}</p>
          {empty === t.none && <p>{t.noneHelp}</p>}
        </div>
      ) : (
        <div ref={scroller} className="hints-scroller" role="list" aria-label={t.listLabel}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = shown[item.index]
              const current = row.key === currentKey
              const as = KIND_LABELS[HINT_TAG_KIND[row.kind]]
              return (
                <div
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  role="listitem"
                  data-testid="hint-row"
                  data-hint-kind={row.kind}
                  aria-current={current ? 'true' : undefined}
                  className={`hint-row hint-${row.kind}${current ? ' current' : ''}`}
                  style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
                >
                  <button type="button" className="hint-go" onClick={() => actions.goToHint(row.key)}>
                    <span className="hint-row-head">
                      <span className={`hint-badge hint-${row.kind}`}>{t.kinds[row.kind]}</span>
                      <span className={`hint-worthiness worthiness-${row.checkWorthiness}`}>
                        {t.worthinessLine({ level: t.worthiness[row.checkWorthiness] })}
                      </span>
                    </span>
                    <span className="hint-text">{row.text}</span>
                    <span className="hint-reason">{t.reasons[row.reason]}</span>
                  </button>
                  <span className="hint-actions">
                    <button type="button" title={t.acceptTitle({ kind: as, keys: keysOf('accept-hint') })} onClick={() => actions.acceptHint(row.key)}>
                      {t.accept}
                    </button>
                    <button type="button" title={t.dismissTitle({ keys: keysOf('dismiss-hint') })} onClick={() => actions.dismissHint(row.key)}>
                      {t.dismiss}
                    </button>
                  </span>
                </div>
              )
            })}
          </div>
        </div>
      )}
    </section>
  )
}
