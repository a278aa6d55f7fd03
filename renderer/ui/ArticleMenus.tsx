/**
 * The article's context menu, from the command table (commands with a `contextMenu` section, in
 * table order, asked through the registry), and the Recent documents pop-up.
 */
import { COMMANDS, plainLabel } from '../../shared/commands'
import type { RecentEntry } from '../../shared/ipc'
import { msg } from '../../shared/messages'
import { canRun } from '../commands/registry'
import type { AppServices, UiState } from './appServices'
import { ContextMenu, type MenuItem } from './ContextMenu'
import { shortcutOf } from './shortcuts'

const SECTIONS = ['selection', 'clipboard', 'tag'] as const

function contextItems(services: AppServices, tagId: string | null): (MenuItem | 'separator')[] {
  const ctx = services.commandContext({ tagId })
  const sections = SECTIONS.map((section) =>
    COMMANDS.filter((c) => c.contextMenu?.section === section && (section !== 'tag' || tagId !== null)).map(
      (command): MenuItem => ({
        label: command.contextMenu?.label ?? plainLabel(command.label),
        shortcut: command.contextMenu?.showShortcut === false ? undefined : shortcutOf(command.id) || undefined,
        disabled: (section !== 'tag' && !ctx.editor.hasSelection) || !canRun(command.id, ctx),
        onSelect: () => services.run(command.id, { tagId })
      })
    )
  )
  return sections.filter((items) => items.length > 0).flatMap((items, index) => (index === 0 ? items : ['separator' as const, ...items]))
}

export function ArticleMenus(props: { services: AppServices; ui: UiState; recent: readonly RecentEntry[] }) {
  const { services, ui } = props
  const { actions } = services
  const menu = ui.contextMenu
  return (
    <>
      {menu && <ContextMenu x={menu.x} y={menu.y} label={msg.ui.articleActions} items={contextItems(services, menu.tagId)} onClose={actions.closeContextMenu} />}
      {ui.recentMenu && (
        <ContextMenu
          x={ui.recentMenu.x}
          y={ui.recentMenu.y}
          label={msg.ui.recentDocuments}
          emptyText={msg.ui.noRecentYet}
          items={props.recent.map((entry) => ({ label: entry.fileName, detail: entry.folder, onSelect: () => actions.openRecent(entry.id) }))}
          onClose={actions.closeRecentMenu}
        />
      )}
    </>
  )
}
