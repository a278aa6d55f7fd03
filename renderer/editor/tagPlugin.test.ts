/**
 * The tag plugin driven with transactions, no view: tags as undoable steps, positions following
 * text edits, decorations found by tag id, reading mode refusing text changes.
 */
import { describe, expect, it } from 'vitest'
import { redo, undo } from 'prosemirror-history'
import { TextSelection, type Command, type EditorState, type Transaction } from 'prosemirror-state'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { importText } from '../../shared/article/importText'
import { plainTextOf } from '../../shared/article/plainText'
import { offsetToPos } from './positions'
import { createArticleState } from './articleState'
import { isEditing, setEditing } from './modePlugin'
import {
  createTagCommand,
  createTagFromSelection,
  currentTarget,
  loadTags,
  reattachTagCommand,
  reattachTagToSelection,
  removeTag,
  removeTagCommand,
  selectTag,
  updateTag,
  updateTagCommand
} from './tagCommands'
import { getTagState, tagsAt, tagsInDocumentOrder } from './tagPlugin'

const sample = readFileSync(join(__dirname, '../../electron/resources/russie-coree-du-nord.fr.txt'), 'utf8')

function freshState(): EditorState {
  return createArticleState(importText(sample))
}

function apply(state: EditorState, tr: Transaction | null): EditorState {
  if (!tr) throw new Error('expected a transaction')
  return state.apply(tr)
}

function select(state: EditorState, text: string, occurrence = 0): EditorState {
  const plain = plainTextOf(state.doc)
  let at = -1
  for (let i = 0; i <= occurrence; i++) at = plain.text.indexOf(text, at + 1)
  if (at < 0) throw new Error(`not in sample: ${text}`)
  const from = offsetToPos(plain, at)
  const to = offsetToPos(plain, at + text.length)
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)))
}

function tag(state: EditorState, text: string, kind: 'claim' | 'source' | 'entity', id: string, occurrence = 0): EditorState {
  const selected = select(state, text, occurrence)
  const result = createTagFromSelection(selected, { kind, id, author: { annotatorId: 'a1', name: 'Test' }, now: '2026-11-26T10:00:00.000Z' })
  if (!result.ok) throw new Error(result.reason)
  return selected.apply(result.tr)
}

function textOf(state: EditorState, id: string): string {
  const live = getTagState(state).tags.get(id)
  if (!live) throw new Error(`no tag ${id}`)
  return state.doc.textBetween(live.from, live.to, ' ', ' ')
}

function decorationIds(state: EditorState): string[] {
  return getTagState(state)
    .decorations.find()
    .map((d) => (d.spec as { tagId: string }).tagId)
    .sort()
}

