/**
 * The window's one key handler: a key press that is a command's accelerator (shared/commands.ts)
 * runs that command, wherever the focus is or, for undo and redo, only outside text fields and the
 * article (they handle those keys themselves). Escape closes the context menu or the find bar.
 * Nothing happens while a modal dialog is open: it has the keyboard.
 */
import { useEffect, useRef } from 'react'
import { commandForKey } from '../../../shared/commands'
import type { AppServices } from '../appServices'
import { platform } from '../shortcuts'

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement
}

export function useGlobalShortcuts(services: AppServices, modalOpen: boolean): void {
  const blocked = useRef(modalOpen)
  blocked.current = modalOpen
  useEffect(() => {
    const { actions, editor, ui } = services
    function handleKeyDown(event: KeyboardEvent) {
      if (blocked.current) return
      if (event.key === 'Escape') {
        const { contextMenu, findOpen } = ui.getSnapshot()
        if (contextMenu) actions.closeContextMenu()
        else if (findOpen) actions.closeFind()
        return
      }
      const command = commandForKey(event, platform)
      if (!command) return
      if (command.keys === 'outside-text' && (isTextField(event.target) || editor.hasFocus())) return
      event.preventDefault()
      services.run(command.id)
    }
    window.addEventListener('keydown', handleKeyDown)
    return () => window.removeEventListener('keydown', handleKeyDown)
  }, [services])
}
