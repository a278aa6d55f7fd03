/**
 * Every command of the app, once, as data: its id, its label, its keyboard shortcut (Electron
 * accelerator syntax) and where it appears — the native menu, the toolbar, the article's context
 * menu. Main's menu (electron/main/menu.ts), the renderer's toolbar, context menu, key handler and
 * shortcut sheet all read this table, and a test checks README's shortcut table against it, so a
 * shortcut is never defined twice or documented wrong. What a command does lives in the
 * renderer's registry (renderer/commands/registry.ts); this file holds no behaviour.
 *
 * "CmdOrCtrl" is Cmd on macOS and Ctrl elsewhere.
 */
import type { TagKind } from './model/tag'

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
  'delete-tag',
  'select-tag',
  'copy',
  'show-shortcuts'
] as const
export type CommandId = (typeof COMMAND_IDS)[number]

/** The native menus that hold commands. */
export type MenuGroup = 'file' | 'edit' | 'tag' | 'view'

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
  readonly keys?: KeyScope
  /** The native menu it is in, and its section there (sections are set apart by separators). */
  readonly menu?: { readonly group: MenuGroup; readonly section: number }
  /** Its toolbar button (see {@link ToolbarButton}). */
  readonly toolbar?: ToolbarButton
  /**
   * Its item in the article's context menu: in the `selection` and `clipboard` sections it needs
   * selected text; the `tag` section acts on the tag under the pointer and shows only over one.
   */
  readonly contextMenu?: { readonly section: 'selection' | 'clipboard' | 'tag'; readonly label?: string; readonly showShortcut?: boolean }
}

/** Tag as Claim/Source/Entity; `name` carries the menu mnemonic (`&Claim`). */
function tagCommand(id: CommandId, name: string, key: string, article: 'a' | 'an'): CommandSpec {
  const shown = plainLabel(name)
  return {
    id,
    label: `Tag as ${name}`,
    description: `Tag the selection as ${article} ${shown}`,
    accelerator: `CmdOrCtrl+${key}`,
    keys: 'window',
    menu: { group: 'tag', section: 0 },
    toolbar: { label: shown, title: `Tag the selected text as ${shown}`, keepsSelection: true },
    contextMenu: { section: 'selection' }
  }
}

/** The commands, in the order menus, the toolbar and the shortcut sheet list them. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    id: 'open',
    label: '&Open…',
    description: 'Open an article',
    accelerator: 'CmdOrCtrl+O',
    keys: 'window',
    menu: { group: 'file', section: 0 },
    toolbar: { label: 'Open…', title: 'Open an article' }
  },
  {
    id: 'open-recent',
    label: 'Open &Recent',
    description: 'Open a document you opened before',
    menu: { group: 'file', section: 0 },
    toolbar: { label: 'Recent ▾' }
  },
  {
    id: 'save',
    label: '&Save',
    description: 'Save now (saving also happens on its own)',
    accelerator: 'CmdOrCtrl+S',
    keys: 'window',
    menu: { group: 'file', section: 1 }
  },
  {
    id: 'undo',
    label: '&Undo',
    description: 'Undo the last change (tags and text edits alike)',
    accelerator: 'CmdOrCtrl+Z',
    keys: 'outside-text',
    menu: { group: 'edit', section: 0 },
    toolbar: { label: 'Undo', title: 'Undo', keepsSelection: true }
  },
  {
    id: 'redo',
    label: '&Redo',
    description: 'Redo what was undone',
    accelerator: 'CmdOrCtrl+Shift+Z',
    alternates: ['CmdOrCtrl+Y'],
    keys: 'outside-text',
    menu: { group: 'edit', section: 0 },
    toolbar: { label: 'Redo', title: 'Redo', keepsSelection: true }
  },
  {
    id: 'find',
    label: '&Find…',
    description: 'Find in the article',
    accelerator: 'CmdOrCtrl+F',
    keys: 'window',
    menu: { group: 'edit', section: 1 },
    toolbar: { label: 'Find', title: 'Find' }
  },
  {
    id: 'toggle-edit',
    label: '&Edit text',
    description: 'Switch between reading (text locked) and Edit text',
    accelerator: 'CmdOrCtrl+E',
    keys: 'window',
    menu: { group: 'edit', section: 1 },
    toolbar: { label: 'Edit text', title: 'Allow fixing typos in the text', pressedLabel: 'Editing text' }
  },
  tagCommand('tag-claim', '&Claim', '1', 'a'),
  tagCommand('tag-source', '&Source', '2', 'a'),
  tagCommand('tag-entity', '&Entity', '3', 'an'),
  {
    id: 'select-tag',
    label: 'Select this tag',
    description: 'Select the tag under the pointer',
    contextMenu: { section: 'tag' }
  },
  {
    id: 'delete-tag',
    label: '&Delete tag',
    description: 'Delete the selected tag (in reading mode, or in the tag list)',
    accelerator: 'Delete',
    keys: 'editor',
    menu: { group: 'tag', section: 1 },
    contextMenu: { section: 'tag', label: 'Delete this tag', showShortcut: false }
  },
  {
    id: 'copy',
    label: '&Copy',
    description: 'Copy the selected text',
    accelerator: 'CmdOrCtrl+C',
    keys: 'native',
    contextMenu: { section: 'clipboard' }
  },
  {
    id: 'show-shortcuts',
    label: 'Keyboard &Shortcuts',
    description: 'Show this list of shortcuts',
    accelerator: 'CmdOrCtrl+/',
    alternates: ['F1'],
    keys: 'window',
    menu: { group: 'view', section: 0 },
    toolbar: { label: 'Shortcuts', title: 'Keyboard shortcuts' }
  }
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
export const EDITOR_KEYS: readonly { readonly keys: string; readonly description: string }[] = [
  { keys: 'Backspace', description: 'Delete the selected tag, like Delete (in reading mode, or in the tag list)' },
  { keys: 'Enter / Shift+Enter in the find bar', description: 'Next / previous match' },
  { keys: 'Esc', description: 'Close the find bar, a menu or a dialog' },
  { keys: '↑ / ↓ in the tag list', description: 'Select the previous / next tag' },
  { keys: 'Shift+arrows', description: 'Extend the selection from the caret' }
]

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

/** True for every command with at least one shortcut. */
export function hasShortcut(command: CommandSpec): boolean {
  return command.accelerator !== undefined
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

/** Every key of a command as the user reads it, the main one first ("Ctrl+Shift+Z or Ctrl+Y"); '' without one. */
export function keysLabel(command: CommandSpec, platform: Platform): string {
  if (!command.accelerator) return ''
  return [command.accelerator, ...(command.alternates ?? [])].map((a) => acceleratorLabel(a, platform)).join(' or ')
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