describe('tagPlugin', () => {
  it('creates a tag from the selection with both selectors, and selects it', () => {
    const state = tag(freshState(), 'Sergueï Choïgou', 'entity', 'e1')
    const live = getTagState(state).tags.get('e1')
    expect(live?.tag.target.quote).toEqual({
      exact: 'Sergueï Choïgou',
      prefix: ' hier mercredi 26 juillet 2023, ',
      suffix: ', ministre russe de la Défense, '
    })
    expect(live?.tag.target.position).toEqual({ start: 178, end: 193 })
    expect(getTagState(state).selectedId).toBe('e1')
    expect(decorationIds(state)).toEqual(['e1'])
  })

  it('refuses an empty or blank selection and trims blanks around words', () => {
    const state = freshState()
    const empty = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 5)))
    expect(createTagFromSelection(empty, { kind: 'claim', id: 'x', author: { annotatorId: 'a1', name: 'T' }, now: '2026-11-26T10:00:00.000Z' })).toEqual({
      ok: false,
      reason: 'empty-selection'
    })
    const blank = select(state, ' ', 0)
    expect(createTagFromSelection(blank, { kind: 'claim', id: 'x', author: { annotatorId: 'a1', name: 'T' }, now: '2026-11-26T10:00:00.000Z' })).toMatchObject({
      ok: false,
      reason: 'whitespace-only'
    })
    const padded = tag(state, ' Moscou ', 'entity', 'm', 0)
    expect(textOf(padded, 'm')).toBe('Moscou')
  })

  it('undo removes a tag, redo brings it back, and tag edits are undone one by one', () => {
    let state = tag(freshState(), 'KCNA', 'entity', 'k')
    state = apply(state, updateTag(state, 'k', { entity: { entityType: 'organisation' } }, { annotatorId: 'a1', name: 'Test' }, '2026-11-26T10:01:00.000Z'))
    expect(getTagState(state).tags.get('k')?.tag).toMatchObject({ entity: { entityType: 'organisation' } })
    undo(state, (tr) => (state = state.apply(tr)))
    expect(getTagState(state).tags.get('k')?.tag).toMatchObject({ entity: { entityType: 'other' } })
    undo(state, (tr) => (state = state.apply(tr)))
    expect(getTagState(state).tags.size).toBe(0)
    expect(decorationIds(state)).toEqual([])
    redo(state, (tr) => (state = state.apply(tr)))
    expect(textOf(state, 'k')).toBe('KCNA')
    expect(decorationIds(state)).toEqual(['k'])
  })

  it('an unchanged update is not a step', () => {
    const state = tag(freshState(), 'KCNA', 'entity', 'k')
    expect(updateTag(state, 'k', { entity: { entityType: 'other' } }, { annotatorId: 'a1', name: 'Test' }, '2026-11-26T10:01:00.000Z')).toBeNull()
  })

  it('overlapping and nested tags each keep a decoration; tagsAt gives the innermost first', () => {
    let state = tag(freshState(), 'Pour lui, cette dernière est un « partenaire important » pour Moscou.', 'claim', 'c')
    state = tag(state, 'Moscou', 'entity', 'e', 1)
    state = tag(state, 'pour Moscou. Selon les informations', 'source', 's')
    expect(decorationIds(state)).toEqual(['c', 'e', 's'])
    const e = getTagState(state).tags.get('e')
    expect(tagsAt(state, (e?.from ?? 0) + 1).map((l) => l.tag.id)).toEqual(['e', 's', 'c'])
    expect(tagsInDocumentOrder(state).map((l) => l.tag.id)).toEqual(['c', 's', 'e'])
  })

  it('reading mode refuses text changes but lets tag steps and undo of earlier edits through', () => {
    let state = tag(freshState(), 'KCNA', 'entity', 'k')
    expect(isEditing(state)).toBe(false)
    const before = state.doc
    const blocked = state.apply(state.tr.insertText('XYZ', 1))
    expect(blocked.doc.eq(before)).toBe(true)

    state = state.apply(setEditing(state, true))
    state = state.apply(state.tr.insertText('Mise à jour : ', 1))
    expect(textOf(state, 'k')).toBe('KCNA')
    expect(currentTarget(state, getTagState(state).tags.get('k')!).position.start).toBe(plainTextOf(state.doc).text.indexOf('KCNA'))
    state = state.apply(setEditing(state, false))
    // Undo of the text edit is allowed in reading mode: undo is explicit.
    undo(state, (tr) => (state = state.apply(tr)))
    expect(state.doc.eq(before)).toBe(true)
    expect(textOf(state, 'k')).toBe('KCNA')
  })

  it('a tag whose text is deleted is kept, for review, never dropped', () => {
    let state = tag(freshState(), 'KCNA', 'entity', 'k')
    state = state.apply(setEditing(state, true))
    const live = getTagState(state).tags.get('k')!
    state = state.apply(state.tr.delete(live.from - 1, live.to + 1))
    const after = getTagState(state).tags.get('k')
    expect(after?.review?.reason).toBe('text-deleted')
    expect(after?.tag.target.quote.exact).toBe('KCNA')
    expect(decorationIds(state)).toEqual([])
    // Its stored target is kept as it was, so the old quote can be shown and saved.
    expect(currentTarget(state, after!)).toEqual(live.tag.target)
  })

  it('select and load are not undoable, and removing the selected tag clears the selection', () => {
    let state = tag(freshState(), 'KCNA', 'entity', 'k')
    state = apply(state, selectTag(state, null))
    state = apply(state, selectTag(state, 'k'))
    state = apply(state, removeTag(state, 'k'))
    expect(getTagState(state).selectedId).toBeNull()
    const reloaded = freshState()
    const loaded = reloaded.apply(loadTags(reloaded, []))
    let undone = false
    undo(loaded, () => (undone = true))
    expect(undone).toBe(false)
  })

  it('reattaching a tag that needs review is one undoable step; undo gives back its review and old quote', () => {
    let state = tag(freshState(), 'KCNA', 'entity', 'k')
    state = state.apply(setEditing(state, true))
    const live = getTagState(state).tags.get('k')!
    state = state.apply(state.tr.delete(live.from - 1, live.to + 1))
    state = state.apply(setEditing(state, false))
    expect(getTagState(state).tags.get('k')?.review?.reason).toBe('text-deleted')

    state = select(state, 'Pyongyang')
    state = apply(state, reattachTagToSelection(state, 'k'))
    expect(getTagState(state).tags.get('k')?.review).toBeNull()
    expect(textOf(state, 'k')).toBe('Pyongyang')
    expect(currentTarget(state, getTagState(state).tags.get('k')!).quote.exact).toBe('Pyongyang')
    expect(decorationIds(state)).toEqual(['k'])

    undo(state, (tr) => (state = state.apply(tr)))
    const back = getTagState(state).tags.get('k')!
    expect(back.review?.reason).toBe('text-deleted')
    expect(currentTarget(state, back)).toEqual(live.tag.target)
    expect(decorationIds(state)).toEqual([])
  })

  it('keeps the shared model and the live tags in step through tagging, edits, undo and load', () => {
    let state = tag(freshState(), 'KCNA', 'entity', 'k')
    state = tag(state, 'Moscou', 'entity', 'm')
    state = apply(state, updateTag(state, 'm', { entity: { entityType: 'place' } }, { annotatorId: 'a1', name: 'Test' }, '2026-11-26T10:01:00.000Z'))
    state = apply(state, removeTag(state, 'k'))
    undo(state, (tr) => (state = state.apply(tr)))
    const same = (s: EditorState) => {
      const { tags, model } = getTagState(s)
      expect([...model.tags.keys()].sort()).toEqual([...tags.keys()].sort())
      for (const [id, live] of tags) expect(model.tags.get(id)).toBe(live.tag)
    }
    same(state)
    expect(getTagState(state).model.tags.get('m')).toMatchObject({ entity: { entityType: 'place' } })
    state = state.apply(loadTags(state, [getTagState(state).tags.get('k')!]))
    same(state)
    expect([...getTagState(state).model.tags.keys()]).toEqual(['k'])
  })
})

