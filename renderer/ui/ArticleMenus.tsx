/**
 * The article's context menu, from the command table (commands with a `contextMenu` section, in
 * table order, asked through the registry; commands of a submenu under one item, the Entity type
 * submenu), and the Recent documents pop-up.
 */
import { COMMANDS, plainLabel, type CommandSpec, type ContextSubmenu } from '../../shared/commands'
import type { RecentEntry } from '../../shared/ipc'
import { msg } from '../../shared/messages'
import { canRun } from '../commands/registry'
import type { AppServices, UiState } from './appServices'
import { ContextMenu, type MenuItem } from './ContextMenu'
import { keysOf } from './shortcuts'

const SECTIONS = ['selection', 'clipboard', 'tag'] as const
type ContextSection = (typeof SECTIONS)[number]

function contextItems(services: AppServices, tagId: string | null): (MenuItem | 'separator')[] {
  const ctx = services.commandContext({ tagId })
  const item = (command: CommandSpec, section: ContextSection): MenuItem => ({
    label: command.contextMenu?.label ?? plainLabel(command.label),
    shortcut: command.contextMenu?.showShortcut === false ? undefined : keysOf(command.id) || undefined,
    disabled: (section !== 'tag' && !ctx.editor.hasSelection) || !canRun(command.id, ctx),
    onSelect: () => services.run(command.id, { tagId })
  })
  const sections = SECTIONS.map((section) => {
    const items: MenuItem[] = []
    const submenus = new Map<ContextSubmenu, MenuItem>()
    for (const command of COMMANDS) {
      if (command.contextMenu?.section !== section || (section === 'tag' && tagId === null)) continue
      const { submenu } = command.contextMenu
      if (!submenu) {
        items.push(item(command, section))
        continue
      }
      // A submenu sits where its first command is, and is enabled when one of its items is.
      let parent = submenus.get(submenu)
      if (!parent) {
        parent = { label: msg.ui.contextSubmenus[submenu], submenu: [], disabled: true, onSelect: () => {} }
        submenus.set(submenu, parent)
        items.push(parent)
      }
      const child = item(command, section)
      parent.submenu?.push(child)
      parent.disabled = parent.disabled && child.disabled
    }
    return items
  })
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
