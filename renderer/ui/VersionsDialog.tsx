/**
 * The article's versions (View › Article Versions): each change of the article file the tags were
 * re-attached to, newest first, with its date, short hashes and how the tags ended, the version
 * shown now marked. Read from the tag file's `versions` as re-anchoring left them.
 */
import { msg } from '../../shared/messages'
import type { ArticleVersion } from '../../shared/sidecar'
import { Modal } from './Modal'

const v = msg.update.versions

/** The first 8 hex digits, as git shows a commit. */
function shortHash(sha256: string): string {
  return sha256.slice(0, 8)
}

function formatTime(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : msg.format.dateTime(date)
}

export function VersionsDialog(props: { versions: readonly ArticleVersion[]; sha256: string | null; onClose: () => void }) {
  const newestFirst = [...props.versions].reverse()
  return (
    <Modal role="dialog" labelledBy="versions-title" describedBy="versions-intro" className="versions-dialog" onEscape={props.onClose}>
      <h2 id="versions-title">{v.title}</h2>
      <p id="versions-intro">{newestFirst.length > 0 ? v.intro : v.none}</p>
      {newestFirst.length > 0 && (
        <table data-testid="versions-table">
          <thead>
            <tr>
              <th scope="col">{v.columns.date}</th>
              <th scope="col">{v.columns.from}</th>
              <th scope="col">{v.columns.to}</th>
              <th scope="col">{v.columns.counts}</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((version, index) => (
              <tr key={`${version.at}-${version.sha256}-${index}`} data-testid="version-row">
                <td>{formatTime(version.at)}</td>
                <td>
                  <code title={version.previousSha256}>{shortHash(version.previousSha256)}</code>
                </td>
                <td>
                  <code title={version.sha256}>{shortHash(version.sha256)}</code>
                  {index === 0 && version.sha256 === props.sha256 && <strong className="current-version"> ({v.current})</strong>}
                </td>
                <td>{v.counts(version.counts)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="modal-actions">
        <button type="button" onClick={props.onClose} data-autofocus>
          {v.close}
        </button>
      </div>
    </Modal>
  )
}