describe('tag commands asked "could you?"', () => {
  const who = { annotatorId: 'a1', name: 'Test' }
  const now = '2026-11-26T10:02:00.000Z'

  /** Runs `command` for real; returns the new state, or null when it declined. */
  function run(state: EditorState, command: Command): EditorState | null {
    let next: EditorState | null = null
    const ran = command(state, (tr) => (next = state.apply(tr)))
    expect(ran).toBe(next !== null)
    return next
  }

  it('answer without dispatching, and change nothing, when called without dispatch', () => {
    const state = tag(freshState(), 'KCNA', 'entity', 'k')
    const caret = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 5)))
    const blank = select(state, ' ', 0)
    const word = select(state, 'Moscou')
    const create = createTagCommand({ kind: 'claim', id: 'c', author: who, now })
    expect([create(caret), create(blank), create(word)]).toEqual([false, false, true])
    expect([removeTagCommand('k')(state), removeTagCommand('nope')(state)]).toEqual([true, false])
    expect(updateTagCommand('k', { entity: { entityType: 'place' } }, who, now)(state)).toBe(true)
    expect(updateTagCommand('k', { entity: { entityType: 'other' } }, who, now)(state)).toBe(false)
    expect([reattachTagCommand('k')(word), reattachTagCommand('k')(caret), reattachTagCommand('nope')(word)]).toEqual([true, false, false])
    expect(getTagState(word).tags.size).toBe(1)
  })

  it('do what the matching functions do when given dispatch, each one undoable step', () => {
    const state = tag(freshState(), 'KCNA', 'entity', 'k')
    const created = run(select(state, 'Moscou'), createTagCommand({ kind: 'claim', id: 'c', author: who, now }))!
    expect(textOf(created, 'c')).toBe('Moscou')
    expect(getTagState(created).selectedId).toBe('c')
    const updated = run(created, updateTagCommand('c', { claim: { verdict: 'false' } }, who, now))!
    expect(getTagState(updated).tags.get('c')?.tag).toMatchObject({ claim: { verdict: 'false' }, updatedBy: who, updatedAt: now })
    const moved = run(select(updated, 'Pyongyang'), reattachTagCommand('c'))!
    expect(textOf(moved, 'c')).toBe('Pyongyang')
    let removed = run(moved, removeTagCommand('c'))!
    expect(getTagState(removed).tags.has('c')).toBe(false)
    expect(run(removed, removeTagCommand('c'))).toBeNull()
    undo(removed, (tr) => (removed = removed.apply(tr)))
    expect(textOf(removed, 'c')).toBe('Pyongyang')
  })
})

