/**
 * Fault injection: a child process saves a sidecar in a loop through the real sidecarStore (and so
 * the real DurableJsonFile), and this test SIGKILLs it at random moments drawn from a seeded PRNG.
 * After every kill the sidecar on disk must parse and validate and be exactly the last completed
 * save or the one in flight, never anything else; nothing may be moved aside as corrupt, backups
 * must be whole earlier states, and the temp files of killed saves must not pile up.
 *
 * `npm test` runs 100 kills. The long campaign: `KILLS=1000 npx vitest run electron/main/faultInjection.test.ts`
 * (`SEED=<n>` replays a campaign). Both print their figures.
 */
import { spawn } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import { build } from 'rolldown'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { parseSidecar } from '../../shared/sidecar'
import { BACKUP_FOLDER } from './durableJsonFile'
import { FAULT_ANNOTATOR, sidecarState, stateOf, type StateSize } from '../testing/faultInjection.child'
import { loadSidecar, saveSidecar, sidecarPath } from './sidecarStore'

const KILLS = positiveInteger(process.env.KILLS, 100)
const SEED = positiveInteger(process.env.SEED, 20_250_301)
/** Stop early once this many rounds have failed: the report is long enough by then. */
const MAX_FAILURES = 20
/** Temp files of our naming pattern: `.<name>.<pid>.<12 hex>.tmp`. */
const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/

interface State {
  n: number
  size: StateSize
}

let work: string
let runner: string

beforeAll(async () => {
  work = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'factmark-fault-injection-')))
  // Node cannot run TypeScript: bundle the child, with lowdb and zod, once per run.
  await build({
    input: fileURLToPath(new URL('../testing/faultInjection.child.ts', import.meta.url)),
    platform: 'node',
    logLevel: 'silent',
    output: { file: path.join(work, 'child.mjs'), format: 'esm' }
  })
  runner = path.join(work, 'run.mjs')
  await fs.writeFile(runner, "import { runChild } from './child.mjs'\nawait runChild(process.argv.slice(2))\n")
}, 60_000)

afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true })
})

it(`keeps the sidecar whole through ${KILLS} SIGKILLs in the middle of saving`, { timeout: 60_000 + KILLS * 2_000 }, async () => {
  const dir = path.join(work, 'docs')
  await fs.mkdir(dir)
  const article = path.join(dir, 'article.txt')
  await fs.writeFile(article, 'x'.repeat(100))
  const file = sidecarPath(article, FAULT_ANNOTATOR)
  const sidecarName = path.basename(file)
  const backupFolder = path.join(dir, BACKUP_FOLDER)
  const logPath = path.join(work, 'child.log')
  const random = mulberry32(SEED)

  expect((await saveSidecar(article, sidecarState(0, 'small'))).ok).toBe(true)
  let onDisk: State = { n: 0, size: 'small' }
  // How long a child's first save (cold) and its later saves take: generous first guesses, then
  // running means of what the children report.
  const firstSaveMs: Record<StateSize, number> = { small: 60, large: 100 }
  const laterSaveMs: Record<StateSize, number> = { small: 10, large: 30 }
  const figures = { kills: 0, small: 0, large: 0, inFlight: 0, inWrite: 0, previous: 0, new: 0, corrupt: 0, movedAside: 0, saves: 0, maxTemps: 0 }
  const failures: string[] = []
  const started = performance.now()

  for (let round = 1; round <= KILLS && failures.length < MAX_FAILURES; round++) {
    const size: StateSize = random() < 0.5 ? 'small' : 'large'
    // Spread the kills over about the first three saves of the round, whatever the disk's speed.
    const killAfterMs = random() * (firstSaveMs[size] + 2 * laterSaveMs[size])
    await fs.rm(logPath, { force: true })
    const exit = await runUntilKilled([article, logPath, String(onDisk.n + 1), size], killAfterMs)
    const log = parseLog(await fs.readFile(logPath, 'utf8').catch(() => ''))
    if (!exit.killed) {
      failures.push(`round ${round}: the child ended by itself (code ${exit.code}): ${log.failure ?? exit.stderr.trim()}`)
      break
    }
    figures.kills++
    figures[size]++
    figures.saves += log.saveMs.length
    log.saveMs.forEach((ms, i) => {
      if (i === 0) firstSaveMs[size] = 0.8 * firstSaveMs[size] + 0.2 * ms
      else laterSaveMs[size] = 0.8 * laterSaveMs[size] + 0.2 * ms
    })

    const previous: State = log.done === undefined ? onDisk : { n: log.done, size }
    const inFlight: State | null = log.begun !== undefined && log.begun !== log.done ? { n: log.begun, size } : null
    if (inFlight) figures.inFlight++

    const found = await readState(file)
    if (!found.ok) {
      figures.corrupt++
      failures.push(`round ${round}: the sidecar is damaged: ${found.reason}`)
      continue
    }
    if (isSame(found.state, previous)) figures.previous++
    else if (inFlight && isSame(found.state, inFlight)) figures.new++
    else {
      const expected = `${describe(previous)} (previous)${inFlight ? ` or ${describe(inFlight)} (in flight)` : ''}`
      failures.push(`round ${round}: the sidecar holds ${describe(found.state)}, expected ${expected}`)
    }
    onDisk = found.state

    const names = await fs.readdir(dir)
    const backupNames = await fs.readdir(backupFolder).catch(() => [] as string[])
    const movedAside = [...names, ...backupNames].filter((name) => name.includes('.corrupt-'))
    if (movedAside.length) {
      figures.movedAside += movedAside.length
      failures.push(`round ${round}: moved aside as corrupt: ${movedAside.join(', ')}`)
    }
    const temps = [...names, ...backupNames].filter((name) => TEMP_FILE.test(name))
    figures.maxTemps = Math.max(figures.maxTemps, temps.length)
    // The killed child's own temp file: the kill landed between creating it and renaming it.
    if (temps.some((name) => name.includes(`.${exit.pid}.`))) figures.inWrite++
    const strangers = names.filter((name) => ![path.basename(article), sidecarName, BACKUP_FOLDER].includes(name) && !TEMP_FILE.test(name))
    if (strangers.length) failures.push(`round ${round}: unexpected files beside the sidecar: ${strangers.join(', ')}`)
    for (const name of backupNames.filter((name) => /\.[1-3]$/.test(name))) {
      const backup = await readState(path.join(backupFolder, name))
      if (!backup.ok) failures.push(`round ${round}: backup ${name} is damaged: ${backup.reason}`)
      else if (backup.state.n > onDisk.n) failures.push(`round ${round}: backup ${name} holds ${describe(backup.state)}, newer than the sidecar`)
    }
  }
  const seconds = (performance.now() - started) / 1000

  // Read back in this process, as the app would on the next open: the last state, no recovery
  // needed, and the killed saves' temp files removed.
  const loaded = await loadSidecar(article, FAULT_ANNOTATOR)
  const tempsLeft = [...(await fs.readdir(dir)), ...(await fs.readdir(backupFolder).catch(() => [] as string[]))].filter((name) =>
    TEMP_FILE.test(name)
  ).length

  console.log(
    `fault injection (seed ${SEED}): ${figures.kills} kills (small sidecar ${figures.small}, ~256 KiB ${figures.large}) in ${seconds.toFixed(1)} s; ` +
      `a save was in flight at ${figures.inFlight} of them, inside a file write (its temp file left) at ${figures.inWrite}; the sidecar then held the previous state ${figures.previous} times ` +
      `and the new one ${figures.new} times; corrupt ${figures.corrupt}, moved aside ${figures.movedAside}; ` +
      `${figures.saves} saves completed; temp files after a kill: at most ${figures.maxTemps}, left after the next read: ${tempsLeft}`
  )
  expect(failures).toEqual([])
  expect(figures.kills).toBe(KILLS)
  expect(figures.corrupt).toBe(0)
  // Kills that never meet a save in progress would prove nothing.
  expect(figures.inFlight).toBeGreaterThan(KILLS / 2)
  // Each child removes the temp files of the children killed before it: at most one killed save's
  // two (the sidecar's and backup 1's), and two more if the system reused a process id.
  expect(figures.maxTemps).toBeLessThanOrEqual(4)
  expect(tempsLeft).toBe(0)
  expect(loaded).toEqual({ ok: true, value: { sidecar: sidecarState(onDisk.n, onDisk.size), notice: null } })
})

