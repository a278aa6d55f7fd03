/**
 * Every command of the app, once, as data: its id, its label and description (their words come
 * from the message catalogue, shared/messages), its keyboard shortcut (Electron accelerator
 * syntax) and where it appears — the native menu, the toolbar, the article's context menu. Main's menu (electron/main/menu.ts), the renderer's toolbar, context menu, key handler and
 * shortcut sheet all read this table, and a test checks README's shortcut table against it, so a
 * shortcut is never defined twice or documented wrong. What a command does lives in the
 * renderer's registry (renderer/commands/registry.ts); this file holds no behaviour.
 *
 * "CmdOrCtrl" is Cmd on macOS and Ctrl elsewhere.
 */
import { msg, type LanguageSetting } from './messages'
import type { EntityType, TagKind, Verdict } from './model/tag'

export const COMMAND_IDS = [
  'open',
  'open-recent',
  'save',
  'undo',
  'redo',
  'find',
  'toggle-edit',
  'tag-claim',
  'tag-source',
  'tag-entity',
  'tag-entity-person',
  'tag-entity-organisation',
  'tag-entity-place',
  'tag-entity-date',
  'tag-entity-event',
  'tag-entity-other',
  'delete-tag',
  'select-tag',
  'tag-mentions',
  'next-tag',
  'previous-tag',
  'open-inspector',
  'verdict-not-rated',
  'verdict-true',
  'verdict-mostly-true',
  'verdict-mixed',
  'verdict-mostly-false',
  'verdict-false',
  'verdict-unverifiable',
  'next-hint',
  'previous-hint',
  'accept-hint',
  'dismiss-hint',
  'toggle-hints',
  'copy',
  'show-shortcuts',
  'show-versions',
  'export',
  'import-annotations',
  'document-properties',
  'language-system',
  'language-en',
  'language-fr'
] as const
export type CommandId = (typeof COMMAND_IDS)[number]

/** The submenus of the article's context menu; their labels come from the catalogue (msg.ui.contextSubmenus). */
export type ContextSubmenu = 'entity-type'

/** The native menus that hold commands. */
export type MenuGroup = 'file' | 'edit' | 'tag' | 'view'

/** The submenus of native menus; their labels come from the catalogue (msg.menu). */
export type MenuSubmenu = 'language'

/**
 * Where the window's key handler acts on a command's accelerator:
 * - `window`: wherever the focus is;
 * - `outside-text`: only when neither a text field nor the article has the focus (both handle the
 *   key themselves: a field undoes its typing, the article's keymap undoes tags and edits);
 * - `editor`: never; the article and the tag list own the key (the menu shows it for reference);
 * - `native`: never; the platform does it (copy).
 */
export type KeyScope = 'window' | 'outside-text' | 'editor' | 'native'

export interface ToolbarButton {
  readonly label: string
  /** The tooltip; the shortcut is added in brackets. */
  readonly title?: string
  /** The label while a switch command is on. */
  readonly pressedLabel?: string
  /** Pressing the button leaves the article's text selection as it is (tagging acts on it). */
  readonly keepsSelection?: boolean
}

export interface CommandSpec {
  readonly id: CommandId
  /** The label in menus and the shortcut sheet; `&` marks the Windows/Linux menu mnemonic. */
  readonly label: string
  /** What it does, in a few words: the shortcut sheet and README say this. */
  readonly description: string
  /** The shortcut shown everywhere, in Electron accelerator syntax. */
  readonly accelerator?: string
  /** More keys that run the same command. */
  readonly alternates?: readonly string[]
  /**
   * A key pressed on its own right after another command's shortcut ("Ctrl+3 then P"): it acts
   * on what that command just did. Not an accelerator: native menus cannot show it.
   */
  readonly followUp?: { readonly after: CommandId; readonly key: string }
  /**
   * A printable key that runs the command pressed on its own (Shift allowed, as "?" needs it),
   * only outside text being typed: not in a text field, nor in the article in Edit text mode.
   * Not an accelerator: native menus cannot show it.
   */
  readonly typedKey?: string
  readonly keys?: KeyScope
  /**
   * The native menu it is in, and its section there (sections are set apart by separators); with
   * `submenu`, in that submenu of the section (one item holding every command that names it).
   */
  readonly menu?: { readonly group: MenuGroup; readonly section: number; readonly submenu?: MenuSubmenu }
  /** Its toolbar button (see {@link ToolbarButton}). */
  readonly toolbar?: ToolbarButton
  /**
   * Its item in the article's context menu: in the `selection` and `clipboard` sections it needs
   * selected text; the `tag` section acts on the tag under the pointer and shows only over one.
   */
  readonly contextMenu?: {
    readonly section: 'selection' | 'clipboard' | 'tag'
    readonly label?: string
    readonly showShortcut?: boolean
    /** The submenu of its section it is in (the entity types, under one item). */
    readonly submenu?: ContextSubmenu
  }
}

