// Runs the Playwright suite; on Linux without a display it runs it under xvfb-run, so
// `npm test` works the same on a desktop, a headless server and CI.
import { spawnSync } from 'node:child_process'

const args = ['playwright', 'test', ...process.argv.slice(2)]
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY
const [command, commandArgs] = headless ? ['xvfb-run', ['-a', 'npx', ...args]] : ['npx', args]
const result = spawnSync(command, commandArgs, { stdio: 'inherit' })
if (result.error) {
  console.error(`Could not run ${command}: ${result.error.message}${headless ? ' (install the xvfb package)' : ''}`)
  process.exit(1)
}
process.exit(result.status ?? 1)
