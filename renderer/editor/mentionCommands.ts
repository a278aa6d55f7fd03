/**
 * "Tag all mentions" in the editor: finding an entity's untagged mentions in the article as it is
 * now, and tagging the confirmed ones as mentions of it in one transaction — several TagSteps in
 * one transaction are one event of the undo history, so one undo removes them all.
 *
 * The search itself is shared/mentions/findMentions.ts over the plain text; what is done here is
 * reading the entity's tags from the tag plugin and turning offsets into document positions.
 */
import type { Node as PMNode } from 'prosemirror-model'
import type { EditorState, Transaction } from 'prosemirror-state'
import { describeRange } from '../../shared/anchoring/anchor'
import { plainTextOf } from '../../shared/article/plainText'
import { groupEntities, namesOf, type EntityGroup, type EntityIndex } from '../../shared/mentions/entityGroups'
import { findMentions, mentionContext, prepareMentionText, type MentionContext, type MentionText, type TextSpan } from '../../shared/mentions/findMentions'
import type { AnnotationSet } from '../../shared/model/annotationSet'
import { createTag, type Author } from '../../shared/model/tag'
import { offsetToPos, posToOffset } from './positions'
import { getTagState, tagPluginKey, type TagMeta } from './tagPlugin'
import { TagStep, type LiveTag } from './tagStep'

const indexes = new WeakMap<AnnotationSet, EntityIndex>()

/**
 * The entities of the tag set `model`, computed once per set: text edits keep the set, so
 * typing never recomputes it; a tag change makes a new set.
 */
export function entityIndexOf(model: AnnotationSet): EntityIndex {
  let index = indexes.get(model)
  if (!index) {
    index = groupEntities(model.tags.values())
    indexes.set(model, index)
  }
  return index
}

const prepared = new WeakMap<PMNode, MentionText>()

function preparedText(doc: PMNode): MentionText {
  let value = prepared.get(doc)
  if (!value) {
    value = prepareMentionText(plainTextOf(doc).text)
    prepared.set(doc, value)
  }
  return value
}

/** One mention found: its plain-text span and the words around it. */
export interface FoundMention extends TextSpan {
  readonly context: MentionContext
}

/** The mentions found for an entity, to confirm. */
export interface MentionSearch {
  readonly entityId: string
  readonly name: string
  readonly mentions: readonly FoundMention[]
}

/** The entity the tag `tagId` belongs to (the tag is its first tag or a mention), or null. */
export function entityOfTag(state: EditorState, tagId: string): EntityGroup | null {
  return entityIndexOf(getTagState(state).model).groupOf.get(tagId) ?? null
}

/**
 * The mentions of the entity of tag `tagId` not yet tagged: its names (the text its first tag
 * covers now, canonical name, aliases) found in the article, leaving out the text of its own
 * tags, anything overlapping them, and text an entity tag already covers exactly. Null when the
 * tag is not an entity.
 */
export function findUntaggedMentions(state: EditorState, tagId: string): MentionSearch | null {
  const group = entityOfTag(state, tagId)
  if (!group) return null
  const { tags } = getTagState(state)
  const plain = plainTextOf(state.doc)
  const spanOf = (id: string): TextSpan | null => {
    const live = tags.get(id)
    if (!live || live.review !== null || live.from >= live.to) return null
    return { start: posToOffset(plain, live.from), end: posToOffset(plain, live.to) }
  }
  const own = group.tagIds.map(spanOf).filter((span): span is TextSpan => span !== null)
  const leadId = group.first?.id ?? group.tagIds[0]
  const leadLive = tags.get(leadId)
  const leadSpan = spanOf(leadId)
  const quote = leadSpan ? plain.text.slice(leadSpan.start, leadSpan.end) : (leadLive?.tag.target.quote.exact ?? group.name)
  const names = group.first ? namesOf(group.first, quote) : [quote]
  const takenExactly = new Set<string>()
  for (const live of tags.values()) {
    if (live.tag.kind !== 'entity' || live.review !== null) continue
    takenExactly.add(`${posToOffset(plain, live.from)}:${posToOffset(plain, live.to)}`)
  }
  const mentions = findMentions(preparedText(state.doc), names, own)
    .filter((span) => !takenExactly.has(`${span.start}:${span.end}`))
    .map((span) => ({ ...span, context: mentionContext(plain.text, span) }))
  return { entityId: group.id, name: group.name, mentions }
}

/**
 * Tags `spans` (plain-text ranges of the article now) as mentions of the entity `entityId`: entity
 * tags of its type with `mentionOf` set to it, made by `author` at `now` with ids from `newId`,
 * all in one transaction (one undo step). The entity's first tag stays selected. Null when there
 * is no such entity or nothing to tag.
 */
export function tagMentions(
  state: EditorState,
  args: { entityId: string; spans: readonly TextSpan[]; author: Author; now: string; newId: () => string }
): Transaction | null {
  const group = entityIndexOf(getTagState(state).model).groupOf.get(args.entityId) ?? null
  if (!group || group.id !== args.entityId || args.spans.length === 0) return null
  const plain = plainTextOf(state.doc)
  const tr = state.tr
  for (const span of args.spans) {
    const target = describeRange(plain.text, span.start, span.end)
    const made = createTag({ id: args.newId(), kind: 'entity', target, author: args.author, now: args.now, entityType: group.entityType })
    if (made.kind !== 'entity') continue
    const tag = { ...made, entity: { ...made.entity, mentionOf: group.id } }
    tr.step(TagStep.add({ tag, from: offsetToPos(plain, span.start), to: offsetToPos(plain, span.end), review: null }))
  }
  const meta: TagMeta = { type: 'select', id: group.first ? group.id : getTagState(state).selectedId }
  return tr.setMeta(tagPluginKey, meta)
}

/** The tags of `group` that have a place in the text, in article order. */
function placedTags(state: EditorState, group: EntityGroup): LiveTag[] {
  const { tags } = getTagState(state)
  return group.tagIds
    .map((id) => tags.get(id))
    .filter((live): live is LiveTag => live !== undefined && live.review === null && live.from < live.to)
    .sort((a, b) => a.from - b.from)
}

/**
 * The tag to go to when stepping through the mentions of entity `entityId`: the one after
 * `currentId` in the article (the first after the last, the first when `currentId` is not one of
 * them), among those with a place in the text. Null when none has one.
 */
export function nextMention(state: EditorState, entityId: string, currentId: string | null): string | null {
  const group = entityIndexOf(getTagState(state).model).groupOf.get(entityId)
  if (!group) return null
  const placed = placedTags(state, group)
  if (placed.length === 0) return null
  const index = placed.findIndex((live) => live.tag.id === currentId)
  return placed[(index + 1) % placed.length].tag.id
}

/**
 * Where the tag `tagId` stands among the tags of its entity that have a place in the text, in
 * article order (1-based), with how many there are; null when it is no entity's or has no place.
 */
export function mentionPosition(state: EditorState, tagId: string): { entityId: string; current: number; count: number } | null {
  const group = entityOfTag(state, tagId)
  if (!group) return null
  const placed = placedTags(state, group)
  const index = placed.findIndex((live) => live.tag.id === tagId)
  return index === -1 ? null : { entityId: group.id, current: index + 1, count: placed.length }
}
