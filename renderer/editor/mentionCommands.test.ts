/**
 * "Tag all mentions" on the plugin state, no view: the mentions found for an entity, tagging the
 * confirmed ones as one undo step with `mentionOf` and the entity's type, the entity index kept
 * while only the text changes, and stepping through an entity's mentions in article order.
 */
import { describe, expect, it } from 'vitest'
import { redo, undo } from 'prosemirror-history'
import { TextSelection, type EditorState, type Transaction } from 'prosemirror-state'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { importText } from '../../shared/article/importText'
import { plainTextOf } from '../../shared/article/plainText'
import { createArticleState } from './articleState'
import { entityIndexOf, findUntaggedMentions, mentionPosition, nextMention, tagMentions } from './mentionCommands'
import { setEditing } from './modePlugin'
import { offsetToPos } from './positions'
import { createTagFromSelection } from './tagCommands'
import { getTagState } from './tagPlugin'

const sample = readFileSync(join(__dirname, '../../electron/resources/russie-coree-du-nord.fr.txt'), 'utf8')
const author = { annotatorId: 'a1', name: 'Test' }
const now = '2026-12-01T10:00:00.000Z'

function run(state: EditorState, command: (state: EditorState, dispatch: (tr: Transaction) => void) => boolean): EditorState {
  let next = state
  command(state, (tr) => (next = state.apply(tr)))
  return next
}

/** The sample with its first `text` tagged as an entity of `entityType`, id `id`. */
function withEntity(state: EditorState, text: string, id: string): EditorState {
  const plain = plainTextOf(state.doc)
  const at = plain.text.indexOf(text)
  const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, offsetToPos(plain, at), offsetToPos(plain, at + text.length))))
  const result = createTagFromSelection(selected, { kind: 'entity', id, author, now, entityType: 'place' })
  if (!result.ok) throw new Error(result.reason)
  return selected.apply(result.tr)
}

function tagAll(state: EditorState, entityId: string): EditorState {
  const search = findUntaggedMentions(state, entityId)
  if (!search) throw new Error('no entity')
  let n = 0
  const tr = tagMentions(state, { entityId, spans: search.mentions, author, now, newId: () => `${entityId}-m${++n}` })
  if (!tr) throw new Error('nothing to tag')
  return state.apply(tr)
}

describe('tag all mentions in the editor', () => {
  it('finds the other mentions of the entity, not its own tag, with their context', () => {
    const state = withEntity(createArticleState(importText(sample)), 'Pyongyang', 'p')
    const search = findUntaggedMentions(state, 'p')
    expect(search?.name).toBe('Pyongyang')
    expect(search?.mentions).toHaveLength(3)
    expect(search?.mentions.map((m) => m.context.match)).toEqual(['Pyongyang', 'Pyongyang', 'Pyongyang'])
    expect(search?.mentions[0].context.before).toMatch(/entre Moscou et $/)
    expect(findUntaggedMentions(state, 'no-such-tag')).toBeNull()
  })

  it('tags the confirmed mentions as one undo step, as mentions of the entity, of its type', () => {
    let state = withEntity(createArticleState(importText(sample)), 'Corée du Nord', 'k')
    state = tagAll(state, 'k')
    const { model } = getTagState(state)
    const mentions = [...model.tags.values()].filter((t) => t.kind === 'entity' && t.entity.mentionOf === 'k')
    expect(mentions).toHaveLength(5)
    expect(mentions.every((t) => t.kind === 'entity' && t.entity.entityType === 'place' && t.target.quote.exact === 'Corée du Nord')).toBe(true)
    expect(entityIndexOf(model).groups.map((g) => [g.name, g.tagIds.length])).toEqual([['Corée du Nord', 6]])
    expect(getTagState(state).selectedId).toBe('k')
    // Asking again finds nothing more.
    expect(findUntaggedMentions(state, 'k')?.mentions).toEqual([])

    state = run(state, undo)
    expect(getTagState(state).tags.size).toBe(1)
    state = run(state, redo)
    expect(getTagState(state).tags.size).toBe(6)
    state = run(state, undo)
    state = run(state, undo)
    expect(getTagState(state).tags.size).toBe(0)
  })

  it('keeps the entity index while only the text changes, and rebuilds it when tags change', () => {
    let state = withEntity(createArticleState(importText(sample)), 'Moscou', 'm')
    const before = entityIndexOf(getTagState(state).model)
    state = state.apply(setEditing(state, true))
    state = state.apply(state.tr.insertText('Hier, ', 1))
    expect(entityIndexOf(getTagState(state).model)).toBe(before)
    state = tagAll(state, 'm')
    expect(entityIndexOf(getTagState(state).model)).not.toBe(before)
  })

  it('steps through an entity’s mentions in article order, round and round, with its position', () => {
    let state = withEntity(createArticleState(importText(sample)), 'Moscou', 'm')
    state = tagAll(state, 'm')
    const order: string[] = []
    let current: string | null = null
    for (let i = 0; i < 5; i++) {
      current = nextMention(state, 'm', current)
      if (current) order.push(current)
    }
    expect(order[0]).toBe('m')
    expect(order[4]).toBe('m')
    expect(new Set(order.slice(0, 4)).size).toBe(4)
    const froms = order.slice(0, 4).map((id) => getTagState(state).tags.get(id)?.from ?? -1)
    expect([...froms].sort((a, b) => a - b)).toEqual(froms)
    expect(mentionPosition(state, order[2])).toEqual({ entityId: 'm', current: 3, count: 4 })
  })
})
