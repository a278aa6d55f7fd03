/**
 * Fault injection for DurableJsonFile: a child process saves in a loop and is SIGKILLed at random
 * moments; after each kill the file must read back, without any recovery, as one of the states
 * written, no older than the last save the child reported as done. Prints figures; not a test.
 *
 * Node 20 cannot run TypeScript directly, so bundle it first:
 *   npx rolldown electron/main/durableJsonFile.stress.ts -o /tmp/durable-stress.mjs -p node
 *   node /tmp/durable-stress.mjs [rounds=200] [payloadKiB=256]
 */
import { spawn } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { BACKUP_FOLDER, DurableJsonFile, type Validation } from './durableJsonFile'

interface State {
  n: number
  payload: string
}

const FILE_NAME = 'state.json'

/** The payload that goes with save number `n`, so a torn or mixed file cannot pass as a state. */
function payloadFor(n: number, kib: number): string {
  return `${n}:`.padEnd(kib * 1024, String.fromCharCode(97 + (n % 26)))
}

function validateState(data: unknown): Validation<State> {
  if (typeof data !== 'object' || data === null || !('n' in data) || !('payload' in data)) return { ok: false, message: 'shape' }
  const { n, payload } = data
  if (typeof n !== 'number' || typeof payload !== 'string' || !payload.startsWith(`${n}:`)) return { ok: false, message: 'n/payload' }
  if (payload !== payloadFor(n, Math.round(payload.length / 1024))) return { ok: false, message: 'payload does not match n' }
  return { ok: true, value: { n, payload } }
}

function openState(dir: string): DurableJsonFile<State> {
  return new DurableJsonFile<State>({ path: path.join(dir, FILE_NAME), validate: validateState })
}

/** Child: continue from the state on disk and save n+1, n+2, … until killed, reporting each save. */
async function child(dir: string, kib: number): Promise<void> {
  const file = openState(dir)
  let n = (await file.read())?.n ?? 0
  process.stdout.write('ready\n')
  for (;;) {
    n += 1
    await file.write({ n, payload: payloadFor(n, kib) })
    process.stdout.write(`saved ${n}\n`)
  }
}

function runOnce(script: string, dir: string, kib: number, killAfterMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [script, 'child', dir, String(kib)], { stdio: ['ignore', 'pipe', 'inherit'] })
    let lastSaved = 0
    let buffered = ''
    proc.stdout.setEncoding('utf8')
    proc.stdout.on('data', (chunk: string) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => proc.kill('SIGKILL'), killAfterMs)
        const match = /^saved (\d+)$/.exec(line)
        if (match) lastSaved = Number(match[1])
      }
    })
    proc.on('error', reject)
    proc.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(lastSaved)
      else reject(new Error(`child exited on its own (code ${code})`))
    })
  })
}

async function parent(script: string, rounds: number, kib: number): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'factmark-stress-'))
  let failures = 0
  let reachedSaves = 0
  let leftoverTemps = 0
  const started = Date.now()
  for (let round = 1; round <= rounds; round++) {
    const killAfterMs = Math.floor(Math.random() * 40)
    const lastReported = await runOnce(script, dir, kib, killAfterMs)
    const file = openState(dir)
    let state: State | null = null
    try {
      state = await file.read()
    } catch (error) {
      failures += 1
      console.error(`round ${round}: read threw ${String(error)}`)
      continue
    }
    const entries = await fs.readdir(dir)
    const backups = await fs.readdir(path.join(dir, BACKUP_FOLDER)).catch(() => [])
    const temps = [...entries, ...backups].filter((name) => name.endsWith('.tmp'))
    leftoverTemps += temps.length
    // A process killed mid-write leaves its temp file behind; clear them so the counts stay per round.
    await Promise.all(temps.map((name) => fs.rm(path.join(dir, entries.includes(name) ? '' : BACKUP_FOLDER, name))))
    const problems: string[] = []
    if (file.lastNotice) problems.push(`recovery was needed: ${file.lastNotice.kind} (${file.lastNotice.reason})`)
    const corrupt = entries.filter((name) => name.includes('.corrupt-'))
    if (corrupt.length) problems.push('a file was moved aside as corrupt')
    await Promise.all(corrupt.map((name) => fs.rm(path.join(dir, name))))
    if (lastReported > 0 && (state === null || state.n < lastReported)) {
      problems.push(`lost a reported save: on disk ${state?.n ?? 'nothing'}, reported ${lastReported}`)
    }
    if (problems.length) {
      failures += 1
      console.error(`round ${round}: ${problems.join('; ')}`)
    }
    reachedSaves = state?.n ?? reachedSaves
  }
  const seconds = (Date.now() - started) / 1000
  console.log(
    `rounds: ${rounds}, payload: ${kib} KiB, saves completed in total: ${reachedSaves}, ` +
      `temp files left by killed writers: ${leftoverTemps}, rounds with a bad file: ${failures}, time: ${seconds.toFixed(1)} s`
  )
  await fs.rm(dir, { recursive: true, force: true })
  process.exitCode = failures === 0 ? 0 : 1
}

const [mode, ...rest] = process.argv.slice(2)
const script = process.argv[1]
if (mode === 'child') {
  void child(rest[0], Number(rest[1]))
} else {
  void parent(script, Number(mode ?? 200) || 200, Number(rest[0] ?? 256) || 256)
}
