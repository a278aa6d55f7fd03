/**
 * The entities of a tag set: each entity's first tag (the one with `mentionOf === null`, holding
 * the name, aliases and identifier) with the tags that are mentions of it. The entities panel
 * lists these with their mention counts; "Tag all mentions" reads an entity's names from here.
 *
 * One pass over the tags and one sort of the entities; callers keep the result while the tag set
 * is the same object (text edits do not change it), so typing never recomputes it.
 */
import type { EntityTag, EntityType, Tag } from '../model/tag'

/** One entity and all its tags. */
export interface EntityGroup {
  /** The id of its first tag (the `mentionOf` of its other tags). */
  readonly id: string
  /** Its name: the canonical name, else the first tag's quoted text. */
  readonly name: string
  readonly entityType: EntityType
  /** The first tag, or null when only mentions of it are left (it was deleted). */
  readonly first: EntityTag | null
  /** The ids of all its tags, the first tag's first, then in the order the set holds them. */
  readonly tagIds: readonly string[]
}

/** The entities of a tag set, and for each entity tag the entity it belongs to. */
export interface EntityIndex {
  /** Sorted by name (case and accents aside, then by id), the way a reader looks a name up. */
  readonly groups: readonly EntityGroup[]
  /** The entity of each entity tag, by tag id, and each entity by its own id. */
  readonly groupOf: ReadonlyMap<string, EntityGroup>
}

/** The name an entity goes by: its canonical name, else the text its first tag quotes. */
export function entityName(first: EntityTag): string {
  return first.entity.canonicalName.trim() || first.target.quote.exact
}

/** How a name sorts: lower case, accents off, so "Élysée" sorts with the e's (computed once per entity, not per comparison). */
function sortKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Groups the entity tags of `tags` by entity. A mention whose first tag is not in `tags` still
 * forms an entity of its own (named by the first such mention), so no tag disappears from the
 * panel. Other kinds are ignored. `tags` is not modified.
 */
export function groupEntities(tags: Iterable<Tag>): EntityIndex {
  const firsts = new Map<string, EntityTag>()
  const members = new Map<string, EntityTag[]>()
  for (const tag of tags) {
    if (tag.kind !== 'entity') continue
    const key = tag.entity.mentionOf ?? tag.id
    if (tag.entity.mentionOf === null) firsts.set(tag.id, tag)
    const list = members.get(key)
    if (list) list.push(tag)
    else members.set(key, [tag])
  }
  const keyed: { key: string; group: EntityGroup }[] = []
  const groupOf = new Map<string, EntityGroup>()
  for (const [id, list] of members) {
    const first = firsts.get(id) ?? null
    const lead = first ?? list[0]
    const tagIds = first ? [first.id, ...list.filter((tag) => tag !== first).map((tag) => tag.id)] : list.map((tag) => tag.id)
    const group: EntityGroup = {
      id,
      name: first ? entityName(first) : lead.target.quote.exact,
      entityType: lead.entity.entityType,
      first,
      tagIds
    }
    keyed.push({ key: sortKey(group.name), group })
    groupOf.set(id, group)
    for (const tagId of tagIds) groupOf.set(tagId, group)
  }
  keyed.sort((a, b) => compare(a.key, b.key) || compare(a.group.id, b.group.id))
  return { groups: keyed.map((entry) => entry.group), groupOf }
}

/**
 * The names "Tag all mentions" searches for an entity: the text its first tag covers (`quote`,
 * the stored quote by default), its canonical name and its aliases.
 */
export function namesOf(first: EntityTag, quote: string = first.target.quote.exact): string[] {
  return [quote, first.entity.canonicalName, ...first.entity.aliases]
}
