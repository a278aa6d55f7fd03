/**
 * Sources outside the text: the pure operations that make and change them.
 *
 * An outside source is a source tag without a target (a report, a dataset, an interview). The
 * editor holds them beside the tags and changes them through {@link OutsideOp}s, which, like the
 * annotation set's ops, carry both sides so that undo needs nothing but the op.
 */
import { emptySourceFields, type Author, type OutsideSource, type SourceFields } from './tag'

/**
 * A change to the outside sources: `put` replaces `before` with `after` (null `before` adds,
 * null `after` deletes), `load` replaces them all.
 */
export type OutsideOp =
  | { readonly type: 'put'; readonly before: OutsideSource | null; readonly after: OutsideSource | null }
  | { readonly type: 'load'; readonly before: readonly OutsideSource[]; readonly after: readonly OutsideSource[] }

/** The fields a user may change on an outside source. */
export interface OutsidePatch {
  title?: string
  note?: string
  source?: Partial<SourceFields>
}

/** A new outside source named `title`, with empty fields. */
export function createOutsideSource(args: { id: string; title: string; author: Author; now: string }): OutsideSource {
  return {
    id: args.id,
    title: args.title,
    note: '',
    createdBy: args.author,
    createdAt: args.now,
    updatedBy: args.author,
    updatedAt: args.now,
    source: emptySourceFields()
  }
}

/**
 * The op that applies `patch` to `before`, recording `author` and `now`; null when the patch
 * changes nothing, or would leave the title blank (a title is required).
 */
export function updateOutsideOp(before: OutsideSource, patch: OutsidePatch, author: Author, now: string): OutsideOp | null {
  if (patch.title !== undefined && patch.title.trim() === '') return null
  const after: OutsideSource = {
    ...before,
    title: patch.title ?? before.title,
    note: patch.note ?? before.note,
    source: { ...before.source, ...patch.source },
    updatedBy: author,
    updatedAt: now
  }
  const same =
    after.title === before.title && after.note === before.note && JSON.stringify(after.source) === JSON.stringify(before.source)
  return same ? null : { type: 'put', before, after }
}

/**
 * Applies `op` to the sources by id and returns the new map; `sources` is not modified, and the
 * same map comes back when the op changes nothing.
 */
export function applyOutsideOp(sources: ReadonlyMap<string, OutsideSource>, op: OutsideOp): ReadonlyMap<string, OutsideSource> {
  if (op.type === 'load') return new Map(op.after.map((s) => [s.id, s] as const))
  const id = op.after?.id ?? op.before?.id
  if (id === undefined) return sources
  if (op.after === null && !sources.has(id)) return sources
  const next = new Map(sources)
  if (op.after) next.set(id, op.after)
  else next.delete(id)
  return next
}

/** The op that undoes `op`. Pure. */
export function invertOutsideOp(op: OutsideOp): OutsideOp {
  return op.type === 'load' ? { type: 'load', before: op.after, after: op.before } : { type: 'put', before: op.after, after: op.before }
}
