/**
 * What the inspector needs to show and make links: the tags by id, the candidates a claim can
 * link, the outside sources, the link index read both ways, and the actions. Built once per
 * version of the tag set (see useLinkContext), so each inspector render only looks things up.
 */
import { useMemo } from 'react'
import { msg } from '../../../shared/messages'
import type { LinkIndex } from '../../../shared/model/links'
import type { OutsideSource, TagPatch } from '../../../shared/model/tag'
import type { EditorSnapshot, PickKind } from '../../editor/editorController'
import type { LiveTag } from '../../editor/tagStep'
import type { AppServices } from '../appServices'

/** A link target as the inspector names it. */
export interface LinkTarget {
  readonly id: string
  readonly kind: 'claim' | 'source' | 'entity' | 'outside' | 'missing'
  readonly label: string
}

export interface LinkContext {
  readonly byId: ReadonlyMap<string, LiveTag>
  /** Sources in the article, in document order. */
  readonly sources: readonly LiveTag[]
  /** Entities in the article that are not mentions of another, in document order. */
  readonly entities: readonly LiveTag[]
  readonly outsideSources: ReadonlyMap<string, OutsideSource>
  readonly links: LinkIndex
  readonly picking: PickKind | null
  /** Names a tag or outside source by id; a missing one as "Missing tag". */
  target(id: string): LinkTarget
  reveal(id: string): void
  patchTag(id: string, patch: TagPatch): void
  startPick(kind: PickKind, onPick: (id: string) => void): void
  cancelPick(): void
  /** Shows an outside source in its panel. */
  openOutside(id: string): void
}

/** The text shown for a tag: a claim's restatement or an entity's canonical name when given, else its text. */
export function labelOf(live: LiveTag, quoteOf: (live: LiveTag) => string): string {
  const { tag } = live
  if (tag.kind === 'claim' && tag.claim.claimReviewed.trim()) return tag.claim.claimReviewed
  if (tag.kind === 'entity' && tag.entity.canonicalName.trim()) return tag.entity.canonicalName
  return quoteOf(live)
}

/**
 * Names the link target `id`: a tag by its label, an outside source by its title, and an id that
 * is in neither (a tag deleted elsewhere, a hand-edited file) as "Missing tag", never dropped.
 */
export function targetOf(
  id: string,
  byId: ReadonlyMap<string, LiveTag>,
  outsideSources: ReadonlyMap<string, OutsideSource>,
  quoteOf: (live: LiveTag) => string
): LinkTarget {
  const live = byId.get(id)
  if (live) return { id, kind: live.tag.kind, label: labelOf(live, quoteOf) }
  const outside = outsideSources.get(id)
  if (outside) return { id, kind: 'outside', label: outside.title }
  return { id, kind: 'missing', label: msg.ui.links.missing }
}

/** The link context for the editor's snapshot `view`; recomputed only when the tags, the outside sources, the text or picking change. */
export function useLinkContext(services: AppServices, view: EditorSnapshot, quoteOf: (live: LiveTag) => string): LinkContext {
  const { editor, actions } = services
  return useMemo(() => {
    const byId = new Map(view.tags.map((live) => [live.tag.id, live] as const))
    const sources = view.tags.filter((live) => live.tag.kind === 'source')
    const entities = view.tags.filter((live) => live.tag.kind === 'entity' && live.tag.entity.mentionOf === null)
    const outsideSources = view.outsideSources
    return {
      byId,
      sources,
      entities,
      outsideSources,
      links: editor.links(),
      picking: view.picking,
      target: (id) => targetOf(id, byId, outsideSources, quoteOf),
      reveal: (id) => (byId.has(id) ? actions.revealTag(id) : outsideSources.has(id) ? actions.openOutside(id) : undefined),
      patchTag: actions.patchTag,
      startPick: actions.startPick,
      cancelPick: actions.cancelPick,
      openOutside: actions.openOutside
    }
  }, [editor, actions, view.tags, view.outsideSources, view.picking, quoteOf])
}
