/**
 * The tag list's filters beyond the kind chips: "check after update" (tags moved, changed or
 * needing review when the article changed, and claims rated on an earlier version), needs review,
 * verdict, claim status, author, links, and text (quote or note contains, accent- and
 * case-insensitively). Pure functions over the list's items; the list memoises what they need
 * (the folded texts, the linked ids) so that filtering 5,000 tags stays cheap while typing.
 */
import type { AnchoredStatus } from '../../shared/anchoring/anchorSidecar'
import type { ClaimStatus, Tag, Verdict } from '../../shared/model/tag'
import type { KindFilter } from './filters'

export interface ListFilter {
  readonly kind: KindFilter
  readonly checkAfterUpdate: boolean
  readonly needsReview: boolean
  readonly verdict: Verdict | 'any'
  readonly claimStatus: ClaimStatus | 'any'
  /** An annotator id, or 'any'. */
  readonly author: string
  readonly links: 'any' | 'with' | 'without'
  /** What the quote or the note must contain; '' for anything. */
  readonly text: string
}

export const NO_FILTER: ListFilter = {
  kind: 'all',
  checkAfterUpdate: false,
  needsReview: false,
  verdict: 'any',
  claimStatus: 'any',
  author: 'any',
  links: 'any',
  text: ''
}

/** The filter that shows the tags to check after the article changed (the banner's action). */
export const CHECK_AFTER_UPDATE: ListFilter = { ...NO_FILTER, checkAfterUpdate: true }

/** What the list items must have. */
export interface FilterableTag {
  readonly tag: Tag
  readonly review: unknown
}

/** How the last re-anchoring left each tag that did not stay where it was, by id. */
export type UpdateStatuses = ReadonlyMap<string, Exclude<AnchoredStatus, 'attached'>>

/** Text folded for searching: decomposed, without combining marks, lower case. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
}

/**
 * True when a tag needs a look after the article changed: moved, needing review, or marked as
 * changed (rated on an earlier version) until the user confirms it.
 */
export function isToCheck(item: FilterableTag, statuses: UpdateStatuses): boolean {
  return item.review !== null || item.tag.changed !== null || statuses.get(item.tag.id) === 'moved'
}

/** The ids of sources and entities some claim links to (its sources, entities or speaker). */
export function linkedIds(items: readonly FilterableTag[]): ReadonlySet<string> {
  const ids = new Set<string>()
  for (const { tag } of items) {
    if (tag.kind !== 'claim') continue
    for (const link of tag.claim.sources) ids.add(link.sourceId)
    for (const id of tag.claim.entities) ids.add(id)
    if (tag.claim.speakerId) ids.add(tag.claim.speakerId)
  }
  return ids
}

/** True when a tag has links: a claim linking sources or entities, a source or entity a claim links to. */
export function hasLinks(tag: Tag, linked: ReadonlySet<string>): boolean {
  if (tag.kind === 'claim') return tag.claim.sources.length > 0 || tag.claim.entities.length > 0
  return linked.has(tag.id)
}

/** True when any filter beyond the kind is set. */
export function isFiltering(filter: ListFilter): boolean {
  return (Object.keys(NO_FILTER) as (keyof ListFilter)[]).some((key) => key !== 'kind' && filter[key] !== NO_FILTER[key])
}

export interface FilterContext {
  readonly statuses: UpdateStatuses
  readonly linked: ReadonlySet<string>
  /** The folded quote and note of a tag (see {@link foldForSearch}), by id. */
  readonly haystack: (item: FilterableTag) => string
}

/**
 * The items `filter` lets through (everything but the kind: the chips count within the rest), in
 * the same order; the input when nothing is filtered. Not modified.
 */
export function applyListFilter<T extends FilterableTag>(items: readonly T[], filter: ListFilter, context: FilterContext): readonly T[] {
  if (!isFiltering(filter)) return items
  const needle = foldForSearch(filter.text.trim())
  return items.filter((item) => {
    const { tag } = item
    if (filter.checkAfterUpdate && !isToCheck(item, context.statuses)) return false
    if (filter.needsReview && item.review === null) return false
    if (filter.verdict !== 'any' && (tag.kind !== 'claim' || tag.claim.verdict !== filter.verdict)) return false
    if (filter.claimStatus !== 'any' && (tag.kind !== 'claim' || tag.claim.status !== filter.claimStatus)) return false
    if (filter.author !== 'any' && tag.createdBy.annotatorId !== filter.author && tag.updatedBy.annotatorId !== filter.author) return false
    if (filter.links !== 'any' && hasLinks(tag, context.linked) !== (filter.links === 'with')) return false
    if (needle && !context.haystack(item).includes(needle)) return false
    return true
  })
}
