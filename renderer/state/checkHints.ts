/**
 * The check-worthiness hints of the document shown, as the Hints panel and the article show them:
 * computed after each change of the text (debounced, by a {@link HintEngine}: a worker in the
 * app), without the ones the user dismissed (remembered for the whole session, across documents)
 * and without those a tag of the user's already covers exactly. Which hint is current (the one
 * accept and dismiss act on from the keyboard) and whether hints are shown at all live here too.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { plainTextOf } from '../../shared/article/plainText'
import { hintKey, type CheckHint } from '../../shared/hints/findHints'
import type { EditorController } from '../editor/editorController'
import type { HintEngine } from '../editor/hintEngine'
import { offsetToPos } from '../editor/positions'
import { Store } from './store'

/** A hint as listed: the rule's answer, its text, its key and where it is in the document. */
export interface HintRow extends CheckHint {
  readonly key: string
  readonly text: string
  readonly from: number
  readonly to: number
}

export interface CheckHintsState {
  /** Hints are shown (the toggle). */
  readonly visible: boolean
  /** The hints to offer, in document order. */
  readonly rows: readonly HintRow[]
  readonly currentKey: string | null
  /** 'idle' before a document, 'computing' until the first answer for the document shown. */
  readonly status: 'idle' | 'computing' | 'ready'
  /** How many hints the user dismissed in this document. */
  readonly dismissed: number
  readonly where: HintEngine['where']
}

/** How long the text must stay unchanged before hints are recomputed. */
export const HINT_DEBOUNCE_MS = 400

type TimerId = ReturnType<typeof setTimeout>

export interface CheckHintOptions {
  readonly debounceMs?: number
  readonly setTimeout?: (run: () => void, ms: number) => TimerId
  readonly clearTimeout?: (id: TimerId) => void
}

type HintEditor = Pick<
  EditorController,
  'editorState' | 'getSnapshot' | 'subscribe' | 'showCheckHints' | 'updateCheckHints' | 'removeCheckHints' | 'focusCheckHint' | 'documentNumber'
>

export class CheckHintService {
  private readonly store: Store<CheckHintsState>
  private readonly dismissedKeys = new Set<string>()
  /** Every hint of the last answer, for the document it was computed on. */
  private all: readonly HintRow[] = []
  private resultDoc: PMNode | null = null
  /** The document the last request was scheduled or sent for. */
  private seenDoc: PMNode | null = null
  private documentNumber = -1
  private tagVersion = -1
  private seq = 0
  private timer: TimerId | null = null
  private readonly debounceMs: number
  private readonly setTimer: (run: () => void, ms: number) => TimerId
  private readonly clearTimer: (id: TimerId) => void

  constructor(
    private readonly editor: HintEditor,
    private readonly engine: HintEngine,
    options: CheckHintOptions = {}
  ) {
    this.debounceMs = options.debounceMs ?? HINT_DEBOUNCE_MS
    this.setTimer = options.setTimeout ?? ((run, ms) => setTimeout(run, ms))
    this.clearTimer = options.clearTimeout ?? ((id) => clearTimeout(id))
    this.store = new Store<CheckHintsState>({ visible: true, rows: [], currentKey: null, status: 'idle', dismissed: 0, where: engine.where })
    editor.subscribe(() => this.handleEditorChange())
  }

  getSnapshot = (): CheckHintsState => this.store.getSnapshot()
  subscribe = (listener: () => void): (() => void) => this.store.subscribe(listener)

  /** Computes the hints of the document shown now, without waiting for the debounce. */
  refreshNow(): Promise<void> {
    if (this.timer !== null) this.clearTimer(this.timer)
    this.timer = null
    return this.compute()
  }

  /** Hides the hint `key` for the rest of the session; the next hint becomes current. */
  dismiss(key: string): void {
    const { rows, currentKey } = this.store.getSnapshot()
    const at = rows.findIndex((row) => row.key === key)
    if (at < 0) return
    this.dismissedKeys.add(key)
    const next = rows.filter((row) => row.key !== key)
    const current = currentKey === key ? (next[at]?.key ?? next[at - 1]?.key ?? null) : currentKey
    this.store.set({ rows: next, dismissed: this.store.getSnapshot().dismissed + 1, currentKey: current })
    this.editor.removeCheckHints([key])
    if (current !== currentKey) this.editor.focusCheckHint(current, false)
  }

  /** Shows or hides every hint (in the article and the panel). */
  toggleVisible(): void {
    const visible = !this.store.getSnapshot().visible
    this.store.set({ visible })
    // Edited while hidden: the last answer's positions are out of date, so compute afresh.
    if (visible && this.editor.editorState.doc !== this.resultDoc) {
      void this.refreshNow()
      return
    }
    const { rows, currentKey } = this.store.getSnapshot()
    this.editor.showCheckHints(visible ? rows : [], currentKey)
  }

  /** Makes `key` current; with `reveal`, its text is selected and scrolled into view. */
  focus(key: string | null, reveal = true): void {
    this.store.set({ currentKey: key })
    this.editor.focusCheckHint(key, reveal)
  }

