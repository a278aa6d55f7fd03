/**
 * The tag list's kind filter: which tags are shown, and how many there are of each kind.
 */
import { msg } from '../../shared/messages'
import { TAG_KINDS, type TagKind } from '../../shared/model/tag'

export type KindFilter = TagKind | 'all'

/** The filter chips in the order shown. */
export const KIND_FILTERS: readonly KindFilter[] = ['all', ...TAG_KINDS]

/** The chips' labels, from the message catalogue. */
export const FILTER_LABELS: Readonly<Record<KindFilter, string>> = msg.ui.tagList.filters

/** The items whose tag is of the filter's kind (all of them for 'all'); the input is not modified. */
export function applyKindFilter<T extends { tag: { kind: TagKind } }>(items: readonly T[], filter: KindFilter): readonly T[] {
  return filter === 'all' ? items : items.filter((item) => item.tag.kind === filter)
}

/** How many items each filter would show. */
export function countByKind(items: readonly { tag: { kind: TagKind } }[]): Record<KindFilter, number> {
  const counts: Record<KindFilter, number> = { all: items.length, claim: 0, source: 0, entity: 0 }
  for (const item of items) counts[item.tag.kind] += 1
  return counts
}
