/**
 * The IPC contract, recovery: the unsaved tags main keeps in Factmark's own folder when a save
 * beside the article fails, offered with the document when it opens again.
 */
import type { ChannelsOf } from './contract'
import type { Result } from './result'

/** What the renderer asks main about recovery copies. */
export interface RecoveryMethods {
  /** Forgets the unsaved tags kept for recovery of an open document. */
  discardRecovery(handle: string): Promise<Result<null>>
}

export const RECOVERY_CHANNELS = {
  discardRecovery: 'recovery:discard'
} as const satisfies ChannelsOf<RecoveryMethods>
