/**
 * The one way main registers an IPC handler: the sender frame must be the app's own top-level
 * page, and the arguments must pass the channel's schema from shared/ipc/schemas.ts, before the
 * handler runs. A call that fails either check is rejected and logged; the handler never sees it.
 * registerHandlers.ts registers every method of the contract through here.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import type { z } from 'zod'
import type { Channel } from '../../shared/ipc'
import { ARG_SCHEMAS } from '../../shared/ipc/schemas'

type Args<C extends Channel> = z.output<(typeof ARG_SCHEMAS)[C]>

/** Decides whether an invoke comes from a frame allowed to use the API. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean

/** Builds the sender check: top-level frame, URL on the app origin (see security.ts). */
export function makeSenderCheck(isAppUrl: (url: string) => boolean): SenderCheck {
  return (event) => {
    const frame = event.senderFrame
    if (!frame || frame.parent !== null) return false
    return isAppUrl(frame.url)
  }
}

/** Error thrown (and so rejected in the renderer) for a call that fails a check. */
export class IpcRejected extends Error {}

/**
 * Registers `run` for `channel` behind the sender check and the channel's argument schema; `run`
 * gets the schema's parsed output, never what the page sent.
 */
export function guardChannel(
  ipcMain: Pick<IpcMain, 'handle'>,
  isTrustedSender: SenderCheck,
  channel: Channel,
  run: (args: readonly unknown[]) => unknown
): void {
  const schema: z.ZodType<readonly unknown[]> = ARG_SCHEMAS[channel]
  ipcMain.handle(channel, (event, ...raw: unknown[]) => {
    if (!isTrustedSender(event)) {
      console.warn(`[ipc] ${channel}: rejected call from untrusted sender ${event.senderFrame?.url ?? '(gone)'}`)
      throw new IpcRejected(`${channel}: sender not allowed`)
    }
    const parsed = schema.safeParse(raw)
    if (!parsed.success) {
      console.warn(`[ipc] ${channel}: rejected invalid arguments: ${parsed.error.issues[0]?.message}`)
      throw new IpcRejected(`${channel}: invalid arguments`)
    }
    return run(parsed.data)
  })
}

/**
 * Registers `handler` for one `channel` behind the sender check and the argument schema. Arguments
 * are the schema's parsed output, so the handler works on validated values only.
 */
export function registerHandler<C extends Channel>(
  ipcMain: Pick<IpcMain, 'handle'>,
  isTrustedSender: SenderCheck,
  channel: C,
  handler: (...args: Args<C>) => unknown
): void {
  // Validated boundary: guardChannel hands over what this channel's schema parsed.
  guardChannel(ipcMain, isTrustedSender, channel, (args) => handler(...(args as Args<C>)))
}
