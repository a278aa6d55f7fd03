/**
 * The process that faultInjection.test.ts kills: it saves one sidecar over and over through the
 * real sidecarStore (so the real DurableJsonFile), each save a new numbered state, until it is
 * killed. The test bundles this file for Node; it is not part of the app.
 *
 * It reports through a log file written synchronously, which a SIGKILL cannot lose: `begin <n>`
 * before save n starts and `done <n> <ms>` once it has resolved. The last `done` is the last
 * completed save; a later `begin` is the save in flight when the process died.
 */
import { closeSync, openSync, writeSync } from 'node:fs'
import { buildSidecar, type Annotator, type Sidecar } from '../../shared/sidecar'
import { createTag, type Tag } from '../../shared/model/tag'
import { saveSidecar } from '../main/sidecarStore'

export const FAULT_ANNOTATOR: Annotator = { id: 'fault-injection', name: 'Fault Injection' }

/** A small sidecar (2 tags, about 2 KiB) or a large one (about 256 KiB), so kills land inside long writes too. */
export type StateSize = 'small' | 'large'

const TAGS: Record<StateSize, number> = { small: 2, large: 104 }
const NOTE_LENGTH: Record<StateSize, number> = { small: 200, large: 2_000 }
const START = Date.UTC(2025, 0, 1)
const ARTICLE_TEXT_LENGTH = 100_000

/**
 * Sidecar state number `n`. Every tag's note, every time and the tag count depend on `n` and the
 * size, so a file torn between two states, or mixing them, is not equal to any state.
 */
export function sidecarState(n: number, size: StateSize): Sidecar {
  const now = new Date(START + n * 1000).toISOString()
  const letter = (i: number) => String.fromCharCode(97 + ((n + i) % 26))
  const tags: Tag[] = Array.from({ length: TAGS[size] }, (_, i) => {
    const start = (i * 97) % (ARTICLE_TEXT_LENGTH - 10)
    const tag = createTag({
      id: `t${i}`,
      kind: i % 3 === 0 ? 'claim' : i % 3 === 1 ? 'source' : 'entity',
      target: { position: { start, end: start + 5 }, quote: { exact: `q${n}`, prefix: '', suffix: '' } },
      author: { annotatorId: FAULT_ANNOTATOR.id, name: FAULT_ANNOTATOR.name },
      now
    })
    return { ...tag, note: `save ${n} tag ${i} `.padEnd(NOTE_LENGTH[size], letter(i)) }
  })
  return buildSidecar({
    article: { fileName: 'article.txt', sha256: '0'.repeat(64), textLength: ARTICLE_TEXT_LENGTH },
    annotator: FAULT_ANNOTATOR,
    tags,
    editedText: null,
    now
  })
}

/** The state number and size a sidecar claims to be; check it with {@link sidecarState}. */
export function stateOf(sidecar: Sidecar): { n: number; size: StateSize } | null {
  const match = /^save (\d+) /.exec(sidecar.tags[0]?.note ?? '')
  if (!match) return null
  return { n: Number(match[1]), size: sidecar.tags.length === TAGS.large ? 'large' : 'small' }
}

/**
 * Saves states `first`, `first + 1`, … of the given size for the article until killed. Stops by
 * itself when a save fails (exit code 1), when its parent goes away (stdin closes) or after a minute.
 */
export async function runChild([articlePath, logPath, first, size]: string[]): Promise<void> {
  if (size !== 'small' && size !== 'large') throw new RangeError(`faultInjection.child: unknown size ${size}`)
  // Never outlive the test that started it.
  process.stdin.on('end', () => process.exit(3))
  process.stdin.resume()
  setTimeout(() => process.exit(4), 60_000).unref()
  const log = openSync(logPath, 'a')
  const say = (line: string) => writeSync(log, `${line}\n`)
  process.stdout.write('ready\n')
  for (let n = Number(first); ; n++) {
    const state = sidecarState(n, size)
    say(`begin ${n}`)
    const started = performance.now()
    const saved = await saveSidecar(articlePath, state)
    if (!saved.ok) {
      say(`failed ${n} ${saved.error.message}`)
      closeSync(log)
      process.exit(1)
    }
    say(`done ${n} ${(performance.now() - started).toFixed(3)}`)
  }
}