  /**
   * The hint keyboard commands act on: the current one, else the first that starts at or after
   * the caret, else the first. Null when there is none (or hints are hidden).
   */
  target(): HintRow | null {
    const { rows, currentKey, visible } = this.store.getSnapshot()
    if (!visible || rows.length === 0) return null
    const current = currentKey === null ? undefined : rows.find((row) => row.key === currentKey)
    if (current) return current
    const caret = this.editor.editorState.selection.from
    return rows.find((row) => row.from >= caret) ?? rows[0]
  }

  /** Makes the hint after (1) or before (-1) the current one (or the caret) current, wrapping. */
  step(direction: 1 | -1): void {
    const { rows, currentKey, visible } = this.store.getSnapshot()
    if (!visible || rows.length === 0) return
    const at = currentKey === null ? -1 : rows.findIndex((row) => row.key === currentKey)
    let next: number
    if (at >= 0) next = (at + direction + rows.length) % rows.length
    else {
      const caret = this.editor.editorState.selection.from
      const after = rows.findIndex((row) => row.from >= caret)
      next = direction === 1 ? Math.max(0, after) : (after <= 0 ? rows.length : after) - 1
    }
    this.focus(rows[next].key)
  }

  /** The hint after `key` in document order (the one to make current once `key` is accepted). */
  after(key: string): string | null {
    const { rows } = this.store.getSnapshot()
    const at = rows.findIndex((row) => row.key === key)
    return at < 0 ? null : (rows[at + 1]?.key ?? rows[at - 1]?.key ?? null)
  }

  /** Stops waiting to recompute; the service is not used again. */
  dispose(): void {
    if (this.timer !== null) this.clearTimer(this.timer)
    this.timer = null
  }

  private handleEditorChange(): void {
    const doc = this.editor.editorState.doc
    if (doc !== this.seenDoc) {
      this.seenDoc = doc
      const number = this.editor.documentNumber()
      if (number !== this.documentNumber) {
        // Another document: the last answer's hints belong to the one shown before.
        this.documentNumber = number
        this.all = []
        this.resultDoc = null
        this.store.set({ rows: [], currentKey: null, dismissed: 0, status: 'computing' })
      }
      if (this.timer !== null) this.clearTimer(this.timer)
      this.timer = this.setTimer(() => {
        this.timer = null
        void this.compute()
      }, this.debounceMs)
    }
    const { version } = this.editor.getSnapshot()
    if (version !== this.tagVersion) {
      this.tagVersion = version
      if (doc === this.resultDoc) this.publish()
    }
  }

  private async compute(): Promise<void> {
    const doc = this.editor.editorState.doc
    const plain = plainTextOf(doc)
    const seq = ++this.seq
    const hints = await this.engine.compute(plain.text)
    // A later request is on its way, or the text changed since: this answer is for an old text.
    if (seq !== this.seq || this.editor.editorState.doc !== doc) return
    const { text } = plain
    const seen = new Map<string, number>()
    this.all = hints.map((hint) => {
      // The same words in the same context twice: number the copies, so each key names one hint.
      let key = hintKey(text, hint)
      const copies = seen.get(key) ?? 0
      seen.set(key, copies + 1)
      if (copies > 0) key = `${key}\u0000${copies}`
      return { ...hint, key, text: text.slice(hint.start, hint.end), from: offsetToPos(plain, hint.start), to: offsetToPos(plain, hint.end) }
    })
    // The underlines shown were mapped through the edits, so they are where they belong: only
    // hints that are new or gone need drawing (a whole redraw costs much more on a long report).
    const incremental = this.resultDoc !== null
    this.resultDoc = doc
    this.publish(incremental ? 'update' : 'redraw')
  }

  /**
   * Offers the hints of the last answer that are neither dismissed nor covered exactly by a tag.
   * `redraw` draws every hint afresh (a new document); otherwise only hints added or gone are
   * drawn or taken away: after a new answer for an edited text (the other underlines were mapped
   * through the edits) or a tag change (a hint tagged goes, one whose tag was undone comes back).
   */
  private publish(mode: 'update' | 'redraw' = 'update'): void {
    const covered = new Set(this.editor.getSnapshot().tags.map((live) => `${live.from}:${live.to}`))
    const rows = this.all.filter((row) => !this.dismissedKeys.has(row.key) && !covered.has(`${row.from}:${row.to}`))
    const before = this.store.getSnapshot()
    const kept = new Set(rows.map((row) => row.key))
    const currentKey = before.currentKey !== null && kept.has(before.currentKey) ? before.currentKey : null
    const dismissed = this.all.filter((row) => this.dismissedKeys.has(row.key)).length
    const shownBefore = new Set(before.rows.map((row) => row.key))
    const added = rows.filter((row) => !shownBefore.has(row.key))
    this.store.set({ rows, currentKey, status: 'ready', dismissed, where: this.engine.where })
    if (!before.visible) return
    const removed = before.rows.filter((row) => !kept.has(row.key)).map((row) => row.key)
    // Outside a redraw the document is the one the positions were computed on (the callers check).
    if (mode === 'redraw') this.editor.showCheckHints(rows, currentKey)
    else this.editor.updateCheckHints(removed, added)
  }
}
