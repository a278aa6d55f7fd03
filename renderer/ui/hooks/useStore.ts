/** Reads a store with `subscribe`/`getSnapshot` (session, editor, hint, UI state) in a component. */
import { useSyncExternalStore } from 'react'

export function useStore<T>(store: { subscribe(listener: () => void): () => void; getSnapshot(): T }): T {
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}
