import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { CHANNELS, METHOD_NAMES, type MainHandlers, type MethodName, type Result, type SaveResult } from '../../shared/ipc'
import { IpcRejected, makeSenderCheck } from './ipcGuard'
import { registerHandlers } from './registerHandlers'
import { isAppUrl } from './security'

type Listener = Parameters<IpcMain['handle']>[1]

/** A stand-in for Electron's ipcMain that records what was registered. */
function fakeIpcMain() {
  const registered = new Map<string, Listener>()
  const ipcMain: Pick<IpcMain, 'handle'> = {
    handle: (channel, listener) => {
      if (registered.has(channel)) throw new Error(`${channel} registered twice`)
      registered.set(channel, listener)
    }
  }
  return { ipcMain, registered }
}

/** A stand-in invoke event: only `senderFrame` is read by the guard. The cast is the test's boundary. */
function eventFrom(url: string): IpcMainInvokeEvent {
  return { senderFrame: { url, parent: null } } as unknown as IpcMainInvokeEvent
}

/** Handlers that record which method ran with what, each answering with a value of its type. */
function recordingHandlers() {
  const calls: [MethodName, unknown[]][] = []
  const done = <T>(name: MethodName, value: T) => (...args: unknown[]) => {
    calls.push([name, args])
    return value
  }
  const none = { ok: true as const, value: null }
  const cancelled = { ok: false as const, error: { code: 'CANCELLED' as const, message: 'Cancelled.' } }
  const handlers: MainHandlers = {
    getStartup: done('getStartup', { annotator: null, organisation: { organisation: '', organisationUrl: '' }, recent: [], platform: 'linux', language: 'system' as const }),
    setAnnotatorName: done('setAnnotatorName', cancelled),
    setOrganisation: done('setOrganisation', cancelled),
    setLanguage: done('setLanguage', cancelled),
    openStartupDocument: done('openStartupDocument', cancelled),
    openDocumentDialog: done('openDocumentDialog', cancelled),
    openRecent: done('openRecent', cancelled),
    openDroppedFile: done('openDroppedFile', cancelled),
    openHandoff: done('openHandoff', cancelled),
    reloadDocument: done('reloadDocument', cancelled),
    checkDisk: done('checkDisk', cancelled),
    discardRecovery: done('discardRecovery', none),
    loadSidecar: done('loadSidecar', cancelled),
    saveTags: done('saveTags', cancelled),
    openExternal: done('openExternal', none),
    readyToClose: done('readyToClose', undefined),
    saveExport: done('saveExport', cancelled),
    saveReportPdf: done('saveReportPdf', cancelled),
    previewReport: done('previewReport', none),
    chooseImportFile: done('chooseImportFile', cancelled)
  }
  return { handlers, calls }
}

const isTrusted = makeSenderCheck((url) => isAppUrl(url, undefined))

let warn: MockInstance<typeof console.warn>
beforeEach(() => {
  // The guard logs each rejection; keep the output quiet.
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterEach(() => {
  warn.mockRestore()
})

describe('registerHandlers', () => {
  it('registers every method of the contract on its channel, once', () => {
    const { ipcMain, registered } = fakeIpcMain()
    registerHandlers(ipcMain, isTrusted, recordingHandlers().handlers)
    expect([...registered.keys()].sort()).toEqual(Object.values(CHANNELS).sort())
    expect(registered.size).toBe(METHOD_NAMES.length)
  })

  it('runs the method’s own handler for a call from the app page, with the parsed arguments', async () => {
    const { ipcMain, registered } = fakeIpcMain()
    const { handlers, calls } = recordingHandlers()
    registerHandlers(ipcMain, isTrusted, handlers)
    const app = eventFrom('app://factmark/index.html')
    await registered.get(CHANNELS.setAnnotatorName)?.(app, '  Marie  ')
    await registered.get(CHANNELS.checkDisk)?.(app, 'abc-123')
    await registered.get(CHANNELS.readyToClose)?.(app)
    expect(calls).toEqual([
      ['setAnnotatorName', ['Marie']],
      ['checkDisk', ['abc-123']],
      ['readyToClose', []]
    ])
  })

  it.each(METHOD_NAMES.map((name) => [name]))('%s refuses a call from another page and never runs the handler', (name) => {
    const { ipcMain, registered } = fakeIpcMain()
    const { handlers, calls } = recordingHandlers()
    registerHandlers(ipcMain, isTrusted, handlers)
    expect(() => registered.get(CHANNELS[name])?.(eventFrom('https://evil.example/'))).toThrow(IpcRejected)
    expect(calls).toEqual([])
  })

  it.each(METHOD_NAMES.map((name) => [name]))('%s refuses arguments its schema rejects and never runs the handler', (name) => {
    const { ipcMain, registered } = fakeIpcMain()
    const { handlers, calls } = recordingHandlers()
    registerHandlers(ipcMain, isTrusted, handlers)
    // No method takes four arguments, so this fails every schema.
    expect(() => registered.get(CHANNELS[name])?.(eventFrom('app://factmark/index.html'), 1, 2, 3, 4)).toThrow(`${CHANNELS[name]}: invalid arguments`)
    expect(calls).toEqual([])
  })
})

describe('handler types follow the contract', () => {
  it('refuses, at compile time, a handler that returns the wrong shape', () => {
    // Each line below must fail to type-check; tsc (npm run typecheck) fails if one compiles.
    // @ts-expect-error saveTags resolves to Result<SaveResult>, not a bare string
    const wrongResult: MainHandlers['saveTags'] = async () => 'saved'
    // @ts-expect-error a SaveResult has savedAt and sidecarFileName
    const wrongValue: MainHandlers['saveTags'] = async () => ({ ok: true, value: { savedAt: 'now' } })
    // @ts-expect-error openRecent takes the recent entry's id (a string), not a number
    const wrongArgument: MainHandlers['openRecent'] = async (id: number) => ({ ok: true, value: { id } })
    // @ts-expect-error every method needs its handler
    const missing: MainHandlers = { getStartup: async () => ({ annotator: null, recent: [], platform: 'linux' }) }
    const right: MainHandlers['saveTags'] = async (): Promise<Result<SaveResult>> => ({ ok: true, value: { savedAt: 'now', sidecarFileName: 'a.json' } })
    expect([wrongResult, wrongValue, wrongArgument, missing, right].every((value) => value !== undefined)).toBe(true)
  })
})
