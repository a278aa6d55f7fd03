/** Attaches the editor controller's view to a element of the page while the component is mounted. */
import { useEffect, useRef, type RefObject } from 'react'
import type { EditorController } from '../../editor/editorController'

export function useEditorMount(editor: EditorController): RefObject<HTMLDivElement | null> {
  const mountRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const mount = mountRef.current
    if (!mount) return
    editor.attach(mount)
    return () => editor.detach()
  }, [editor])
  return mountRef
}
