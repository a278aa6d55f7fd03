/**
 * The inspector's box for a tag whose text changed in an update of the article (its `changed`
 * mark): the old and the new text as a word diff, and for a rated claim the mark "Rated on an
 * earlier version" with "Confirm verdict" (clears the mark) and "Re-rate" (moves the focus to the
 * verdict; choosing one clears the mark too). Any other changed tag is confirmed on its new text.
 * Nothing is shown for a tag without the mark.
 */
import { msg } from '../../shared/messages'
import { VERDICT_LABELS, type TagPatch } from '../../shared/model/tag'
import { wordDiff } from '../../shared/wordDiff'
import type { LiveTag } from '../editor/tagStep'

const c = msg.update.changeBox

/** The id of the inspector's verdict control, which "Re-rate" focuses. */
const VERDICT_CONTROL_ID = 'claim-verdict'

function formatTime(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : msg.format.dateTime(date)
}

export function TagChangeBox(props: { live: LiveTag; quote: string; onPatch: (patch: TagPatch) => void }) {
  const { tag } = props.live
  const change = tag.changed
  if (!change) return null
  const rated = tag.kind === 'claim' && tag.claim.verdict !== 'not-rated'
  const parts = wordDiff(change.previousQuote, props.quote)
  return (
    <div className="change-box" role="note" aria-label={c.label} data-testid="change-box">
      {rated && tag.kind === 'claim' && (
        <p className="change-mark" data-testid="rated-earlier">
          <strong>⟲ {c.ratedEarlier}</strong> {c.ratedEarlierHelp({ verdict: VERDICT_LABELS[tag.claim.verdict] })}
        </p>
      )}
      <p>
        {c.textChanged} {c.detected({ at: formatTime(change.detectedAt) })}
      </p>
      <p className="word-diff" aria-label={c.diffLabel} data-testid="word-diff">
        {parts.map((part, index) =>
          part.kind === 'same' ? (
            <span key={index}>{part.text}</span>
          ) : part.kind === 'removed' ? (
            <del key={index} title={c.removed}>
              {part.text}
            </del>
          ) : (
            <ins key={index} title={c.added}>
              {part.text}
            </ins>
          )
        )}
      </p>
      <dl className="change-texts">
        <dt>{c.oldText}</dt>
        <dd data-testid="old-text">{change.previousQuote}</dd>
        <dt>{c.newText}</dt>
        <dd data-testid="new-text">{props.quote}</dd>
      </dl>
      <div className="change-actions">
        {rated ? (
          <>
            <button type="button" onClick={() => props.onPatch({ changed: null })}>
              {c.confirmVerdict}
            </button>
            <button type="button" onClick={() => document.getElementById(VERDICT_CONTROL_ID)?.focus()}>
              {c.reRate}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => props.onPatch({ changed: null })}>
            {c.confirmText}
          </button>
        )}
      </div>
    </div>
  )
}
