/**
 * Saving the annotator's tags, without React: on their own shortly after a change, at once on
 * request (Ctrl+S, switching documents, closing), one save at a time. A failed save keeps the
 * work in memory, says why, and is retried.
 *
 * The promise to the user is that a crash loses at most about the last second of work. Waiting
 * for a pause alone cannot keep it — a fact-checker tagging steadily never pauses — so a change is
 * saved {@link AUTOSAVE_DELAY_MS} after the last change or {@link AUTOSAVE_MAX_WAIT_MS} after the
 * oldest unsaved one, whichever comes first.
 *
 * Timers and the clock are injected so tests drive time by hand.
 */
import type { Result, SaveRequest, SaveResult } from '../../shared/ipc'

/** Delay after the last change before saving on its own. */
export const AUTOSAVE_DELAY_MS = 700
/**
 * Longest an unsaved change waits while changes keep coming. A save takes a few tens of
 * milliseconds, so a change is on disk about a second after it was made at the latest.
 */
export const AUTOSAVE_MAX_WAIT_MS = 800
/** Delay before a failed save is tried again. */
export const RETRY_DELAY_MS = 5000

export type SaveStatus =
  | { kind: 'saved'; at: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  /** Another program changed the tag file: nothing is saved until the user chooses. */
  | { kind: 'conflict'; message: string }

type TimerId = ReturnType<typeof setTimeout>

/** The clock and timers the autosave uses; the page's own by default. */
export interface Clock {
  now(): number
  setTimeout(run: () => void, ms: number): TimerId
  clearTimeout(id: TimerId): void
}

const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (id) => clearTimeout(id)
}

export interface AutosaveOptions {
  /** The request for the current state, or null when there is nothing to save (no document). */
  buildRequest: () => SaveRequest | null
  save: (request: SaveRequest) => Promise<Result<SaveResult>>
  clock?: Clock
}

/**
 * One document's save schedule. `markDirty` after every change; `flush` before anything that
 * must find the tags on disk. Listeners hear every status change.
 */
export class Autosave {
  private statusValue: SaveStatus = { kind: 'saved', at: null }
  private readonly listeners = new Set<() => void>()
  private readonly clock: Clock
  private dirty = false
  /** When the oldest change not yet handed to a save was made. */
  private dirtySince = 0
  private lastChange = 0
  private timer: TimerId | null = null
  private inFlight: Promise<boolean> | null = null

  constructor(private readonly options: AutosaveOptions) {
    this.clock = options.clock ?? systemClock
  }

  get status(): SaveStatus {
    return this.statusValue
  }

  /** Calls `listener` after every status change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /**
   * Records a change. It is saved {@link AUTOSAVE_DELAY_MS} after the last change, and never
   * later than {@link AUTOSAVE_MAX_WAIT_MS} after the oldest unsaved one. While a conflict waits
   * for the user, changes stay in memory (and in the recovery file) and nothing is saved.
   */
  markDirty(): void {
    const now = this.clock.now()
    if (!this.dirty) this.dirtySince = now
    this.dirty = true
    this.lastChange = now
    const kind = this.statusValue.kind
    if (kind !== 'error' && kind !== 'conflict') this.setStatus({ kind: 'pending' })
    this.clearTimer()
    if (kind === 'conflict') return
    const due = Math.min(this.lastChange + AUTOSAVE_DELAY_MS, this.dirtySince + AUTOSAVE_MAX_WAIT_MS)
    this.startTimer(Math.max(0, due - now))
  }

  /** Saves now if anything is unsaved; resolves true when everything is on disk. */
  flush(): Promise<boolean> {
    this.clearTimer()
    return this.runSave()
  }

  /** Forgets unsaved state (a new document was opened after a successful flush). */
  reset(): void {
    this.clearTimer()
    this.dirty = false
    this.setStatus({ kind: 'saved', at: null })
  }

  /** Stops every timer; the object is not used again. */
  dispose(): void {
    this.clearTimer()
    this.listeners.clear()
  }

  private async runSave(): Promise<boolean> {
    // Wait for a save under way, then save again if something changed meanwhile.
    while (this.inFlight) await this.inFlight
    if (!this.dirty) return true
    const request = this.options.buildRequest()
    if (!request) return true
    this.dirty = false
    this.setStatus({ kind: 'saving' })
    const attempt = this.attempt(request)
    this.inFlight = attempt
    try {
      return await attempt
    } finally {
      this.inFlight = null
    }
  }

  private async attempt(request: SaveRequest): Promise<boolean> {
    let result: Result<SaveResult>
    try {
      result = await this.options.save(request)
    } catch (error) {
      result = { ok: false, error: { code: 'WRITE_FAILED', message: error instanceof Error ? error.message : String(error) } }
    }
    if (result.ok) {
      // Changes made during the save have their own timer already (markDirty set it).
      this.setStatus(this.dirty ? { kind: 'pending' } : { kind: 'saved', at: result.value.savedAt })
      return true
    }
    if (!this.dirty) this.dirtySince = this.clock.now()
    this.dirty = true
    this.clearTimer()
    if (result.error.code === 'CONFLICT') {
      this.setStatus({ kind: 'conflict', message: result.error.message })
      return false
    }
    this.setStatus({ kind: 'error', message: result.error.message })
    this.startTimer(RETRY_DELAY_MS)
    return false
  }

  private startTimer(ms: number): void {
    this.timer = this.clock.setTimeout(() => {
      this.timer = null
      void this.runSave()
    }, ms)
  }

  private clearTimer(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer)
    this.timer = null
  }

  private setStatus(status: SaveStatus): void {
    this.statusValue = status
    for (const listener of this.listeners) listener()
  }
}
