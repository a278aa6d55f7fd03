/**
 * Saving the annotator's tags: on their own within a second of the last change, at once on
 * request (Ctrl+S, switching documents, closing), one save at a time. A failed save keeps the
 * work in memory, says why, and is retried.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Result, SaveRequest, SaveResult } from '../../shared/ipc'

/** Delay after the last change before saving on its own. */
export const AUTOSAVE_DELAY_MS = 700
/** Delay before a failed save is tried again. */
export const RETRY_DELAY_MS = 5000

export type SaveStatus =
  | { kind: 'saved'; at: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  /** Another program changed the tag file: nothing is saved until the user chooses. */
  | { kind: 'conflict'; message: string }

export function useAutosave(buildRequest: () => SaveRequest | null, save: (request: SaveRequest) => Promise<Result<SaveResult>>) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved', at: null })
  const conflict = useRef(false)
  useEffect(() => {
    conflict.current = status.kind === 'conflict'
  }, [status])
  const dirty = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const inFlight = useRef<Promise<boolean> | null>(null)
  const latest = useRef({ buildRequest, save })
  latest.current = { buildRequest, save }

  const clearTimer = () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
  }

  const runSave = useCallback(async (): Promise<boolean> => {
    // Wait for a save under way, then save again if something changed meanwhile.
    while (inFlight.current) await inFlight.current
    if (!dirty.current) return true
    const request = latest.current.buildRequest()
    if (!request) return true
    dirty.current = false
    setStatus({ kind: 'saving' })
    const attempt = (async () => {
      let result: Result<SaveResult>
      try {
        result = await latest.current.save(request)
      } catch (error) {
        result = { ok: false, error: { code: 'WRITE_FAILED', message: (error as Error).message } }
      }
      if (result.ok) {
        setStatus(dirty.current ? { kind: 'pending' } : { kind: 'saved', at: result.value.savedAt })
        return true
      }
      dirty.current = true
      clearTimer()
      if (result.error.code === 'CONFLICT') {
        setStatus({ kind: 'conflict', message: result.error.message })
        return false
      }
      setStatus({ kind: 'error', message: result.error.message })
      timer.current = setTimeout(() => void runSave(), RETRY_DELAY_MS)
      return false
    })()
    inFlight.current = attempt
    try {
      return await attempt
    } finally {
      inFlight.current = null
    }
  }, [])

  /** Records a change; saves within {@link AUTOSAVE_DELAY_MS} of the last one. */
  const markDirty = useCallback(() => {
    dirty.current = true
    setStatus((s) => (s.kind === 'error' || s.kind === 'conflict' ? s : { kind: 'pending' }))
    clearTimer()
    // While a conflict waits for the user, changes stay in memory (and in the recovery file).
    if (!conflict.current) timer.current = setTimeout(() => void runSave(), AUTOSAVE_DELAY_MS)
  }, [runSave])

  /** Saves now if anything is unsaved; resolves true when everything is on disk. */
  const flush = useCallback(async (): Promise<boolean> => {
    clearTimer()
    return runSave()
  }, [runSave])

  /** Forgets unsaved state (a new document was opened after a successful flush). */
  const reset = useCallback(() => {
    clearTimer()
    dirty.current = false
    setStatus({ kind: 'saved', at: null })
  }, [])

  useEffect(() => clearTimer, [])

  return useMemo(() => ({ status, markDirty, flush, reset }), [status, markDirty, flush, reset])
}
