/** The status bar: the current hint, and who is tagging (a button to change the name). */
import type { Annotator } from '../../shared/sidecar'

export function StatusBar(props: { hint: string | null; annotator: Annotator | null; onChangeName: () => void }) {
  return (
    <footer className="statusbar">
      <span className="hint" role="status" data-testid="hint">
        {props.hint}
      </span>
      <span className="toolbar-spacer" />
      {props.annotator && (
        <button type="button" className="subtle" onClick={props.onChangeName} title="Change your name">
          Tagging as <strong>{props.annotator.name}</strong>
        </button>
      )}
    </footer>
  )
}
