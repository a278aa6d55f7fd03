/**
 * The Factmark window, laid out: toolbar, notices, the article, the tag list and inspector, the
 * status bar, and the dialogs. The document session, the editor controller and the small state
 * stores (appServices.ts) hold the logic; App reads them and wires components to their actions.
 */
import { useCallback, useState } from 'react'
import { msg } from '../../shared/messages'
import type { LiveTag } from '../editor/tagStep'
import type { KindFilter } from '../state/filters'
import { createAppServices } from './appServices'
import { ArticleMenus } from './ArticleMenus'
import { ArticlePane } from './ArticlePane'
import { ConfirmDialog } from './ConfirmDialog'
import { HintsPanel } from './HintsPanel'
import { Inspector } from './Inspector'
import { NameDialog } from './NameDialog'
import { NoticeBar } from './NoticeBar'
import { ShortcutSheet } from './ShortcutSheet'
import { StatusBar } from './StatusBar'
import { TagList } from './TagList'
import { Toolbar } from './Toolbar'
import { useDocumentTitle } from './hooks/useDocumentTitle'
import { useEditorMount } from './hooks/useEditorMount'
import { useFileDrop } from './hooks/useFileDrop'
import { useFocusDiskCheck } from './hooks/useFocusDiskCheck'
import { useGlobalShortcuts } from './hooks/useGlobalShortcuts'
import { useSession } from './hooks/useSession'
import { useStore } from './hooks/useStore'

export function App() {
  const [services] = useState(createAppServices)
  const { session, editor, actions } = services
  const doc = useStore(session)
  const view = useStore(editor)
  const ui = useStore(services.ui)
  const hint = useStore(services.hint)
  const [filter, setFilter] = useState<KindFilter>('all')

  const mountRef = useEditorMount(editor)
  useSession(services)
  useFocusDiskCheck(session)
  useDocumentTitle(doc)
  const dragging = useFileDrop((file) => void session.openDropped(file))
  useGlobalShortcuts(services, doc.nameDialog !== 'closed' || doc.decision !== null || ui.shortcutsOpen)

  // Quotes are re-read after every text edit (docKey), not on every render.
  const quoteOf = useCallback((live: LiveTag) => editor.quoteOf(live), [editor, view.docKey])
  const selected = view.selectedId ? (view.tags.find((t) => t.tag.id === view.selectedId) ?? null) : null

  return (
    <div className={`app${dragging ? ' dragging' : ''}`}>
      <Toolbar ctx={services.commandContext()} run={services.run} recentOpen={ui.recentMenu !== null} save={doc.save} />
      <NoticeBar notices={doc.notices} save={doc.save} onDismiss={(id) => session.dismissNotice(id)} />
      <main className="workspace">
        <ArticlePane
          mountRef={mountRef}
          document={doc.document}
          editing={view.editing}
          loading={doc.loading}
          findOpen={ui.findOpen}
          editor={editor}
          actions={actions}
        />
        <aside className="sidebar">
          <TagList
            tags={view.tags}
            filter={filter}
            onFilter={setFilter}
            selectedId={view.selectedId}
            quoteOf={quoteOf}
            onSelect={actions.revealTag}
            onDelete={actions.deleteTag}
          />
          <HintsPanel hints={services.checkHints} actions={actions} hasDocument={doc.document !== null} />
          <Inspector
            live={selected}
            quote={selected ? quoteOf(selected) : ''}
            hasTextSelection={view.hasSelection}
            onPatch={actions.patchSelected}
            onDelete={() => actions.deleteTag(view.selectedId)}
            onReattach={actions.reattachSelected}
            onOpenLink={actions.openLink}
          />
        </aside>
      </main>
      <StatusBar hint={hint} annotator={doc.annotator} onChangeName={() => session.askForNewName()} />

      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {msg.ui.dropOverlay}
        </div>
      )}
      <ArticleMenus services={services} ui={ui} recent={doc.recent} />
      {doc.nameDialog !== 'closed' && (
        <NameDialog
          initialName={doc.annotator?.name ?? ''}
          firstRun={doc.nameDialog === 'first-run'}
          onCancel={doc.nameDialog === 'change' ? () => session.cancelNameChange() : null}
          onSubmit={(name) => session.submitName(name)}
        />
      )}
      {ui.shortcutsOpen && <ShortcutSheet onClose={actions.closeShortcuts} />}
      {doc.decision && <ConfirmDialog decision={doc.decision} onAnswer={(confirmed) => session.answer(confirmed)} />}
    </div>
  )
}
