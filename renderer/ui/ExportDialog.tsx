/**
 * File › Export…: the format (reports in Markdown, HTML and PDF, ClaimReview, the Fact Check Tools
 * API shape, W3C Web Annotation, brat, CSV), and for reports and ClaimReview the claims that go
 * in, all ticked at first. What the format requires and the document lacks is listed before
 * anything is written, and Export stays off until it is fixed. Preview shows the HTML report in a
 * window of its own. Keyboard only works: arrows move through the formats, Tab through the
 * claims (Space ticks) and the buttons, Escape closes.
 */
import { msg } from '../../shared/messages'
import type { LiveTag } from '../editor/tagStep'
import { useStore } from './hooks/useStore'
import { choosesClaims, EXPORT_CHOICES, isAvailable, type ExchangeService } from '../state/exchange'
import { Modal } from './Modal'

const m = msg.formats.exchange
const d = m.dialog

/** The first words of a claim, for the list. */
function shortQuote(text: string): string {
  return text.length > 90 ? `${text.slice(0, 89)}…` : text
}

export function ExportDialog(props: { exchange: ExchangeService; claims: readonly LiveTag[]; quoteOf: (live: LiveTag) => string }) {
  const { exchange } = props
  const claims = props.claims.map((live) => live.tag)
  const state = useStore(exchange.dialog)
  const input = exchange.input()
  const problems = exchange.problems(input)
  const chosenCount = claims.filter((claim) => !state.excluded.has(claim.id)).length
  const withClaims = choosesClaims(state.choice)
  const language = input ? d.languages[input.language] : d.languages.en
  const claimIds = claims.map((claim) => claim.id)
  const canExport = !state.busy && isAvailable(state.choice) && problems.length === 0 && (!withClaims || claims.length === 0 || chosenCount > 0)
  const isReport = state.choice === 'md' || state.choice === 'html' || state.choice === 'pdf'

  return (
    <Modal role="dialog" labelledBy="export-title" describedBy="export-language" className="export-dialog" onEscape={() => exchange.close()}>
      <h2 id="export-title">{d.title}</h2>
      <fieldset className="export-formats">
        <legend>{d.formatLegend}</legend>
        {EXPORT_CHOICES.map((choice) => (
          <label key={choice} className={isAvailable(choice) ? undefined : 'unavailable'}>
            <input
              type="radio"
              name="export-format"
              value={choice}
              checked={state.choice === choice}
              disabled={!isAvailable(choice)}
              onChange={() => exchange.choose(choice)}
              data-autofocus={state.choice === choice ? true : undefined}
            />
            {m.formatNames[choice]}
            {!isAvailable(choice) && <span className="muted"> — {d.notAvailable}</span>}
          </label>
        ))}
      </fieldset>
      <p id="export-language" className="muted">
        {input && input.properties.language === '' ? d.languageNotGiven : d.language({ language })}
      </p>
      {withClaims && (
        <fieldset className="export-claims">
          <legend>
            {d.claimsLegend} <span className="muted">({d.claimsChosen({ chosen: chosenCount, total: claims.length })})</span>
          </legend>
          {claims.length === 0 ? (
            <p className="muted">{d.noClaimsYet}</p>
          ) : (
            <>
              <div className="mentions-bulk">
                <button type="button" className="subtle" onClick={() => exchange.setAllClaims(true, claimIds)} disabled={state.excluded.size === 0}>
                  {d.allClaims}
                </button>
                <button type="button" className="subtle" onClick={() => exchange.setAllClaims(false, claimIds)} disabled={chosenCount === 0}>
                  {d.noClaims}
                </button>
              </div>
              <ul className="export-claim-list">
                {props.claims.map((live) => ({ live, claim: live.tag })).map(({ live, claim }) => (
                  <li key={claim.id}>
                    <label>
                      <input type="checkbox" data-testid="export-claim" checked={!state.excluded.has(claim.id)} onChange={() => exchange.toggleClaim(claim.id)} />
                      <span>
                        {shortQuote(props.quoteOf(live))}
                        {claim.kind === 'claim' && <span className="muted"> · {msg.model.verdicts[claim.claim.verdict]}</span>}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </>
          )}
        </fieldset>
      )}
      {problems.length > 0 && (
        <div className="export-problems" role="alert" data-testid="export-problems">
          <p>
            <strong>{d.problemsTitle}</strong>
          </p>
          <ul>
            {problems.map((problem, index) => (
              <li key={`${problem.tagId ?? 'document'}-${index}`}>{problem.message}</li>
            ))}
          </ul>
        </div>
      )}
      {state.error && (
        <p className="export-error" role="alert">
          {state.error}
        </p>
      )}
      <div className="modal-actions">
        {isReport && (
          <button type="button" onClick={() => void exchange.preview()} disabled={!isAvailable('html') || state.busy}>
            {d.preview}
          </button>
        )}
        <button type="button" onClick={() => exchange.close()}>
          {d.cancel}
        </button>
        <button type="button" className="primary" onClick={() => void exchange.exportNow()} disabled={!canExport}>
          {state.busy ? d.working : d.export}
        </button>
      </div>
    </Modal>
  )
}
