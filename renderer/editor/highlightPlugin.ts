/**
 * Transient highlights over the article: the selected tag, a tag "flashed" after the user jumps
 * to it from the list, and the matches of the find bar. Kept apart from the tag decorations so
 * that selecting or finding never rebuilds thousands of tag decorations.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import { getTagState } from './tagPlugin'

export interface FindMatch {
  from: number
  to: number
}

interface HighlightState {
  flashId: string | null
  matches: readonly FindMatch[]
  current: number
  set: DecorationSet
  /** What `set` was built from, to rebuild only when one of them changes. */
  selectedId: string | null
  selectedFrom: number
  selectedTo: number
}

export type HighlightMeta =
  | { type: 'flash'; id: string | null }
  | { type: 'find'; matches: readonly FindMatch[]; current: number }

export const highlightPluginKey = new PluginKey<HighlightState>('factmarkHighlight')

function build(state: EditorState, base: Omit<HighlightState, 'set' | 'selectedFrom' | 'selectedTo'>): HighlightState {
  const decorations: Decoration[] = []
  const { tags } = getTagState(state)
  const selected = base.selectedId ? tags.get(base.selectedId) : undefined
  const visibleSelected = selected && selected.review === null && selected.from < selected.to ? selected : undefined
  if (visibleSelected) {
    const flash = base.flashId === visibleSelected.tag.id ? ' tag-flash' : ''
    decorations.push(Decoration.inline(visibleSelected.from, visibleSelected.to, { class: `tag-selected${flash}` }))
  }
  base.matches.forEach((match, index) => {
    decorations.push(
      Decoration.inline(match.from, match.to, { class: index === base.current ? 'find-match find-current' : 'find-match' })
    )
  })
  return {
    ...base,
    set: DecorationSet.create(state.doc, decorations),
    selectedFrom: visibleSelected?.from ?? -1,
    selectedTo: visibleSelected?.to ?? -1
  }
}

function apply(tr: Transaction, value: HighlightState, state: EditorState): HighlightState {
  const meta = tr.getMeta(highlightPluginKey) as HighlightMeta | undefined
  const selectedId = getTagState(state).selectedId
  const selected = selectedId ? getTagState(state).tags.get(selectedId) : undefined
  let { flashId, matches, current } = value
  if (meta?.type === 'flash') flashId = meta.id
  if (meta?.type === 'find') {
    matches = meta.matches
    current = meta.current
  } else if (tr.docChanged && matches.length > 0) {
    matches = matches.map((m) => ({ from: tr.mapping.map(m.from, 1), to: tr.mapping.map(m.to, -1) })).filter((m) => m.from < m.to)
  }
  const unchanged =
    meta === undefined &&
    !tr.docChanged &&
    selectedId === value.selectedId &&
    (selected?.from ?? -1) === value.selectedFrom &&
    (selected?.to ?? -1) === value.selectedTo
  if (unchanged) return value
  return build(state, { flashId, matches, current, selectedId })
}

export function highlightPlugin(): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: highlightPluginKey,
    state: {
      init: () => ({
        flashId: null,
        matches: [],
        current: -1,
        set: DecorationSet.empty,
        selectedId: null,
        selectedFrom: -1,
        selectedTo: -1
      }),
      apply: (tr, value, _old, state) => apply(tr, value, state)
    },
    props: {
      decorations: (state) => highlightPluginKey.getState(state)?.set
    }
  })
}

/** A transaction setting the flashed tag; not undoable. */
export function setFlash(state: EditorState, id: string | null): Transaction {
  const meta: HighlightMeta = { type: 'flash', id }
  return state.tr.setMeta(highlightPluginKey, meta).setMeta('addToHistory', false)
}

/** A transaction setting the find matches; not undoable. */
export function setFindMatches(state: EditorState, matches: readonly FindMatch[], current: number): Transaction {
  const meta: HighlightMeta = { type: 'find', matches, current }
  return state.tr.setMeta(highlightPluginKey, meta).setMeta('addToHistory', false)
}
