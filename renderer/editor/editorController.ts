/**
 * The editor as the rest of the renderer sees it: owns the ProseMirror state (and the view, once
 * one is attached to the page), turns user actions into tag commands and transactions, and
 * publishes a small snapshot after every transaction for React to render.
 *
 * This is the one module that calls the article and tag modules (`openArticle`, `anchorTags`, the
 * tag commands and queries), so a change to their signatures is adapted here only.
 *
 * Without a view (in unit tests) the controller keeps and updates the state itself; everything
 * that needs the page (scrolling, focus, coordinates) then does nothing.
 */
import { emptyDocumentProperties, type DocumentProperties } from '../../shared/model/documentProperties'
import { addImportedTags, exportSource, type ExportSource } from './exchangeCommands'
import { redo, redoDepth, undo, undoDepth } from 'prosemirror-history'
import type { Node as PMNode } from 'prosemirror-model'
import { TextSelection, type EditorState, type Transaction } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import type { OpenedDocument, Result, SaveRequest } from '../../shared/ipc'
import { plainTextOf } from '../..//shared/article/plainText'
import { offsetToPos } from './positions'
import { isSafeLink, schema } from '../../shared/article/articleSchema'
import type { AnchoredStatus } from '../../shared/anchoring/anchorSidecar'
import type { Reanchored } from '../../shared/reanchor'
import type { ArticleVersion, Sidecar } from '../../shared/sidecar'
import { countLinksTo, linkIndexMemo, type LinkIndex } from '../../shared/model/links'
import type { OutsidePatch } from '../../shared/model/outsideSources'
import type { Author, CheckWorthiness, EntityType, OutsideSource, Tag, TagKind, TagPatch } from '../../shared/model/tag'
import { checkHintRange, removeCheckHints, setCheckHints, setCurrentCheckHint, updateCheckHints, type PlacedHint } from './checkHintPlugin'
import { EMPTY_FIND, findMatches, findSummary, startFind, stepFind, type FindState } from '../state/find'
import { createArticleState } from './articleState'
import { setFindMatches, setFlash, type FindMatch } from './highlightPlugin'
import { isEditing, setEditing } from './modePlugin'
import { addOutsideSource, removeOutsideAndLinks, removeTagAndLinks, updateOutsideSource } from './linkCommands'
import { anchorTags, openArticle } from './openArticle'
import { getOutsideState, loadOutsideSources } from './outsidePlugin'
import {
  createTagFromSelection,
  loadTags,
  reattachTagToSelection,
  selectTag,
  updateTag
} from './tagCommands'
import { getTagState, tagsAt, tagsInDocumentOrder } from './tagPlugin'
import type { LiveTag } from './tagStep'
import { entityIndexOf, findUntaggedMentions, mentionPosition, nextMention, tagMentions, type MentionSearch } from './mentionCommands'
import { groupEntities, type EntityIndex } from '../../shared/mentions/entityGroups'
import type { TextSpan } from '../../shared/mentions/findMentions'

/** What React renders of the editor; a new object only when one of its fields changed. */
export interface EditorSnapshot {
  /** The tag plugin's version: changes with every change of the tag set. */
  readonly version: number
  /** The tags in document order. */
  readonly tags: readonly LiveTag[]
  readonly selectedId: string | null
  readonly hasSelection: boolean
  readonly editing: boolean
  readonly canUndo: boolean
  readonly canRedo: boolean
  /** Changes with every change of the document, to re-read quotes after text edits. */
  readonly docKey: number
  /** What the last re-anchoring found (when the document or its tags were loaded). */
  readonly update: ArticleUpdate
  /** The entities and their mentions; the same object while the tag set is (text edits keep it). */
  readonly entities: EntityIndex
  /** The sources outside the text, by id (a new map on every change of them). */
  readonly outsideSources: ReadonlyMap<string, OutsideSource>
  /** The kind of tag a click in the article picks now (to link it), or null. */
  readonly picking: PickKind | null
}

