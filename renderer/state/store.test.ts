import { describe, expect, it } from 'vitest'
import { Store } from './store'

describe('Store', () => {
  it('replaces its state on a change and tells its listeners', () => {
    const store = new Store({ findOpen: false, count: 0 })
    const before = store.getSnapshot()
    let heard = 0
    const stop = store.subscribe(() => (heard += 1))
    store.set({ findOpen: true })
    expect(store.getSnapshot()).toEqual({ findOpen: true, count: 0 })
    expect(before).toEqual({ findOpen: false, count: 0 })
    expect(heard).toBe(1)
    stop()
    store.set({ count: 2 })
    expect(heard).toBe(1)
  })

  it('keeps the same state, unheard, when nothing changes', () => {
    const store = new Store({ findOpen: false })
    const before = store.getSnapshot()
    let heard = 0
    store.subscribe(() => (heard += 1))
    store.set({ findOpen: false })
    expect(store.getSnapshot()).toBe(before)
    expect(heard).toBe(0)
  })
})
