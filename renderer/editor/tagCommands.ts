/**
 * Editor commands on tags: create from the selection, remove, change fields, re-attach, select.
 * Each change is one TagStep in one transaction, so each is one undo step. The ops themselves
 * come from the shared model (shared/model/annotationSet.ts); what is done here is reading the
 * selection and turning document positions into plain-text targets.
 *
 * Each change comes in two shapes: a function that builds the transaction (`removeTag`, … null
 * when it cannot run), and a ProseMirror {@link Command} (`removeTagCommand`, …) in the style of
 * Outline's comment commands: called without `dispatch` it only answers whether it can run, and
 * changes nothing, so a toolbar button, a menu item and a context menu can all ask it.
 */
import { TextSelection, type Command, type EditorState, type Transaction } from 'prosemirror-state'
import { describeRange } from '../../shared/anchoring/anchor'
import { plainTextOf } from '../../shared/article/plainText'
import { reattachTagOp, updateTagOp } from '../../shared/model/annotationSet'
import { createTag, type Author, type CheckWorthiness, type EntityType, type Tag, type TagKind, type TagPatch } from '../../shared/model/tag'
import { posToOffset } from './positions'
import { getTagState, tagPluginKey, type TagMeta } from './tagPlugin'
import { TagStep, type LiveTag } from './tagStep'

export type CreateTagResult =
  | { ok: true; tr: Transaction; tag: Tag }
  | { ok: false; reason: 'empty-selection' | 'whitespace-only' }
  /** A tag of the same kind already covers exactly this text: `tr` selects it instead. */
  | { ok: false; reason: 'duplicate'; existingId: string; tr: Transaction }

/** The tag's current target, recomputed from where it is now (unchanged for review tags). */
export function currentTarget(state: EditorState, live: LiveTag): Tag['target'] {
  if (live.review !== null || live.from >= live.to) return live.tag.target
  const plain = plainTextOf(state.doc)
  return describeRange(plain.text, posToOffset(plain, live.from), posToOffset(plain, live.to))
}

/** Shrinks a range past leading and trailing blanks and block boundaries; null when blank. */
function trimRange(state: EditorState, from: number, to: number): { from: number; to: number } | null {
  const { doc } = state
  if (doc.textBetween(from, to, ' ', ' ').trim() === '') return null
  const isBlank = (pos: number) => doc.textBetween(pos, pos + 1, ' ', ' ').trim() === ''
  while (from < to && isBlank(from)) from++
  while (to > from && isBlank(to - 1)) to--
  return from < to ? { from, to } : null
}

/** The visible tag of `kind` that covers exactly `from`–`to`, if any. */
function sameTag(state: EditorState, kind: TagKind, from: number, to: number): LiveTag | undefined {
  for (const live of getTagState(state).tags.values()) {
    if (live.tag.kind === kind && live.review === null && live.from === from && live.to === to) return live
  }
  return undefined
}

/**
 * Creates a tag of `kind` (an entity of `entityType`, Other by default; a claim with
 * `checkWorthiness` when given, as an accepted hint suggests) over the current
 * selection, as one undo step that also collapses the selection to the end of the new tag, so the
 * next press in the article starts a new selection instead of dragging the old one; undo gives
 * the selection back. Refuses an empty or blank selection, and a second tag of the same kind on
 * exactly the same text: the refusal then carries a transaction that selects the existing tag
 * (not undoable). Tags of other kinds on the same text are allowed.
 */
export function createTagFromSelection(
  state: EditorState,
  args: { kind: TagKind; id: string; author: Author; now: string; entityType?: EntityType; checkWorthiness?: CheckWorthiness }
): CreateTagResult {
  const { from, to, empty } = state.selection
  if (empty) return { ok: false, reason: 'empty-selection' }
  const range = trimRange(state, from, to)
  if (!range) return { ok: false, reason: 'whitespace-only' }
  const existing = sameTag(state, args.kind, range.from, range.to)
  if (existing) {
    const meta: TagMeta = { type: 'select', id: existing.tag.id }
    const tr = state.tr.setSelection(TextSelection.create(state.doc, range.to)).setMeta(tagPluginKey, meta).setMeta('addToHistory', false)
    return { ok: false, reason: 'duplicate', existingId: existing.tag.id, tr }
  }
  const plain = plainTextOf(state.doc)
  const target = describeRange(plain.text, posToOffset(plain, range.from), posToOffset(plain, range.to))
  const made = createTag({ id: args.id, kind: args.kind, target, author: args.author, now: args.now, entityType: args.entityType })
  const tag: Tag = made.kind === 'claim' && args.checkWorthiness ? { ...made, claim: { ...made.claim, checkWorthiness: args.checkWorthiness } } : made
  const live: LiveTag = { tag, from: range.from, to: range.to, review: null }
  const meta: TagMeta = { type: 'select', id: tag.id }
  const tr = state.tr.step(TagStep.add(live)).setSelection(TextSelection.create(state.doc, range.to)).setMeta(tagPluginKey, meta)
  return { ok: true, tr, tag }
}

