/**
 * The hint in the status bar ("Select some text in the article first…", "Saved."): one sentence
 * at a time, gone after {@link HINT_MS}. A plain store with an injected timer, read by React with
 * useSyncExternalStore.
 */

/** How long a hint stays. */
export const HINT_MS = 5000

type TimerId = ReturnType<typeof setTimeout>

/** The timers the hint uses; the page's own by default. */
export interface HintTimers {
  setTimeout(run: () => void, ms: number): TimerId
  clearTimeout(id: TimerId): void
}

const pageTimers: HintTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (id) => clearTimeout(id)
}

export class HintStore {
  private text: string | null = null
  private timer: TimerId | null = null
  private readonly listeners = new Set<() => void>()

  constructor(private readonly timers: HintTimers = pageTimers) {}

  /** The hint shown now, or null. */
  getSnapshot = (): string | null => this.text

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Shows `text` in place of any earlier hint, for {@link HINT_MS} from now. */
  show(text: string): void {
    this.stopTimer()
    this.timer = this.timers.setTimeout(() => {
      this.timer = null
      this.set(null)
    }, HINT_MS)
    this.set(text)
  }

  /** Removes the hint now. */
  clear(): void {
    this.stopTimer()
    this.set(null)
  }

  /** Stops the timer; the store is not used again. */
  dispose(): void {
    this.stopTimer()
    this.listeners.clear()
  }

  private stopTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer)
    this.timer = null
  }

  private set(text: string | null): void {
    if (text === this.text) return
    this.text = text
    for (const listener of this.listeners) listener()
  }
}
