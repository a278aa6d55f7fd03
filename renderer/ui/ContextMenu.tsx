/**
 * A small pop-up menu at a point: the article's context menu (tag the selection, copy, delete
 * the tag under the pointer) and the Recent documents menu. Arrow keys move, Escape closes.
 */
import { useEffect, useRef } from 'react'

export interface MenuItem {
  label: string
  /** A second, quieter line (a recent document's folder). */
  detail?: string
  shortcut?: string
  disabled?: boolean
  onSelect: () => void
}

export function ContextMenu(props: {
  x: number
  y: number
  label: string
  items: (MenuItem | 'separator')[]
  emptyText?: string
  onClose: () => void
}) {
  const menu = useRef<HTMLDivElement>(null)
  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus()
    const close = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) props.onClose()
    }
    window.addEventListener('mousedown', close, true)
    window.addEventListener('blur', props.onClose)
    return () => {
      window.removeEventListener('mousedown', close, true)
      window.removeEventListener('blur', props.onClose)
    }
  }, [props.onClose])

  function move(event: React.KeyboardEvent, step: number) {
    const buttons = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])]
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
    buttons[(index + step + buttons.length) % buttons.length]?.focus()
    event.preventDefault()
  }

  const left = Math.min(props.x, window.innerWidth - 240)
  const top = Math.min(props.y, window.innerHeight - 220)
  return (
    <div
      ref={menu}
      className="context-menu"
      role="menu"
      aria-label={props.label}
      style={{ left, top }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown') move(e, 1)
        else if (e.key === 'ArrowUp') move(e, -1)
        else if (e.key === 'Escape') {
          e.preventDefault()
          props.onClose()
        }
      }}
    >
      {props.items.length === 0 && props.emptyText && <div className="menu-empty">{props.emptyText}</div>}
      {props.items.map((item, index) =>
        item === 'separator' ? (
          <div key={`sep-${index}`} role="separator" className="menu-separator" />
        ) : (
          <button
            key={`${item.label}-${index}`}
            type="button"
            role="menuitem"
            title={item.detail}
            disabled={item.disabled}
            onClick={() => {
              props.onClose()
              item.onSelect()
            }}
          >
            <span className="menu-label">
              {item.label}
              {item.detail && <small>{item.detail}</small>}
            </span>
            {item.shortcut && <kbd>{item.shortcut}</kbd>}
          </button>
        )
      )}
    </div>
  )
}
