/** The title bar: the document's name, with a dot while something is unsaved. */
import { useEffect } from 'react'
import { msg } from '../../../shared/messages'
import type { SessionSnapshot } from '../../session/documentSession'

export function useDocumentTitle({ document: open, save }: SessionSnapshot): void {
  const fileName = open?.fileName ?? null
  const unsaved = save.kind !== 'saved'
  useEffect(() => {
    document.title = msg.app.windowTitle({ fileName, unsaved })
  }, [fileName, unsaved])
}
