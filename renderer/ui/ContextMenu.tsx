/** The article's context menu: tag the selection, copy, delete the tag under the pointer. */
import { useEffect, useRef } from 'react'

export interface MenuItem {
  label: string
  shortcut?: string
  disabled?: boolean
  onSelect: () => void
}

export function ContextMenu(props: { x: number; y: number; items: (MenuItem | 'separator')[]; onClose: () => void }) {
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
      aria-label="Article actions"
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
      {props.items.map((item, index) =>
        item === 'separator' ? (
          <div key={`sep-${index}`} role="separator" className="menu-separator" />
        ) : (
          <button
            key={item.label}
            type="button"
            role="menuitem"
            disabled={item.disabled}
            onClick={() => {
              props.onClose()
              item.onSelect()
            }}
          >
            <span>{item.label}</span>
            {item.shortcut && <kbd>{item.shortcut}</kbd>}
          </button>
        )
      )}
    </div>
  )
}
