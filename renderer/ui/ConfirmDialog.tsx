/**
 * The app's own question before something that can lose work (opening another article or closing
 * the window after a save failed, deleting a tag that others link to). Cancel, the safe choice, has the focus and answers Escape.
 */
import type { Decision } from '../session/documentSession'
import { msg } from '../../shared/messages'
import { Modal } from './Modal'

export function ConfirmDialog(props: { decision: Pick<Decision, 'title' | 'message' | 'confirmLabel'>; onAnswer: (confirmed: boolean) => void }) {
  const { decision } = props
  return (
    <Modal role="alertdialog" labelledBy="confirm-title" describedBy="confirm-message" onEscape={() => props.onAnswer(false)}>
      <h2 id="confirm-title">{decision.title}</h2>
      <p id="confirm-message">{decision.message}</p>
      <div className="modal-actions">
        <button type="button" data-autofocus onClick={() => props.onAnswer(false)}>
          {msg.ui.cancel}
        </button>
        <button type="button" className="danger" onClick={() => props.onAnswer(true)}>
          {decision.confirmLabel}
        </button>
      </div>
    </Modal>
  )
}
