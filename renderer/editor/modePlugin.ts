/**
 * Reading versus "Edit text" mode. The article opens read-only for tagging: the caret, selection,
 * find and copy work, but no transaction that changes the text gets through unless the user has
 * switched to Edit text mode (or is undoing an earlier edit). Tag steps always pass.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { isHistoryTransaction } from 'prosemirror-history'
import { msg } from '../../shared/messages'
import { OutsideStep } from './outsidePlugin'
import { TagStep } from './tagStep'

export const modePluginKey = new PluginKey<boolean>('factmarkMode')

/** True when the text may be edited. */
export function isEditing(state: EditorState): boolean {
  return modePluginKey.getState(state) ?? false
}

/** A transaction switching the mode; not undoable. */
export function setEditing(state: EditorState, editing: boolean): Transaction {
  return state.tr.setMeta(modePluginKey, editing).setMeta('addToHistory', false)
}

function changesText(tr: Transaction): boolean {
  return tr.steps.some((step) => !(step instanceof TagStep) && !(step instanceof OutsideStep))
}

export function modePlugin(): Plugin<boolean> {
  return new Plugin<boolean>({
    key: modePluginKey,
    state: {
      init: () => false,
      apply: (tr, value) => {
        const meta = tr.getMeta(modePluginKey) as boolean | undefined
        return meta === undefined ? value : meta
      }
    },
    filterTransaction: (tr, state) => isEditing(state) || !changesText(tr) || isHistoryTransaction(tr),
    props: {
      attributes: (state): Record<string, string> => ({
        class: isEditing(state) ? 'article mode-edit' : 'article mode-read',
        'aria-readonly': isEditing(state) ? 'false' : 'true',
        'aria-label': msg.ui.articleLabel,
        role: 'textbox',
        'aria-multiline': 'true',
        spellcheck: isEditing(state) ? 'true' : 'false'
      }),
      // In reading mode, swallow input before it reaches the DOM, so the page never shows text
      // that the state does not have.
      handleTextInput: (view) => !isEditing(view.state),
      handlePaste: (view) => !isEditing(view.state),
      handleDrop: (view) => !isEditing(view.state),
      handleDOMEvents: {
        cut: (view, event) => {
          if (isEditing(view.state)) return false
          event.preventDefault()
          return true
        },
        beforeinput: (view, event) => {
          if (isEditing(view.state)) return false
          const type = (event as InputEvent).inputType
          if (type === 'historyUndo' || type === 'historyRedo') return false
          event.preventDefault()
          return true
        }
      }
    }
  })
}
