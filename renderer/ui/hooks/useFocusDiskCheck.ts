/** Coming back to the window, the session checks whether another program changed the open files. */
import { useEffect } from 'react'
import type { DocumentSession } from '../../session/documentSession'

export function useFocusDiskCheck(session: DocumentSession): void {
  useEffect(() => {
    const onFocus = () => void session.checkDisk()
    window.addEventListener('focus', onFocus)
    return () => window.removeEventListener('focus', onFocus)
  }, [session])
}
