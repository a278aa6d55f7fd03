/**
 * The plugin that owns the tags of the open article and projects them as decorations.
 *
 * In the style of Outline's DraftCommentAnchorPlugin: a typed PluginKey, one meta union for its
 * commands, `apply` returns early when nothing changed and otherwise maps the DecorationSet
 * through the transaction; decorations are found again by their spec's tag id. Tag changes arrive
 * as {@link TagStep}s so that undo/redo covers them (see tagStep.ts); the plugin state is the
 * single source of truth and React reads it after each transaction.
 *
 * The tag data changes only through the shared model's reducer (`applyOp` of
 * shared/model/annotationSet.ts, on the op each step carries); what the plugin adds is the
 * tags' live ranges in the document, which follow text edits and the ranges the steps carry.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import type { Node as PMNode } from 'prosemirror-model'
import { applyOp, applyOps, createAnnotationSet, loadTagsOp, touchedIds, type AnnotationSet } from '../../shared/model/annotationSet'
import { TagStep, type LiveTag } from './tagStep'

export interface TagPluginState {
  /** Every tag with its range now, by id. */
  readonly tags: ReadonlyMap<string, LiveTag>
  /** The same tags' data as the shared model holds them (`tags.get(id).tag` is `model.tags.get(id)`). */
  readonly model: AnnotationSet
  readonly decorations: DecorationSet
  readonly selectedId: string | null
  /** Increases on every change of the tag set, so React can tell cheaply whether to re-read. */
  readonly version: number
}

export type TagMeta = { type: 'load'; tags: readonly LiveTag[] } | { type: 'select'; id: string | null }

export const tagPluginKey = new PluginKey<TagPluginState>('factmarkTags')

interface TagDecorationSpec {
  tagId: string
}

function isVisible(live: LiveTag): boolean {
  return live.review === null && live.from < live.to
}

function decorationFor(live: LiveTag): Decoration {
  const spec: TagDecorationSpec & { inclusiveStart: boolean; inclusiveEnd: boolean } = {
    tagId: live.tag.id,
    inclusiveStart: false,
    inclusiveEnd: false
  }
  // Overlapping inline decorations merge into one span whose classes add up while other
  // attributes overwrite each other, so the tag's kind and id travel as a class.
  const { kind, id } = live.tag
  return Decoration.inline(live.from, live.to, { class: `tag tag-${kind} tag-${kind}-${id}` }, spec)
}

function buildDecorations(doc: PMNode, tags: Iterable<LiveTag>): DecorationSet {
  const decorations: Decoration[] = []
  for (const live of tags) if (isVisible(live)) decorations.push(decorationFor(live))
  return DecorationSet.create(doc, decorations)
}

/** Maps one live tag through a step map; a tag whose text was deleted is kept, for review. */
function mapLive(live: LiveTag, map: { map(pos: number, assoc?: number): number }): LiveTag {
  const from = map.map(live.from, 1)
  const to = Math.max(from, map.map(live.to, -1))
  if (from === live.from && to === live.to) return live
  const review = from === to && live.review === null ? { reason: 'text-deleted' as const, confidence: 0 } : live.review
  return { ...live, from, to, review }
}

/**
 * Applies a run of consecutive tag steps: their model ops through the shared reducer in one go
 * (one copy of the tag map however many steps: tagging all mentions is one transaction of many
 * steps), then the live tags they touched get their new data and the range each step gives (or
 * keep theirs, for an update). Adds the touched ids to `touched` and updates `tags` in place;
 * returns the new model.
 */
function applySteps(steps: readonly TagStep[], model: AnnotationSet, tags: Map<string, LiveTag>, touched: Set<string>): AnnotationSet {
  const next = applyOps(model, steps.map((step) => step.op))
  for (const step of steps) {
    for (const id of touchedIds(step.op)) {
      touched.add(id)
      const tag = next.tags.get(id)
      const range = step.ranges.after ?? tags.get(id)
      if (tag && range) tags.set(id, { tag, from: range.from, to: range.to, review: range.review })
      else tags.delete(id)
    }
  }
  return next
}

function applyTransaction(tr: Transaction, value: TagPluginState): TagPluginState {
  const meta = tr.getMeta(tagPluginKey) as TagMeta | undefined
  if (meta?.type === 'load') {
    const tags = new Map(meta.tags.map((live) => [live.tag.id, live] as const))
    const model = applyOp(value.model, loadTagsOp(value.model, [...tags.values()].map((live) => live.tag)))
    return { tags, model, decorations: buildDecorations(tr.doc, tags.values()), selectedId: null, version: value.version + 1 }
  }
  let { tags, model, decorations, selectedId, version } = value
  if (tr.docChanged) {
    const next = new Map(tags)
    const touched = new Set<string>()
    let run: TagStep[] = []
    const flush = () => {
      if (run.length > 0) model = applySteps(run, model, next, touched)
      run = []
    }
    tr.steps.forEach((step) => {
      if (step instanceof TagStep) {
        run.push(step)
        return
      }
      flush()
      const map = step.getMap()
      for (const [id, live] of next) {
        const mapped = mapLive(live, map)
        if (mapped !== live) {
          next.set(id, mapped)
          if (mapped.review !== live.review) touched.add(id)
        }
      }
    })
    flush()
    decorations = decorations.map(tr.mapping, tr.doc)
    if (touched.size > 0) {
      const stale = decorations.find(undefined, undefined, (spec) => touched.has((spec as TagDecorationSpec).tagId))
      decorations = decorations.remove(stale)
      const fresh: Decoration[] = []
      for (const id of touched) {
        const live = next.get(id)
        if (live && isVisible(live)) fresh.push(decorationFor(live))
      }
      decorations = decorations.add(tr.doc, fresh)
    }
    tags = next
    version += 1
  }
  if (meta?.type === 'select') selectedId = meta.id
  if (selectedId !== null && !tags.has(selectedId)) selectedId = null
  if (tags === value.tags && selectedId === value.selectedId) return value
  return { tags, model, decorations, selectedId, version }
}

/** The tag plugin. Start it empty; load tags with a `load` meta transaction. */
export function tagPlugin(): Plugin<TagPluginState> {
  return new Plugin<TagPluginState>({
    key: tagPluginKey,
    state: {
      init: (_config, state) => ({
        tags: new Map(),
        model: createAnnotationSet(),
        decorations: DecorationSet.create(state.doc, []),
        selectedId: null,
        version: 0
      }),
      apply: (tr, value) => applyTransaction(tr, value)
    },
    props: {
      decorations: (state) => tagPluginKey.getState(state)?.decorations
    }
  })
}

/** The plugin state of `state`; throws when the plugin is missing (a setup bug). */
export function getTagState(state: EditorState): TagPluginState {
  const value = tagPluginKey.getState(state)
  if (!value) throw new Error('tagPlugin: plugin not installed')
  return value
}

/** Tags in document order (start, then longer first); review tags sort by their old start. */
export function tagsInDocumentOrder(state: EditorState): LiveTag[] {
  return [...getTagState(state).tags.values()].sort((a, b) => a.from - b.from || b.to - a.to)
}

/** Visible tags covering `pos`, shortest first (the innermost of nested tags comes first). */
export function tagsAt(state: EditorState, pos: number): LiveTag[] {
  const { decorations, tags } = getTagState(state)
  const ids = decorations.find(pos, pos).map((d) => (d.spec as TagDecorationSpec).tagId)
  return ids
    .map((id) => tags.get(id))
    .filter((live): live is LiveTag => live !== undefined && live.from <= pos && pos <= live.to)
    .sort((a, b) => a.to - a.from - (b.to - b.from))
}
