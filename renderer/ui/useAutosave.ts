/**
 * The React face of the autosave (renderer/session/autosave.ts): one {@link Autosave} per App,
 * its status as state, and stable `markDirty`/`flush`/`reset` callbacks.
 */
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react'
import type { Result, SaveRequest, SaveResult } from '../../shared/ipc'
import { Autosave } from '../session/autosave'

export type { SaveStatus } from '../session/autosave'

/**
 * Saves what `buildRequest` describes through `save`. The latest callbacks are used at each save,
 * so they need not be stable.
 */
export function useAutosave(buildRequest: () => SaveRequest | null, save: (request: SaveRequest) => Promise<Result<SaveResult>>) {
  const latest = useRef({ buildRequest, save })
  latest.current = { buildRequest, save }
  const autosave = useMemo(
    () =>
      new Autosave({
        buildRequest: () => latest.current.buildRequest(),
        save: (request) => latest.current.save(request)
      }),
    []
  )
  useEffect(() => () => autosave.dispose(), [autosave])
  const status = useSyncExternalStore(
    (listener) => autosave.subscribe(listener),
    () => autosave.status
  )
  // Stable across status changes, like the callbacks the editor and effects depend on.
  const actions = useMemo(
    () => ({ markDirty: () => autosave.markDirty(), flush: () => autosave.flush(), reset: () => autosave.reset() }),
    [autosave]
  )
  return useMemo(() => ({ status, ...actions }), [status, actions])
}
