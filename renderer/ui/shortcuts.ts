/**
 * Keyboard shortcuts, in one table: the key handler, the toolbar's tooltips, the menus and
 * README all say the same thing. "Mod" is Ctrl, or Cmd on macOS.
 */
import type { TagKind } from '../../shared/model/tag'

export const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)

export const TAG_SHORTCUT_KEYS: Record<TagKind, string> = { claim: '1', source: '2', entity: '3' }

/** A shortcut as the user reads it on this platform, e.g. "Ctrl+1". */
export function shortcutLabel(key: string, options: { shift?: boolean } = {}): string {
  const mod = isMac ? '⌘' : 'Ctrl+'
  const shift = options.shift ? (isMac ? '⇧' : 'Shift+') : ''
  return `${mod}${shift}${key.toUpperCase()}`
}

/** True when the event has the platform's command modifier (and not the other one). */
export function hasMod(event: { ctrlKey: boolean; metaKey: boolean }): boolean {
  return isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey
}
