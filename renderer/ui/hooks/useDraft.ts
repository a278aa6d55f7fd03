/**
 * A text field's draft: kept by the field while the user types, committed after a short pause or
 * on leaving the field, so one burst of typing is one undo step; a change of the value from
 * outside (undo, another field) replaces the draft unless typing is pending.
 */
import { useEffect, useRef, useState } from 'react'

const COMMIT_DELAY_MS = 400

/** A text field that keeps its own draft and commits it after a pause or on blur. */
export function useDraft(value: string, commit: (next: string) => void) {
  const [draft, setDraft] = useState(value)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const pending = useRef<string | null>(null)
  const commitRef = useRef(commit)
  commitRef.current = commit
  useEffect(() => {
    if (pending.current === null) setDraft(value)
  }, [value])
  const flush = () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    if (pending.current !== null) {
      const next = pending.current
      pending.current = null
      commitRef.current(next)
    }
  }
  useEffect(() => flush, [])
  return {
    value: draft,
    onChange: (next: string) => {
      setDraft(next)
      pending.current = next
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(flush, COMMIT_DELAY_MS)
    },
    onBlur: flush
  }
}
