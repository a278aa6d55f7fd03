/**
 * Builds the EditorState of an opened article: the document, the tag, highlight and hint plugins,
 * reading/edit mode, undo history and keys. One place, so every document gets the same setup.
 */
import { baseKeymap } from 'prosemirror-commands'
import { history, redo, undo } from 'prosemirror-history'
import { keymap } from 'prosemirror-keymap'
import type { Node as PMNode } from 'prosemirror-model'
import { EditorState, type Command } from 'prosemirror-state'
import { checkHintPlugin } from './checkHintPlugin'
import { highlightPlugin } from './highlightPlugin'
import { isEditing, modePlugin } from './modePlugin'
import { outsidePlugin } from './outsidePlugin'
import { removeTag } from './tagCommands'
import { getTagState, tagPlugin } from './tagPlugin'

/** Delete/Backspace in reading mode remove the selected tag; they never delete text there. */
const deleteSelectedTag: Command = (state, dispatch) => {
  if (isEditing(state)) return false
  const { selectedId } = getTagState(state)
  if (selectedId && dispatch) {
    const tr = removeTag(state, selectedId)
    if (tr) dispatch(tr)
  }
  return true
}

export function createArticleState(doc: PMNode): EditorState {
  return EditorState.create({
    doc,
    plugins: [
      modePlugin(),
      tagPlugin(),
      outsidePlugin(),
      highlightPlugin(),
      checkHintPlugin(),
      history({ depth: 500 }),
      keymap({
        'Mod-z': undo,
        'Shift-Mod-z': redo,
        'Mod-y': redo,
        Delete: deleteSelectedTag,
        Backspace: deleteSelectedTag
      }),
      keymap(baseKeymap)
    ]
  })
}
