/**
 * The shortcut sheet (Ctrl+/ or F1, View › Keyboard Shortcuts, the toolbar's Shortcuts button):
 * every command with a shortcut, from the command table, then the keys of the article, the tag
 * list and the find bar.
 */
import { COMMANDS, EDITOR_KEYS, hasShortcut, plainLabel } from '../../shared/commands'
import { Modal } from './Modal'
import { keysOf } from './shortcuts'

export function ShortcutSheet(props: { onClose: () => void }) {
  return (
    <Modal role="dialog" labelledBy="shortcuts-title" className="shortcut-sheet" onEscape={props.onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table>
        <caption className="visually-hidden">Commands</caption>
        <tbody>
          {COMMANDS.filter(hasShortcut).map((command) => (
            <tr key={command.id}>
              <th scope="row">{plainLabel(command.label)}</th>
              <td>{command.description}</td>
              <td className="keys">
                {keysOf(command.id)
                  .split(' or ')
                  .map((keys) => (
                    <kbd key={keys}>{keys}</kbd>
                  ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>In the article, the tag list and the find bar</h3>
      <table>
        <caption className="visually-hidden">Keys of the article, the tag list and the find bar</caption>
        <tbody>
          {EDITOR_KEYS.map((entry) => (
            <tr key={entry.keys}>
              <th scope="row">
                <kbd>{entry.keys}</kbd>
              </th>
              <td colSpan={2}>{entry.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="modal-actions">
        <button type="button" className="primary" data-autofocus onClick={props.onClose}>
          Close
        </button>
      </div>
    </Modal>
  )
}
