/**
 * The application menu, built from the command table (shared/commands.ts): each command with a
 * menu group becomes an item that sends `{ type: 'run', id }` to the renderer, which owns the
 * editor. Their shortcuts are shown here but handled by the renderer (registerAccelerator: false),
 * so a key press is acted on exactly once. Electron's own roles (quit, clipboard, zoom, about)
 * fill in around them.
 */
import type { MenuItemConstructorOptions } from 'electron'
import { COMMANDS, languageCommandId, type CommandSpec, type MenuGroup, type MenuSubmenu } from '../../shared/commands'
import type { AppCommand, RecentEntry } from '../../shared/ipc'
import { msg, type LanguageSetting } from '../../shared/messages'

export interface MenuDeps {
  send: (command: AppCommand) => void
  recent: RecentEntry[]
  isDev: boolean
  appName: string
  /** The language setting: its item in View ▸ Language is checked. */
  language: LanguageSetting
}

/** A section of a menu: a section of the command table's group, or Electron roles. */
type Section = number | MenuItemConstructorOptions[]

const separator: MenuItemConstructorOptions = { type: 'separator' }

/** Builds the menu template; Electron's Menu.buildFromTemplate turns it into a menu. */
export function buildMenuTemplate({ send, recent, isDev, appName, language }: MenuDeps): MenuItemConstructorOptions[] {
  // Words are read from the catalogue now, not from the command table, which captured those of
  // the language main started in: main switches language without restarting.
  const roles = msg.menu.roles
  const role = (name: keyof typeof roles): MenuItemConstructorOptions => ({ role: name, label: roles[name] })
  const submenuLabels: Readonly<Record<MenuSubmenu, string>> = { language: msg.menu.language }
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? recent.map((entry) => ({
        label: entry.fileName,
        sublabel: entry.folder,
        click: () => send({ type: 'open-recent', id: entry.id })
      }))
    : [{ label: msg.menu.noRecent, enabled: false }]

  const item = (command: CommandSpec): MenuItemConstructorOptions => {
    const label = msg.commands[command.id].label
    if (command.id === 'open-recent') return { label, submenu: recentItems }
    const run = { label, accelerator: command.accelerator, registerAccelerator: false, click: () => send({ type: 'run', id: command.id }) }
    return command.menu?.submenu === 'language' ? { ...run, type: 'radio', checked: command.id === languageCommandId(language) } : run
  }

  /** A section's items: its commands, those of a submenu gathered under one item where the first of them stands. */
  const sectionItems = (group: MenuGroup | null, section: number): MenuItemConstructorOptions[] => {
    const items: MenuItemConstructorOptions[] = []
    const submenus = new Map<MenuSubmenu, MenuItemConstructorOptions[]>()
    for (const command of COMMANDS.filter((c) => c.menu?.group === group && c.menu.section === section)) {
      const submenu = command.menu?.submenu
      if (!submenu) {
        items.push(item(command))
        continue
      }
      let entries = submenus.get(submenu)
      if (!entries) {
        entries = []
        submenus.set(submenu, entries)
        items.push({ label: submenuLabels[submenu], submenu: entries })
      }
      entries.push(item(command))
    }
    return items
  }

  const menu = (label: string, group: MenuGroup | null, sections: Section[]): MenuItemConstructorOptions => {
    const built = sections.map((section) => (typeof section === 'number' ? sectionItems(group, section) : section))
    return { label, submenu: built.filter((items) => items.length > 0).flatMap((items, index) => (index === 0 ? items : [separator, ...items])) }
  }

  return [
    menu(msg.menu.file, 'file', [0, 1, 2, [role('quit')]]),
    menu(msg.menu.edit, 'edit', [0, [role('cut'), role('copy'), role('paste'), role('selectAll')], 1]),
    menu(msg.menu.tag, 'tag', [0, 1, 2, 3, 4]),
    menu(msg.menu.view, 'view', [[role('zoomIn'), role('zoomOut'), role('resetZoom')], [role('togglefullscreen')], 0, isDev ? [role('toggleDevTools')] : []]),
    menu(msg.menu.help, null, [[{ label: msg.menu.about({ appName }), role: 'about' }]])
  ]
}
