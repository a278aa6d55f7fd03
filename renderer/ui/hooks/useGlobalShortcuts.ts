/**
 * Keyboard shortcuts that work anywhere in the window; the editor's own keys are in its keymap.
 * Nothing happens while a modal dialog is open (it has the keyboard).
 */
import { useEffect, useRef } from 'react'
import type { AppCommand } from '../../../shared/ipc'
import type { TagKind } from '../../../shared/tagModel'
import type { AppServices } from '../appServices'
import { hasMod, TAG_SHORTCUT_KEYS } from '../shortcuts'

export function useGlobalShortcuts({ actions, editor, ui }: AppServices, modalOpen: boolean): void {
  const blocked = useRef(modalOpen)
  blocked.current = modalOpen
  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      if (blocked.current) return
      if (event.key === 'Escape') {
        const { contextMenu, findOpen } = ui.getSnapshot()
        if (contextMenu) actions.closeContextMenu()
        else if (findOpen) actions.closeFind()
        return
      }
      if (!hasMod(event) || event.altKey) return
      const key = event.key.toLowerCase()
      const kind = (Object.keys(TAG_SHORTCUT_KEYS) as TagKind[]).find((k) => TAG_SHORTCUT_KEYS[k] === event.key)
      const inField = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement
      const outsideText = !inField && !editor.hasFocus()
      let command: AppCommand | null = null
      if (kind && !event.shiftKey) command = { type: 'tag', kind }
      else if (key === 'o' && !event.shiftKey) command = { type: 'open' }
      else if (key === 's' && !event.shiftKey) command = { type: 'save' }
      else if (key === 'f' && !event.shiftKey) command = { type: 'find' }
      else if (key === 'e' && !event.shiftKey) command = { type: 'toggle-edit' }
      else if (outsideText && key === 'z') command = { type: event.shiftKey ? 'redo' : 'undo' }
      else if (outsideText && key === 'y') command = { type: 'redo' }
      if (!command) return
      event.preventDefault()
      actions.handleCommand(command)
    }
    window.addEventListener('keydown', handleKeyDown)
    return () => window.removeEventListener('keydown', handleKeyDown)
  }, [actions, editor, ui])
}
