import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { HINT_MS, HintStore } from './hint'

beforeEach(() => {
  vi.useFakeTimers({ now: 0 })
})
afterEach(() => {
  vi.useRealTimers()
})

const fakeTimers = { setTimeout: (run: () => void, ms: number) => setTimeout(run, ms), clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id) }

describe('HintStore', () => {
  it('shows a hint for five seconds', () => {
    const hint = new HintStore(fakeTimers)
    hint.show('Saved.')
    expect(hint.getSnapshot()).toBe('Saved.')
    vi.advanceTimersByTime(HINT_MS - 1)
    expect(hint.getSnapshot()).toBe('Saved.')
    vi.advanceTimersByTime(1)
    expect(hint.getSnapshot()).toBeNull()
    expect(HINT_MS).toBe(5000)
  })

  it('a new hint replaces the old one and gets its own five seconds', () => {
    const hint = new HintStore(fakeTimers)
    hint.show('First')
    vi.advanceTimersByTime(4000)
    hint.show('Second')
    vi.advanceTimersByTime(4000)
    expect(hint.getSnapshot()).toBe('Second')
    vi.advanceTimersByTime(1000)
    expect(hint.getSnapshot()).toBeNull()
  })

  it('clears at once, and tells its listeners of each change', () => {
    const hint = new HintStore(fakeTimers)
    const seen: (string | null)[] = []
    const stop = hint.subscribe(() => seen.push(hint.getSnapshot()))
    hint.show('Select some text first.')
    hint.clear()
    hint.clear()
    stop()
    hint.show('Unheard')
    expect(seen).toEqual(['Select some text first.', null])
    expect(vi.getTimerCount()).toBe(1)
    hint.dispose()
    expect(vi.getTimerCount()).toBe(0)
  })
})