/**
 * How the tags were re-anchored when the document (or its tags) was loaded: each tag that did not
 * stay where it was, by id (`moved`, `changed`, `needs-review`; attached tags are absent), and the
 * article's versions as the tag file will record them, oldest first, with the current hash.
 */
export interface ArticleUpdate {
  readonly statuses: ReadonlyMap<string, Exclude<AnchoredStatus, 'attached'>>
  readonly versions: readonly ArticleVersion[]
  readonly sha256: string | null
}

const NO_UPDATE: ArticleUpdate = { statuses: new Map(), versions: [], sha256: null }

function updateOf(reanchored: Reanchored | null, versions: readonly ArticleVersion[], sha256: string | null): ArticleUpdate {
  const statuses = new Map<string, Exclude<AnchoredStatus, 'attached'>>()
  for (const anchored of reanchored?.anchored ?? []) if (anchored.status !== 'attached') statuses.set(anchored.tagId, anchored.status)
  return { statuses, versions, sha256 }
}

/** What a click in the article can pick, to link it to a claim. */
export type PickKind = 'source' | 'entity'

/** What a save writes of the document shown (main adds the file's envelope). */
export type SaveContent = Pick<SaveRequest, 'tags' | 'editedText' | 'textLength' | 'outsideSources' | 'versions' | 'properties'>

/** What the tag file holds beside the tags and outside sources, kept as read. */
type Kept = Pick<SaveContent, 'versions' | 'properties'>

/**
 * What the tag file holds beside the tags and the outside sources: the versions as re-anchoring
 * left them, the document properties as read.
 */
function keptOf(sidecar: Sidecar | null, reanchored: Reanchored | null): Kept {
  return {
    versions: reanchored ? reanchored.versions : sidecar ? [...sidecar.versions] : [],
    properties: sidecar ? { ...sidecar.properties } : emptyDocumentProperties()
  }
}

const EMPTY_SNAPSHOT: EditorSnapshot = {
  version: -1,
  tags: [],
  selectedId: null,
  hasSelection: false,
  editing: false,
  canUndo: false,
  canRedo: false,
  docKey: 0,
  update: NO_UPDATE,
  entities: groupEntities([]),
  outsideSources: new Map(),
  picking: null
}

/** How long a tag jumped to from the list stays flashed. */
const FLASH_MS = 1600

function snapshotOf(
  state: EditorState,
  previous: EditorSnapshot,
  docChanged: boolean,
  update: ArticleUpdate = previous.update,
  picking: PickKind | null = previous.picking
): EditorSnapshot {
  const tagState = getTagState(state)
  const next: EditorSnapshot = {
    version: tagState.version,
    tags: tagState.version === previous.version ? previous.tags : tagsInDocumentOrder(state),
    selectedId: tagState.selectedId,
    hasSelection: !state.selection.empty,
    editing: isEditing(state),
    canUndo: undoDepth(state) > 0,
    canRedo: redoDepth(state) > 0,
    docKey: docChanged ? previous.docKey + 1 : previous.docKey,
    update,
    entities: entityIndexOf(tagState.model),
    outsideSources: getOutsideState(state).sources,
    picking
  }
  const same = (Object.keys(next) as (keyof EditorSnapshot)[]).every((key) => next[key] === previous[key])
  return same ? previous : next
}

/** True when the event has the platform's command modifier (Cmd on macOS, else Ctrl) alone. */
export type ModifierTest = (event: { ctrlKey: boolean; metaKey: boolean }) => boolean

export interface EditorControllerOptions {
  /** Opens a link the user Ctrl/Cmd-clicked; only links that pass `isSafeLink` get here. */
  openLink: (url: string) => void
  /** Whether a click carries the platform's command modifier. */
  hasMod: ModifierTest
  /** A new tag id; random UUIDs by default. */
  newId?: () => string
  /** The time recorded on tag changes; now by default. */
  now?: () => string
  /** Delete or Backspace in the article in reading mode, with tag `id` selected (the app asks first when it is linked). */
  requestDelete?: (id: string) => void
}