describe('tagging details', () => {
  const who = { annotatorId: 'a1', name: 'Test' }
  const now = '2026-11-26T10:03:00.000Z'

  it('collapses the selection to the end of the new tag, and undo gives back the selection and no tag', () => {
    const selected = select(freshState(), 'Sergueï Choïgou')
    const result = createTagFromSelection(selected, { kind: 'entity', id: 'e', author: who, now })
    if (!result.ok) throw new Error(result.reason)
    let state = selected.apply(result.tr)
    const live = getTagState(state).tags.get('e')!
    expect(state.selection.empty).toBe(true)
    expect(state.selection.head).toBe(live.to)
    undo(state, (tr) => (state = state.apply(tr)))
    expect(getTagState(state).tags.size).toBe(0)
    expect([state.selection.from, state.selection.to]).toEqual([selected.selection.from, selected.selection.to])
  })

  it('refuses a second tag of the same kind on exactly the same text and selects the first; other kinds are allowed', () => {
    let state = tag(freshState(), 'KCNA', 'entity', 'k')
    state = apply(state, selectTag(state, null))
    const again = select(state, 'KCNA')
    const refused = createTagFromSelection(again, { kind: 'entity', id: 'k2', author: who, now })
    expect(refused).toMatchObject({ ok: false, reason: 'duplicate', existingId: 'k' })
    if (refused.ok || refused.reason !== 'duplicate') throw new Error('expected a duplicate')
    const after = again.apply(refused.tr)
    expect(getTagState(after).selectedId).toBe('k')
    expect(getTagState(after).tags.size).toBe(1)
    expect(after.selection.empty).toBe(true)
    // Blanks around the same words make the same span; a longer span is another tag.
    expect(createTagFromSelection(select(state, ' KCNA'), { kind: 'entity', id: 'k3', author: who, now })).toMatchObject({ reason: 'duplicate' })
    expect(createTagFromSelection(select(state, 'KCNA,'), { kind: 'entity', id: 'k4', author: who, now }).ok).toBe(true)
    state = tag(state, 'KCNA', 'source', 's')
    expect(tagsAt(state, getTagState(state).tags.get('k')!.from + 1).map((l) => l.tag.id).sort()).toEqual(['k', 's'])
    expect(createTagCommand({ kind: 'entity', id: 'k5', author: who, now })(select(state, 'KCNA'))).toBe(true)
  })

  it('makes an entity of the type given, in one undo step', () => {
    const selected = select(freshState(), 'Pyongyang')
    const result = createTagFromSelection(selected, { kind: 'entity', id: 'p', author: who, now, entityType: 'place' })
    if (!result.ok) throw new Error(result.reason)
    let state = selected.apply(result.tr)
    expect(getTagState(state).tags.get('p')?.tag).toMatchObject({ entity: { entityType: 'place' } })
    undo(state, (tr) => (state = state.apply(tr)))
    expect(getTagState(state).tags.size).toBe(0)
  })
})
