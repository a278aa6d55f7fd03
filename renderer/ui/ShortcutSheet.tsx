/**
 * The shortcut sheet (Ctrl+/ or F1, View › Keyboard Shortcuts, the toolbar's Shortcuts button):
 * every command with a shortcut, from the command table, then the keys of the article, the tag
 * list and the find bar.
 */
import { COMMANDS, EDITOR_KEYS, hasShortcut, plainLabel } from '../../shared/commands'
import { msg } from '../../shared/messages'
import { Modal } from './Modal'
import { keysOf } from './shortcuts'

const t = msg.shortcuts

export function ShortcutSheet(props: { onClose: () => void }) {
  return (
    <Modal role="dialog" labelledBy="shortcuts-title" className="shortcut-sheet" onEscape={props.onClose}>
      <h2 id="shortcuts-title">{t.sheetTitle}</h2>
      <table>
        <caption className="visually-hidden">{t.commandsCaption}</caption>
        <tbody>
          {COMMANDS.filter(hasShortcut).map((command) => (
            <tr key={command.id}>
              <th scope="row">{plainLabel(command.label)}</th>
              <td>{command.description}</td>
              <td className="keys">
                {keysOf(command.id)
                  .split(t.alternativesSeparator)
                  .map((keys) => (
                    <kbd key={keys}>{keys}</kbd>
                  ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t.editorKeysHeading}</h3>
      <table>
        <caption className="visually-hidden">{t.editorKeysCaption}</caption>
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
          {t.close}
        </button>
      </div>
    </Modal>
  )
}
