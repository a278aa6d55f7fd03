/**
 * Registers main's handler of every method of the IPC contract, in one loop over the contract,
 * each behind the sender check and its argument schema (ipcGuard.ts). `handlers` is typed by the
 * contract, so a missing handler or one that returns the wrong shape does not type-check, and a
 * method added to the contract is registered without a line here.
 */
import type { IpcMain } from 'electron'
import { CHANNELS, METHOD_NAMES, type MainHandlers, type MethodArgs, type MethodName } from '../../shared/ipc'
import { guardChannel, type SenderCheck } from './ipcGuard'

/** Registers `handlers` on `ipcMain`, one per method of the contract, behind `isTrustedSender`. */
export function registerHandlers(ipcMain: Pick<IpcMain, 'handle'>, isTrustedSender: SenderCheck, handlers: MainHandlers): void {
  function register<K extends MethodName>(name: K): void {
    const handler: MainHandlers[K] = handlers[name]
    // Validated boundary: guardChannel hands over what this channel's schema parsed, and
    // shared/ipc/schemas.ts `satisfies` each schema's output being this method's arguments.
    guardChannel(ipcMain, isTrustedSender, CHANNELS[name], (args) => handler(...(args as MethodArgs<K>)))
  }
  for (const name of METHOD_NAMES) register(name)
}
