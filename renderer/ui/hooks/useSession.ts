/**
 * Starts the document session once the window is shown and routes main's commands (application
 * menu, window events) to the actions while it is mounted.
 */
import { useEffect } from 'react'
import type { AppServices } from '../appServices'

export function useSession({ api, session, actions }: AppServices): void {
  useEffect(() => session.start(), [session])
  useEffect(() => api.onCommand((command) => actions.handleCommand(command)), [api, actions])
}
