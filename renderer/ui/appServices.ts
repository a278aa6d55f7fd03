/**
 * Everything the window's components share, made once per window: the editor controller, the
 * document session, the hint, the state of the panels and pop-ups, and the user's actions on
 * them. Components read the stores and call the actions; they hold no document logic.
 */
import { followUpsOf, keysLabel, commandById, plainLabel, tagCommandId, type CommandId } from '../../shared/commands'
import type { HintKind } from '../../shared/hints/findHints'
import type { AppCommand, FactmarkApi } from '../../shared/ipc'
import { msg, type LanguageSetting } from '../../shared/messages'
import { runCommand, type CommandContext } from '../commands/registry'
import type { OutsidePatch } from '../../shared/model/outsideSources'
import { KIND_LABELS, type Author, type EntityType, type TagKind, type TagPatch, type Verdict } from '../../shared/model/tag'
import { EditorController, type PickKind } from '../editor/editorController'
import { defaultHintEngine } from '../editor/hintEngine'
import type { MentionSearch } from '../editor/mentionCommands'
import type { TextSpan } from '../../shared/mentions/findMentions'
import { CheckHintService } from '../state/checkHints'
import { ExchangeService } from '../state/exchange'
import { DocumentSession } from '../session/documentSession'
import { FollowUpStore } from '../state/followUp'
import { HintStore } from '../state/hint'
import { CHECK_AFTER_UPDATE, NO_FILTER, type ListFilter } from '../state/listFilter'
import { Store } from '../state/store'
import { hasMod, platform, shortcutOf } from './shortcuts'

/** The panels and pop-ups of the window. */
/** The sidebar's tabs (see SidebarTabs). */
export type SidebarTabId = 'tags' | 'entities' | 'hints'

export interface UiState {
  findOpen: boolean
  /** The sidebar tab shown. */
  sidebarTab: SidebarTabId
  /** The article's context menu, at a point, with the tag under the pointer. */
  contextMenu: { x: number; y: number; tagId: string | null } | null
  /** The Recent documents pop-up, below its button. */
  recentMenu: { x: number; y: number } | null
  /** The shortcut sheet. */
  shortcutsOpen: boolean
  /** The article's versions. */
  versionsOpen: boolean
  /** The Document properties dialog. */
  propertiesOpen: boolean
  /** The "Tag all mentions" dialog, with the mentions found when it opened. */
  mentions: MentionSearch | null
  /** The question before deleting a tag or outside source that others link to. */
  confirmDelete: { id: string; title: string; message: string; confirmLabel: string } | null
  /** The source outside the text open for editing, or null. */
  outsideOpenId: string | null
}

export interface AppServices {
  api: FactmarkApi
  editor: EditorController
  session: DocumentSession
  hint: HintStore
  /** The check-worthiness hints of the document shown (the Hints panel, the dotted underlines). */
  checkHints: CheckHintService
  /** File › Export… and Import Annotations… (renderer/state/exchange.ts). */
  exchange: ExchangeService
  /** The key awaited right after a shortcut (the entity type after Ctrl+3). */
  followUp: FollowUpStore
  ui: Store<UiState>
  /** The tag list's filters (renderer/state/listFilter.ts). */
  listFilter: Store<ListFilter>
  actions: AppActions
  /** Runs a command of the table when it can run now; `extra` says where it was chosen. */
  run: (id: CommandId, extra?: Partial<Pick<CommandContext, ContextExtra>>) => void
  /** The context the commands are asked in now. */
  commandContext: (extra?: Partial<Pick<CommandContext, ContextExtra>>) => CommandContext
}

type ContextExtra = 'tagId' | 'inTextField' | 'anchor' | 'afterKey'

export type AppActions = ReturnType<typeof createActions>

function isTextField(element: Element | null): boolean {
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement
}

