/**
 * The window's one key handler: a key press that is a command's accelerator (shared/commands.ts)
 * runs that command, wherever the focus is or, for undo and redo, only outside text fields and the
 * article (they handle those keys themselves). Right after a shortcut that a key may follow
 * (Ctrl+3, then P for Person…), the next key is that follow-up when it is one of its keys; any
 * other key, or a click, ends the wait and the key acts as usual. A command's typed key ("?" for
 * the shortcut sheet) acts only outside text being typed: not in a field, nor in the article in
 * Edit text mode. Escape closes the context menu or the find bar.
 * Nothing happens while a modal dialog is open: it has the keyboard.
 */
import { useEffect, useRef } from 'react'
import { commandForKey, commandForTypedKey, followUpForKey } from '../../../shared/commands'
import type { AppServices } from '../appServices'
import { platform } from '../shortcuts'

const MODIFIER_KEYS = new Set(['Control', 'Shift', 'Alt', 'Meta', 'AltGraph', 'CapsLock'])

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement
}

/** Where a printable key is typed, or picks an option: a field, a list box, editable text. */
function takesTyping(target: EventTarget | null): boolean {
  return isTextField(target) || target instanceof HTMLSelectElement || (target instanceof HTMLElement && target.isContentEditable)
}

export function useGlobalShortcuts(services: AppServices, modalOpen: boolean): void {
  const blocked = useRef(modalOpen)
  blocked.current = modalOpen
  useEffect(() => {
    const { actions, editor, ui } = services
    function handleKeyDown(event: KeyboardEvent) {
      if (blocked.current) return
      const pending = services.followUp.current()
      if (pending && !MODIFIER_KEYS.has(event.key)) {
        const follower = followUpForKey(event, pending.after)
        if (follower) {
          services.followUp.take()
          event.preventDefault()
          services.run(follower.id, { afterKey: pending.after })
          return
        }
        services.followUp.end()
      }
      if (event.key === 'Escape') {
        const { contextMenu, findOpen } = ui.getSnapshot()
        if (contextMenu) actions.closeContextMenu()
        else if (findOpen) actions.closeFind()
        return
      }
      const typed = commandForTypedKey(event)
      if (typed) {
        const inArticle = editor.hasFocus()
        if (inArticle ? editor.getSnapshot().editing : takesTyping(event.target)) return
        event.preventDefault()
        services.run(typed.id)
        return
      }
      const command = commandForKey(event, platform)
      if (!command) return
      if (command.keys === 'outside-text' && (isTextField(event.target) || editor.hasFocus())) return
      event.preventDefault()
      services.run(command.id)
      actions.offerFollowUp(command.id)
    }
    // A click is something else done: a type key after it must not retype the entity made before.
    const endFollowUp = () => services.followUp.end()
    window.addEventListener('keydown', handleKeyDown)
    window.addEventListener('mousedown', endFollowUp, true)
    return () => {
      window.removeEventListener('keydown', handleKeyDown)
      window.removeEventListener('mousedown', endFollowUp, true)
    }
  }, [services])
}
