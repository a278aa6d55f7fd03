import { describe, expect, it } from 'vitest'
import { wordDiff } from './wordDiff'

const join = (parts: ReturnType<typeof wordDiff>, keep: 'removed' | 'added') =>
  parts.filter((p) => p.kind === 'same' || p.kind === keep).map((p) => p.text).join('')

describe('wordDiff', () => {
  it('shows a changed figure as one word removed and one added', () => {
    const parts = wordDiff('le chômage a baissé de 12.5% en un an', 'le chômage a baissé de 12.6% en un an')
    expect(parts).toEqual([
      { kind: 'same', text: 'le chômage a baissé de ' },
      { kind: 'removed', text: '12.5' },
      { kind: 'added', text: '12.6' },
      { kind: 'same', text: '% en un an' }
    ])
  })

  it('gives each side back when its parts are joined', () => {
    const a = 'Sergueï Choïgou, ministre russe de la Défense, a réaffirmé la position de son pays.'
    const b = 'Le ministre russe de la Défense, Sergueï Choïgou, a confirmé la position de la Russie.'
    const parts = wordDiff(a, b)
    expect(join(parts, 'removed')).toBe(a)
    expect(join(parts, 'added')).toBe(b)
    expect(parts.some((p) => p.kind === 'removed' && p.text.includes('réaffirmé'))).toBe(true)
  })

  it('handles equal, empty and wholly different texts', () => {
    expect(wordDiff('même texte', 'même texte')).toEqual([{ kind: 'same', text: 'même texte' }])
    expect(wordDiff('', 'nouveau')).toEqual([{ kind: 'added', text: 'nouveau' }])
    expect(wordDiff('ancien', '')).toEqual([{ kind: 'removed', text: 'ancien' }])
  })
})
