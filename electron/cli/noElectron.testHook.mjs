// Test support, loaded with `node --import`: makes electron unresolvable in the process, for ES
// imports (a module resolve hook) and for require (Module._resolveFilename), so a test can show
// that the `factmark` command never loads it.
import Module, { register } from 'node:module'

const MESSAGE = 'electron is unresolvable in this test'
const isElectron = (specifier) => specifier === 'electron' || specifier.startsWith('electron/')

register(
  `data:text/javascript,${encodeURIComponent(`
    export async function resolve(specifier, context, next) {
      if (specifier === 'electron' || specifier.startsWith('electron/')) throw new Error(${JSON.stringify(MESSAGE)})
      return next(specifier, context)
    }`)}`
)

const resolveFilename = Module._resolveFilename
Module._resolveFilename = function (request, ...rest) {
  if (isElectron(request)) throw new Error(MESSAGE)
  return resolveFilename.call(this, request, ...rest)
}
