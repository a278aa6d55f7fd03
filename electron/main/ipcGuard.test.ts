import { emptyDocumentProperties } from '../../shared/model/documentProperties'
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { CHANNELS } from '../../shared/ipc'
import { createTag } from '../../shared/model/tag'
import { IpcRejected, makeSenderCheck, registerHandler } from './ipcGuard'
import { isAppUrl } from './security'

type Listener = Parameters<IpcMain['handle']>[1]

/** A stand-in for Electron's ipcMain that records what was registered. */
function fakeIpcMain() {
  const registered = new Map<string, Listener>()
  const ipcMain: Pick<IpcMain, 'handle'> = {
    handle: (channel, listener) => {
      registered.set(channel, listener)
    }
  }
  function invoke(channel: string, event: IpcMainInvokeEvent, ...args: unknown[]): unknown {
    const listener = registered.get(channel)
    if (!listener) throw new Error(`nothing registered for ${channel}`)
    return listener(event, ...args)
  }
  return { ipcMain, registered, invoke }
}

/**
 * A stand-in invoke event: only `senderFrame` is read by the guard. The cast is the test's
 * boundary; a real event cannot be made outside Electron.
 */
function eventFrom(senderFrame: { url: string; parent: unknown } | null | undefined): IpcMainInvokeEvent {
  return { senderFrame } as unknown as IpcMainInvokeEvent
}

const appFrame = () => eventFrom({ url: 'app://factmark/index.html', parent: null })
const isTrusted = makeSenderCheck((url) => isAppUrl(url, undefined))

/** A handler that records every call it receives. */
function recorder(result: unknown = 'handled') {
  const calls: unknown[][] = []
  const handler = (...args: unknown[]) => {
    calls.push(args)
    return result
  }
  return { calls, handler }
}

const tag = createTag({
  id: 't1',
  kind: 'entity',
  target: { position: { start: 0, end: 5 }, quote: { exact: 'Paris', prefix: '', suffix: '' } },
  author: { annotatorId: 'a1', name: 'Marie' },
  now: '2025-01-01T00:00:00.000Z'
})
const validSave = { handle: '3f2b0c3e-9a43-4d4e-8f7e-2d1c9a6b5e10', tags: [tag], editedText: null, textLength: 5, outsideSources: [], versions: [], properties: emptyDocumentProperties(), overwrite: false }

