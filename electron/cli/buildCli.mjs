// Builds the `factmark` command into one ES module, out/cli/factmark.mjs, for plain Node 20.
// Its dependencies are bundled in (one file loads several times faster than zod, ProseMirror and
// markdown-it from node_modules), except jsdom, which is loaded from node_modules only for an
// HTML article. electron is never among them.
// The bundle is written to a temp folder and renamed into place, so a command starting while a
// build runs finds either the old bundle or the new one, never half of one.
// Run as a script (`node electron/cli/buildCli.mjs`) by `npm run build` and the CLI tests; the
// launcher (bin.mjs) imports it when the bundle is missing or older than its sources.
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** The bundle the launcher runs. */
export const BUNDLE = join(root, 'out/cli/factmark.mjs')

/** Folders whose files the bundle is built from (the CLI, main's modules it uses, shared/). */
const SOURCE_FOLDERS = ['electron/cli', 'electron/main', 'shared'].map((folder) => join(root, folder))

async function newestMtime(folder) {
  let newest = 0
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, await newestMtime(path))
    else if (/\.(ts|mjs|json)$/.test(entry.name)) newest = Math.max(newest, (await stat(path)).mtimeMs)
  }
  return newest
}

/** True when the bundle is missing or older than one of its sources (or package.json). */
export async function isCliStale() {
  let built
  try {
    built = (await stat(BUNDLE)).mtimeMs
  } catch {
    // No bundle yet.
    return true
  }
  let newest = (await stat(join(root, 'package.json'))).mtimeMs
  for (const folder of SOURCE_FOLDERS) newest = Math.max(newest, await newestMtime(folder))
  return newest > built
}

/** Builds the bundle. Resolves when out/cli/factmark.mjs is in place. */
export async function buildCli() {
  const { build } = await import('vite')
  const temp = join(root, 'out/cli', `.build-${process.pid}-${Date.now()}`)
  await mkdir(temp, { recursive: true })
  try {
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      build: {
        ssr: join(root, 'electron/cli/main.ts'),
        target: 'node20',
        outDir: temp,
        emptyOutDir: false,
        minify: false,
        copyPublicDir: false,
        rollupOptions: { output: { format: 'es', entryFileNames: 'factmark.mjs', codeSplitting: false } }
      },
      ssr: { target: 'node', noExternal: true, external: ['jsdom'] }
    })
    await rename(join(temp, 'factmark.mjs'), BUNDLE)
  } finally {
    await rm(temp, { recursive: true, force: true })
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await buildCli()
}
