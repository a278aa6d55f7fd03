/**
 * Builds `window.factmark` from the IPC contract: one function per channel, and never
 * `ipcRenderer` itself. A dropped File's path is resolved here, from the File object, so the
 * page never handles or invents paths.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import { CHANNELS, COMMAND_CHANNEL, type AppCommand, type FactmarkApi } from '../../shared/ipc'

const api: FactmarkApi = {
  getStartup: () => ipcRenderer.invoke(CHANNELS.getStartup),
  setAnnotatorName: (name) => ipcRenderer.invoke(CHANNELS.setAnnotatorName, name),
  openStartupDocument: () => ipcRenderer.invoke(CHANNELS.openStartupDocument),
  openDocumentDialog: () => ipcRenderer.invoke(CHANNELS.openDocumentDialog),
  openRecent: (id) => ipcRenderer.invoke(CHANNELS.openRecent, id),
  openDroppedFile: (file) => {
    const path = file instanceof File ? webUtils.getPathForFile(file) : ''
    if (!path) {
      return Promise.resolve({ ok: false, error: { code: 'INVALID', message: 'Only files can be dropped here.' } })
    }
    return ipcRenderer.invoke(CHANNELS.openDroppedFile, path)
  },
  openHandoff: () => ipcRenderer.invoke(CHANNELS.openHandoff),
  reloadDocument: (handle) => ipcRenderer.invoke(CHANNELS.reloadDocument, handle),
  checkDisk: (handle) => ipcRenderer.invoke(CHANNELS.checkDisk, handle),
  discardRecovery: (handle) => ipcRenderer.invoke(CHANNELS.discardRecovery, handle),
  loadSidecar: (handle) => ipcRenderer.invoke(CHANNELS.loadSidecar, handle),
  saveTags: (request) => ipcRenderer.invoke(CHANNELS.saveTags, request),
  openExternal: (url) => ipcRenderer.invoke(CHANNELS.openExternal, url),
  readyToClose: () => ipcRenderer.invoke(CHANNELS.readyToClose),
  onCommand: (listener) => {
    const wrapped = (_event: IpcRendererEvent, command: AppCommand) => listener(command)
    ipcRenderer.on(COMMAND_CHANNEL, wrapped)
    return () => {
      ipcRenderer.removeListener(COMMAND_CHANNEL, wrapped)
    }
  }
}

contextBridge.exposeInMainWorld('factmark', api)
