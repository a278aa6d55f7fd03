/**
 * Check-worthiness hints in the article: a discreet dotted underline under each suggested span,
 * apart from the tag decorations (a hint is not a tag) and from the transient highlights. The
 * decorations follow text edits by mapping until fresh hints arrive, so a hint's span is always
 * read from here ({@link checkHintRange}); never in the undo history.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import type { HintKind } from '../../shared/hints/findHints'

/** A hint placed in the document. */
export interface PlacedHint {
  readonly key: string
  readonly kind: HintKind
  readonly from: number
  readonly to: number
}

interface HintSpec {
  readonly key: string
  readonly kind: HintKind
}

interface CheckHintState {
  readonly set: DecorationSet
  readonly currentKey: string | null
}

type CheckHintMeta =
  | { type: 'set'; hints: readonly PlacedHint[]; currentKey: string | null }
  | { type: 'remove'; keys: readonly string[] }
  | { type: 'update'; remove: readonly string[]; add: readonly PlacedHint[] }
  | { type: 'current'; key: string | null }

export const checkHintPluginKey = new PluginKey<CheckHintState>('factmarkCheckHints')

function decoration(hint: PlacedHint, current: boolean): Decoration {
  const spec: HintSpec = { key: hint.key, kind: hint.kind }
  return Decoration.inline(
    hint.from,
    hint.to,
    { class: `check-hint check-hint-${hint.kind}${current ? ' check-hint-current' : ''}`, 'data-hint-key': hint.key },
    spec
  )
}

function findByKey(set: DecorationSet, key: string): Decoration | undefined {
  return set.find(undefined, undefined, (spec: HintSpec) => spec.key === key)[0]
}

/** Marks `key` as the current hint in `set` (and unmarks `old`), by replacing their two decorations. */
function withCurrent(set: DecorationSet, state: EditorState, old: string | null, key: string | null): DecorationSet {
  let next = set
  for (const [k, current] of [
    [old, false],
    [key, true]
  ] as const) {
    if (k === null) continue
    const found = findByKey(next, k)
    if (!found) continue
    const spec = found.spec as HintSpec
    next = next.remove([found]).add(state.doc, [decoration({ key: spec.key, kind: spec.kind, from: found.from, to: found.to }, current)])
  }
  return next
}

function apply(tr: Transaction, value: CheckHintState, state: EditorState): CheckHintState {
  const meta = tr.getMeta(checkHintPluginKey) as CheckHintMeta | undefined
  if (!meta && !tr.docChanged) return value
  let set = tr.docChanged ? value.set.map(tr.mapping, tr.doc) : value.set
  let currentKey = value.currentKey
  if (meta?.type === 'set') {
    set = DecorationSet.create(state.doc, meta.hints.filter((h) => h.from < h.to).map((h) => decoration(h, h.key === meta.currentKey)))
    currentKey = meta.currentKey
  } else if (meta?.type === 'remove') {
    const gone = new Set(meta.keys)
    set = set.remove(set.find(undefined, undefined, (spec: HintSpec) => gone.has(spec.key)))
    if (currentKey !== null && gone.has(currentKey)) currentKey = null
  } else if (meta?.type === 'update') {
    const gone = new Set(meta.remove)
    if (gone.size > 0) set = set.remove(set.find(undefined, undefined, (spec: HintSpec) => gone.has(spec.key)))
    if (meta.add.length > 0) set = set.add(state.doc, meta.add.filter((h) => h.from < h.to).map((h) => decoration(h, h.key === currentKey)))
    if (currentKey !== null && gone.has(currentKey)) currentKey = null
  } else if (meta?.type === 'current') {
    set = withCurrent(set, state, currentKey, meta.key)
    currentKey = meta.key
  }
  return { set, currentKey }
}

export function checkHintPlugin(): Plugin<CheckHintState> {
  return new Plugin<CheckHintState>({
    key: checkHintPluginKey,
    state: {
      init: () => ({ set: DecorationSet.empty, currentKey: null }),
      apply: (tr, value, _old, state) => apply(tr, value, state)
    },
    props: {
      decorations: (state) => checkHintPluginKey.getState(state)?.set
    }
  })
}

function metaTr(state: EditorState, meta: CheckHintMeta): Transaction {
  return state.tr.setMeta(checkHintPluginKey, meta).setMeta('addToHistory', false)
}

/** A transaction showing exactly `hints` (none to hide them all); not undoable. */
export function setCheckHints(state: EditorState, hints: readonly PlacedHint[], currentKey: string | null): Transaction {
  return metaTr(state, { type: 'set', hints, currentKey })
}

/** A transaction taking the hints `keys` away (dismissed, or accepted as tags); not undoable. */
export function removeCheckHints(state: EditorState, keys: readonly string[]): Transaction {
  return metaTr(state, { type: 'remove', keys })
}

/**
 * A transaction taking the hints `remove` away and drawing `add`, the others left as they are
 * (after an edit, only the hints of the edited paragraph change); not undoable.
 */
export function updateCheckHints(state: EditorState, remove: readonly string[], add: readonly PlacedHint[]): Transaction {
  return metaTr(state, { type: 'update', remove, add })
}

/** A transaction making `key` the current hint (drawn stronger); not undoable. */
export function setCurrentCheckHint(state: EditorState, key: string | null): Transaction {
  return metaTr(state, { type: 'current', key })
}

/** Where the hint `key` is in the document now, or null when it is not shown. */
export function checkHintRange(state: EditorState, key: string): { from: number; to: number } | null {
  const set = checkHintPluginKey.getState(state)?.set
  const found = set && findByKey(set, key)
  return found ? { from: found.from, to: found.to } : null
}

/** The keys of the hints shown, in document order. */
export function shownCheckHints(state: EditorState): string[] {
  const set = checkHintPluginKey.getState(state)?.set
  return set ? set.find().map((d) => (d.spec as HintSpec).key) : []
}
