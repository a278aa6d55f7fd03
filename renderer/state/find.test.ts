import { describe, expect, it } from 'vitest'
import { EMPTY_FIND, findMatches, findSummary, MAX_FIND_MATCHES, startFind, stepFind } from './find'

const text = 'Moscou a renforcé ses liens avec Pyongyang. MOSCOU dément. moscou'

describe('findMatches', () => {
  it('finds every occurrence, ignoring case, as plain-text offsets', () => {
    const matches = findMatches(text, 'moscou')
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['Moscou', 'MOSCOU', 'moscou'])
  })

  it('finds nothing for an empty query or a missing word', () => {
    expect(findMatches(text, '')).toEqual([])
    expect(findMatches(text, 'Séoul')).toEqual([])
  })

  it('does not count overlapping matches twice', () => {
    expect(findMatches('aaaa', 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 }
    ])
  })

  it('stays exact where lower-casing would shift offsets', () => {
    // "İ" lower-cases to two code units; the search falls back to the text as it is.
    const turkish = 'İstanbul, Istanbul'
    expect(findMatches(turkish, 'Istanbul').map((m) => turkish.slice(m.start, m.end))).toEqual(['Istanbul'])
  })

  it(`keeps at most ${MAX_FIND_MATCHES} matches`, () => {
    const many = 'a '.repeat(MAX_FIND_MATCHES + 500)
    expect(findMatches(many, 'a')).toHaveLength(MAX_FIND_MATCHES)
    expect(findMatches(many, 'a', 3)).toHaveLength(3)
  })
})

describe('stepping through matches', () => {
  const state = startFind(findMatches(text, 'moscou'))

  it('starts on the first match', () => {
    expect(findSummary(state)).toEqual({ count: 3, current: 0 })
    expect(findSummary(startFind([]))).toEqual({ count: 0, current: -1 })
  })

  it('steps to the next match and wraps after the last', () => {
    const one = stepFind(state, 1)
    const two = stepFind(one, 1)
    const steps = [one.current, two.current, stepFind(two, 1).current]
    expect(steps).toEqual([1, 2, 0])
  })

  it('steps to the previous match and wraps before the first', () => {
    expect(stepFind(state, -1).current).toBe(2)
    expect(stepFind(stepFind(state, -1), -1).current).toBe(1)
  })

  it('does nothing without matches', () => {
    expect(stepFind(EMPTY_FIND, 1)).toBe(EMPTY_FIND)
  })
})
