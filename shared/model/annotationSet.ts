/**
 * The annotation set: one annotator's tags on one article, and the pure operations that change it.
 *
 * A set is a persistent value: it is never modified; {@link applyOp} returns a new set, or the same
 * one when the op changes nothing. An op is plain JSON and carries what it takes to undo it, so
 * {@link invertOp} needs nothing but the op. Tags point into the article's plain text with their
 * targets (UTF-16 offsets and a quote); nothing here knows ProseMirror, so the app, a command line
 * or a test apply the same ops the same way.
 *
 * What the ops do not carry is where a tag sits in the open editor. There a tag's range follows
 * every text edit, and ProseMirror's history moves an undoable step through later edits with
 * position mappings, which speak document positions: turning them into plain-text offsets would
 * need the document at each point of the history, which a step being mapped is not given. So the
 * editor's TagStep (renderer/editor/tagStep.ts) wraps one of these ops together with the tag's
 * document range before and after it, maps the range itself, and its plugin applies the op here.
 * A tag's stored target is brought up to date from that range when the tags are saved.
 */
import { applyTagPatch, type Author, type Tag, type TagPatch, type TagTarget } from './tag'

/** One annotator's tags, by id. Unordered: the article gives the order. */
export interface AnnotationSet {
  readonly tags: ReadonlyMap<string, Tag>
}

/**
 * A change to an annotation set. Each op holds the data of both sides, so it can be inverted
 * without the set: `remove` the whole tag, `update` the tag before and after, `reattach` the
 * target before and after, `load` every tag before and after.
 */
export type TagOp =
  | { readonly type: 'add'; readonly tag: Tag }
  | { readonly type: 'remove'; readonly tag: Tag }
  | { readonly type: 'update'; readonly before: Tag; readonly after: Tag }
  | { readonly type: 'reattach'; readonly id: string; readonly before: TagTarget; readonly after: TagTarget }
  | { readonly type: 'load'; readonly before: readonly Tag[]; readonly after: readonly Tag[] }

/** A set holding `tags` (of two with one id, the later is kept). `tags` is not modified. */
export function createAnnotationSet(tags: readonly Tag[] = []): AnnotationSet {
  return { tags: new Map(tags.map((tag) => [tag.id, tag] as const)) }
}

/** The tags of `set` as a new array, in the order they were added. */
export function tagsOf(set: AnnotationSet): Tag[] {
  return [...set.tags.values()]
}

/**
 * Applies `op` to `set` and returns the resulting set. Neither `set` nor `op` is modified, and
 * the tags in the result are the op's own objects (shared, not copied), so treat them as read-only.
 * When the op changes nothing (an update, reattach or remove of a tag that is not in the set)
 * the same `set` object is returned, so a caller can tell by identity. An `add` of an id already
 * in the set replaces that tag. Throws a RangeError for an update that changes a tag's id or kind.
 */
export function applyOp(set: AnnotationSet, op: TagOp): AnnotationSet {
  switch (op.type) {
    case 'add':
      return withTag(set, op.tag)
    case 'remove': {
      if (!set.tags.has(op.tag.id)) return set
      const tags = new Map(set.tags)
      tags.delete(op.tag.id)
      return { ...set, tags }
    }
    case 'update':
      if (op.before.id !== op.after.id || op.before.kind !== op.after.kind) {
        throw new RangeError('annotationSet: an update must keep the tag’s id and kind')
      }
      return set.tags.has(op.after.id) ? withTag(set, op.after) : set
    case 'reattach': {
      const tag = set.tags.get(op.id)
      return tag ? withTag(set, { ...tag, target: op.after }) : set
    }
    case 'load':
      return { ...set, tags: createAnnotationSet(op.after).tags }
  }
}

/**
 * Applies `ops` in order, as folding {@link applyOp} over them would, but copying the set's tags
 * once instead of once per op: tagging a thousand mentions in a set of thousands of tags stays
 * linear. Neither `set` nor `ops` is modified; the same `set` object is returned when no op
 * changes it. Throws a RangeError for an update that changes a tag's id or kind.
 */
