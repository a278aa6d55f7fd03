// Reads the fuses of a packaged Factmark binary and compares them with package.json's
// build.electronFuses, which electron-builder flips while packaging. Exits 1 when any differs.
// Usage: node electron/package/checkFuses.mjs [path to the packaged executable]
// (default: release/linux-unpacked/factmark, what `npm run package` writes).
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import fuses from '@electron/fuses'

// @electron/fuses is CommonJS; its exports come through the default import.
const { FuseV1Options, getCurrentFuseWire } = fuses
// A fuse is one byte of the wire: ASCII '1' enabled, '0' disabled (@electron/fuses FuseState).
const ENABLED = '1'.charCodeAt(0)
const DISABLED = '0'.charCodeAt(0)
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const expected = pkg.build?.electronFuses ?? {}
const output = pkg.build?.directories?.output ?? 'dist'
const binary = resolve(process.argv[2] ?? join(root, output, 'linux-unpacked', pkg.name))

const wire = await getCurrentFuseWire(binary)
const lines = []
let mismatches = 0
for (const [key, wanted] of Object.entries(expected)) {
  // package.json names a fuse in camelCase (runAsNode), @electron/fuses in PascalCase (RunAsNode).
  const option = FuseV1Options[key[0].toUpperCase() + key.slice(1)]
  const state = option === undefined ? undefined : wire[option]
  const actual = state === ENABLED ? true : state === DISABLED ? false : undefined
  const ok = actual === wanted
  if (!ok) mismatches += 1
  lines.push(`${ok ? 'ok ' : 'BAD'} ${key}: ${actual === undefined ? 'absent from this Electron' : actual} (want ${wanted})`)
}
process.stdout.write(`Fuses of ${binary}\n${lines.join('\n')}\n`)
if (mismatches > 0) {
  process.stderr.write(`${mismatches} fuse(s) differ from package.json build.electronFuses\n`)
  process.exit(1)
}