/** Why the selection could not be tagged. */
export type TagRefusal = 'empty-selection' | 'whitespace-only' | 'duplicate'

export class EditorController {
  private state: EditorState
  private view: EditorView | null = null
  private mount: HTMLElement | null = null
  /** The document as imported from the file, before the user's text edits; null before a document. */
  private originalDoc: PMNode | null = null
  /** Article versions from the tag file, written back as re-anchoring left them. */
  private kept: Kept = { versions: [], properties: emptyDocumentProperties() }
  /** The SHA-256 of the article file shown; null before a document. */
  private sha256: string | null = null
  /** The tag links read both ways, computed once per version of the tag set. */
  private readonly linkIndexOf = linkIndexMemo()
  /** While a click in the article picks a tag to link: its kind and what to do with it. */
  private pick: { kind: PickKind; onPick: (id: string) => void } | null = null
  private snapshot: EditorSnapshot = EMPTY_SNAPSHOT
  private find: FindState = EMPTY_FIND
  /** The find matches as document positions, as they were when the search ran. */
  private findPositions: FindMatch[] = []
  private lastClick: { pos: number; id: string } | null = null
  /** The tag made last, with the tag plugin's version right after: nothing changed since while they match. */
  private lastCreated: { id: string; version: number } | null = null
  /** How many documents were shown: tells a new document from an edit of the one shown. */
  private shown = 0
  private readonly listeners = new Set<() => void>()
  private readonly docListeners = new Set<() => void>()
  private readonly newId: () => string
  private readonly now: () => string

  constructor(private readonly options: EditorControllerOptions) {
    this.state = createArticleState(schema.node('doc', null, [schema.node('paragraph')]))
    this.newId = options.newId ?? (() => crypto.randomUUID())
    this.now = options.now ?? (() => new Date().toISOString())
  }

  // ---- the view and the snapshot -------------------------------------------------------------

  /** Shows the editor in `mount`; the state carries over. Call {@link detach} before a second attach. */
  attach(mount: HTMLElement): void {
    if (this.view) throw new RangeError('editorController: already attached')
    this.mount = mount
    this.view = new EditorView(mount, {
      state: this.state,
      dispatchTransaction: (tr) => this.apply(tr),
      handleClick: (_view, pos, event) => this.handleClick(pos, event),
      // A quick second click is a double click to ProseMirror; for tags it is a second click.
      handleDoubleClick: (_view, pos, event) => this.handleClick(pos, event),
      handleKeyDown: (_view, event) => this.handleKeyDown(event)
    })
  }

  /** Removes the view from the page; the state is kept. */
  detach(): void {
    this.view?.destroy()
    this.view = null
    this.mount = null
  }

  /** The editor state now. */
  get editorState(): EditorState {
    return this.state
  }

  getSnapshot = (): EditorSnapshot => this.snapshot

  /** Calls `listener` after every change of the snapshot; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Calls `listener` after every transaction that changed the document or its tags. */
  onDocChange(listener: () => void): () => void {
    this.docListeners.add(listener)
    return () => this.docListeners.delete(listener)
  }

  /** Applies a transaction (none for null), as the view would. */
  dispatch(tr: Transaction | null): void {
    if (tr) this.apply(tr)
  }

  private apply(tr: Transaction): void {
    const next = this.state.apply(tr)
    this.setState(next)
    this.publish(snapshotOf(next, this.snapshot, tr.docChanged))
    if (tr.docChanged) for (const listener of this.docListeners) listener()
  }

  private setState(state: EditorState): void {
    this.state = state
    this.view?.updateState(state)
  }

  private publish(snapshot: EditorSnapshot): void {
    if (snapshot === this.snapshot) return
    this.snapshot = snapshot
    for (const listener of this.listeners) listener()
  }

  /** Changes each time another document is shown (not when the one shown is edited). */
  documentNumber(): number {
    return this.shown
  }

  /** Gives the article the keyboard focus. */
  focus(): void {
    this.view?.focus()
  }

