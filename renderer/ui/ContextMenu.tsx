/**
 * A small pop-up menu at a point: the article's context menu (tag the selection, copy, delete
 * the tag under the pointer) and the Recent documents menu. Arrow keys move, Escape closes. An
 * item may open a submenu beside it (the entity types): ArrowRight, Enter or a click opens it and
 * moves into it, ArrowLeft or Escape closes it and goes back to its item.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react'

export interface MenuItem {
  label: string
  /** A second, quieter line (a recent document's folder). */
  detail?: string
  shortcut?: string
  disabled?: boolean
  onSelect: () => void
  /** The items of the submenu this item opens (then `onSelect` is not called). */
  submenu?: MenuItem[]
}

/** Moves the focus `step` buttons among the menu's own buttons (not its submenu's), wrapping. */
function moveFocus(menu: HTMLElement | null, event: React.KeyboardEvent, step: number) {
  const buttons = [...(menu?.querySelectorAll<HTMLButtonElement>(':scope > button:not(:disabled), :scope > .submenu-anchor > button:not(:disabled)') ?? [])]
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
  buttons[(index + step + buttons.length) % buttons.length]?.focus()
  event.preventDefault()
}

function ItemContent(props: { item: MenuItem }) {
  const { item } = props
  return (
    <>
      <span className="menu-label">
        {item.label}
        {item.detail && <small>{item.detail}</small>}
      </span>
      {item.shortcut && <kbd>{item.shortcut}</kbd>}
      {item.submenu && (
        <span className="submenu-arrow" aria-hidden="true">
          ▸
        </span>
      )}
    </>
  )
}

/** The submenu of `item`, beside it (on its left when there is no room on the right); focuses its first item when it opens. */
function Submenu(props: { item: MenuItem; onBack: () => void; onClose: () => void }) {
  const menu = useRef<HTMLDivElement>(null)
  const [onLeft, setOnLeft] = useState(false)
  useLayoutEffect(() => {
    const box = menu.current?.getBoundingClientRect()
    if (box && box.right > window.innerWidth) setOnLeft(true)
  }, [])
  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus()
  }, [])
  return (
    <div
      ref={menu}
      className={`context-menu submenu${onLeft ? ' submenu-left' : ''}`}
      role="menu"
      aria-label={props.item.label}
      onKeyDown={(e) => {
        // The parent menu (and the window's Escape) must not act on keys of the submenu.
        if (e.key === 'ArrowDown') moveFocus(menu.current, e, 1)
        else if (e.key === 'ArrowUp') moveFocus(menu.current, e, -1)
        else if (e.key === 'ArrowLeft' || e.key === 'Escape') {
          e.preventDefault()
          props.onBack()
        } else return
        e.stopPropagation()
      }}
    >
      {(props.item.submenu ?? []).map((child, index) => (
        <button
          key={`${child.label}-${index}`}
          type="button"
          role="menuitem"
          disabled={child.disabled}
          onClick={() => {
            props.onClose()
            child.onSelect()
          }}
        >
          <ItemContent item={child} />
        </button>
      ))}
    </div>
  )
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
  const [openSubmenu, setOpenSubmenu] = useState<number | null>(null)
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

  /** Closes the submenu and gives its item the focus back. */
  function back(index: number) {
    setOpenSubmenu(null)
    menu.current?.querySelector<HTMLButtonElement>(`[data-submenu-index="${index}"]`)?.focus()
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
        if (e.key === 'ArrowDown') moveFocus(menu.current, e, 1)
        else if (e.key === 'ArrowUp') moveFocus(menu.current, e, -1)
        else if (e.key === 'ArrowRight') {
          const index = Number((document.activeElement as HTMLElement | null)?.dataset.submenuIndex ?? NaN)
          if (!Number.isNaN(index)) {
            e.preventDefault()
            setOpenSubmenu(index)
          }
        } else if (e.key === 'Escape') {
          e.preventDefault()
          props.onClose()
        }
      }}
    >
      {props.items.length === 0 && props.emptyText && <div className="menu-empty">{props.emptyText}</div>}
      {props.items.map((item, index) =>
        item === 'separator' ? (
          <div key={`sep-${index}`} role="separator" className="menu-separator" />
        ) : item.submenu ? (
          <div key={`${item.label}-${index}`} className="submenu-anchor">
            <button
              type="button"
              role="menuitem"
              aria-haspopup="menu"
              aria-expanded={openSubmenu === index}
              data-submenu-index={index}
              disabled={item.disabled}
              onClick={() => setOpenSubmenu(openSubmenu === index ? null : index)}
              onMouseEnter={() => setOpenSubmenu(index)}
            >
              <ItemContent item={item} />
            </button>
            {openSubmenu === index && <Submenu item={item} onBack={() => back(index)} onClose={props.onClose} />}
          </div>
        ) : (
          <button
            key={`${item.label}-${index}`}
            type="button"
            role="menuitem"
            title={item.detail}
            disabled={item.disabled}
            onMouseEnter={() => setOpenSubmenu(null)}
            onClick={() => {
              props.onClose()
              item.onSelect()
            }}
          >
            <ItemContent item={item} />
          </button>
        )
      )}
    </div>
  )
}
