/**
 * "Tag all mentions": the other mentions of an entity found in the article, each with the words
 * around it and a checkbox, all ticked; Confirm tags the ticked ones as mentions of the entity,
 * in one undo step. With none found it says so. Keyboard only works: Tab goes through the
 * checkboxes (Space ticks) and the buttons, Enter on a checkbox confirms, Escape cancels.
 */
import { useState } from 'react'
import { msg } from '../../shared/messages'
import type { MentionSearch } from '../editor/mentionCommands'
import type { TextSpan } from '../../shared/mentions/findMentions'
import { Modal } from './Modal'

const t = msg.ui.mentions

export function MentionsDialog(props: { search: MentionSearch; onConfirm: (spans: readonly TextSpan[]) => void; onCancel: () => void }) {
  const { mentions, name } = props.search
  const [unticked, setUnticked] = useState<ReadonlySet<number>>(() => new Set())
  const count = mentions.length - unticked.size

  function toggle(index: number) {
    const next = new Set(unticked)
    if (next.has(index)) next.delete(index)
    else next.add(index)
    setUnticked(next)
  }

  function confirm() {
    if (count > 0) props.onConfirm(mentions.filter((_, index) => !unticked.has(index)).map(({ start, end }) => ({ start, end })))
  }

  return (
    <Modal role="dialog" labelledBy="mentions-title" describedBy="mentions-summary" className="mentions-dialog" onEscape={props.onCancel}>
      <h2 id="mentions-title">{t.title({ name })}</h2>
      {mentions.length === 0 ? (
        <div id="mentions-summary" data-testid="mentions-empty">
          <p>
            <strong>{t.none}</strong>
          </p>
          <p>{t.noneHelp}</p>
        </div>
      ) : (
        <>
          <p id="mentions-summary">{t.found({ count: mentions.length })}</p>
          <div className="mentions-bulk">
            <button type="button" className="subtle" onClick={() => setUnticked(new Set())} disabled={unticked.size === 0}>
              {t.all}
            </button>
            <button type="button" className="subtle" onClick={() => setUnticked(new Set(mentions.map((_, index) => index)))} disabled={count === 0}>
              {t.nothing}
            </button>
          </div>
          <ul className="mentions-list" aria-label={t.listLabel}>
            {mentions.map((mention, index) => (
              <li key={mention.start}>
                <label>
                  <input
                    type="checkbox"
                    data-testid="mention-checkbox"
                    checked={!unticked.has(index)}
                    onChange={() => toggle(index)}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') {
                        event.preventDefault()
                        confirm()
                      }
                    }}
                  />
                  <span className="mention-context">
                    {mention.context.cutBefore && t.ellipsis}
                    {mention.context.before}
                    <mark>{mention.context.match}</mark>
                    {mention.context.after}
                    {mention.context.cutAfter && t.ellipsis}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="modal-actions">
        <button type="button" onClick={props.onCancel} data-autofocus={mentions.length === 0 ? true : undefined}>
          {mentions.length === 0 ? t.close : msg.ui.cancel}
        </button>
        {mentions.length > 0 && (
          <button type="button" className="primary" data-autofocus onClick={confirm} disabled={count === 0}>
            {t.confirm({ count })}
          </button>
        )}
      </div>
    </Modal>
  )
}