/** Removes a tag; null when there is no such tag. */
export function removeTag(state: EditorState, id: string): Transaction | null {
  const live = getTagState(state).tags.get(id)
  if (!live) return null
  return state.tr.step(TagStep.remove(live))
}

/** Changes a tag's fields, recording `author` and `now`; null when there is no such tag or nothing changes. */
export function updateTag(state: EditorState, id: string, patch: TagPatch, author: Author, now: string): Transaction | null {
  const op = updateTagOp(getTagState(state).model, id, patch, author, now)
  if (op?.type !== 'update') return null
  return state.tr.step(TagStep.update(op.before, op.after))
}

/** Attaches a tag (typically one that needs review) to the current selection. */
export function reattachTagToSelection(state: EditorState, id: string): Transaction | null {
  const { tags, model } = getTagState(state)
  const live = tags.get(id)
  if (!live || state.selection.empty) return null
  const range = trimRange(state, state.selection.from, state.selection.to)
  if (!range) return null
  const plain = plainTextOf(state.doc)
  const op = reattachTagOp(model, id, describeRange(plain.text, posToOffset(plain, range.from), posToOffset(plain, range.to)))
  if (op?.type !== 'reattach') return null
  return state.tr.step(TagStep.reattach(live, { ...range, review: null }, op.after))
}

/** Selects a tag (or none); not an undoable change. */
export function selectTag(state: EditorState, id: string | null): Transaction {
  const meta: TagMeta = { type: 'select', id }
  return state.tr.setMeta(tagPluginKey, meta).setMeta('addToHistory', false)
}

/** Replaces all tags (when a document is opened); not undoable. */
export function loadTags(state: EditorState, tags: readonly LiveTag[]): Transaction {
  const meta: TagMeta = { type: 'load', tags }
  return state.tr.setMeta(tagPluginKey, meta).setMeta('addToHistory', false)
}

/** A command that runs `build`'s transaction; without `dispatch`, `canRun` answers instead (cheaply). */
function command(canRun: (state: EditorState) => boolean, build: (state: EditorState) => Transaction | null): Command {
  return (state, dispatch) => {
    if (!dispatch) return canRun(state)
    const tr = build(state)
    if (!tr) return false
    dispatch(tr)
    return true
  }
}

/** True when the selection holds something other than blanks, so it can be tagged. */
function hasTaggableSelection(state: EditorState): boolean {
  const { from, to, empty } = state.selection
  return !empty && trimRange(state, from, to) !== null
}

/** {@link createTagFromSelection} as a command: available when the selection is not empty or blank. */
export function createTagCommand(args: { kind: TagKind; id: string; author: Author; now: string; entityType?: EntityType }): Command {
  return command(hasTaggableSelection, (state) => {
    const result = createTagFromSelection(state, args)
    return result.ok ? result.tr : null
  })
}

/** {@link removeTag} as a command: available when there is such a tag. */
export function removeTagCommand(id: string): Command {
  return command((state) => getTagState(state).tags.has(id), (state) => removeTag(state, id))
}

/** {@link updateTag} as a command: available when there is such a tag and the patch changes it. */
export function updateTagCommand(id: string, patch: TagPatch, author: Author, now: string): Command {
  const canRun = (state: EditorState) => updateTagOp(getTagState(state).model, id, patch, author, now) !== null
  return command(canRun, (state) => updateTag(state, id, patch, author, now))
}

/** {@link reattachTagToSelection} as a command: available when there is such a tag and a taggable selection. */
export function reattachTagCommand(id: string): Command {
  const canRun = (state: EditorState) => getTagState(state).tags.has(id) && hasTaggableSelection(state)
  return command(canRun, (state) => reattachTagToSelection(state, id))
}
