/**
 * The IPC contract, the window and the world outside: links opened in the system browser, the
 * window's close handshake, and the commands main sends the renderer (menu, window events).
 */
import type { ChannelsOf } from './contract'
import type { RecentEntry } from './settings'
import type { Result } from './result'

/** What the renderer asks main about the window and links. */
export interface WindowMethods {
  /** Opens an http(s) or mailto link in the system browser; `BAD_URL` for any other scheme. */
  openExternal(url: string): Promise<Result<null>>
  /** Tells main that everything is saved and the window may close. */
  readyToClose(): Promise<void>
}

export const WINDOW_CHANNELS = {
  openExternal: 'link:openExternal',
  readyToClose: 'window:readyToClose'
} as const satisfies ChannelsOf<WindowMethods>

/** Commands main sends to the renderer, from the application menu and window events. */
export type AppCommand =
  | { type: 'open' }
  | { type: 'open-recent'; id: string }
  | { type: 'save' }
  | { type: 'tag'; kind: 'claim' | 'source' | 'entity' }
  | { type: 'delete-tag' }
  | { type: 'toggle-edit' }
  | { type: 'find' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'prepare-close' }
  | { type: 'open-handoff' }
  | { type: 'recent-changed'; recent: RecentEntry[] }

/** The one channel main sends commands on. */
export const COMMAND_CHANNEL = 'app:command'