  /** True when the article has the keyboard focus. */
  hasFocus(): boolean {
    return this.view?.hasFocus() ?? false
  }

  // ---- documents ------------------------------------------------------------------------------

  /**
   * Shows an opened document with its tags re-attached, scrolled to the top, with a fresh undo
   * history. Returns what the user must be told about it, or why it cannot be shown (then the
   * document shown before stays).
   */
  show(document: OpenedDocument): Result<{ notices: string[]; reanchored: Reanchored | null }> {
    const opened = openArticle(document, this.now())
    if (!opened.ok) return opened
    const { reanchored } = opened.value
    this.shown++
    const state = opened.value.state
    const shown = state.apply(loadOutsideSources(state, document.sidecar?.outsideSources ?? []))
    this.setState(shown)
    this.originalDoc = opened.value.originalDoc
    this.sha256 = document.sha256
    this.kept = keptOf(document.sidecar, reanchored)
    this.find = EMPTY_FIND
    this.lastClick = null
    this.pick = null
    this.publish(snapshotOf(shown, EMPTY_SNAPSHOT, true, updateOf(reanchored, this.kept.versions, document.sha256), null))
    if (this.view) this.view.dom.scrollTop = 0
    this.mount?.scrollTo?.({ top: 0 })
    return { ok: true, value: { notices: opened.value.notices, reanchored } }
  }

  /**
   * What a save writes for the document shown: its tags where they are now, the corrected text
   * when the user edited it (against the file whose hash is `baseSha256`), and the text's length.
   * Null before a document is shown.
   */
  saveContent(baseSha256: string): SaveContent | null {
    if (!this.originalDoc) return null
    const { state } = this
    const { text, tags, outsideSources } = exportSource(state)
    const editedText = state.doc.eq(this.originalDoc) ? null : { baseSha256, doc: state.doc.toJSON() }
    return { tags, editedText, textLength: text.length, outsideSources, ...this.kept }
  }

  /**
   * Replaces every tag with those of `sidecar`, re-attached to the text as it is (shared/reanchor.ts);
   * a fresh undo history. Returns how they were re-anchored, null without a sidecar.
   */
  replaceTags(sidecar: Sidecar | null): Reanchored | null {
    const { doc } = this.state
    const editing = isEditing(this.state)
    let state = createArticleState(doc)
    const anchored = anchorTags(doc, sidecar, this.sha256 ?? undefined, this.now())
    state = state.apply(loadTags(state, anchored.tags))
    state = state.apply(loadOutsideSources(state, sidecar?.outsideSources ?? []))
    if (editing) state = state.apply(setEditing(state, true))
    this.kept = keptOf(sidecar, anchored.reanchored)
    this.setState(state)
    this.publish(snapshotOf(state, EMPTY_SNAPSHOT, true, updateOf(anchored.reanchored, this.kept.versions, this.sha256)))
    return anchored.reanchored
  }

  /** True when the document shown has at least one tag. */
  /** The document properties of the document shown, as they will be saved. */
  properties(): DocumentProperties {
    return { ...this.kept.properties }
  }

  /**
   * Replaces the document properties; the next save writes them (the caller marks the document
   * dirty: see DocumentSession.setProperties). Not in the undo history, which holds the article's
   * transactions only: the dialog that edits them is its own way back (Cancel). True when they
   * changed; false, and nothing happens, before a document is shown or when they are the same.
   */
  setProperties(properties: DocumentProperties): boolean {
    if (!this.originalDoc) return false
    const before = this.kept.properties
    if ((Object.keys(properties) as (keyof DocumentProperties)[]).every((name) => properties[name] === before[name])) return false
    this.kept = { ...this.kept, properties: { ...properties } }
    return true
  }

  hasTags(): boolean {
    return getTagState(this.state).tags.size > 0
  }

