/**
 * Links in the editor, driven with transactions and no view: deleting a linked tag or outside
 * source takes its links out of the claims in the same transaction, and one undo brings all of it
 * back; outside sources are added, changed and deleted as undoable steps, also in reading mode.
 */
import { describe, expect, it } from 'vitest'
import { redo, undo } from 'prosemirror-history'
import { TextSelection, type EditorState, type Transaction } from 'prosemirror-state'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { importText } from '../../shared/article/importText'
import { plainTextOf } from '../../shared/article/plainText'
import { buildLinkIndex } from '../../shared/model/links'
import type { ClaimTag, EntityTag } from '../../shared/model/tag'
import { createArticleState } from './articleState'
import { addOutsideSource, removeOutsideAndLinks, removeTagAndLinks, updateOutsideSource } from './linkCommands'
import { isEditing } from './modePlugin'
import { getOutsideState } from './outsidePlugin'
import { offsetToPos } from './positions'
import { createTagFromSelection, updateTag } from './tagCommands'
import { getTagState } from './tagPlugin'

const sample = readFileSync(join(__dirname, '../../electron/resources/russie-coree-du-nord.fr.txt'), 'utf8')
const AUTHOR = { annotatorId: 'a1', name: 'Test' }
const NOW = '2026-11-26T10:00:00.000Z'

function apply(state: EditorState, tr: Transaction | null): EditorState {
  if (!tr) throw new Error('expected a transaction')
  return state.apply(tr)
}

function tag(state: EditorState, text: string, kind: 'claim' | 'source' | 'entity', id: string, occurrence = 0): EditorState {
  const plain = plainTextOf(state.doc)
  let at = -1
  for (let i = 0; i <= occurrence; i++) at = plain.text.indexOf(text, at + 1)
  const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, offsetToPos(plain, at), offsetToPos(plain, at + text.length))))
  const result = createTagFromSelection(selected, { kind, id, author: AUTHOR, now: NOW })
  if (!result.ok) throw new Error(result.reason)
  return selected.apply(result.tr)
}

function undone(state: EditorState): EditorState {
  let next = state
  expect(undo(state, (tr) => (next = state.apply(tr)))).toBe(true)
  return next
}

function claimOf(state: EditorState, id = 'c'): ClaimTag['claim'] {
  const t = getTagState(state).model.tags.get(id)
  if (t?.kind !== 'claim') throw new Error('no claim')
  return t.claim
}

/** A claim resting on two sources and about an entity that has a second mention. */
function linkedState(): EditorState {
  let state = createArticleState(importText(sample))
  state = tag(state, 'Pour lui, cette dernière est un « partenaire important » pour Moscou.', 'claim', 'c')
  state = tag(state, 'plusieurs médias', 'source', 's1')
  state = tag(state, 'KCNA', 'source', 's2')
  state = tag(state, 'Sergueï Choïgou', 'entity', 'e1')
  state = tag(state, 'Sergueï Choïgou', 'entity', 'e2', 1)
  state = apply(state, updateTag(state, 'e2', { entity: { mentionOf: 'e1' } }, AUTHOR, NOW))
  state = apply(
    state,
    updateTag(
      state,
      'c',
      { claim: { sources: [{ sourceId: 's1', relation: 'supports' }, { sourceId: 's2', relation: 'contradicts' }], entities: ['e1'], speakerId: 'e1' } },
      AUTHOR,
      NOW
    )
  )
  return state
}

const index = (state: EditorState) => buildLinkIndex(getTagState(state).model.tags.values())

describe('deleting a linked tag', () => {
  it('removes the tag and the links to it in one transaction, and one undo brings all of it back', () => {
    const before = linkedState()
    const deleted = apply(before, removeTagAndLinks(before, index(before), 's1', AUTHOR, NOW))
    expect(getTagState(deleted).tags.has('s1')).toBe(false)
    expect(claimOf(deleted).sources).toEqual([{ sourceId: 's2', relation: 'contradicts' }])

    const back = undone(deleted)
    expect(getTagState(back).tags.has('s1')).toBe(true)
    expect(claimOf(back)).toEqual(claimOf(before))
    let again = back
    redo(back, (tr) => (again = back.apply(tr)))
    expect(claimOf(again).sources).toHaveLength(1)
  })

  it('frees an entity’s mentions and takes it off the claims it spoke or is about', () => {
    const before = linkedState()
    const deleted = apply(before, removeTagAndLinks(before, index(before), 'e1', AUTHOR, NOW))
    expect([claimOf(deleted).entities, claimOf(deleted).speakerId]).toEqual([[], null])
    expect((getTagState(deleted).model.tags.get('e2') as EntityTag).entity.mentionOf).toBeNull()
    const back = undone(deleted)
    expect((getTagState(back).model.tags.get('e2') as EntityTag).entity.mentionOf).toBe('e1')
    expect(claimOf(back).speakerId).toBe('e1')
  })
})

describe('sources outside the text', () => {
  it('are added, changed and deleted as undoable steps in reading mode, a deletion with its links', () => {
    let state = linkedState()
    expect(isEditing(state)).toBe(false)
    state = apply(state, addOutsideSource(state, { id: 'o1', title: '  Rapport  ', author: AUTHOR, now: NOW }))
    expect(getOutsideState(state).sources.get('o1')?.title).toBe('Rapport')
    expect(addOutsideSource(state, { id: 'o2', title: ' ', author: AUTHOR, now: NOW })).toBeNull()
    state = apply(state, updateOutsideSource(state, 'o1', { source: { publisher: 'ONU' } }, AUTHOR, NOW))
    state = apply(state, updateTag(state, 'c', { claim: { sources: [...claimOf(state).sources, { sourceId: 'o1', relation: 'context' }] } }, AUTHOR, NOW))

    const deleted = apply(state, removeOutsideAndLinks(state, index(state), 'o1', AUTHOR, NOW))
    expect(getOutsideState(deleted).sources.size).toBe(0)
    expect(claimOf(deleted).sources.map((s) => s.sourceId)).toEqual(['s1', 's2'])
    const back = undone(deleted)
    expect(getOutsideState(back).sources.get('o1')?.source.publisher).toBe('ONU')
    expect(claimOf(back).sources.map((s) => s.sourceId)).toEqual(['s1', 's2', 'o1'])
    expect(getOutsideState(undone(back)).sources.get('o1')?.source.publisher).toBe('ONU') // undoes the link first
  })
})
