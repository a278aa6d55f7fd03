/** The article's context menu and the Recent documents pop-up, when open. */
import type { RecentEntry } from '../../shared/ipc'
import { KIND_LABELS, TAG_KINDS } from '../../shared/tagModel'
import type { AppActions, UiState } from './appServices'
import { ContextMenu, type MenuItem } from './ContextMenu'
import { shortcutLabel, TAG_SHORTCUT_KEYS } from './shortcuts'

export function ArticleMenus(props: { ui: UiState; hasSelection: boolean; recent: readonly RecentEntry[]; actions: AppActions }) {
  const { ui, hasSelection, actions } = props
  const menu = ui.contextMenu
  let items: (MenuItem | 'separator')[] = []
  if (menu) {
    items = TAG_KINDS.map((kind) => ({
      label: `Tag as ${KIND_LABELS[kind]}`,
      shortcut: shortcutLabel(TAG_SHORTCUT_KEYS[kind]),
      disabled: !hasSelection,
      onSelect: () => actions.tagSelection(kind)
    }))
    items.push('separator', { label: 'Copy', shortcut: shortcutLabel('c'), disabled: !hasSelection, onSelect: actions.copy })
    if (menu.tagId) {
      const tagId = menu.tagId
      items.push('separator', { label: 'Select this tag', onSelect: () => actions.revealTag(tagId) })
      items.push({ label: 'Delete this tag', onSelect: () => actions.deleteTag(tagId) })
    }
  }
  return (
    <>
      {menu && <ContextMenu x={menu.x} y={menu.y} label="Article actions" items={items} onClose={actions.closeContextMenu} />}
      {ui.recentMenu && (
        <ContextMenu
          x={ui.recentMenu.x}
          y={ui.recentMenu.y}
          label="Recent documents"
          emptyText="No recent documents yet."
          items={props.recent.map((entry) => ({ label: entry.fileName, detail: entry.folder, onSelect: () => actions.openRecent(entry.id) }))}
          onClose={actions.closeRecentMenu}
        />
      )}
    </>
  )
}