  /**
   * Shows the tags of `sidecar`, re-attached to the text as it is, in place of the current ones (not
   * undoable), with its sources outside the text. Returns how they were re-anchored.
   */
  addStoredTags(sidecar: Sidecar): Reanchored | null {
    const anchored = anchorTags(this.state.doc, sidecar, this.sha256 ?? undefined, this.now())
    this.kept = keptOf(sidecar, anchored.reanchored)
    this.dispatch(loadTags(this.state, anchored.tags))
    this.dispatch(loadOutsideSources(this.state, sidecar.outsideSources))
    this.publish({ ...this.snapshot, update: updateOf(anchored.reanchored, this.kept.versions, this.sha256) })
    return anchored.reanchored
  }

  /** The text, tags and sources outside the text as they are now, and the document properties, for an export. */
  exportContent(): ExportSource & { properties: DocumentProperties } {
    return { ...exportSource(this.state), properties: { ...this.kept.properties } }
  }

  /** Adds imported tags in one undo step (see exchangeCommands.ts); returns how many were added. */
  addImported(imported: readonly { tag: Tag; status: AnchoredStatus }[]): number {
    const tr = addImportedTags(this.state, imported)
    if (!tr) return 0
    const before = getTagState(this.state).tags.size
    this.dispatch(tr)
    return getTagState(this.state).tags.size - before
  }

  // ---- tags -----------------------------------------------------------------------------------

  /**
   * Tags the selection as `kind` (an entity as `entityType`, Other by default), recorded as made
   * by `author`, in one undo step; the selection collapses to the end of the new tag and the
   * article keeps the focus. Refuses an empty or blank selection, and a second tag of the same
   * kind on exactly the same text: that one's tag is selected instead. The new tag is selected.
   */
  tagSelection(kind: TagKind, author: Author, entityType?: EntityType): { ok: true } | { ok: false; reason: TagRefusal } {
    const result = createTagFromSelection(this.state, { kind, id: this.newId(), author, now: this.now(), entityType })
    if (!result.ok) {
      if (result.reason === 'duplicate') {
        this.dispatch(result.tr)
        this.focus()
      }
      return { ok: false, reason: result.reason }
    }
    this.dispatch(result.tr)
    this.lastCreated = { id: result.tag.id, version: getTagState(this.state).version }
    this.focus()
    return { ok: true }
  }

  /**
   * Gives the entity `id` the type `entityType`. When it is the tag made last and nothing changed
   * since, its making is done again with the type, so tagging and typing stay one undo step;
   * otherwise the type is changed as an edit of its own. False when there is no such entity.
   */
  retypeEntity(id: string, entityType: EntityType, author: Author): boolean {
    const live = getTagState(this.state).tags.get(id)
    if (live?.tag.kind !== 'entity') return false
    const last = this.lastCreated
    if (last?.id === id && last.version === getTagState(this.state).version && undoDepth(this.state) > 0) {
      const { createdBy, createdAt } = live.tag
      this.history('undo')
      const result = createTagFromSelection(this.state, { kind: 'entity', id, author: createdBy, now: createdAt, entityType })
      if (result.ok) {
        this.dispatch(result.tr)
        this.lastCreated = { id, version: getTagState(this.state).version }
        this.focus()
        return true
      }
      this.history('redo')
    }
    this.dispatch(updateTag(this.state, id, { entity: { entityType } }, author, this.now()))
    return true
  }

  /** The selected tag's id, or null. */
  selectedId(): string | null {
    return getTagState(this.state).selectedId
  }

  /**
   * Deletes the tag or outside source `id` and every link to it from other tags, as one undo
   * step, the linking tags recorded as changed by `author`; nothing for null or an unknown id.
   */
  deleteTag(id: string | null, author: Author): void {
    if (!id) return
    const index = this.links()
    if (getOutsideState(this.state).sources.has(id)) this.dispatch(removeOutsideAndLinks(this.state, index, id, author, this.now()))
    else this.dispatch(removeTagAndLinks(this.state, index, id, author, this.now()))
  }

  /** The links between tags read both ways, for the tags now (memoised per version of the tag set). */
  links(): LinkIndex {
    return this.linkIndexOf(getTagState(this.state).model.tags)
  }

