/**
 * A modal dialog box over the window: labelled by its title, the keyboard kept inside it (Tab and
 * Shift+Tab cycle through its controls), Escape for the safe way out, and the focus given back to
 * where it was when the dialog closes.
 */
import { useEffect, useRef, type ReactNode } from 'react'

const FOCUSABLE = 'button:not(:disabled), [href], input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])'

export function Modal(props: {
  role: 'dialog' | 'alertdialog'
  /** The id of the element naming the dialog. */
  labelledBy: string
  /** The id of the element describing it, when there is one. */
  describedBy?: string
  className?: string
  /** Escape: the choice that loses nothing. */
  onEscape: () => void
  children: ReactNode
}) {
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const first = box.current?.querySelector<HTMLElement>('[data-autofocus]') ?? box.current?.querySelector<HTMLElement>(FOCUSABLE)
    first?.focus()
    return () => before?.focus()
  }, [])

  function handleKeyDown(event: React.KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      props.onEscape()
      return
    }
    if (event.key !== 'Tab') return
    const items = [...(box.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])]
    if (items.length === 0) return
    const index = items.indexOf(document.activeElement as HTMLElement)
    const next = event.shiftKey ? (index <= 0 ? items.length - 1 : index - 1) : index === items.length - 1 ? 0 : index + 1
    event.preventDefault()
    items[next].focus()
  }

  return (
    <div className="modal-backdrop">
      <div
        ref={box}
        className={`modal${props.className ? ` ${props.className}` : ''}`}
        role={props.role}
        aria-modal="true"
        aria-labelledby={props.labelledBy}
        aria-describedby={props.describedBy}
        onKeyDown={handleKeyDown}
      >
        {props.children}
      </div>
    </div>
  )
}
