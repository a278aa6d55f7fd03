/** The find bar (Ctrl+F): finds text in the article, case-insensitively; Enter steps through. */
import { useEffect, useRef, useState } from 'react'
import { msg } from '../../shared/messages'

const t = msg.ui.find

export function FindBar(props: {
  onSearch: (query: string) => { count: number; current: number }
  onStep: (direction: 1 | -1) => { count: number; current: number }
  onClose: () => void
}) {
  const [query, setQuery] = useState('')
  const [result, setResult] = useState({ count: 0, current: -1 })
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [])

  return (
    <div className="find-bar" role="search">
      <label htmlFor="find-input" className="visually-hidden">
        {t.label}
      </label>
      <input
        id="find-input"
        ref={input}
        placeholder={t.label}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setResult(props.onSearch(e.target.value))
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            setResult(props.onStep(e.shiftKey ? -1 : 1))
          } else if (e.key === 'Escape') {
            e.preventDefault()
            props.onClose()
          }
        }}
      />
      <span className="find-count" aria-live="polite">
        {query === '' ? '' : result.count === 0 ? t.noMatches : t.position({ current: result.current + 1, count: result.count })}
      </span>
      <button type="button" onClick={() => setResult(props.onStep(-1))} disabled={result.count === 0} aria-label={t.previous}>
        ↑
      </button>
      <button type="button" onClick={() => setResult(props.onStep(1))} disabled={result.count === 0} aria-label={t.next}>
        ↓
      </button>
      <button type="button" onClick={props.onClose} aria-label={t.close}>
        ✕
      </button>
    </div>
  )
}
