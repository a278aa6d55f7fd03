/**
 * The notices above the article: errors, warnings and offers ("Restore unsaved tags", "Keep my
 * version") the user reads and answers. One store module in the style of Hypothesis' toast
 * messages: a plain state, pure functions that return a new state, and selectors.
 *
 * A notice with the same text as one already shown replaces it (moved to the end, with a new
 * id), so a repeated failure never stacks up copies of the same sentence.
 */

export type NoticeTone = 'error' | 'warning' | 'info'

/** A button on a notice. `run` is called when the user presses it. */
export interface NoticeAction {
  readonly label: string
  readonly run: () => void
}

export interface Notice {
  readonly id: number
  readonly tone: NoticeTone
  readonly text: string
  readonly actions: readonly NoticeAction[]
}

export interface NoticesState {
  /** In the order they were added, oldest first. */
  readonly list: readonly Notice[]
  /** The id the next notice gets. */
  readonly nextId: number
}

export const EMPTY_NOTICES: NoticesState = { list: [], nextId: 1 }

/**
 * Adds a notice; returns the new state and the notice's id. A notice with the same text is
 * removed first. The input state is not modified.
 */
export function addNotice(
  state: NoticesState,
  notice: { tone: NoticeTone; text: string; actions?: readonly NoticeAction[] }
): { state: NoticesState; id: number } {
  const id = state.nextId
  const added: Notice = { id, tone: notice.tone, text: notice.text, actions: notice.actions ?? [] }
  return { state: { list: [...state.list.filter((n) => n.text !== notice.text), added], nextId: id + 1 }, id }
}

/** Removes the notice `id`; the same state when there is none. */
export function dismissNotice(state: NoticesState, id: number): NoticesState {
  if (!state.list.some((n) => n.id === id)) return state
  return { ...state, list: state.list.filter((n) => n.id !== id) }
}

/** Removes every notice (a new document was opened); ids keep counting up. */
export function clearNotices(state: NoticesState): NoticesState {
  return state.list.length === 0 ? state : { ...state, list: [] }
}

/** The notice `id`, or undefined once it was dismissed or replaced. */
export function noticeById(state: NoticesState, id: number): Notice | undefined {
  return state.list.find((n) => n.id === id)
}

/** The ARIA role a notice is announced with: errors interrupt, the rest wait their turn. */
export function noticeRole(notice: Notice): 'alert' | 'status' {
  return notice.tone === 'error' ? 'alert' : 'status'
}
