/**
 * Benchmark, not a test: what one autosave costs the main process with 5,000 tags on a
 * 200,000-word report, through the real path an IPC call takes — the sender check and argument
 * schema of the guard, the saveTags handler (tag file built, conflict check, fingerprint) and the
 * sidecar store over the durable file (serialise, rotate a backup, fsync) — on a temp folder.
 * Prints main's CPU time per save (user + system, all of the process's threads, from
 * `process.cpuUsage`) and the wall time; the second case adds a corrected text (Edit text mode).
 * Electron's structured clone of the arguments happens before main's listener runs and is not
 * counted. Run: `npm run bench`.
 */
import { emptyDocumentProperties } from '../../shared/model/documentProperties'
import * as fs from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { afterAll, bench, describe } from 'vitest'
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { CHANNELS, type SaveRequest } from '../../shared/ipc'
import { createTag, TAG_KINDS, type Tag } from '../../shared/model/tag'
import { makeTempFolder } from '../testing/tempFolder'
import { DocumentRegistry } from './documents'
import { createHandlers } from './handlers'
import { makeSenderCheck } from './ipcGuard'
import { openRecoveryStore } from './recoveryStore'
import { registerHandlers } from './registerHandlers'
import { isAppUrl } from './security'
import { openSettings } from './settingsStore'

const TAGS = 5000
const RUNS = Number(process.env.RUNS ?? 15)

// ~200,000 words, as in renderer/editor/scale.bench.ts: the sample's paragraphs repeated, numbered.
const sample = readFileSync(path.join(__dirname, '../resources/russie-coree-du-nord.fr.txt'), 'utf8').trim()
const paragraphs = sample.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim())
const blocks: string[] = []
for (let copy = 0; blocks.join(' ').length < 1_300_000; copy++) {
  for (const p of paragraphs) blocks.push(`[${copy}] ${p}`)
}
const text = blocks.join('\n\n')

function makeTags(): Tag[] {
  const tags: Tag[] = []
  const step = Math.floor(text.length / TAGS)
  for (let i = 0; i < TAGS; i++) {
    let start = i * step
    while (start < text.length && /\s/.test(text[start])) start++
    const end = Math.min(text.length, start + 12 + (i % 40))
    const quote = { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) }
    tags.push(createTag({ id: `t${i}`, kind: TAG_KINDS[i % 3], target: { position: { start, end }, quote }, author: { annotatorId: 'bench', name: 'Bench' }, now: '2026-11-26T10:00:00.000Z' }))
  }
  return tags
}

/** A corrected document as the editor sends it: ProseMirror JSON of every paragraph. */
function correctedDoc(): Record<string, unknown> {
  return { type: 'doc', content: blocks.map((block) => ({ type: 'paragraph', content: [{ type: 'text', text: block }] })) }
}

type Listener = Parameters<IpcMain['handle']>[1]

/** Main's saveTags listener as index.ts registers it (registerHandlers), on a temp folder with the report open. */
async function openReport(): Promise<{ save: (request: SaveRequest) => Promise<unknown>; handle: string; sha256: string; folder: string }> {
  const folder = await makeTempFolder('save-cost')
  const article = path.join(folder, 'report.txt')
  await fs.writeFile(article, text)
  const settings = await openSettings(path.join(folder, 'userData'))
  await settings.setAnnotatorName('Bench')
  const handlers = createHandlers({
    registry: new DocumentRegistry(),
    settings,
    bundledSamplePath: article,
    samplesFolder: path.join(folder, 'samples'),
    startupFile: article,
    showOpenDialog: async () => null,
    openExternal: async () => undefined,
    onRecentChanged: () => undefined,
    onReadyToClose: () => undefined,
    recovery: openRecoveryStore(path.join(folder, 'userData/recovery')),
    takeHandoff: () => null,
    exchange: {
      showSaveDialog: async () => null,
      showImportDialog: async () => null,
      printToPdf: async () => Buffer.alloc(0),
      showPreview: async () => undefined
    },
  })
  const listeners = new Map<string, Listener>()
  const ipcMain: Pick<IpcMain, 'handle'> = { handle: (channel, listener) => void listeners.set(channel, listener) }
  registerHandlers(ipcMain, makeSenderCheck((url) => isAppUrl(url, undefined)), handlers)
  const listener = listeners.get(CHANNELS.saveTags)
  if (!listener) throw new Error('saveTags was not registered')
  // The cast is the benchmark's boundary: a real invoke event cannot be made outside Electron.
  const event = { senderFrame: { url: 'app://factmark/index.html', parent: null } } as unknown as IpcMainInvokeEvent
  const opened = await handlers.openStartupDocument()
  if (!opened.ok) throw new Error(opened.error.message)
  return { save: async (request) => listener(event, request), handle: opened.value.handle, sha256: opened.value.sha256, folder }
}

const report = await openReport()
const tags = makeTags()
const requests: Record<string, SaveRequest> = {
  tags: { handle: report.handle, tags, editedText: null, textLength: text.length, outsideSources: [], versions: [], properties: emptyDocumentProperties(), overwrite: false },
  corrected: { handle: report.handle, tags, editedText: { baseSha256: report.sha256, doc: correctedDoc() }, textLength: text.length, outsideSources: [], versions: [], properties: emptyDocumentProperties(), overwrite: false }
}
const cpu: Record<string, number[]> = { tags: [], corrected: [] }
const wall: Record<string, number[]> = { tags: [], corrected: [] }

/** One save as main sees it: a fresh copy of the arguments (as Electron's clone gives), then the listener. */
async function measuredSave(kind: string): Promise<void> {
  const request = structuredClone(requests[kind])
  const cpuBefore = process.cpuUsage()
  const wallBefore = performance.now()
  const result = (await report.save(request)) as { ok: boolean; error?: { message: string } }
  const used = process.cpuUsage(cpuBefore)
  wall[kind].push(performance.now() - wallBefore)
  cpu[kind].push((used.user + used.system) / 1000)
  if (!result.ok) throw new Error(`save failed: ${result.error?.message}`)
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

afterAll(async () => {
  const bytes = (await fs.stat(path.join(report.folder, 'report.txt.bench.factmark.json'))).size
  console.log(`save cost: ${TAGS.toLocaleString('en')} tags, tag file ${(bytes / 1048576).toFixed(1)} MiB on disk after the last save`)
  for (const kind of ['tags', 'corrected']) {
    // The first run of each case warms up the JIT and creates the file; it is left out.
    const c = cpu[kind].slice(1)
    const w = wall[kind].slice(1)
    const label = kind === 'tags' ? '5,000 tags' : '5,000 tags + corrected text'
    console.log(`  ${label}: main CPU per save median ${median(c).toFixed(1)} ms (min ${Math.min(...c).toFixed(1)}, ${c.length} saves), wall median ${median(w).toFixed(1)} ms`)
  }
  await fs.rm(report.folder, { recursive: true, force: true })
})

describe(`one autosave in main, ${TAGS.toLocaleString('en')} tags`, () => {
  bench('guard + handler + store, tags only', () => measuredSave('tags'), { iterations: RUNS, time: 0, warmupIterations: 1, warmupTime: 0 })
  bench('guard + handler + store, with a corrected text', () => measuredSave('corrected'), { iterations: RUNS, time: 0, warmupIterations: 1, warmupTime: 0 })
})
