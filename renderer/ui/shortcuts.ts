/**
 * The command table's shortcuts on this platform: how they read ("Ctrl+1", or "⌘1" on macOS) and
 * how a key press is matched. "Mod" is Ctrl, or Cmd on macOS.
 */
import { commandById, keysLabel, acceleratorLabel, type CommandId, type Platform } from '../../shared/commands'

export const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)
export const platform: Platform = isMac ? 'mac' : 'other'

/** The main shortcut of a command as the user reads it on this platform; '' when it has none. */
export function shortcutOf(id: CommandId): string {
  const { accelerator } = commandById(id)
  return accelerator ? acceleratorLabel(accelerator, platform) : ''
}

/** Every shortcut of a command, the main one first ("Ctrl+Shift+Z or Ctrl+Y"). */
export function keysOf(id: CommandId): string {
  return keysLabel(commandById(id), platform)
}

/** The shortcut in ARIA's aria-keyshortcuts syntax ("Control+1"). */
export function ariaShortcutOf(id: CommandId): string | undefined {
  const { accelerator } = commandById(id)
  return accelerator?.replace('CmdOrCtrl', 'Control')
}

/** True when the event has the platform's command modifier (and not the other one). */
export function hasMod(event: { ctrlKey: boolean; metaKey: boolean }): boolean {
  return isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey
}