/** What accepting a hint of each kind tags it as: a date becomes a Date entity, an attribution a Source. */
export const HINT_TAG_KIND: Readonly<Record<HintKind, TagKind>> = {
  figure: 'claim',
  quote: 'claim',
  superlative: 'claim',
  attribution: 'source',
  date: 'entity'
}

/** The inspector's fields, first to last; the first one gets the keyboard. */
const INSPECTOR_FIELDS = '.inspector select, .inspector input, .inspector textarea'

/** The hint after a shortcut that awaits a follow-up key: the keys and what each does, from the command table. */
function followUpHint(after: CommandId): string {
  const keys = followUpsOf(after).map((command) =>
    msg.hints.followUpKey({ key: command.followUp?.key ?? '', label: command.contextMenu?.label ?? plainLabel(command.label) })
  )
  return msg.hints.entityTypeKeys({ keys: keys.join(msg.hints.followUpKeysSeparator) })
}

function createActions(
  api: FactmarkApi,
  editor: EditorController,
  session: DocumentSession,
  hint: HintStore,
  ui: Store<UiState>,
  followUp: FollowUpStore,
  checkHints: CheckHintService,
  exchange: ExchangeService
) {
  const hasDocument = () => session.getSnapshot().document !== null
  const author = (): Author | null => {
    const who = session.getSnapshot().annotator
    return who ? { annotatorId: who.id, name: who.name } : null
  }
  /** The tag the last tagSelection made, and the command that makes its kind (what a follow-up key acts on). */
  let justMade: { id: string; by: CommandId } | null = null
  const actions = {
    openDialog: () => void session.openDialog(),
    openRecent: (id: string) => void session.openRecent(id),
    /** Opens the Recent documents pop-up below `anchor` (the toolbar's corner without one), or closes it. */
    toggleRecentMenu: (anchor: { left: number; bottom: number } | null) =>
      ui.set({ recentMenu: ui.getSnapshot().recentMenu ? null : { x: anchor?.left ?? 12, y: (anchor?.bottom ?? 40) + 4 } }),
    async save(): Promise<void> {
      if (await session.save()) hint.show(msg.hints.saved)
    },
    /** Tags the selection as `kind` (an entity as `entityType`); a refusal says why in the hint. */
    tagSelection(kind: TagKind, entityType?: EntityType): void {
      justMade = null
      followUp.take()
      if (!hasDocument()) return
      const who = session.requireAnnotator()
      if (!who) return
      const result = editor.tagSelection(kind, { annotatorId: who.id, name: who.name }, entityType)
      if (result.ok) {
        const id = editor.selectedId()
        justMade = id === null ? null : { id, by: tagCommandId(kind) }
        hint.clear()
        return
      }
      hint.show(
        result.reason === 'empty-selection'
          ? msg.hints.selectFirst({ kind: KIND_LABELS[kind] })
          : result.reason === 'duplicate'
            ? msg.hints.duplicateTag({ kind: KIND_LABELS[kind] })
            : msg.hints.blankSelection
      )
    },
    /**
     * After the shortcut of `id` was pressed: when it made a tag and some command's key may
     * follow it, await that key and show the keys in the hint. Not in Edit text mode: there the
     * next letter is text being typed, and must not be taken for a type.
     */
    offerFollowUp(id: CommandId): void {
      if (justMade?.by !== id || followUpsOf(id).length === 0 || editor.getSnapshot().editing) return
      followUp.start({ after: id })
      hint.show(followUpHint(id))
    },
    /** Gives the entity made by the last Ctrl+3 the type `type`, in the same undo step. */
    typeNewEntity(type: EntityType): void {
      const who = session.getSnapshot().annotator
      if (!who || justMade === null) return
      editor.retypeEntity(justMade.id, type, { annotatorId: who.id, name: who.name })
      hint.clear()
    },
    /**
     * Deletes the tag or outside source `id` (the selected tag when not given). When other tags
     * link to it, asks first, naming how many links go with it; the deletion and the links'
     * removal are one undo step.
     */
    deleteTag(id?: string | null): void {
      const target = id === undefined ? editor.selectedId() : id
      const who = author()
      if (!target || !who) return
      const count = editor.linkCountTo(target)
      if (count === 0) {
        editor.deleteTag(target, who)
        return
      }
      const t = msg.ui.links
      const outside = editor.getSnapshot().outsideSources.get(target)
      const live = outside ? null : editor.getSnapshot().tags.find((l) => l.tag.id === target)
      const name = outside ? outside.title : live ? editor.quoteOf(live) : target
      ui.set({ confirmDelete: { id: target, title: t.confirmDeleteTitle({ name }), message: t.confirmDeleteMessage({ count, undoKeys: shortcutOf('undo') }), confirmLabel: t.confirmDelete } })
    },
    /** The answer to the question {@link deleteTag} asked. */
    answerDelete(confirmed: boolean): void {
      const question = ui.getSnapshot().confirmDelete
      ui.set({ confirmDelete: null })
      const who = author()
      if (confirmed && question && who) editor.deleteTag(question.id, who)
    },
    /** Changes the fields of tag `id` (a link added or removed on a claim, say). */
    patchTag(id: string, patch: TagPatch): void {
      const who = author()
      if (who) editor.patchTag(id, patch, who)
    },
    /** Adds a source outside the text; returns its id, or null (blank title, no annotator yet). */
    addOutsideSource(title: string): string | null {
      const who = session.requireAnnotator()
      return who ? editor.addOutsideSource(title, { annotatorId: who.id, name: who.name }) : null
    },
    patchOutsideSource(id: string, patch: OutsidePatch): void {
      const who = author()
      if (who) editor.patchOutsideSource(id, patch, who)
    },
    /** Lets the next click on a `kind` highlight in the article pick it (for `onPick`); the hint says how to cancel. */
    startPick(kind: PickKind, onPick: (id: string) => void): void {
      editor.startPick(kind, (id) => {
        hint.clear()
        onPick(id)
      })
      hint.show(kind === 'source' ? msg.ui.links.pickSourceHint : msg.ui.links.pickEntityHint)
    },
    /** Opens the source outside the text `id` in its panel (null closes it). */
    openOutside: (id: string | null) => ui.set({ outsideOpenId: id }),
    cancelPick(): void {
      if (editor.getSnapshot().picking === null) return
      editor.cancelPick()
      hint.clear()
    },
    patchSelected(patch: TagPatch): void {
      const who = session.getSnapshot().annotator
      if (who) editor.patchSelected(patch, { annotatorId: who.id, name: who.name })
    },
    revealTag: (id: string) => editor.revealTag(id),
    /** Selects the next (1) or previous (-1) tag in the article. */
    stepTag: (direction: 1 | -1) => {
      ui.set({ sidebarTab: 'tags' })
      editor.stepTag(direction)
    },
    /** Moves the keyboard into the selected tag's details (its first field). */
    openInspector(): void {
      const field = editor.selectedId() === null ? null : document.querySelector<HTMLElement>(INSPECTOR_FIELDS)
      if (field) field.focus()
      else hint.show(msg.hints.selectTagFirst({ nextTagKeys: keysLabel(commandById('next-tag'), platform) }))
    },
    /** Gives the selected claim `verdict`; says why not when no claim is selected. */
    setVerdict(verdict: Verdict): void {
      const id = editor.selectedId()
      const live = id === null ? undefined : editor.getSnapshot().tags.find((t) => t.tag.id === id)
      if (live?.tag.kind !== 'claim') {
        hint.show(msg.hints.selectClaimFirst({ nextTagKeys: keysLabel(commandById('next-tag'), platform) }))
        return
      }
      actions.patchSelected({ claim: { verdict } })
    },
    /** Goes to the next (1) or previous (-1) check-worthiness hint. */
    stepHint(direction: 1 | -1): void {
      if (checkHints.target() === null) {
        hint.show(msg.checkHints.noHint)
        return
      }
      ui.set({ sidebarTab: 'hints' })
      checkHints.step(direction)
    },
    /**
     * Tags the hint `key` (or the current hint, or the next after the caret): a quote, a figure or
     * a superlative as a Claim with the suggested check-worthiness, an attribution as a Source, a
     * date as a Date entity. The next hint becomes current.
     */
    acceptHint(key?: string): void {
      const row = key === undefined ? checkHints.target() : (checkHints.getSnapshot().rows.find((r) => r.key === key) ?? null)
      if (!row) {
        hint.show(msg.checkHints.noHint)
        return
      }
      // Where the hint is now: its underline follows text edits made since it was computed.
      const range = editor.checkHintRange(row.key)
      if (!range) {
        hint.show(msg.checkHints.noHint)
        return
      }
      const who = session.requireAnnotator()
      if (!who) return
      const kind = HINT_TAG_KIND[row.kind]
      const next = checkHints.after(row.key)
      const result = editor.tagRange(range, kind, { annotatorId: who.id, name: who.name }, {
        checkWorthiness: kind === 'claim' ? row.checkWorthiness : undefined,
        entityType: kind === 'entity' ? 'date' : undefined
      })
      if (!result.ok) return
      checkHints.focus(next, false)
      hint.show(msg.checkHints.accepted({ kind: KIND_LABELS[kind] }))
    },
    /** Hides the hint `key` (or the current one, or the next after the caret) for the session. */
    dismissHint(key?: string): void {
      const target = key ?? checkHints.target()?.key
      if (target === undefined) hint.show(msg.checkHints.noHint)
      else checkHints.dismiss(target)
    },
    /** Makes the hint `key` current and shows its text. */
    goToHint: (key: string) => checkHints.focus(key),
    toggleHints: () => checkHints.toggleVisible(),
    reattachSelected: () => editor.reattachSelected(),
    openLink: (url: string) => void api.openExternal(url),
    /** Undo/redo of the article, or of the focused text field's own typing when `inTextField`. */
    history(direction: 'undo' | 'redo', inTextField = false): void {
      if (inTextField) {
        document.execCommand(direction)
        return
      }
      editor.history(direction)
    },
    toggleEditing(): void {
      if (!hasDocument()) return
      const editing = editor.toggleEditing()
      hint.show(
        editing
          ? msg.hints.editMode
          : msg.hints.readMode
      )
    },
    openFind: () => ui.set({ findOpen: true }),
    closeFind(): void {
      ui.set({ findOpen: false })
      editor.closeFind()
    },
    copy: () => document.execCommand('copy'),
    openContextMenu(event: { clientX: number; clientY: number; preventDefault(): void }): void {
      if (!hasDocument()) return
      event.preventDefault()
      ui.set({ contextMenu: { x: event.clientX, y: event.clientY, tagId: editor.tagIdAtPoint(event.clientX, event.clientY) } })
    },
    /** Opens "Tag all mentions" for the entity of tag `tagId` (or the selected tag), with its untagged mentions. */
    openMentions(tagId: string | null): void {
      const search = tagId === null ? null : editor.findMentions(tagId)
      if (!search) {
        hint.show(msg.hints.selectEntityFirst)
        return
      }
      ui.set({ mentions: search, contextMenu: null, recentMenu: null })
    },
    /** Tags the confirmed mentions (one undo step) and closes the dialog. */
    confirmMentions(spans: readonly TextSpan[]): void {
      const search = ui.getSnapshot().mentions
      ui.set({ mentions: null })
      const who = session.requireAnnotator()
      if (!search || !who) return
      const count = editor.tagMentions(search.entityId, spans, { annotatorId: who.id, name: who.name })
      if (count > 0) hint.show(msg.hints.mentionsTagged({ count, name: search.name }))
    },
    closeMentions(): void {
      ui.set({ mentions: null })
      editor.focus()
    },
    /** Goes to the next mention of entity `entityId` in the article. */
    stepEntity: (entityId: string) => void editor.stepMentions(entityId),
    closeContextMenu: () => ui.set({ contextMenu: null }),
    closeRecentMenu: () => ui.set({ recentMenu: null }),
    showShortcuts: () => ui.set({ shortcutsOpen: true, contextMenu: null, recentMenu: null }),
    closeShortcuts: () => ui.set({ shortcutsOpen: false }),
    showVersions: () => ui.set({ versionsOpen: true, contextMenu: null, recentMenu: null }),
    openExport: () => {
      ui.set({ contextMenu: null, recentMenu: null })
      exchange.open()
    },
    importAnnotations: () => exchange.importFile(),
    closeVersions: () => ui.set({ versionsOpen: false }),
    showProperties: () => ui.set({ propertiesOpen: true, contextMenu: null, recentMenu: null }),
    closeProperties: () => ui.set({ propertiesOpen: false }),
    /** View ▸ Language: saves, then the window is reloaded in the language (see DocumentSession.switchLanguage). */
    switchLanguage: (language: LanguageSetting) => void session.switchLanguage(language)
  }
  return actions
}