export function applyOps(set: AnnotationSet, ops: readonly TagOp[]): AnnotationSet {
  if (ops.length === 1) return applyOp(set, ops[0])
  let tags: Map<string, Tag> | null = null
  const own = (): Map<string, Tag> => (tags ??= new Map(set.tags))
  for (const op of ops) {
    const current: ReadonlyMap<string, Tag> = tags ?? set.tags
    switch (op.type) {
      case 'add':
        own().set(op.tag.id, op.tag)
        break
      case 'remove':
        if (current.has(op.tag.id)) own().delete(op.tag.id)
        break
      case 'update':
        if (op.before.id !== op.after.id || op.before.kind !== op.after.kind) {
          throw new RangeError('annotationSet: an update must keep the tag’s id and kind')
        }
        if (current.has(op.after.id)) own().set(op.after.id, op.after)
        break
      case 'reattach': {
        const tag = current.get(op.id)
        if (tag) own().set(op.id, { ...tag, target: op.after })
        break
      }
      case 'load':
        tags = new Map(createAnnotationSet(op.after).tags)
        break
    }
  }
  return tags ? { ...set, tags } : set
}

/**
 * The op that undoes `op`: applied after `op`, it gives back the tags the set held before (when
 * `op` changed the set). Pure; `op` is not modified.
 */
export function invertOp(op: TagOp): TagOp {
  switch (op.type) {
    case 'add':
      return { type: 'remove', tag: op.tag }
    case 'remove':
      return { type: 'add', tag: op.tag }
    case 'update':
      return { type: 'update', before: op.after, after: op.before }
    case 'reattach':
      return { type: 'reattach', id: op.id, before: op.after, after: op.before }
    case 'load':
      return { type: 'load', before: op.after, after: op.before }
  }
}

/** The ids of the tags `op` adds, removes or changes. */
export function touchedIds(op: TagOp): string[] {
  switch (op.type) {
    case 'add':
    case 'remove':
      return [op.tag.id]
    case 'update':
      return [op.after.id]
    case 'reattach':
      return [op.id]
    case 'load':
      return [...new Set([...op.before, ...op.after].map((tag) => tag.id))]
  }
}

/** The op that removes tag `id`; null when there is no such tag. */
export function removeTagOp(set: AnnotationSet, id: string): TagOp | null {
  const tag = set.tags.get(id)
  return tag ? { type: 'remove', tag } : null
}

/**
 * The op that applies `patch` to tag `id`, recording `author` and `now` as its last change; null
 * when there is no such tag or when the patch would change nothing but that record.
 */
export function updateTagOp(set: AnnotationSet, id: string, patch: TagPatch, author: Author, now: string): TagOp | null {
  const before = set.tags.get(id)
  if (!before) return null
  const after = applyTagPatch(before, patch, author, now)
  const { updatedAt: _a, updatedBy: _b, ...restAfter } = after
  const { updatedAt: _c, updatedBy: _d, ...restBefore } = before
  if (JSON.stringify(restAfter) === JSON.stringify(restBefore)) return null
  return { type: 'update', before, after }
}

/** The op that points tag `id` at `target`; null when there is no such tag. */
export function reattachTagOp(set: AnnotationSet, id: string, target: TagTarget): TagOp | null {
  const tag = set.tags.get(id)
  return tag ? { type: 'reattach', id, before: tag.target, after: target } : null
}

/** The op that replaces every tag of `set` with `tags`. */
export function loadTagsOp(set: AnnotationSet, tags: readonly Tag[]): TagOp {
  return { type: 'load', before: tagsOf(set), after: [...tags] }
}

function withTag(set: AnnotationSet, tag: Tag): AnnotationSet {
  const tags = new Map(set.tags)
  tags.set(tag.id, tag)
  return { ...set, tags }
}
