/**
 * The application menu. Items that act on the document send an {@link AppCommand} to the
 * renderer, which owns the editor; their shortcuts are shown here but handled by the renderer
 * (registerAccelerator: false), so a key press is acted on exactly once.
 */
import type { MenuItemConstructorOptions } from 'electron'
import type { AppCommand, RecentEntry } from '../../shared/ipc'

export interface MenuDeps {
  send: (command: AppCommand) => void
  recent: RecentEntry[]
  isDev: boolean
  appName: string
}

/** Builds the menu template; Electron's Menu.buildFromTemplate turns it into a menu. */
export function buildMenuTemplate({ send, recent, isDev, appName }: MenuDeps): MenuItemConstructorOptions[] {
  const command = (label: string, accelerator: string | undefined, cmd: AppCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: () => send(cmd)
  })
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? recent.map((entry) => ({
        label: entry.fileName,
        sublabel: entry.folder,
        click: () => send({ type: 'open-recent', id: entry.id })
      }))
    : [{ label: 'No recent documents', enabled: false }]

  const template: MenuItemConstructorOptions[] = [
    {
      label: '&File',
      submenu: [
        command('&Open…', 'CmdOrCtrl+O', { type: 'open' }),
        { label: 'Open &Recent', submenu: recentItems },
        { type: 'separator' },
        command('&Save', 'CmdOrCtrl+S', { type: 'save' }),
        { type: 'separator' },
        { role: 'quit' }
      ]
    },
    {
      label: '&Edit',
      submenu: [
        command('&Undo', 'CmdOrCtrl+Z', { type: 'undo' }),
        command('&Redo', 'CmdOrCtrl+Shift+Z', { type: 'redo' }),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        command('&Find…', 'CmdOrCtrl+F', { type: 'find' }),
        command('&Edit text', 'CmdOrCtrl+E', { type: 'toggle-edit' })
      ]
    },
    {
      label: '&Tag',
      submenu: [
        command('Tag as &Claim', 'CmdOrCtrl+1', { type: 'tag', kind: 'claim' }),
        command('Tag as &Source', 'CmdOrCtrl+2', { type: 'tag', kind: 'source' }),
        command('Tag as &Entity', 'CmdOrCtrl+3', { type: 'tag', kind: 'entity' }),
        { type: 'separator' },
        command('&Delete tag', 'Delete', { type: 'delete-tag' })
      ]
    },
    {
      label: '&View',
      submenu: [
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'resetZoom' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isDev ? ([{ type: 'separator' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[]) : [])
      ]
    },
    { label: '&Help', submenu: [{ label: `About ${appName}`, role: 'about' }] }
  ]
  return template
}
