/**
 * Creates the ProseMirror view once, in an effect, and destroys it on cleanup. Transactions go
 * through `onTransaction` (always the latest callback), after the view has taken the new state.
 */
import { useEffect, useRef, type RefObject } from 'react'
import { EditorState, type Transaction } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import { schema } from '../../shared/article/articleSchema'
import { createArticleState } from '../editor/articleState'

export function useEditorView(
  mountRef: RefObject<HTMLDivElement | null>,
  onTransaction: (state: EditorState, tr: Transaction) => void,
  handlers: { onClickPos: (view: EditorView, pos: number, event: MouseEvent) => boolean }
): RefObject<EditorView | null> {
  const viewRef = useRef<EditorView | null>(null)
  const callbacks = useRef({ onTransaction, handlers })
  callbacks.current = { onTransaction, handlers }

  useEffect(() => {
    const mount = mountRef.current
    if (!mount) return
    const placeholder = createArticleState(schema.node('doc', null, [schema.node('paragraph')]))
    const view = new EditorView(mount, {
      state: placeholder,
      dispatchTransaction(tr) {
        const next = view.state.apply(tr)
        view.updateState(next)
        callbacks.current.onTransaction(next, tr)
      },
      handleClick: (v, pos, event) => callbacks.current.handlers.onClickPos(v, pos, event),
      // A quick second click is a double click to ProseMirror; for tags it is a second click.
      handleDoubleClick: (v, pos, event) => callbacks.current.handlers.onClickPos(v, pos, event)
    })
    viewRef.current = view
    return () => {
      view.destroy()
      viewRef.current = null
    }
  }, [mountRef])

  return viewRef
}
