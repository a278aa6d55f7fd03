import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import type { AppCommand, RecentEntry } from '../../shared/ipc'
import { buildMenuTemplate } from './menu'

const recent: RecentEntry[] = [
  { id: 'aaaa000011112222', fileName: 'dépêche.txt', folder: '/home/marie/articles' },
  { id: 'bbbb000011112222', fileName: 'interview.md', folder: '/home/marie/notes' }
]

function build(options: { recent?: RecentEntry[]; isDev?: boolean } = {}) {
  const sent: AppCommand[] = []
  const template = buildMenuTemplate({
    send: (command) => sent.push(command),
    recent: options.recent ?? recent,
    isDev: options.isDev ?? false,
    appName: 'Factmark',
    language: 'system'
  })
  return { template, sent }
}

/** The label as the user reads it: Windows/Linux mnemonics (&) removed. */
const shown = (label: string | undefined) => (label ?? '').replace(/&/g, '')

function submenuOf(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  if (!item || !Array.isArray(item.submenu)) throw new Error(`${item?.label ?? 'item'} has no submenu`)
  return item.submenu
}

function menu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  return submenuOf(template.find((item) => shown(item.label) === label))
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((i) => shown(i.label) === label)
  if (!found) throw new Error(`no menu item “${label}” in ${items.map((i) => shown(i.label) || i.role || i.type).join(', ')}`)
  return found
}

/** Clicks an item the way Electron would; our items ignore the arguments. */
function click(entry: MenuItemConstructorOptions): void {
  if (!entry.click) throw new Error(`${shown(entry.label)} cannot be clicked`)
  // Electron passes the MenuItem, window and event, which cannot be made outside Electron.
  const run = entry.click as () => void
  run()
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, Tag, View and Help menus, in that order', () => {
    const { template } = build()
    expect(template.map((m) => shown(m.label))).toEqual(['File', 'Edit', 'Tag', 'View', 'Help'])
  })

  it('shows Ctrl/Cmd+1/2/3 on the Tag items but leaves the keys to the renderer', () => {
    const tag = menu(build().template, 'Tag')
    const expected = [
      ['Tag as Claim', 'CmdOrCtrl+1'],
      ['Tag as Source', 'CmdOrCtrl+2'],
      ['Tag as Entity', 'CmdOrCtrl+3']
    ]
    for (const [label, accelerator] of expected) {
      expect(item(tag, label)).toMatchObject({ accelerator, registerAccelerator: false })
    }
    expect(item(tag, 'Delete tag')).toMatchObject({ accelerator: 'Delete', registerAccelerator: false })
  })

  it('never registers a shortcut of a command item in main', () => {
    const { template } = build()
    const all = template.flatMap((m) => submenuOf(m))
    for (const entry of all.filter((e) => e.click && e.accelerator)) {
      expect(entry.registerAccelerator, shown(entry.label)).toBe(false)
    }
  })

  it('sends the matching command when an item is clicked', () => {
    const { template, sent } = build()
    const cases: [string, string, AppCommand][] = [
      ['File', 'Open…', { type: 'run', id: 'open' }],
      ['File', 'Save', { type: 'run', id: 'save' }],
      ['Edit', 'Undo', { type: 'run', id: 'undo' }],
      ['Edit', 'Redo', { type: 'run', id: 'redo' }],
      ['Edit', 'Find…', { type: 'run', id: 'find' }],
      ['Edit', 'Edit text', { type: 'run', id: 'toggle-edit' }],
      ['Tag', 'Tag as Claim', { type: 'run', id: 'tag-claim' }],
      ['Tag', 'Tag as Source', { type: 'run', id: 'tag-source' }],
      ['Tag', 'Tag as Entity', { type: 'run', id: 'tag-entity' }],
      ['Tag', 'Tag All Mentions…', { type: 'run', id: 'tag-mentions' }],
      ['Tag', 'Delete tag', { type: 'run', id: 'delete-tag' }]
    ]
    for (const [menuLabel, label, command] of cases) {
      sent.length = 0
      click(item(menu(template, menuLabel), label))
      expect(sent, `${menuLabel} › ${label}`).toEqual([command])
    }
  })

  it('shows the usual shortcuts for Open, Save, Undo, Redo, Find and Edit text', () => {
    const { template } = build()
    expect(item(menu(template, 'File'), 'Open…').accelerator).toBe('CmdOrCtrl+O')
    expect(item(menu(template, 'File'), 'Save').accelerator).toBe('CmdOrCtrl+S')
    expect(item(menu(template, 'Edit'), 'Undo').accelerator).toBe('CmdOrCtrl+Z')
    expect(item(menu(template, 'Edit'), 'Redo').accelerator).toBe('CmdOrCtrl+Shift+Z')
    expect(item(menu(template, 'Edit'), 'Find…').accelerator).toBe('CmdOrCtrl+F')
    expect(item(menu(template, 'Edit'), 'Edit text').accelerator).toBe('CmdOrCtrl+E')
  })

  it('lists recent documents with their folder, and opening one sends its id', () => {
    const { template, sent } = build()
    const items = submenuOf(item(menu(template, 'File'), 'Open Recent'))
    expect(items.map((i) => [i.label, i.sublabel])).toEqual([
      ['dépêche.txt', '/home/marie/articles'],
      ['interview.md', '/home/marie/notes']
    ])
    click(items[1])
    expect(sent).toEqual([{ type: 'open-recent', id: 'bbbb000011112222' }])
  })

  it('says “No recent documents”, disabled, when the list is empty', () => {
    const { template } = build({ recent: [] })
    expect(submenuOf(item(menu(template, 'File'), 'Open Recent'))).toEqual([{ label: 'No recent documents', enabled: false }])
  })

  it('offers the developer tools only in development', () => {
    const roles = (isDev: boolean) => menu(build({ isDev }).template, 'View').map((i) => i.role)
    expect(roles(false)).not.toContain('toggleDevTools')
    expect(roles(true)).toContain('toggleDevTools')
    expect(roles(true)).toEqual([...roles(false), undefined, 'toggleDevTools'])
  })

  it('has Quit in File, clipboard roles in Edit, and About with the app name in Help', () => {
    const { template } = build()
    expect(menu(template, 'File').map((i) => i.role)).toContain('quit')
    expect(menu(template, 'Edit').map((i) => i.role)).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']))
    expect(menu(template, 'Help')).toEqual([{ label: 'About Factmark', role: 'about' }])
  })

  it('sends nothing while the menu is only being built', () => {
    expect(build().sent).toEqual([])
  })
})