  /** How many links from other tags point at `id` (what deleting it would take away). */
  linkCountTo(id: string): number {
    return countLinksTo(this.links(), id)
  }

  /** Changes the fields of tag `id` (one undo step), recorded as changed by `author`. */
  patchTag(id: string, patch: TagPatch, author: Author): void {
    this.dispatch(updateTag(this.state, id, patch, author, this.now()))
  }

  // ---- sources outside the text ---------------------------------------------------------------

  /** Adds a source outside the text titled `title` (one undo step); returns its id, or null for a blank title. */
  addOutsideSource(title: string, author: Author): string | null {
    const id = this.newId()
    const tr = addOutsideSource(this.state, { id, title, author, now: this.now() })
    this.dispatch(tr)
    return tr ? id : null
  }

  /** Changes an outside source's fields (one undo step). */
  patchOutsideSource(id: string, patch: OutsidePatch, author: Author): void {
    this.dispatch(updateOutsideSource(this.state, id, patch, author, this.now()))
  }

  // ---- picking a tag in the article -----------------------------------------------------------

  /**
   * Until {@link cancelPick}, or until a tag is picked, a click on a highlight of a `kind` tag
   * calls `onPick` with its id instead of selecting it; clicks elsewhere do nothing.
   */
  startPick(kind: PickKind, onPick: (id: string) => void): void {
    this.pick = { kind, onPick }
    this.mount?.classList.add('picking', `picking-${kind}`)
    this.publish(snapshotOf(this.state, this.snapshot, false, this.snapshot.update, kind))
  }

  /** Ends picking (Escape, or the claim is no longer shown); nothing when not picking. */
  cancelPick(): void {
    if (!this.pick) return
    this.mount?.classList.remove('picking', 'picking-source', 'picking-entity')
    this.pick = null
    this.publish(snapshotOf(this.state, this.snapshot, false, this.snapshot.update, null))
  }

  /** Picks the innermost `kind` tag at `pos`; true when there is one. */
  private pickAt(pos: number): boolean {
    const pick = this.pick
    const found = pick ? tagsAt(this.state, pos).find((live) => live.tag.kind === pick.kind) : undefined
    if (!pick || !found) return false
    this.cancelPick()
    pick.onPick(found.tag.id)
    return true
  }

  /** Changes the selected tag's fields, recorded as changed by `author`. */
  patchSelected(patch: TagPatch, author: Author): void {
    const id = this.selectedId()
    if (id) this.dispatch(updateTag(this.state, id, patch, author, this.now()))
  }

  /** Attaches the selected tag (typically one needing review) to the selected text. */
  reattachSelected(): void {
    const id = this.selectedId()
    if (id) this.dispatch(reattachTagToSelection(this.state, id))
  }

  /**
   * Tags the text from `from` to `to` as `kind`, like {@link tagSelection} after selecting it (one
   * undo step; a claim gets `checkWorthiness`, an entity `entityType`). Refuses what
   * tagSelection refuses.
   */
  tagRange(
    range: { from: number; to: number },
    kind: TagKind,
    author: Author,
    fields: { entityType?: EntityType; checkWorthiness?: CheckWorthiness } = {}
  ): { ok: true } | { ok: false; reason: TagRefusal } {
    this.dispatch(this.state.tr.setSelection(TextSelection.create(this.state.doc, range.from, range.to)))
    const result = createTagFromSelection(this.state, { kind, id: this.newId(), author, now: this.now(), ...fields })
    if (!result.ok) {
      if (result.reason === 'duplicate') this.dispatch(result.tr)
      return { ok: false, reason: result.reason }
    }
    this.dispatch(result.tr)
    this.lastCreated = { id: result.tag.id, version: getTagState(this.state).version }
    return { ok: true }
  }