/** The label and description of command `id`, from the message catalogue. */
function words(id: CommandId): { id: CommandId; label: string; description: string } {
  const { label, description } = msg.commands[id]
  return { id, label, description }
}

/** The toolbar button of command `id`: its words from the catalogue, which must have them. */
function toolbar(id: CommandId, options: { keepsSelection?: boolean } = {}): ToolbarButton {
  const button = msg.commands[id].toolbar
  if (!button) throw new RangeError(`commands: no toolbar words for ${id}`)
  return { ...button, ...options }
}

/** Tag as Claim/Source/Entity. */
function tagCommand(id: CommandId, key: string): CommandSpec {
  return {
    ...words(id),
    accelerator: `CmdOrCtrl+${key}`,
    keys: 'window',
    menu: { group: 'tag', section: 0 },
    toolbar: toolbar(id, { keepsSelection: true }),
    contextMenu: { section: 'selection' }
  }
}

/** The letter pressed after Ctrl+3 for each entity type: unambiguous, shown in the hint and the sheet. */
export const ENTITY_TYPE_KEYS: Readonly<Record<EntityType, string>> = {
  person: 'P',
  organisation: 'O',
  place: 'L',
  date: 'D',
  event: 'E',
  other: 'X'
}

/** The command that tags the selection as an entity of `type`. */
export function entityTypeCommandId(type: EntityType): CommandId {
  return `tag-entity-${type}`
}

/**
 * Tag as Entity of one type: in the context menu's Entity type submenu, and as the letter
 * pressed right after Ctrl+3, which gives that type to the entity just made.
 */
function entityTypeCommand(type: EntityType): CommandSpec {
  const id = entityTypeCommandId(type)
  return {
    ...words(id),
    followUp: { after: 'tag-entity', key: ENTITY_TYPE_KEYS[type] },
    keys: 'window',
    contextMenu: { section: 'selection', label: msg.commands[id].contextLabel, submenu: 'entity-type' }
  }
}

/** The key after Alt that gives the selected claim each verdict: 0 for not rated, then from true to unverifiable. */
export const VERDICT_KEYS: Readonly<Record<Verdict, string>> = {
  'not-rated': '0',
  true: '1',
  'mostly-true': '2',
  mixed: '3',
  'mostly-false': '4',
  false: '5',
  unverifiable: '6'
}

/** The command that gives the selected claim the verdict `verdict`. */
export function verdictCommandId(verdict: Verdict): CommandId {
  return `verdict-${verdict}`
}

/** Set the selected claim's verdict: Alt+digit, in the Tag menu. */
function verdictCommand(verdict: Verdict): CommandSpec {
  return {
    ...words(verdictCommandId(verdict)),
    accelerator: `Alt+${VERDICT_KEYS[verdict]}`,
    keys: 'window',
    menu: { group: 'tag', section: 3 }
  }
}

/** The command that sets the app's language (View ▸ Language). */
export function languageCommandId(setting: LanguageSetting): CommandId {
  return `language-${setting}`
}

/** View ▸ Language ▸ one language, or the system's: saves the setting and shows the app in it. */
function languageCommand(setting: LanguageSetting): CommandSpec {
  return { ...words(languageCommandId(setting)), keys: 'window', menu: { group: 'view', section: 0, submenu: 'language' } }
}

