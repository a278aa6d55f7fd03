// `npm start [-- <article>]`: makes sure Electron's binary is installed (Electron 42+ fetches it
// on first use), builds the app and starts it on the article, or on the bundled sample article.
import { createRequire } from 'node:module'
import { isAbsolute, resolve } from 'node:path'

const require = createRequire(import.meta.url)
require('electron')

const userCwd = process.env.INIT_CWD ?? process.cwd()
const files = process.argv.slice(2).map((arg) => (arg.startsWith('-') || isAbsolute(arg) ? arg : resolve(userCwd, arg)))
process.env.ELECTRON_CLI_ARGS = JSON.stringify(files)
// Chromium refuses to start as root with its OS sandbox on; the page sandbox still applies.
if (process.getuid?.() === 0) process.env.NO_SANDBOX = '1'

const { preview } = await import('electron-vite')
await preview({}, { skipBuild: false })