  /** Selects the tag after (1) or before (-1) the selected one in document order, wrapping; scrolls to it. */
  stepTag(direction: 1 | -1): void {
    const tags = tagsInDocumentOrder(this.state)
    if (tags.length === 0) return
    const at = tags.findIndex((live) => live.tag.id === this.selectedId())
    const next = at < 0 ? (direction === 1 ? 0 : tags.length - 1) : (at + direction + tags.length) % tags.length
    this.revealTag(tags[next].tag.id)
  }

  // ---- check-worthiness hints -----------------------------------------------------------------

  /** Shows exactly `hints` as dotted underlines (none hides them), `currentKey` drawn as current. */
  showCheckHints(hints: readonly PlacedHint[], currentKey: string | null): void {
    this.dispatch(setCheckHints(this.state, hints, currentKey))
  }

  /** Takes the hints `remove` out of the article and draws `add`, leaving the others as they are. */
  updateCheckHints(remove: readonly string[], add: readonly PlacedHint[]): void {
    if (remove.length > 0 || add.length > 0) this.dispatch(updateCheckHints(this.state, remove, add))
  }

  /** Takes the hints `keys` out of the article. */
  removeCheckHints(keys: readonly string[]): void {
    if (keys.length > 0) this.dispatch(removeCheckHints(this.state, keys))
  }

  /**
   * Draws the hint `key` as current (null: none is); with `reveal`, also selects its text and
   * scrolls it into view, so Ctrl+1 would tag it as the hint's accept does.
   */
  focusCheckHint(key: string | null, reveal = true): void {
    this.dispatch(setCurrentCheckHint(this.state, key))
    const range = key === null || !reveal ? null : checkHintRange(this.state, key)
    if (range) this.revealRange(range)
  }

  /** Where the hint `key` is now (it follows text edits), or null when it is not shown. */
  checkHintRange(key: string): { from: number; to: number } | null {
    return checkHintRange(this.state, key)
  }

