import { describe, expect, it } from 'vitest'
import { addNotice, clearNotices, dismissNotice, EMPTY_NOTICES, noticeById, noticeRole } from './notices'

describe('notices', () => {
  it('adds notices in order, each with its own id', () => {
    const first = addNotice(EMPTY_NOTICES, { tone: 'error', text: 'The disk is full.' })
    const second = addNotice(first.state, { tone: 'warning', text: '2 tags were re-attached.' })
    expect(second.state.list.map((n) => [n.id, n.tone, n.text])).toEqual([
      [first.id, 'error', 'The disk is full.'],
      [second.id, 'warning', '2 tags were re-attached.']
    ])
    expect(first.id).not.toBe(second.id)
  })

  it('does not modify the state it is given', () => {
    const { state } = addNotice(EMPTY_NOTICES, { tone: 'info', text: 'Saved.' })
    expect(EMPTY_NOTICES.list).toEqual([])
    dismissNotice(state, state.list[0].id)
    expect(state.list).toHaveLength(1)
  })

  it('shows a sentence once: the same text replaces the older notice and moves to the end', () => {
    let state = addNotice(EMPTY_NOTICES, { tone: 'error', text: 'Not saved.' }).state
    state = addNotice(state, { tone: 'warning', text: 'Other.' }).state
    const again = addNotice(state, { tone: 'error', text: 'Not saved.' })
    expect(again.state.list.map((n) => n.text)).toEqual(['Other.', 'Not saved.'])
    expect(noticeById(again.state, again.id)?.text).toBe('Not saved.')
  })

  it('dismisses by id and leaves the others', () => {
    const a = addNotice(EMPTY_NOTICES, { tone: 'error', text: 'A' })
    const b = addNotice(a.state, { tone: 'error', text: 'B' })
    const state = dismissNotice(b.state, a.id)
    expect(state.list.map((n) => n.text)).toEqual(['B'])
    expect(dismissNotice(state, a.id)).toBe(state)
  })

  it('keeps the actions a notice offers, and runs the one pressed', () => {
    const pressed: string[] = []
    const { state, id } = addNotice(EMPTY_NOTICES, {
      tone: 'warning',
      text: 'Factmark kept 1 tag.',
      actions: [
        { label: 'Restore unsaved tags', run: () => pressed.push('restore') },
        { label: 'Discard them', run: () => pressed.push('discard') }
      ]
    })
    const notice = noticeById(state, id)
    expect(notice?.actions.map((a) => a.label)).toEqual(['Restore unsaved tags', 'Discard them'])
    notice?.actions[1].run()
    expect(pressed).toEqual(['discard'])
  })

  it('clears all notices and keeps counting ids', () => {
    const a = addNotice(EMPTY_NOTICES, { tone: 'error', text: 'A' })
    const cleared = clearNotices(a.state)
    expect(cleared.list).toEqual([])
    expect(addNotice(cleared, { tone: 'error', text: 'A' }).id).toBeGreaterThan(a.id)
  })

  it('announces errors as alerts and the rest as status', () => {
    const { state } = addNotice(addNotice(EMPTY_NOTICES, { tone: 'error', text: 'E' }).state, { tone: 'warning', text: 'W' })
    expect(state.list.map(noticeRole)).toEqual(['alert', 'status'])
  })
})
