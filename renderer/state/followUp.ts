/**
 * A key awaited right after a shortcut ("Ctrl+3 then P"): which command's shortcut was pressed,
 * until the next key or {@link FOLLOW_UP_MS} later, whichever comes first. A plain
 * store with injected timers, like the hint.
 */
import type { CommandId } from '../../shared/commands'
import type { HintTimers } from './hint'

/** How long a follow-up key is awaited. */
export const FOLLOW_UP_MS = 3000

export interface PendingFollowUp {
  /** The command whose shortcut was pressed. */
  readonly after: CommandId
}

type TimerId = ReturnType<typeof setTimeout>

const pageTimers: HintTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (id) => clearTimeout(id)
}

export class FollowUpStore {
  private pending: PendingFollowUp | null = null
  private timer: TimerId | null = null

  /** `onEnd` runs when the wait ends without a follow-up key (time out, or {@link end}). */
  constructor(
    private readonly timers: HintTimers = pageTimers,
    private readonly onEnd: (ended: PendingFollowUp) => void = () => {}
  ) {}

  /** The follow-up awaited now, or null. */
  current(): PendingFollowUp | null {
    return this.pending
  }

  /** Awaits a follow-up key for `pending`, in place of any earlier one, for {@link FOLLOW_UP_MS}. */
  start(pending: PendingFollowUp): void {
    this.stopTimer()
    this.pending = pending
    this.timer = this.timers.setTimeout(() => {
      this.timer = null
      this.end()
    }, FOLLOW_UP_MS)
  }

  /** Stops waiting and returns what was awaited (null if nothing); does not call `onEnd`. */
  take(): PendingFollowUp | null {
    const pending = this.pending
    this.stopTimer()
    this.pending = null
    return pending
  }

  /** Stops waiting without a follow-up key; calls `onEnd` when something was awaited. */
  end(): void {
    const pending = this.take()
    if (pending) this.onEnd(pending)
  }

  /** Stops the timer; the store is not used again. */
  dispose(): void {
    this.stopTimer()
    this.pending = null
  }

  private stopTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer)
    this.timer = null
  }
}
