/**
 * The check-worthiness hints, computed off the page's thread: the rules take about a second on a
 * 200,000-word report, which would freeze typing. Each request carries the whole plain text; the
 * worker's HintIndex recomputes only the paragraphs it has not seen, and answers with the hints
 * and the request's number, so the page can drop answers to texts it no longer shows.
 */
import { HintIndex } from '../../shared/hints/hintIndex'
import type { HintRequest, HintResponse } from './hintEngine'

const index = new HintIndex()

globalThis.addEventListener('message', (event: MessageEvent<HintRequest>) => {
  const response: HintResponse = { seq: event.data.seq, hints: index.update(event.data.text) }
  globalThis.postMessage(response)
})