/** The commands, in the order menus, the toolbar and the shortcut sheet list them. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    ...words('open'),
    accelerator: 'CmdOrCtrl+O',
    keys: 'window',
    menu: { group: 'file', section: 0 },
    toolbar: toolbar('open')
  },
  {
    ...words('open-recent'),
    menu: { group: 'file', section: 0 },
    toolbar: toolbar('open-recent')
  },
  {
    ...words('save'),
    accelerator: 'CmdOrCtrl+S',
    keys: 'window',
    menu: { group: 'file', section: 1 }
  },
  {
    ...words('document-properties'),
    keys: 'window',
    menu: { group: 'file', section: 2 }
  },
  {
    ...words('undo'),
    accelerator: 'CmdOrCtrl+Z',
    keys: 'outside-text',
    menu: { group: 'edit', section: 0 },
    toolbar: toolbar('undo', { keepsSelection: true })
  },
  {
    ...words('redo'),
    accelerator: 'CmdOrCtrl+Shift+Z',
    alternates: ['CmdOrCtrl+Y'],
    keys: 'outside-text',
    menu: { group: 'edit', section: 0 },
    toolbar: toolbar('redo', { keepsSelection: true })
  },
  {
    ...words('find'),
    accelerator: 'CmdOrCtrl+F',
    keys: 'window',
    menu: { group: 'edit', section: 1 },
    toolbar: toolbar('find')
  },
  {
    ...words('toggle-edit'),
    accelerator: 'CmdOrCtrl+E',
    keys: 'window',
    menu: { group: 'edit', section: 1 },
    toolbar: toolbar('toggle-edit')
  },
  tagCommand('tag-claim', '1'),
  tagCommand('tag-source', '2'),
  tagCommand('tag-entity', '3'),
  entityTypeCommand('person'),
  entityTypeCommand('organisation'),
  entityTypeCommand('place'),
  entityTypeCommand('date'),
  entityTypeCommand('event'),
  entityTypeCommand('other'),
  {
    ...words('select-tag'),
    contextMenu: { section: 'tag' }
  },
  {
    ...words('tag-mentions'),
    accelerator: 'CmdOrCtrl+Shift+M',
    keys: 'window',
    menu: { group: 'tag', section: 1 },
    contextMenu: { section: 'tag', label: msg.commands['tag-mentions'].contextLabel }
  },
  {
    ...words('delete-tag'),
    accelerator: 'Delete',
    keys: 'editor',
    menu: { group: 'tag', section: 1 },
    contextMenu: { section: 'tag', label: msg.commands['delete-tag'].contextLabel, showShortcut: false }
  },
  {
    ...words('next-tag'),
    accelerator: 'F8',
    keys: 'window',
    menu: { group: 'tag', section: 2 }
  },
  {
    ...words('previous-tag'),
    accelerator: 'Shift+F8',
    keys: 'window',
    menu: { group: 'tag', section: 2 }
  },
  {
    ...words('open-inspector'),
    accelerator: 'F2',
    keys: 'window',
    menu: { group: 'tag', section: 2 }
  },
  verdictCommand('not-rated'),
  verdictCommand('true'),
  verdictCommand('mostly-true'),
  verdictCommand('mixed'),
  verdictCommand('mostly-false'),
  verdictCommand('false'),
  verdictCommand('unverifiable'),
  {
    ...words('next-hint'),
    accelerator: 'F7',
    keys: 'window',
    menu: { group: 'tag', section: 4 }
  },
  {
    ...words('previous-hint'),
    accelerator: 'Shift+F7',
    keys: 'window',
    menu: { group: 'tag', section: 4 }
  },
  {
    ...words('accept-hint'),
    accelerator: 'CmdOrCtrl+Shift+A',
    keys: 'window',
    menu: { group: 'tag', section: 4 }
  },
  {
    ...words('dismiss-hint'),
    accelerator: 'CmdOrCtrl+Shift+X',
    keys: 'window',
    menu: { group: 'tag', section: 4 }
  },
  {
    ...words('toggle-hints'),
    accelerator: 'CmdOrCtrl+Shift+H',
    keys: 'window',
    menu: { group: 'view', section: 0 }
  },
  {
    ...words('copy'),
    accelerator: 'CmdOrCtrl+C',
    keys: 'native',
    contextMenu: { section: 'clipboard' }
  },
  {
    ...words('show-shortcuts'),
    accelerator: 'CmdOrCtrl+/',
    alternates: ['F1'],
    typedKey: '?',
    keys: 'window',
    menu: { group: 'view', section: 0 },
    toolbar: toolbar('show-shortcuts')
  },
  {
    ...words('show-versions'),
    keys: 'window',
    menu: { group: 'view', section: 0 }
  },
  {
    ...words('export'),
    accelerator: 'CmdOrCtrl+Shift+E',
    keys: 'window',
    menu: { group: 'file', section: 2 }
  },
  {
    ...words('import-annotations'),
    keys: 'window',
    menu: { group: 'file', section: 2 }
  },
  languageCommand('system'),
  languageCommand('en'),
  languageCommand('fr')
]

/** The toolbar, left to right: groups of commands that have a `toolbar` button. */
export const TOOLBAR_LAYOUT: readonly (readonly CommandId[])[] = [
  ['open', 'open-recent'],
  ['tag-claim', 'tag-source', 'tag-entity'],
  ['undo', 'redo', 'toggle-edit', 'find'],
  ['show-shortcuts']
]

/**
 * Keys that belong to the article, the tag list or the find bar rather than to a command. The
 * shortcut sheet and README list them apart; none of them is a command's accelerator.
 */
export const EDITOR_KEYS: readonly { readonly keys: string; readonly description: string }[] = msg.shortcuts.editorKeys

const BY_ID = new Map(COMMANDS.map((command) => [command.id, command]))

/** The command `id`; throws a RangeError for an id not in the table. */
export function commandById(id: CommandId): CommandSpec {
  const command = BY_ID.get(id)
  if (!command) throw new RangeError(`commands: no command ${id}`)
  return command
}

/** The command that tags the selection as `kind`. */
export function tagCommandId(kind: TagKind): CommandId {
  return `tag-${kind}`
}

