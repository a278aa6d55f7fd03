/**
 * Starts the document session once the window is shown and routes what main sends (application
 * menu commands, window events) while it is mounted.
 */
import { useEffect } from 'react'
import { handleMainCommand, type AppServices } from '../appServices'

export function useSession(services: AppServices): void {
  const { api, session } = services
  useEffect(() => session.start(), [session])
  useEffect(() => api.onCommand((command) => handleMainCommand(services, command)), [api, services])
}
