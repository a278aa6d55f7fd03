/**
 * The Factmark window, laid out: toolbar, notices, the article, the tag list and inspector, the
 * status bar, and the dialogs. The document session, the editor controller and the small state
 * stores (appServices.ts) hold the logic; App reads them and wires components to their actions.
 */
import { useCallback, useState } from 'react'
import { msg } from '../../shared/messages'
import type { LiveTag } from '../editor/tagStep'
import { createAppServices, type SidebarTabId } from './appServices'
import { ArticleMenus } from './ArticleMenus'
import { ArticlePane } from './ArticlePane'
import { ConfirmDialog } from './ConfirmDialog'
import { EntitiesPanel } from './EntitiesPanel'
import { ExportDialog } from './ExportDialog'
import { MentionsDialog } from './MentionsDialog'
import { SidebarTabs } from './SidebarTabs'
import { HintsPanel } from './HintsPanel'
import { Inspector } from './Inspector'
import { useLinkContext } from './inspector/linkContext'
import { NameDialog } from './NameDialog'
import { NoticeBar } from './NoticeBar'
import { OutsideSources } from './OutsideSources'
import { ShortcutSheet } from './ShortcutSheet'
import { StatusBar } from './StatusBar'
import { TagList } from './TagList'
import { VersionsDialog } from './VersionsDialog'
import { PropertiesDialog } from './PropertiesDialog'
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
  const filter = useStore(services.listFilter)
  const exportDialog = useStore(services.exchange.dialog)

  const mountRef = useEditorMount(editor)
  useSession(services)
  useFocusDiskCheck(session)
  useDocumentTitle(doc)
  const dragging = useFileDrop((file) => void session.openDropped(file))
  useGlobalShortcuts(
    services,
    doc.nameDialog !== 'closed' || doc.decision !== null || ui.shortcutsOpen || ui.versionsOpen || ui.propertiesOpen || ui.mentions !== null || ui.confirmDelete !== null
  )

  // Quotes are re-read after every text edit (docKey), not on every render.
  const quoteOf = useCallback((live: LiveTag) => editor.quoteOf(live), [editor, view.docKey])
  const links = useLinkContext(services, view, quoteOf)
  const selected = view.selectedId ? (links.byId.get(view.selectedId) ?? null) : null
  const entity = view.selectedId ? (view.entities.groupOf.get(view.selectedId) ?? null) : null

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
          <SidebarTabs
            tabs={[
              {
                id: 'tags',
                label: msg.ui.sidebarTabs.tags,
                badge: String(view.tags.length),
                panel: (
                  <TagList
                    tags={view.tags}
                    filter={filter}
                    onFilter={(patch) => services.listFilter.set(patch)}
                    statuses={view.update.statuses}
                    selectedId={view.selectedId}
                    quoteOf={quoteOf}
                    onSelect={actions.revealTag}
                    onDelete={actions.deleteTag}
                  />
                )
              },
              {
                id: 'entities',
                label: msg.ui.sidebarTabs.entities,
                badge: String(view.entities.groups.length),
                panel: <EntitiesPanel entities={view.entities} selectedId={view.selectedId} positionOf={(id) => editor.mentionPosition(id)} onStep={actions.stepEntity} />
              },
              {
                id: 'hints',
                label: msg.ui.sidebarTabs.hints,
                panel: <HintsPanel hints={services.checkHints} actions={actions} hasDocument={doc.document !== null} />
              }
            ]}
            chosen={ui.sidebarTab}
            onChoose={(id) => services.ui.set({ sidebarTab: id as SidebarTabId })}
          />
          <OutsideSources
            ctx={links}
            openId={ui.outsideOpenId}
            enabled={doc.document !== null}
            onAdd={actions.addOutsideSource}
            onPatch={actions.patchOutsideSource}
            onDelete={actions.deleteTag}
            onOpen={actions.openOutside}
            onOpenLink={actions.openLink}
          />
          <Inspector
            live={selected}
            quote={selected ? quoteOf(selected) : ''}
            hasTextSelection={view.hasSelection}
            onPatch={actions.patchSelected}
            onDelete={() => actions.deleteTag(view.selectedId)}
            onReattach={actions.reattachSelected}
            onOpenLink={actions.openLink}
            mentionOf={entity && entity.id !== view.selectedId ? entity.name : null}
            onTagMentions={() => actions.openMentions(view.selectedId)}
            links={links}
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
      {ui.versionsOpen && <VersionsDialog versions={view.update.versions} sha256={view.update.sha256} onClose={actions.closeVersions} />}
      {exportDialog.open && <ExportDialog exchange={services.exchange} claims={view.tags.filter((live) => live.tag.kind === 'claim')} quoteOf={quoteOf} />}
      {ui.propertiesOpen && doc.document && (
        <PropertiesDialog
          initial={session.properties()}
          onCancel={actions.closeProperties}
          onSave={async (properties) => {
            const failure = await session.setProperties(properties)
            if (failure) return msg.ui.propertiesDialog.settingsNotSaved({ reason: failure })
            actions.closeProperties()
            return null
          }}
        />
      )}
      {ui.mentions && <MentionsDialog search={ui.mentions} onConfirm={actions.confirmMentions} onCancel={actions.closeMentions} />}
      {doc.decision && <ConfirmDialog decision={doc.decision} onAnswer={(confirmed) => session.answer(confirmed)} />}
      {ui.confirmDelete && <ConfirmDialog decision={ui.confirmDelete} onAnswer={actions.answerDelete} />}
    </div>
  )
}
