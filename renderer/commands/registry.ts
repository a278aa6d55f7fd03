/**
 * What each command of the table (shared/commands.ts) does in the window, and whether it can run
 * now. The toolbar, the context menu, the key handler and the application menu all go through
 * {@link runCommand} and {@link canRun}, so a command is enabled and acts the same wherever it is
 * chosen.
 */
import type { CommandId } from '../../shared/commands'
import type { LanguageSetting } from '../../shared/messages'
import type { EntityType, TagKind, Verdict } from '../../shared/model/tag'
import type { EditorSnapshot } from '../editor/editorController'
import type { AppActions } from '../ui/appServices'

/** What a command can see and do when it is asked or run. */
export interface CommandContext {
  readonly actions: AppActions
  readonly hasDocument: boolean
  readonly editor: EditorSnapshot
  /** The tag under the pointer, for the context menu's tag commands; null elsewhere. */
  readonly tagId: string | null
  /** A text field has the focus: undo and redo then act on its typing (from the application menu). */
  readonly inTextField: boolean
  /** The element a pop-up opens below (the Recent documents button). */
  readonly anchor: { left: number; bottom: number } | null
  /** For a follow-up key: the command whose shortcut was pressed just before; null otherwise. */
  readonly afterKey: CommandId | null
  /** Check-worthiness hints are shown. */
  readonly hintsVisible: boolean
}

export interface CommandHandler {
  /** Whether the command can run now; it must not change anything. */
  isEnabled(ctx: CommandContext): boolean
  run(ctx: CommandContext): void
  /** For a command that switches something on and off: whether it is on now. */
  isOn?(ctx: CommandContext): boolean
}

const always = () => true
const withDocument = (ctx: CommandContext) => ctx.hasDocument

const tag = (kind: TagKind): CommandHandler => ({ isEnabled: withDocument, run: (ctx) => ctx.actions.tagSelection(kind) })

/**
 * Tag as Entity of `type`: as the key right after Ctrl+3, the entity just made gets the type (in
 * the same undo step); from a menu, the selection is tagged as an entity of that type.
 */
const entityOfType = (type: EntityType): CommandHandler => ({
  isEnabled: withDocument,
  run: (ctx) => (ctx.afterKey === 'tag-entity' ? ctx.actions.typeNewEntity(type) : ctx.actions.tagSelection('entity', type))
})

/** Give the selected claim a verdict; with no claim selected, the hint says how to get one. */
const verdict = (value: Verdict): CommandHandler => ({ isEnabled: withDocument, run: (ctx) => ctx.actions.setVerdict(value) })

/** Show the app in a language (or the system's): saves, then main reloads the window in it. */
const language = (setting: LanguageSetting): CommandHandler => ({ isEnabled: always, run: (ctx) => ctx.actions.switchLanguage(setting) })

export const REGISTRY: Readonly<Record<CommandId, CommandHandler>> = {
  open: { isEnabled: always, run: (ctx) => ctx.actions.openDialog() },
  'open-recent': { isEnabled: always, run: (ctx) => ctx.actions.toggleRecentMenu(ctx.anchor) },
  save: { isEnabled: withDocument, run: (ctx) => void ctx.actions.save() },
  undo: { isEnabled: (ctx) => ctx.inTextField || ctx.editor.canUndo, run: (ctx) => ctx.actions.history('undo', ctx.inTextField) },
  redo: { isEnabled: (ctx) => ctx.inTextField || ctx.editor.canRedo, run: (ctx) => ctx.actions.history('redo', ctx.inTextField) },
  find: { isEnabled: withDocument, run: (ctx) => ctx.actions.openFind() },
  'toggle-edit': { isEnabled: withDocument, run: (ctx) => ctx.actions.toggleEditing(), isOn: (ctx) => ctx.editor.editing },
  'tag-claim': tag('claim'),
  'tag-source': tag('source'),
  'tag-entity': tag('entity'),
  'tag-entity-person': entityOfType('person'),
  'tag-entity-organisation': entityOfType('organisation'),
  'tag-entity-place': entityOfType('place'),
  'tag-entity-date': entityOfType('date'),
  'tag-entity-event': entityOfType('event'),
  'tag-entity-other': entityOfType('other'),
  'delete-tag': { isEnabled: (ctx) => (ctx.tagId ?? ctx.editor.selectedId) !== null, run: (ctx) => ctx.actions.deleteTag(ctx.tagId ?? ctx.editor.selectedId) },
  'select-tag': {
    isEnabled: (ctx) => ctx.tagId !== null,
    run: (ctx) => {
      if (ctx.tagId) ctx.actions.revealTag(ctx.tagId)
    }
  },
  'tag-mentions': {
    isEnabled: (ctx) => {
      const id = ctx.tagId ?? ctx.editor.selectedId
      return id !== null && ctx.editor.entities.groupOf.has(id)
    },
    run: (ctx) => ctx.actions.openMentions(ctx.tagId ?? ctx.editor.selectedId)
  },
  'next-tag': { isEnabled: (ctx) => ctx.editor.tags.length > 0, run: (ctx) => ctx.actions.stepTag(1) },
  'previous-tag': { isEnabled: (ctx) => ctx.editor.tags.length > 0, run: (ctx) => ctx.actions.stepTag(-1) },
  'open-inspector': { isEnabled: withDocument, run: (ctx) => ctx.actions.openInspector() },
  'verdict-not-rated': verdict('not-rated'),
  'verdict-true': verdict('true'),
  'verdict-mostly-true': verdict('mostly-true'),
  'verdict-mixed': verdict('mixed'),
  'verdict-mostly-false': verdict('mostly-false'),
  'verdict-false': verdict('false'),
  'verdict-unverifiable': verdict('unverifiable'),
  'next-hint': { isEnabled: withDocument, run: (ctx) => ctx.actions.stepHint(1) },
  'previous-hint': { isEnabled: withDocument, run: (ctx) => ctx.actions.stepHint(-1) },
  'accept-hint': { isEnabled: withDocument, run: (ctx) => ctx.actions.acceptHint() },
  'dismiss-hint': { isEnabled: withDocument, run: (ctx) => ctx.actions.dismissHint() },
  'toggle-hints': { isEnabled: always, run: (ctx) => ctx.actions.toggleHints(), isOn: (ctx) => ctx.hintsVisible },
  copy: { isEnabled: always, run: (ctx) => ctx.actions.copy() },
  'show-shortcuts': { isEnabled: always, run: (ctx) => ctx.actions.showShortcuts() },
  'show-versions': { isEnabled: withDocument, run: (ctx) => ctx.actions.showVersions() },
  export: { isEnabled: withDocument, run: (ctx) => ctx.actions.openExport() },
  'import-annotations': { isEnabled: withDocument, run: (ctx) => void ctx.actions.importAnnotations() },
  'document-properties': { isEnabled: withDocument, run: (ctx) => ctx.actions.showProperties() },
  'language-system': language('system'),
  'language-en': language('en'),
  'language-fr': language('fr')
}

/** Whether the command `id` can run in `ctx`. */
export function canRun(id: CommandId, ctx: CommandContext): boolean {
  return REGISTRY[id].isEnabled(ctx)
}

/** Runs the command `id` when it can run; returns whether it ran. */
export function runCommand(id: CommandId, ctx: CommandContext): boolean {
  if (!canRun(id, ctx)) return false
  REGISTRY[id].run(ctx)
  return true
}

/** Whether a switch command is on (false for other commands). */
export function isOn(id: CommandId, ctx: CommandContext): boolean {
  return REGISTRY[id].isOn?.(ctx) ?? false
}