  /** Selects the tag `id`, scrolls its text into view and flashes it. */
  revealTag(id: string): void {
    const live = getTagState(this.state).tags.get(id)
    this.dispatch(selectTag(this.state, id))
    const view = this.view
    if (!live || live.review || !view) return
    const { node } = view.domAtPos(live.from)
    const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement)
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' })
    this.dispatch(setFlash(this.state, id))
    setTimeout(() => this.dispatch(setFlash(this.state, null)), FLASH_MS)
  }

  /**
   * The untagged mentions of the entity tag `tagId` belongs to, found in the article as it is
   * now (see mentionCommands.ts); null when it is not an entity tag.
   */
  findMentions(tagId: string): MentionSearch | null {
    return findUntaggedMentions(this.state, tagId)
  }

  /**
   * Tags `spans` as mentions of the entity `entityId`, recorded as made by `author`, in one undo
   * step; returns how many were tagged (0 when there is no such entity).
   */
  tagMentions(entityId: string, spans: readonly TextSpan[], author: Author): number {
    const tr = tagMentions(this.state, { entityId, spans, author, now: this.now(), newId: this.newId })
    if (!tr) return 0
    this.dispatch(tr)
    this.focus()
    return spans.length
  }

  /**
   * Goes to the next tag of the entity `entityId` in the article, after the selected one (the
   * first when none of its tags is selected, wrapping after the last): selects it, scrolls to it
   * and flashes it. Returns its id, or null when none of its tags is in the text.
   */
  stepMentions(entityId: string): string | null {
    const id = nextMention(this.state, entityId, this.selectedId())
    if (id) this.revealTag(id)
    return id
  }

  /** Where the tag `tagId` stands among its entity's tags in the article ("2 of 5"), or null (see mentionCommands.ts). */
  mentionPosition(tagId: string): { entityId: string; current: number; count: number } | null {
    return mentionPosition(this.state, tagId)
  }

  /** The id of the innermost tag at a point of the page, or null. */
  tagIdAtPoint(left: number, top: number): string | null {
    const pos = this.view?.posAtCoords({ left, top })
    const here = pos ? tagsAt(this.state, pos.pos) : []
    return here[0]?.tag.id ?? null
  }

  /** The text a tag covers now (its stored quote when it needs review). */
  quoteOf(live: LiveTag): string {
    if (live.review || live.from >= live.to) return live.tag.target.quote.exact
    return this.state.doc.textBetween(live.from, live.to, ' ', ' ')
  }

  /**
   * A click in the article: a first click selects the innermost tag under it, clicking the same
   * spot again cycles outwards, a click outside tags clears the selection, Ctrl/Cmd+click opens
   * a link. A right click changes nothing (it opens the context menu).
   */
  private handleClick(pos: number, event: MouseEvent): boolean {
    if (event.button !== 0) return false
    if (this.pick) {
      this.pickAt(pos)
      return true
    }
    const target = event.target instanceof Element ? event.target : null
    const link = target?.closest('a')
    if (link && this.options.hasMod(event)) {
      const href = link.getAttribute('href') ?? ''
      if (isSafeLink(href)) this.options.openLink(href)
      return true
    }
    const here = tagsAt(this.state, pos)
    const selectedId = this.selectedId()
    const repeated = this.lastClick?.pos === pos && this.lastClick.id === selectedId
    if (here.length === 0) {
      this.lastClick = null
      if (selectedId) this.dispatch(selectTag(this.state, null))
      return false
    }
    const index = repeated ? here.findIndex((live) => live.tag.id === selectedId) : -1
    const next = here[(index + 1) % here.length]
    this.lastClick = { pos, id: next.tag.id }
    this.dispatch(selectTag(this.state, next.tag.id))
    return false
  }

  /** Delete or Backspace in reading mode, with a tag selected: the app decides (it may ask first). */
  private handleKeyDown(event: KeyboardEvent): boolean {
    if (event.key !== 'Delete' && event.key !== 'Backspace') return false
    const id = this.selectedId()
    if (!id || isEditing(this.state) || !this.options.requestDelete) return false
    if (event.ctrlKey || event.metaKey || event.altKey) return false
    this.options.requestDelete(id)
    return true
  }

  // ---- history and mode -----------------------------------------------------------------------

  /** Undoes or redoes the last change of text or tags. */
  history(direction: 'undo' | 'redo'): void {
    ;(direction === 'undo' ? undo : redo)(this.state, (tr) => this.apply(tr))
  }

  /** Switches between reading and Edit text; returns whether the text is now editable. */
  toggleEditing(): boolean {
    const next = !isEditing(this.state)
    this.dispatch(setEditing(this.state, next))
    this.focus()
    return next
  }

  // ---- find -----------------------------------------------------------------------------------

  /** Highlights the matches of `query` and selects the first; returns the count and current index. */
  search(query: string): { count: number; current: number } {
    const plain = plainTextOf(this.state.doc)
    this.find = startFind(findMatches(plain.text, query))
    const positions: FindMatch[] = this.find.matches.map((m) => ({ from: offsetToPos(plain, m.start), to: offsetToPos(plain, m.end) }))
    this.findPositions = positions
    this.dispatch(setFindMatches(this.state, positions, this.find.current))
    if (positions.length) this.revealRange(positions[0])
    return findSummary(this.find)
  }

  /** Moves to the next (1) or previous (-1) match. */
  stepFind(direction: 1 | -1): { count: number; current: number } {
    if (this.find.matches.length === 0) return { count: 0, current: -1 }
    this.find = stepFind(this.find, direction)
    this.dispatch(setFindMatches(this.state, this.findPositions, this.find.current))
    this.revealRange(this.findPositions[this.find.current])
    return findSummary(this.find)
  }

  /** Removes the find highlights and gives the article the focus again. */
  closeFind(): void {
    this.find = EMPTY_FIND
    this.findPositions = []
    this.dispatch(setFindMatches(this.state, [], -1))
    this.focus()
  }

  private revealRange(match: FindMatch): void {
    this.dispatch(this.state.tr.setSelection(TextSelection.create(this.state.doc, match.from, match.to)).scrollIntoView())
  }
}
