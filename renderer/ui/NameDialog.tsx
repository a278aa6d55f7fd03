/** The annotator-name prompt: shown on first run, and when the user asks to change the name. */
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { msg } from '../../shared/messages'

const t = msg.ui.nameDialog

export function NameDialog(props: {
  initialName: string
  firstRun: boolean
  onSubmit: (name: string) => Promise<string | null>
  onCancel: (() => void) | null
}) {
  const [name, setName] = useState(props.initialName)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => input.current?.focus(), [])

  async function handleSubmit(event: FormEvent) {
    event.preventDefault()
    if (name.trim() === '') {
      setError(t.empty)
      return
    }
    setBusy(true)
    const failure = await props.onSubmit(name.trim())
    setBusy(false)
    if (failure) setError(failure)
  }

  return (
    <div className="modal-backdrop">
      <form
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="name-dialog-title"
        onSubmit={handleSubmit}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && props.onCancel) props.onCancel()
        }}
      >
        <h2 id="name-dialog-title">{props.firstRun ? t.welcome : t.change}</h2>
        <p>{t.explanation}</p>
        <label htmlFor="annotator-name">{t.label}</label>
        <input
          id="annotator-name"
          ref={input}
          value={name}
          maxLength={200}
          autoComplete="name"
          onChange={(e) => {
            setName(e.target.value)
            setError(null)
          }}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={error ? 'annotator-name-error' : undefined}
        />
        {error && (
          <p id="annotator-name-error" className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="modal-actions">
          {props.onCancel && (
            <button type="button" onClick={props.onCancel}>
              {msg.ui.cancel}
            </button>
          )}
          <button type="submit" className="primary" disabled={busy}>
            {props.firstRun ? t.start : t.save}
          </button>
        </div>
      </form>
    </div>
  )
}
