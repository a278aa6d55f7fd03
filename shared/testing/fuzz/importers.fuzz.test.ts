/**
 * Fuzz campaigns over every importer, the sidecar parser and anchoring, plus the replay of every
 * regression fixture in fixtures/. The HTML importer runs on a jsdom window of its own, as in
 * the `factmark` command; the generators and checks are beside this file.
 *
 * `npm test` runs a short campaign per target with a fixed seed. The long run sets FUZZ_RUNS
 * (the count for every target) and may set FUZZ_SEED to explore other inputs:
 *   FUZZ_RUNS=10000 npx vitest run shared/testing/fuzz/importers.fuzz.test.ts
 * Each campaign prints one summary line (target, runs, failures, slowest input). A failing input
 * is saved as a fixture, `<target>-<seed>-<index>.<ext>`, and its path printed; keep it in the
 * repository once the bug is fixed, so it is replayed from then on.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { JSDOM } from 'jsdom'
import { afterAll, describe, expect, it } from 'vitest'
import DOMPurify from 'dompurify'
import { createHtmlImporter, importHtml } from '../../article/importHtml'
import { loadArticle } from '../../article/loadArticle'
import { anchorTarget as anchor } from '../../anchoring/anchor'
import { decodeArticleBytes } from '../../article/decodeText'
import { importMarkdown } from '../../article/importMarkdown'
import { importText } from '../../article/importText'
import { bratImportFormat } from '../../formats/brat'
import { parseSidecar } from '../../sidecar'
import { bratTarget } from './bratTarget'
import type { FuzzCorpus } from './generators'
import { fixtureName, parseFixtureName, runCheck, runFuzzCampaign, summarize, type FuzzTarget } from './runFuzz'
import { anchorTarget, bytesTarget, htmlTarget, loadTarget, markdownTarget, sidecarTarget, textTarget } from './targets'

const here = dirname(fileURLToPath(import.meta.url))
const FIXTURES = join(here, 'fixtures')
const corpus: FuzzCorpus = { sample: readFileSync(resolve(here, '../../../electron/resources/russie-coree-du-nord.fr.txt'), 'utf8') }

const SEED = positiveIntegerFromEnv('FUZZ_SEED') ?? 20230727
const LONG_RUNS = positiveIntegerFromEnv('FUZZ_RUNS')
/** Per-campaign time limit: generous for the short run, unbounded in practice for the long one. */
const TIMEOUT_MS = LONG_RUNS === undefined ? 120_000 : 2 * 60 * 60 * 1000

function positiveIntegerFromEnv(name: string): number | undefined {
  const value = process.env[name]
  if (value === undefined || value === '') return undefined
  const number = Number(value)
  if (!Number.isSafeInteger(number) || number <= 0) throw new Error(`${name} must be a positive integer, got "${value}"`)
  return number
}

// The HTML importer needs a DOM window. A jsdom window of our own, rather than a jsdom test
// environment, keeps the other targets on Node's own URL and globals, as in main and the CLI.
const dom = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>')
// jsdom's window implements the DOM Window the importer is typed with.
const win = dom.window as unknown as Window & typeof globalThis
const htmlDom = { window: win, purify: DOMPurify }

/** Nothing an import does may reach the window's own page. */
function pageUntouched(): string | null {
  if (win.document.body.innerHTML !== '') return `the page body changed: ${win.document.body.innerHTML.slice(0, 80)}`
  if (win.document.head.querySelector('meta, base, script, link, style')) return 'an element reached the page head'
  return null
}

interface CampaignResult {
  summary: string
  runs: number
  failures: { fixture: string; content: Uint8Array; seed: number; error: string }[]
}

/** One target with its input type sealed in, so campaigns of different inputs share a list. */
interface Campaign {
  name: string
  /** Inputs in the short run; chosen so that all campaigns together take well under 20 s. */
  shortRuns: number
  run(seed: number, runs: number): CampaignResult
  /** Runs the check on a fixture file's content: null when it passes. */
  replay(extension: string, content: Uint8Array): string | null
  /** Sets up globals the target needs, and returns how to undo it. */
  setup?: () => () => void
}

