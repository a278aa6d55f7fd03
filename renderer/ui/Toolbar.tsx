/** The toolbar: open and recent documents, tag buttons, undo/redo, Edit text, Find, and the save status. */
import type { SaveStatus } from '../session/autosave'
import type { EditorSnapshot } from '../editor/editorController'
import { KIND_LABELS, TAG_KINDS } from '../../shared/tagModel'
import type { AppActions } from './appServices'
import { shortcutLabel, TAG_SHORTCUT_KEYS } from './shortcuts'

/** The save status as the toolbar says it; nothing without a document. */
export function saveLabel(status: SaveStatus, hasDocument: boolean): string {
  if (!hasDocument) return ''
  switch (status.kind) {
    case 'saved':
      return status.at ? 'All changes saved' : 'No unsaved changes'
    case 'pending':
      return 'Unsaved changes'
    case 'saving':
      return 'Saving…'
    case 'error':
    case 'conflict':
      return 'Not saved'
  }
}

/** Keeps the article's selection when a toolbar button is pressed. */
const keepSelection = (event: React.MouseEvent) => event.preventDefault()

export function Toolbar(props: { actions: AppActions; editor: EditorSnapshot; hasDocument: boolean; recentOpen: boolean; save: SaveStatus }) {
  const { actions, editor, hasDocument, save } = props
  return (
    <header className="toolbar" role="toolbar" aria-label="Document and tagging">
      <div className="toolbar-group">
        <button type="button" onClick={actions.openDialog} title={`Open an article (${shortcutLabel('o')})`}>
          Open…
        </button>
        <button
          type="button"
          aria-haspopup="menu"
          aria-expanded={props.recentOpen}
          onClick={(event) => actions.toggleRecentMenu(event.currentTarget.getBoundingClientRect())}
        >
          Recent ▾
        </button>
      </div>
      <div className="toolbar-group tag-buttons" aria-label="Tag the selection">
        {TAG_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className={`tag-button kind-${kind}`}
            onMouseDown={keepSelection}
            onClick={() => actions.tagSelection(kind)}
            disabled={!hasDocument}
            aria-keyshortcuts={`Control+${TAG_SHORTCUT_KEYS[kind]}`}
            title={`Tag the selected text as ${KIND_LABELS[kind]} (${shortcutLabel(TAG_SHORTCUT_KEYS[kind])})`}
          >
            <span className={`swatch kind-${kind}`} aria-hidden="true" />
            {KIND_LABELS[kind]}
            <kbd>{shortcutLabel(TAG_SHORTCUT_KEYS[kind])}</kbd>
          </button>
        ))}
      </div>
      <div className="toolbar-group">
        <button type="button" onMouseDown={keepSelection} onClick={() => actions.history('undo')} disabled={!editor.canUndo} title={`Undo (${shortcutLabel('z')})`}>
          Undo
        </button>
        <button
          type="button"
          onMouseDown={keepSelection}
          onClick={() => actions.history('redo')}
          disabled={!editor.canRedo}
          title={`Redo (${shortcutLabel('z', { shift: true })})`}
        >
          Redo
        </button>
        <button
          type="button"
          aria-pressed={editor.editing}
          className={editor.editing ? 'toggle on' : 'toggle'}
          onClick={actions.toggleEditing}
          disabled={!hasDocument}
          title={`Allow fixing typos in the text (${shortcutLabel('e')})`}
        >
          {editor.editing ? 'Editing text' : 'Edit text'}
        </button>
        <button type="button" onClick={actions.openFind} disabled={!hasDocument} title={`Find (${shortcutLabel('f')})`}>
          Find
        </button>
      </div>
      <div className="toolbar-spacer" />
      <div className={`save-status save-${save.kind}`} data-testid="save-status" role="status" title={save.kind === 'error' ? save.message : undefined}>
        {saveLabel(save, hasDocument)}
      </div>
    </header>
  )
}
