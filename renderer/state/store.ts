/**
 * The smallest observable value: a state object replaced by `set`, with `subscribe` and
 * `getSnapshot` in the shape React's useSyncExternalStore reads.
 */
export class Store<T extends object> {
  private readonly listeners = new Set<() => void>()

  constructor(private state: T) {}

  getSnapshot = (): T => this.state

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Merges `patch` into a new state object; listeners hear of it only when a field changed. */
  set(patch: Partial<T>): void {
    const keys = Object.keys(patch) as (keyof T)[]
    if (keys.every((key) => this.state[key] === patch[key])) return
    this.state = { ...this.state, ...patch }
    for (const listener of this.listeners) listener()
  }
}
