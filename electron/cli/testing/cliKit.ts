/**
 * Test kit of the `factmark` command's tests, which run the REAL command: the bin launcher
 * package.json names, as a child process in plain Node, on temp folders holding articles and tag
 * files written as the app writes them. Only tests import it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeAll, expect } from 'vitest'
import { describeRange } from '../../../shared/anchoring/anchor'
import { importText } from '../../../shared/article/importText'
import { plainTextOf } from '../../../shared/article/plainText'
import { applyTagPatch, createTag, type Tag, type TagKind } from '../../../shared/model/tag'
import { buildSidecar, parseSidecar, sidecarFileName, type Annotator, type EditedText, type Sidecar } from '../../../shared/sidecar'

export const ROOT = resolve(__dirname, '../../..')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }
/** The launcher `npx factmark` runs. */
export const BIN = join(ROOT, pkg.bin.factmark)
/** The sample article (French). */
export const SAMPLE = readFileSync(join(ROOT, 'electron/resources/russie-coree-du-nord.fr.txt'), 'utf8')
/** Makes `import 'electron'` and `require('electron')` fail in the process it is loaded into. */
export const NO_ELECTRON = join(ROOT, 'electron/cli/noElectron.testHook.mjs')
export const NOW = '2026-11-26T10:00:00.000Z'

/** Builds the bundle afresh once before the file's tests (call at the top of a test file). */
export function buildCliBeforeAll(): void {
  beforeAll(() => {
    const built = spawnSync(process.execPath, [join(ROOT, 'electron/cli/buildCli.mjs')], { encoding: 'utf8' })
    expect(built.stderr.trim()).toBe('')
    expect(built.status).toBe(0)
  }, 120_000)
}

/** A maker of temp folders removed after each test (call at the top of a test file). */
export function tempFolders(prefix = 'factmark-cli-'): () => string {
  let folders: string[] = []
  afterEach(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true })
    folders = []
  })
  return () => {
    const folder = mkdtempSync(join(tmpdir(), prefix))
    folders.push(folder)
    return folder
  }
}

export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

export interface RunOptions {
  nodeArgs?: string[]
  cwd?: string
  /** Added to the environment. FACTMARK_USER_DATA is set to a folder without settings, LC_ALL to English, unless given. */
  env?: Record<string, string>
}

function envFor(options: RunOptions): NodeJS.ProcessEnv {
  // No test reads the settings of the machine it runs on.
  // In English unless a test asks otherwise: the command follows LC_ALL, LC_MESSAGES and LANG.
  return { ...process.env, LC_ALL: 'C.UTF-8', FACTMARK_USER_DATA: join(tmpdir(), 'factmark-cli-no-settings'), ...options.env }
}

/** Runs the command to its end. */
export function factmark(args: string[], options: RunOptions = {}): Run {
  const run = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], { encoding: 'utf8', cwd: options.cwd ?? ROOT, env: envFor(options) })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** Starts the command without waiting for it (to kill it). */
export function startFactmark(args: string[], options: RunOptions = {}): ChildProcess {
  return spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], { cwd: options.cwd ?? ROOT, env: envFor(options), stdio: 'ignore' })
}

/** Every file under `folder` with its bytes and modification time, to prove nothing changed. */
export function snapshot(folder: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name)
    out[path] = entry.isFile() ? `${statSync(path).mtimeMs} ${sha256Of(readFileSync(path))}` : 'folder'
  }
  return out
}

export const sha256Of = (bytes: string | Buffer): string => createHash('sha256').update(bytes).digest('hex')

/** The tag file at `path`, as the app reads it; throws when it does not read. */
export function readTagFile(path: string): Sidecar {
  const parsed = parseSidecar(readFileSync(path, 'utf8'))
  if (!parsed.ok) throw new Error(parsed.error.message)
  return parsed.sidecar
}

/** A tag to write: on the `occurrence`-th (from 0) occurrence of `quote`. */
export interface QuoteTag {
  quote: string
  kind: TagKind
  occurrence?: number
}

/** The annotators the CLI tests write tag files as. */
export const ANNA: Annotator = { id: 'a-anna', name: 'Anna Martin' }
export const BOB: Annotator = { id: 'b-bob', name: 'Bob' }
/** Anna's tags on the sample article: a claim, an entity and a source. */
export const ANNA_TAGS: readonly QuoteTag[] = [
  { quote: 'la RPDC est un partenaire important de la Russie', kind: 'claim' },
  { quote: 'Sergueï Choïgou', kind: 'entity' },
  { quote: 'l’agence de presse officielle KCNA', kind: 'source' }
]

/**
 * Writes a tag file as the app saves one for the article `articleName` whose file holds
 * `articleText`; tag ids are `<annotator id>-<index>`. `rate` gives claims the verdict mostly-false.
 * Returns its path and the sidecar.
 */
export function writeTagFile(
  folder: string,
  articleName: string,
  articleText: string,
  annotator: Annotator,
  quotes: readonly QuoteTag[],
  options: { editedText?: EditedText | null; rate?: boolean; properties?: Sidecar['properties'] } = {}
): { path: string; sidecar: Sidecar } {
  const plain = plainTextOf(importText(articleText)).text
  const author = { annotatorId: annotator.id, name: annotator.name }
  const tags = quotes.map(({ quote, kind, occurrence = 0 }, i): Tag => {
    let at = -1
    for (let k = 0; k <= occurrence; k++) at = plain.indexOf(quote, at + 1)
    if (at < 0) throw new Error(`test setup: no “${quote}” #${occurrence}`)
    const tag = createTag({ id: `${annotator.id}-${i}`, kind, target: describeRange(plain, at, at + quote.length), author, now: NOW })
    return options.rate && kind === 'claim' ? applyTagPatch(tag, { claim: { verdict: 'mostly-false' } }, author, NOW) : tag
  })
  const sidecar = buildSidecar({
    article: { fileName: articleName, sha256: sha256Of(articleText), textLength: plain.length },
    annotator,
    tags,
    editedText: options.editedText ?? null,
    properties: options.properties,
    now: NOW
  })
  const path = join(folder, sidecarFileName(articleName, annotator))
  writeFileSync(path, `${JSON.stringify(sidecar, null, 2)}\n`)
  return { path, sidecar }
}