/** Runs the child until this test kills it `killAfterMs` after it is ready; `killed` is false if it ended otherwise. */
function runUntilKilled(args: string[], killAfterMs: number): Promise<{ killed: boolean; pid?: number; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [runner, ...args], { stdio: ['pipe', 'pipe', 'pipe'] })
    let killed = false
    let timer: NodeJS.Timeout | undefined
    let stdout = ''
    let stderr = ''
    // A child that never gets ready is killed too, but counts as a failure.
    const guard = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      if (timer === undefined && stdout.startsWith('ready\n')) {
        timer = setTimeout(() => {
          killed = child.kill('SIGKILL')
        }, killAfterMs)
      }
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(guard)
      clearTimeout(timer)
      resolve({ killed: killed && signal === 'SIGKILL', pid: child.pid, code, stderr })
    })
  })
}

/** What the child's log says: the last completed save, the last one begun, and each save's duration. */
function parseLog(text: string): { done?: number; begun?: number; saveMs: number[]; failure?: string } {
  const result: { done?: number; begun?: number; saveMs: number[]; failure?: string } = { saveMs: [] }
  // The last line may be cut short by the kill: only whole lines count.
  for (const line of text.split('\n').slice(0, -1)) {
    const [word, n, rest] = line.split(' ')
    if (word === 'begin') result.begun = Number(n)
    else if (word === 'done') {
      result.done = Number(n)
      result.saveMs.push(Number(rest))
    } else if (word === 'failed') result.failure = line
  }
  return result
}

/** Reads a sidecar file as the test sees it: parsed, validated and equal to one of the states. */
async function readState(file: string): Promise<{ ok: true; state: State } | { ok: false; reason: string }> {
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (error) {
    return { ok: false, reason: `unreadable (${(error as Error).message})` }
  }
  const parsed = parseSidecar(text)
  if (!parsed.ok) return { ok: false, reason: `${parsed.error.code}: ${parsed.error.message}` }
  const state = stateOf(parsed.sidecar)
  if (!state) return { ok: false, reason: 'valid, but not a state the child writes' }
  if (!isDeepStrictEqual(parsed.sidecar, sidecarState(state.n, state.size))) {
    return { ok: false, reason: `valid, but not exactly ${describe(state)}: a mix of states` }
  }
  return { ok: true, state }
}

const isSame = (a: State, b: State) => a.n === b.n && a.size === b.size
const describe = (state: State) => `state ${state.n} (${state.size})`

function positiveInteger(text: string | undefined, fallback: number): number {
  const value = Number(text)
  return Number.isInteger(value) && value > 0 ? value : fallback
}

/** A small seeded PRNG (mulberry32), so a campaign can be replayed with its seed. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