/** Makes the services of one window, talking to main through `api`. */
export function createAppServices(api: FactmarkApi = window.factmark): AppServices {
  // The article's Delete key goes through the same question as the other ways to delete a tag.
  const editor = new EditorController({ openLink: (url) => void api.openExternal(url), hasMod, requestDelete: (id) => actions.deleteTag(id) })
  const listFilter = new Store<ListFilter>(NO_FILTER)
  const session = new DocumentSession({
    api,
    editor,
    onShowTagsToCheck: () => {
      listFilter.set(CHECK_AFTER_UPDATE)
      ui.set({ sidebarTab: 'tags' })
    }
  })
  const hint = new HintStore()
  // When no type key came, the list of keys no longer applies: take it away (not a later hint).
  const followUp = new FollowUpStore(undefined, (ended) => {
    if (hint.getSnapshot() === followUpHint(ended.after)) hint.clear()
  })
  const ui = new Store<UiState>({
    findOpen: false,
    sidebarTab: 'tags',
    contextMenu: null,
    recentMenu: null,
    shortcutsOpen: false,
    versionsOpen: false,
    propertiesOpen: false,
    mentions: null,
    confirmDelete: null,
    outsideOpenId: null
  })
  // A newly shown document starts without the find bar.
  let shown = session.getSnapshot().document
  session.subscribe(() => {
    const { document } = session.getSnapshot()
    if (document !== shown) {
      ui.set({ findOpen: false, mentions: null, outsideOpenId: null })
      listFilter.set(NO_FILTER)
    }
    shown = document
  })
  const checkHints = new CheckHintService(editor, defaultHintEngine())
  const exchange = new ExchangeService(api, editor, session, hint)
  const actions = createActions(api, editor, session, hint, ui, followUp, checkHints, exchange)
  const commandContext: AppServices['commandContext'] = (extra = {}) => ({
    actions,
    hasDocument: session.getSnapshot().document !== null,
    editor: editor.getSnapshot(),
    tagId: extra.tagId ?? null,
    inTextField: extra.inTextField ?? false,
    anchor: extra.anchor ?? null,
    afterKey: extra.afterKey ?? null,
    hintsVisible: checkHints.getSnapshot().visible
  })
  const run: AppServices['run'] = (id, extra) => void runCommand(id, commandContext(extra))
  return { api, editor, session, hint, checkHints, exchange, followUp, ui, listFilter, actions, run, commandContext }
}

/**
 * Acts on what main sends: a command chosen in the application menu (undo and redo then go to a
 * focused text field, as the native Edit menu would), or an event about the window.
 */
export function handleMainCommand(services: AppServices, command: AppCommand): void {
  if (command.type === 'run') services.run(command.id, { inTextField: isTextField(document.activeElement) })
  else void services.session.handleWindowEvent(command)
}
