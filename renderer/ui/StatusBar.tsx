/** The status bar: the current hint, and who is tagging (a button to change the name). */
import { msg } from '../../shared/messages'
import type { Annotator } from '../../shared/sidecar'
import { RichText } from './RichText'

export function StatusBar(props: { hint: string | null; annotator: Annotator | null; onChangeName: () => void }) {
  return (
    <footer className="statusbar">
      <span className="hint" role="status" data-testid="hint">
        {props.hint}
      </span>
      <span className="toolbar-spacer" />
      {props.annotator && (
        <button type="button" className="subtle" onClick={props.onChangeName} title={msg.ui.statusBar.changeName}>
          <RichText text={msg.ui.statusBar.taggingAs({ name: props.annotator.name })} />
        </button>
      )}
    </footer>
  )
}
