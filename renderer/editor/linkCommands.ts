/**
 * Editor commands on links and on sources outside the text. A deletion takes the links to what
 * it deletes out of the linking tags in the same transaction (several steps, one history event),
 * so one undo brings back the tag and every link to it. The updates implied come from the shared
 * model (shared/model/links.ts); here they become steps.
 */
import type { EditorState, Transaction } from 'prosemirror-state'
import { deletionUpdates, type LinkIndex } from '../../shared/model/links'
import { createOutsideSource, updateOutsideOp, type OutsidePatch } from '../../shared/model/outsideSources'
import type { Author } from '../../shared/model/tag'
import { getOutsideState, OutsideStep } from './outsidePlugin'
import { getTagState } from './tagPlugin'
import { TagStep } from './tagStep'

/** Adds the linking tags' updates for deleting `id` to `tr`. */
function unlinkSteps(tr: Transaction, state: EditorState, index: LinkIndex, id: string, author: Author, now: string): Transaction {
  for (const update of deletionUpdates(getTagState(state).model.tags, index, id, author, now)) tr.step(TagStep.update(update.before, update.after))
  return tr
}

/**
 * Deletes tag `id` and every link to it from other tags, as one transaction; null when there is
 * no such tag. `index` is the link index of `state`'s tags.
 */
export function removeTagAndLinks(state: EditorState, index: LinkIndex, id: string, author: Author, now: string): Transaction | null {
  const live = getTagState(state).tags.get(id)
  if (!live) return null
  return unlinkSteps(state.tr, state, index, id, author, now).step(TagStep.remove(live))
}

/** Adds an outside source titled `title` (trimmed; null when blank). */
export function addOutsideSource(state: EditorState, args: { id: string; title: string; author: Author; now: string }): Transaction | null {
  const title = args.title.trim()
  if (!title) return null
  const source = createOutsideSource({ ...args, title })
  return state.tr.step(new OutsideStep({ type: 'put', before: null, after: source }))
}

/** Changes an outside source; null when there is none with that id or nothing changes. */
export function updateOutsideSource(state: EditorState, id: string, patch: OutsidePatch, author: Author, now: string): Transaction | null {
  const before = getOutsideState(state).sources.get(id)
  const op = before ? updateOutsideOp(before, patch, author, now) : null
  return op ? state.tr.step(new OutsideStep(op)) : null
}

/** Deletes outside source `id` and every link to it, as one transaction; null when there is none. */
export function removeOutsideAndLinks(state: EditorState, index: LinkIndex, id: string, author: Author, now: string): Transaction | null {
  const before = getOutsideState(state).sources.get(id)
  if (!before) return null
  return unlinkSteps(state.tr, state, index, id, author, now).step(new OutsideStep({ type: 'put', before, after: null }))
}
