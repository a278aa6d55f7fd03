/**
 * The autosave schedule, driven by hand: a fake clock stands in for the page's timers, and a
 * save function records what reached "disk" and when.
 */
import { emptyDocumentProperties } from '../../shared/model/documentProperties'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Result, SaveRequest, SaveResult } from '../../shared/ipc'
import { AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS, Autosave, RETRY_DELAY_MS, type Clock } from './autosave'

/** Vitest's fake timers, handed to the autosave as its clock. */
const fakeClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (id) => clearTimeout(id)
}

interface Harness {
  autosave: Autosave
  /** The change counter at each completed save, with the time it completed. */
  saved: Array<{ changes: number; at: number }>
  change(): void
  failNext(result: Result<SaveResult>): void
  /** How long each save takes, in fake milliseconds. */
  saveMs: number
}

function harness(): Harness {
  let changes = 0
  const failures: Result<SaveResult>[] = []
  const h: Harness = {
    saved: [],
    saveMs: 30,
    change: () => {
      changes += 1
      h.autosave.markDirty()
    },
    failNext: (result) => failures.push(result),
    autosave: new Autosave({
      clock: fakeClock,
      buildRequest: () => ({ handle: 'h', tags: [], editedText: null, textLength: changes, outsideSources: [], versions: [], properties: emptyDocumentProperties(), overwrite: false }),
      save: async (request: SaveRequest) => {
        await new Promise((resolve) => setTimeout(resolve, h.saveMs))
        const failure = failures.shift()
        if (failure) return failure
        h.saved.push({ changes: request.textLength, at: Date.now() })
        return { ok: true, value: { savedAt: new Date().toISOString(), sidecarFileName: 'x.factmark.json' } }
      }
    })
  }
  return h
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('Autosave', () => {
  it('saves a single change after the pause delay', async () => {
    const h = harness()
    h.change()
    expect(h.autosave.status.kind).toBe('pending')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1)
    expect(h.saved).toEqual([])
    await vi.advanceTimersByTimeAsync(1 + h.saveMs)
    expect(h.saved).toEqual([{ changes: 1, at: AUTOSAVE_DELAY_MS + h.saveMs }])
    expect(h.autosave.status.kind).toBe('saved')
  })

  it('keeps every change on disk within about a second while the user works without a pause', async () => {
    // The reported case: a tag every 400 ms for 10 seconds, and no pause long enough to save.
    const h = harness()
    const madeAt: number[] = []
    for (let i = 0; i < 25; i++) {
      madeAt.push(Date.now())
      h.change()
      await vi.advanceTimersByTimeAsync(400)
    }
    // Every change made up to a second before the "crash" is on disk by then.
    const crashAt = Date.now()
    const onDisk = h.saved.length > 0 ? h.saved[h.saved.length - 1].changes : 0
    const madeBeforeASecond = madeAt.filter((t) => t <= crashAt - 1000).length
    expect(onDisk).toBeGreaterThanOrEqual(madeBeforeASecond)
    expect(madeBeforeASecond).toBeGreaterThan(20)
    // And no change waited longer than the maximum wait plus the save itself.
    for (let n = 1; n <= onDisk; n++) {
      const savedAt = h.saved.find((s) => s.changes >= n)?.at ?? Infinity
      expect(savedAt - madeAt[n - 1]).toBeLessThanOrEqual(AUTOSAVE_MAX_WAIT_MS + h.saveMs)
    }
  })

  it('keeps typing saved within the maximum wait, a keystroke every 100 ms', async () => {
    const h = harness()
    for (let i = 0; i < 30; i++) {
      h.change()
      await vi.advanceTimersByTimeAsync(100)
    }
    // 3 s of typing: saves ran about every 0.8 s instead of none at all.
    expect(h.saved.length).toBeGreaterThanOrEqual(3)
    expect(h.saved[0].at).toBe(AUTOSAVE_MAX_WAIT_MS + h.saveMs)
  })

  it('saves a change made during a save in a save of its own', async () => {
    const h = harness()
    h.saveMs = 300
    h.change()
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 100)
    expect(h.autosave.status.kind).toBe('saving')
    h.change()
    await vi.advanceTimersByTimeAsync(200)
    expect(h.saved.map((s) => s.changes)).toEqual([1])
    expect(h.autosave.status.kind).toBe('pending')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 300)
    expect(h.saved.map((s) => s.changes)).toEqual([1, 2])
    expect(h.autosave.status.kind).toBe('saved')
  })

  it('flush saves at once and resolves when everything is on disk', async () => {
    const h = harness()
    h.change()
    const done = h.autosave.flush()
    await vi.advanceTimersByTimeAsync(h.saveMs)
    await expect(done).resolves.toBe(true)
    expect(h.saved).toEqual([{ changes: 1, at: h.saveMs }])
    // Nothing left for the timer to do.
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2)
    expect(h.saved).toHaveLength(1)
  })

  it('a failing save is shown, kept and retried after the retry delay', async () => {
    const h = harness()
    h.failNext({ ok: false, error: { code: 'WRITE_FAILED', message: 'The disk is full.' } })
    h.change()
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + h.saveMs)
    expect(h.autosave.status).toEqual({ kind: 'error', message: 'The disk is full.' })
    expect(h.saved).toEqual([])
    await vi.advanceTimersByTimeAsync(RETRY_DELAY_MS + h.saveMs)
    expect(h.saved.map((s) => s.changes)).toEqual([1])
    expect(h.autosave.status.kind).toBe('saved')
  })

  it('while a conflict waits for the user, changes are not saved', async () => {
    const h = harness()
    h.failNext({ ok: false, error: { code: 'CONFLICT', message: 'Another program changed it.' } })
    h.change()
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + h.saveMs)
    expect(h.autosave.status.kind).toBe('conflict')
    for (let i = 0; i < 10; i++) {
      h.change()
      await vi.advanceTimersByTimeAsync(400)
    }
    await vi.advanceTimersByTimeAsync(RETRY_DELAY_MS * 2)
    expect(h.saved).toEqual([])
    expect(h.autosave.status.kind).toBe('conflict')
    // The user chooses to keep their version: a flush saves everything.
    const done = h.autosave.flush()
    await vi.advanceTimersByTimeAsync(h.saveMs)
    await expect(done).resolves.toBe(true)
    expect(h.saved.map((s) => s.changes)).toEqual([11])
  })

  it('reset forgets unsaved changes and their timer', async () => {
    const h = harness()
    h.change()
    h.autosave.reset()
    expect(h.autosave.status).toEqual({ kind: 'saved', at: null })
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MAX_WAIT_MS * 3)
    expect(h.saved).toEqual([])
  })

  it('tells listeners about every status change', async () => {
    const h = harness()
    const seen: string[] = []
    h.autosave.subscribe(() => seen.push(h.autosave.status.kind))
    h.change()
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + h.saveMs)
    expect(seen).toEqual(['pending', 'saving', 'saved'])
  })
})
