/**
 * Builds `window.factmark` from the IPC contract (shared/ipc): one function per invoke method of
 * the contract, sending its arguments on the method's channel, and never `ipcRenderer` itself.
 * Two methods are the preload's own: a dropped File's path is resolved here, from the File
 * object, so the page never handles or invents paths; and `onCommand` subscribes to main's
 * commands. Imports the contract's types and channel names only (no zod: see shared/ipc/schemas.ts).
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import { CHANNELS, COMMAND_CHANNEL, fail, METHOD_NAMES, type AppCommand, type FactmarkApi, type Invokers } from '../../shared/ipc'

/** One function per invoke method of the contract: its arguments sent on its channel, main's answer returned. */
const invokers: Record<string, (...args: never[]) => Promise<unknown>> = {}
for (const name of METHOD_NAMES) {
  const channel = CHANNELS[name]
  invokers[name] = (...args: unknown[]) => ipcRenderer.invoke(channel, ...args)
}

const api: FactmarkApi = {
  // The loop gave every method of the contract its function; what main answers on each channel is
  // that method's result, which main's handlers are type-checked against (MainHandlers).
  ...(invokers as Invokers),
  openDroppedFile: (file) => {
    const path = file instanceof File ? webUtils.getPathForFile(file) : ''
    if (!path) return Promise.resolve(fail('INVALID', 'Only files can be dropped here.'))
    return ipcRenderer.invoke(CHANNELS.openDroppedFile, path)
  },
  onCommand: (listener) => {
    const wrapped = (_event: IpcRendererEvent, command: AppCommand) => listener(command)
    ipcRenderer.on(COMMAND_CHANNEL, wrapped)
    return () => {
      ipcRenderer.removeListener(COMMAND_CHANNEL, wrapped)
    }
  }
}

contextBridge.exposeInMainWorld('factmark', api)