/** A label as the user reads it: the mnemonic marker `&` removed. */
export function plainLabel(label: string): string {
  return label.replace(/&/g, '')
}

/** True for every command with at least one shortcut (an accelerator, or a key after another's). */
export function hasShortcut(command: CommandSpec): boolean {
  return command.accelerator !== undefined || command.followUp !== undefined || command.typedKey !== undefined
}

export type Platform = 'mac' | 'other'

interface ParsedAccelerator {
  mod: boolean
  shift: boolean
  alt: boolean
  key: string
}

function parseAccelerator(accelerator: string): ParsedAccelerator {
  const parts = accelerator.split('+')
  const key = parts.pop()
  if (!key) throw new RangeError(`commands: empty accelerator ${accelerator}`)
  const parsed: ParsedAccelerator = { mod: false, shift: false, alt: false, key }
  for (const part of parts) {
    if (part === 'CmdOrCtrl') parsed.mod = true
    else if (part === 'Shift') parsed.shift = true
    else if (part === 'Alt') parsed.alt = true
    else throw new RangeError(`commands: unknown modifier ${part} in ${accelerator}`)
  }
  return parsed
}

/** An accelerator as the user reads it on `platform`: "Ctrl+Shift+Z" or "⌘⇧Z", "Delete", "F1". */
export function acceleratorLabel(accelerator: string, platform: Platform): string {
  const { mod, shift, alt, key } = parseAccelerator(accelerator)
  const shown = key.length === 1 ? key.toUpperCase() : key
  if (platform === 'mac') return `${mod ? '⌘' : ''}${shift ? '⇧' : ''}${alt ? '⌥' : ''}${shown}`
  return `${mod ? 'Ctrl+' : ''}${alt ? 'Alt+' : ''}${shift ? 'Shift+' : ''}${shown}`
}

/**
 * Every key of a command as the user reads it, the main one first ("Ctrl+Shift+Z or Ctrl+Y", its
 * typed key last: "Ctrl+/ or F1 or ?"), a follow-up key after the shortcut it follows ("Ctrl+3
 * then P"); '' without one.
 */
export function keysLabel(command: CommandSpec, platform: Platform): string {
  if (command.followUp) {
    return msg.shortcuts.followUp({ first: keysLabel(commandById(command.followUp.after), platform), then: command.followUp.key })
  }
  const keys = [command.accelerator, ...(command.alternates ?? [])].filter((a): a is string => a !== undefined).map((a) => acceleratorLabel(a, platform))
  if (command.typedKey) keys.push(command.typedKey)
  return keys.join(msg.shortcuts.alternativesSeparator)
}

/** A key press as the key handler sees it. */
export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

/**
 * True when `press` is `accelerator` on `platform`: the command modifier (Cmd on macOS, Ctrl
 * elsewhere, never both), Shift and Alt exactly as written, and the key, ignoring case.
 */
export function matchesAccelerator(accelerator: string, press: KeyPress, platform: Platform): boolean {
  const { mod, shift, alt, key } = parseAccelerator(accelerator)
  const [own, other] = platform === 'mac' ? [press.metaKey, press.ctrlKey] : [press.ctrlKey, press.metaKey]
  if (other || own !== mod || press.shiftKey !== shift || press.altKey !== alt) return false
  return press.key.toLowerCase() === key.toLowerCase()
}

/** The command whose accelerator (or alternate) the window's key handler acts on for `press`, if any. */
export function commandForKey(press: KeyPress, platform: Platform): CommandSpec | undefined {
  return COMMANDS.find(
    (command) =>
      (command.keys === 'window' || command.keys === 'outside-text') &&
      [command.accelerator, ...(command.alternates ?? [])].some((a) => a !== undefined && matchesAccelerator(a, press, platform))
  )
}

/** The commands whose follow-up key comes after command `after`'s shortcut, in table order. */
export function followUpsOf(after: CommandId): CommandSpec[] {
  return COMMANDS.filter((command) => command.followUp?.after === after)
}

/**
 * The command whose follow-up key `press` is, right after command `after`'s shortcut: the key on
 * its own (Shift allowed, case ignored), without the command modifier or Alt.
 */
export function followUpForKey(press: KeyPress, after: CommandId): CommandSpec | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey) return undefined
  return followUpsOf(after).find((command) => command.followUp?.key.toLowerCase() === press.key.toLowerCase())
}

/**
 * The command whose typed key `press` is (see {@link CommandSpec.typedKey}): the key on its own or
 * with Shift, never with the command modifier or Alt. The caller checks that no text is being typed.
 */
export function commandForTypedKey(press: KeyPress): CommandSpec | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey) return undefined
  return COMMANDS.find((command) => command.typedKey !== undefined && command.typedKey === press.key)
}
