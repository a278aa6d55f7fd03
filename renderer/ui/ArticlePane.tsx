/** The article column: the find bar, the document's heading and mode badge, and the editor's mount. */
import type { RefObject } from 'react'
import type { OpenedDocument } from '../../shared/ipc'
import { msg } from '../../shared/messages'
import type { EditorController } from '../editor/editorController'
import type { AppActions } from './appServices'
import { FindBar } from './FindBar'

export function ArticlePane(props: {
  mountRef: RefObject<HTMLDivElement | null>
  document: OpenedDocument | null
  editing: boolean
  loading: boolean
  findOpen: boolean
  editor: EditorController
  actions: AppActions
}) {
  const { document: open, editing, editor, actions } = props
  return (
    <div className="article-column">
      {props.findOpen && <FindBar onSearch={(query) => editor.search(query)} onStep={(direction) => editor.stepFind(direction)} onClose={actions.closeFind} />}
      {open && (
        <div className="doc-heading">
          <h1 className="doc-title" title={open.folder}>
            {open.fileName}
          </h1>
          <span className={`mode-badge${editing ? ' editing' : ''}`} data-testid="mode-badge">
            {editing ? msg.ui.editingBadge : msg.ui.readingBadge}
          </span>
          {open.isSample && <span className="sample-badge">{msg.ui.sampleBadge}</span>}
        </div>
      )}
      <div className="article-scroller" onContextMenu={actions.openContextMenu}>
        {props.loading && <p className="loading">{msg.ui.opening}</p>}
        <div ref={props.mountRef} className="article-mount" data-testid="article" />
      </div>
    </div>
  )
}
