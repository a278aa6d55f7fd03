/** The notices above the article, each with its actions and a Dismiss button, and the save-failure banner. */
import { msg } from '../../shared/messages'
import type { SaveStatus } from '../session/autosave'
import { noticeRole, type Notice } from '../state/notices'

export function NoticeBar(props: { notices: readonly Notice[]; save: SaveStatus; onDismiss: (id: number) => void }) {
  const { notices, save } = props
  return (
    <>
      {notices.length > 0 && (
        <div className="notices">
          {notices.map((notice) => (
            <div key={notice.id} className={`notice notice-${notice.tone}`} role={noticeRole(notice)}>
              <span>{notice.text}</span>
              {notice.actions.map((action) => (
                <button key={action.label} type="button" onClick={action.run}>
                  {action.label}
                </button>
              ))}
              <button type="button" className="subtle" aria-label={msg.ui.notices.dismiss} onClick={() => props.onDismiss(notice.id)}>
                ✕
              </button>
            </div>
          ))}
        </div>
      )}
      {save.kind === 'error' && (
        <div className="notice notice-error" role="alert">
          {msg.ui.notices.saveFailed({ message: save.message })}
        </div>
      )}
    </>
  )
}
