/**
 * The IPC contract, the window and the world outside: links opened in the system browser, the
 * window's close handshake, and the commands main sends the renderer (menu, window events).
 */
import type { CommandId } from '../commands'
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

/**
 * What main sends to the renderer: a command of the table (shared/commands.ts) chosen in the
 * application menu, and the window's own events.
 */
export type AppCommand =
  | { type: 'run'; id: CommandId }
  /** A document picked in File › Open Recent, by its id in the recent list. */
  | { type: 'open-recent'; id: string }
  /** The window is about to close: save first, then call readyToClose. */
  | { type: 'prepare-close' }
  /** A second start of Factmark handed over a file (see openHandoff). */
  | { type: 'open-handoff' }
  | { type: 'recent-changed'; recent: RecentEntry[] }

/** The one channel main sends commands on. */
export const COMMAND_CHANNEL = 'app:command'