let warn: MockInstance<typeof console.warn>
beforeEach(() => {
  // The guard logs each rejection; keep the output quiet and check what it says.
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterEach(() => {
  warn.mockRestore()
})

describe('registerHandler', () => {
  it('registers on the channel’s name and runs the handler for the app’s top-level page', async () => {
    const { ipcMain, registered, invoke } = fakeIpcMain()
    const { calls, handler } = recorder({ ok: true })
    registerHandler(ipcMain, isTrusted, CHANNELS.openRecent, handler)

    expect([...registered.keys()]).toEqual(['document:openRecent'])
    expect(invoke(CHANNELS.openRecent, appFrame(), 'abc123')).toEqual({ ok: true })
    expect(calls).toEqual([['abc123']])
    expect(warn).not.toHaveBeenCalled()
  })

  it('hands the handler the schema’s parsed output (a trimmed name)', () => {
    const { ipcMain, invoke } = fakeIpcMain()
    const { calls, handler } = recorder()
    registerHandler(ipcMain, isTrusted, CHANNELS.setAnnotatorName, handler)
    invoke(CHANNELS.setAnnotatorName, appFrame(), '  Marie Dupont  ')
    expect(calls).toEqual([['Marie Dupont']])
  })

  it('passes a valid save request through whole', () => {
    const { ipcMain, invoke } = fakeIpcMain()
    const { calls, handler } = recorder()
    registerHandler(ipcMain, isTrusted, CHANNELS.saveTags, handler)
    invoke(CHANNELS.saveTags, appFrame(), validSave)
    expect(calls).toEqual([[validSave]])
  })

  it('runs a channel without arguments', () => {
    const { ipcMain, invoke } = fakeIpcMain()
    const { calls, handler } = recorder('started')
    registerHandler(ipcMain, isTrusted, CHANNELS.openStartupDocument, handler)
    expect(invoke(CHANNELS.openStartupDocument, appFrame())).toBe('started')
    expect(calls).toEqual([[]])
  })

  it.each([
    ['a web page', { url: 'https://evil.example/', parent: null }],
    ['a file: page', { url: 'file:///etc/passwd', parent: null }],
    ['a lookalike app host', { url: 'app://factmark.evil/index.html', parent: null }],
    ['a lookalike app origin with credentials', { url: 'app://factmark@evil/index.html', parent: null }],
    ['a sub-frame of the app page', { url: 'app://factmark/index.html', parent: { url: 'app://factmark/index.html' } }]
  ])('rejects a call from %s and never runs the handler', (_what, frame) => {
    const { ipcMain, invoke } = fakeIpcMain()
    const { calls, handler } = recorder()
    registerHandler(ipcMain, isTrusted, CHANNELS.openExternal, handler)
    expect(() => invoke(CHANNELS.openExternal, eventFrom(frame), 'https://example.org')).toThrow(IpcRejected)
    expect(() => invoke(CHANNELS.openExternal, eventFrom(frame), 'https://example.org')).toThrow(
      'link:openExternal: sender not allowed'
    )
    expect(calls).toEqual([])
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`untrusted sender ${frame.url}`))
  })

  it.each([
    ['no sender frame', null],
    ['a sender frame that is gone', undefined]
  ])('rejects a call with %s', (_what, frame) => {
    const { ipcMain, invoke } = fakeIpcMain()
    const { calls, handler } = recorder()
    registerHandler(ipcMain, isTrusted, CHANNELS.getStartup, handler)
    expect(() => invoke(CHANNELS.getStartup, eventFrom(frame))).toThrow(IpcRejected)
    expect(calls).toEqual([])
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('(gone)'))
  })

  it('checks the sender before the arguments', () => {
    const { ipcMain, invoke } = fakeIpcMain()
    const { calls, handler } = recorder()
    registerHandler(ipcMain, isTrusted, CHANNELS.openRecent, handler)
    expect(() => invoke(CHANNELS.openRecent, eventFrom({ url: 'https://evil.example/', parent: null }), 42)).toThrow(
      'sender not allowed'
    )
    expect(calls).toEqual([])
  })

  it.each([
    ['a number for a string', CHANNELS.openRecent, [42]],
    ['a missing argument', CHANNELS.openRecent, []],
    ['an extra argument', CHANNELS.openRecent, ['abc', 'def']],
    ['an argument to a channel that takes none', CHANNELS.openStartupDocument, ['/etc/passwd']],
    ['an empty name', CHANNELS.setAnnotatorName, ['   ']],
    ['an over-long dropped path', CHANNELS.openDroppedFile, ['/'.repeat(4097)]],
    ['a path-like sidecar handle', CHANNELS.loadSidecar, ['../../x']],
    ['a save with a path-like handle', CHANNELS.saveTags, [{ ...validSave, handle: '../../x' }]],
    ['a save with an invalid tag', CHANNELS.saveTags, [{ ...validSave, tags: [{ ...tag, kind: 'rumour' }] }]],
    ['a save with a negative length', CHANNELS.saveTags, [{ ...validSave, textLength: -1 }]],
    ['a save without editedText', CHANNELS.saveTags, [{ handle: validSave.handle, tags: [], textLength: 0 }]]
  ] as const)('rejects %s and never runs the handler', (_what, channel, args) => {
    const { ipcMain, invoke } = fakeIpcMain()
    const { calls, handler } = recorder()
    registerHandler(ipcMain, isTrusted, channel, handler)
    expect(() => invoke(channel, appFrame(), ...args)).toThrow(IpcRejected)
    expect(() => invoke(channel, appFrame(), ...args)).toThrow(`${channel}: invalid arguments`)
    expect(calls).toEqual([])
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`[ipc] ${channel}: rejected invalid arguments`))
  })
})

describe('makeSenderCheck', () => {
  it('accepts the dev server’s top-level page only when a dev server URL is given', () => {
    const devCheck = makeSenderCheck((url) => isAppUrl(url, 'http://localhost:5173'))
    expect(devCheck(eventFrom({ url: 'http://localhost:5173/', parent: null }))).toBe(true)
    expect(devCheck(eventFrom({ url: 'http://localhost:5174/', parent: null }))).toBe(false)
    expect(devCheck(eventFrom({ url: 'app://factmark/index.html', parent: null }))).toBe(true)
    expect(isTrusted(eventFrom({ url: 'http://localhost:5173/', parent: null }))).toBe(false)
  })
})