function campaign<I>(target: FuzzTarget<I>, shortRuns: number, setup?: () => () => void): Campaign {
  return {
    name: target.name,
    shortRuns,
    setup,
    run: (seed, runs) => {
      const report = runFuzzCampaign({ seed, runs, target })
      return {
        summary: summarize(report),
        runs: report.runs,
        failures: report.failures.map((failure) => ({
          fixture: fixtureName(target, seed, failure),
          content: target.fixture.encode(failure.input),
          seed: failure.seed,
          error: failure.error
        }))
      }
    },
    replay: (extension, content) => runCheck(target, target.fixture.decode(extension, content))
  }
}

const campaigns: Campaign[] = [
  campaign(bytesTarget(decodeArticleBytes, corpus), 1000),
  campaign(textTarget(importText, corpus), 1000),
  campaign(markdownTarget(importMarkdown, corpus), 1000),
  campaign(htmlTarget((html) => importHtml(html, htmlDom), corpus, pageUntouched), 300),
  campaign(loadTarget((format, text) => loadArticle(format, text, createHtmlImporter(htmlDom)), corpus), 300),
  campaign(sidecarTarget(parseSidecar, corpus), 1000),
  campaign(anchorTarget(anchor, corpus), 1000),
  campaign(bratTarget(bratImportFormat.parse, corpus), 300)
]
const byName = new Map(campaigns.map((c) => [c.name, c]))

function withSetup<T>(entry: Campaign, run: () => T): T {
  const undo = entry.setup?.()
  try {
    return run()
  } finally {
    undo?.()
  }
}

function saveFixture(name: string, content: Uint8Array): string {
  mkdirSync(FIXTURES, { recursive: true })
  const path = join(FIXTURES, name)
  writeFileSync(path, content)
  return path
}

describe('fuzz campaigns', () => {
  const summaries: string[] = []
  afterAll(() => {
    if (summaries.length > 0) console.log(summaries.join('\n'))
  })

  it.each(campaigns.map((c) => [c.name, c] as const))(
    '%s: no crash, no malformed result, no unclear error',
    (name, entry) => {
      const runs = LONG_RUNS ?? entry.shortRuns
      const report = withSetup(entry, () => entry.run(SEED, runs))
      summaries.push(report.summary)
      const problems = report.failures.map((failure) => {
        const path = saveFixture(failure.fixture, failure.content)
        return `${path} (input seed ${failure.seed}): ${failure.error}`
      })
      if (problems.length > 0) console.error(`fuzz ${name}: failing inputs saved as fixtures:\n${problems.join('\n')}`)
      expect(problems).toEqual([])
      expect(report.runs).toBe(runs)
    },
    TIMEOUT_MS
  )
})

describe('regression fixtures', () => {
  const files = (() => {
    try {
      return readdirSync(FIXTURES).filter((name) => !name.startsWith('.')).sort()
    } catch {
      // No fixtures directory yet: nothing to replay.
      return []
    }
  })()

  it('are all named <target>-<seed>-<index>.<ext> after a known target', () => {
    const unknown = files.filter((name) => {
      const parsed = parseFixtureName(name)
      return !parsed || !byName.has(parsed.target)
    })
    expect(unknown).toEqual([])
  })

  const replayable = files.flatMap((name) => {
    const parsed = parseFixtureName(name)
    const entry = parsed && byName.get(parsed.target)
    return parsed && entry ? [{ name, extension: parsed.extension, entry }] : []
  })

  it.each(replayable)('$name passes', ({ name, extension, entry }) => {
    const content = new Uint8Array(readFileSync(join(FIXTURES, name)))
    expect(withSetup(entry, () => entry.replay(extension, content))).toBeNull()
  })
})
