/**
 * The sidebar's tabs above the inspector: the tag list, the entities panel, and whatever panel
 * comes next, one entry each. Only the chosen panel is rendered. The app holds which tab is chosen
 * (a command may show a tab: stepping through hints shows the Hints tab). Keyboard: the tabs are
 * one stop (ArrowLeft/ArrowRight, Home/End move between them), the chosen panel follows.
 */
import { useRef, type ReactNode } from 'react'
import { msg } from '../../shared/messages'

export interface SidebarTab {
  readonly id: string
  readonly label: string
  /** Shown after the label, quieter (a count). */
  readonly badge?: string
  readonly panel: ReactNode
}

export function SidebarTabs(props: { tabs: readonly SidebarTab[]; chosen: string; onChoose: (id: string) => void }) {
  const { chosen, onChoose: setChosen } = props
  const list = useRef<HTMLDivElement>(null)
  const current = props.tabs.find((tab) => tab.id === chosen) ?? props.tabs[0]

  function choose(index: number) {
    const tab = props.tabs[(index + props.tabs.length) % props.tabs.length]
    setChosen(tab.id)
    list.current?.querySelector<HTMLButtonElement>(`#sidebar-tab-${tab.id}`)?.focus()
  }

  function handleKeyDown(event: React.KeyboardEvent) {
    const index = props.tabs.findIndex((tab) => tab.id === current.id)
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: props.tabs.length - 1 }[event.key]
    if (next === undefined) return
    event.preventDefault()
    choose(next)
  }

  if (!current) return null
  return (
    <div className="sidebar-tabs">
      <div ref={list} className="tab-bar" role="tablist" aria-label={msg.ui.sidebarTabs.label} onKeyDown={handleKeyDown}>
        {props.tabs.map((tab) => {
          const selected = tab.id === current.id
          return (
            <button
              key={tab.id}
              id={`sidebar-tab-${tab.id}`}
              type="button"
              role="tab"
              aria-selected={selected}
              aria-controls={`sidebar-panel-${tab.id}`}
              tabIndex={selected ? 0 : -1}
              className={`tab${selected ? ' active' : ''}`}
              onClick={() => setChosen(tab.id)}
            >
              {tab.label}
              {tab.badge !== undefined && <span className="count">{tab.badge}</span>}
            </button>
          )
        })}
      </div>
      <div id={`sidebar-panel-${current.id}`} role="tabpanel" aria-labelledby={`sidebar-tab-${current.id}`} className="tab-panel">
        {current.panel}
      </div>
    </div>
  )
}
