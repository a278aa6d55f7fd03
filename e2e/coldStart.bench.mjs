// Benchmark, not a test: how long Factmark takes from launch to the article on screen.
// Prints figures for a first start (fresh profile: sample copied, name prompt) and a second
// start (annotator known). Run: `npm run bench:cold-start` (builds first).
import { _electron as electron } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

if (process.platform === 'linux' && !process.env.DISPLAY) {
  const result = spawnSync('xvfb-run', ['-a', process.execPath, ...process.argv.slice(1)], { stdio: 'inherit' })
  process.exit(result.status ?? 1)
}

const root = resolve(import.meta.dirname, '..')
const RUNS = Number(process.env.RUNS ?? 7)

async function launch(userData) {
  const args = [join(root, 'out/main/index.cjs')]
  if (process.getuid?.() === 0) args.push('--no-sandbox')
  const started = performance.now()
  const app = await electron.launch({ args, cwd: root, env: { ...process.env, FACTMARK_USER_DATA: userData } })
  const page = await app.firstWindow()
  await page.locator('.ProseMirror p').first().waitFor()
  return { app, page, ms: performance.now() - started }
}

function summary(label, values) {
  const sorted = [...values].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)]
  console.log(`${label}: median ${median.toFixed(0)} ms, min ${sorted[0].toFixed(0)} ms, max ${sorted.at(-1).toFixed(0)} ms (${values.length} runs)`)
}

const first = []
const warm = []
for (let i = 0; i < RUNS; i++) {
  const userData = await mkdtemp(join(tmpdir(), 'factmark-bench-'))
  let { app, page, ms } = await launch(userData)
  first.push(ms)
  await page.getByLabel('Your name').fill('Bench')
  await page.getByRole('button', { name: 'Start tagging' }).click()
  await page.getByRole('dialog').waitFor({ state: 'detached' })
  await app.close()
  ;({ app, page, ms } = await launch(userData))
  warm.push(ms)
  await app.close()
  await rm(userData, { recursive: true, force: true })
}
summary('first start (launch → sample article visible)', first)
summary('second start (launch → article visible)', warm)
