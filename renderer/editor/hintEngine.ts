/**
 * Where the check-worthiness hints are computed: in a Web Worker in the app (hints.worker.ts, so
 * typing never waits for the rules), or on the calling thread where there is no Worker (unit tests
 * in Node) or the worker could not start. Both run the same HintIndex; only the thread differs.
 */
import type { CheckHint } from '../../shared/hints/findHints'
import { HintIndex } from '../../shared/hints/hintIndex'

export interface HintRequest {
  readonly seq: number
  readonly text: string
}

export interface HintResponse {
  readonly seq: number
  readonly hints: readonly CheckHint[]
}

export interface HintEngine {
  /** Where the rules run now: 'worker', or 'inline' on the page's own thread. */
  readonly where: 'worker' | 'inline'
  /** The hints of `text` (a plain text, blocks joined by "\n\n"), sorted by start. */
  compute(text: string): Promise<readonly CheckHint[]>
}

/** Runs the rules on the calling thread. */
export function inlineHintEngine(): HintEngine {
  const index = new HintIndex()
  return { where: 'inline', compute: (text) => Promise.resolve(index.update(text)) }
}

/**
 * Runs the rules in a module worker served from the app's own origin (the CSP allows exactly
 * `worker-src 'self'`). If the worker fails to start or to run, the pending and later requests
 * are computed inline instead, so the user still gets hints.
 */
export function workerHintEngine(): HintEngine {
  const inline = inlineHintEngine()
  const pending = new Map<number, { text: string; resolve: (hints: readonly CheckHint[]) => void }>()
  let seq = 0
  let worker: Worker | null = new Worker(new URL('./hints.worker.ts', import.meta.url), { type: 'module' })
  const fallBack = () => {
    worker?.terminate()
    worker = null
    for (const [, request] of pending) void inline.compute(request.text).then(request.resolve)
    pending.clear()
  }
  worker.addEventListener('error', fallBack)
  worker.addEventListener('messageerror', fallBack)
  worker.addEventListener('message', (event: MessageEvent<HintResponse>) => {
    const request = pending.get(event.data.seq)
    pending.delete(event.data.seq)
    request?.resolve(event.data.hints)
  })
  return {
    get where() {
      return worker ? 'worker' : 'inline'
    },
    compute(text) {
      if (!worker) return inline.compute(text)
      const active = worker
      return new Promise((resolve) => {
        seq++
        pending.set(seq, { text, resolve })
        const request: HintRequest = { seq, text }
        active.postMessage(request)
      })
    }
  }
}

/** The worker in the app; inline where the platform has no Worker. */
export function defaultHintEngine(): HintEngine {
  return typeof Worker === 'function' ? workerHintEngine() : inlineHintEngine()
}
