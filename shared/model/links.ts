/**
 * Links between tags, read both ways, and what deleting a linked tag implies.
 *
 * Links are held by the tag that makes them: a claim names its sources (with a relation), the
 * entities it is about and its speaker; an entity mention names the entity's first tag
 * (`mentionOf`). The other way round, "which claims rest on this source", is computed here from
 * the tag set, once per version of the set (callers memoise on the set's identity), so reading it
 * for one tag costs a map look-up even with thousands of tags.
 *
 * Deleting a tag (or a source outside the text) that others link to removes those links too:
 * {@link deletionUpdates} lists the linking tags as they must become, for the caller to apply in
 * the same transaction as the deletion, so one undo brings everything back. A link to an id that
 * is no longer there is never dropped by anything here; the inspector shows it as missing.
 */
import { applyTagPatch, type Author, type ClaimTag, type SourceRelation, type Tag } from './tag'

/** How a tag links to another: as a claim's source, its subject, its speaker, or as a mention of an entity. */
export type LinkRole = 'source' | 'about' | 'speaker' | 'mention'

/** A link seen from its target: which tag links here, in what role (and, for a source, with what relation). */
export interface BackLink {
  readonly fromId: string
  readonly role: LinkRole
  readonly relation: SourceRelation | null
}

/** Every link target's back-links, by target id. Ids nobody links to are absent. */
export type LinkIndex = ReadonlyMap<string, readonly BackLink[]>

/** The links `tag` makes, as back-links of their targets (with the target id). */
export function linksFrom(tag: Tag): { targetId: string; link: BackLink }[] {
  const out: { targetId: string; link: BackLink }[] = []
  if (tag.kind === 'claim') {
    for (const s of tag.claim.sources) out.push({ targetId: s.sourceId, link: { fromId: tag.id, role: 'source', relation: s.relation } })
    for (const e of tag.claim.entities) out.push({ targetId: e, link: { fromId: tag.id, role: 'about', relation: null } })
    if (tag.claim.speakerId !== null) out.push({ targetId: tag.claim.speakerId, link: { fromId: tag.id, role: 'speaker', relation: null } })
  } else if (tag.kind === 'entity' && tag.entity.mentionOf !== null) {
    out.push({ targetId: tag.entity.mentionOf, link: { fromId: tag.id, role: 'mention', relation: null } })
  }
  return out
}

/**
 * The back-links of every tag and outside source that something links to, in the order of `tags`.
 * One pass over the tags; `tags` is not modified.
 */
export function buildLinkIndex(tags: Iterable<Tag>): LinkIndex {
  const index = new Map<string, BackLink[]>()
  for (const tag of tags) {
    for (const { targetId, link } of linksFrom(tag)) {
      if (targetId === tag.id) continue
      const list = index.get(targetId)
      if (list) list.push(link)
      else index.set(targetId, [link])
    }
  }
  return index
}

/**
 * Memoises {@link buildLinkIndex} on the identity of the collection given: the same collection
 * object (the annotation set's map, which is new on every change) gives the same index.
 */
export function linkIndexMemo(): (tags: ReadonlyMap<string, Tag>) => LinkIndex {
  let last: { tags: ReadonlyMap<string, Tag>; index: LinkIndex } | null = null
  return (tags) => {
    if (last?.tags !== tags) last = { tags, index: buildLinkIndex(tags.values()) }
    return last.index
  }
}

/** `tag` without any link to `id`; the same object when it has none. */
function withoutLinksTo(tag: Tag, id: string, author: Author, now: string): Tag {
  if (tag.kind === 'claim') {
    const { sources, entities, speakerId } = tag.claim
    const patch: Partial<ClaimTag['claim']> = {}
    if (sources.some((s) => s.sourceId === id)) patch.sources = sources.filter((s) => s.sourceId !== id)
    if (entities.includes(id)) patch.entities = entities.filter((e) => e !== id)
    if (speakerId === id) patch.speakerId = null
    return Object.keys(patch).length ? applyTagPatch(tag, { claim: patch }, author, now) : tag
  }
  if (tag.kind === 'entity' && tag.entity.mentionOf === id) return applyTagPatch(tag, { entity: { mentionOf: null } }, author, now)
  return tag
}

/**
 * What deleting the tag or outside source `id` implies for the tags that link to it: each such
 * tag before and after its links to `id` are taken away (a claim loses the source, the entity or
 * its speaker; a mention becomes an entity of its own, `mentionOf` null), recorded as changed by
 * `author` at `now`. Each linking tag appears once; a tag's link to itself is ignored (the tag
 * goes anyway). Empty when nothing links to `id`. Pure: neither `tags` nor `index` is modified.
 */
export function deletionUpdates(
  tags: ReadonlyMap<string, Tag>,
  index: LinkIndex,
  id: string,
  author: Author,
  now: string
): { before: Tag; after: Tag }[] {
  const updates: { before: Tag; after: Tag }[] = []
  const seen = new Set<string>([id])
  for (const link of index.get(id) ?? []) {
    if (seen.has(link.fromId)) continue
    seen.add(link.fromId)
    const before = tags.get(link.fromId)
    if (!before) continue
    const after = withoutLinksTo(before, id, author, now)
    if (after !== before) updates.push({ before, after })
  }
  return updates
}

/** How many links point at `id` from other tags (a claim linking it as source and speaker counts twice). */
export function countLinksTo(index: LinkIndex, id: string): number {
  return (index.get(id) ?? []).filter((link) => link.fromId !== id).length
}
