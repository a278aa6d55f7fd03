/**
 * Checklist item 5: permission handlers that deny everything, installed on the default session.
 */
import ts from 'typescript'
import type { Source } from './sources'
import { asFunction, descendants, enclosingDeclaration, exits, type FunctionNode, isFalse, methodCalls, paramName, parse, returnedValues, usesOf, where } from './syntax'

/** A request handler answers only `callback(false)`, and never hands the callback on. */
export function deniesEveryRequest(fn: FunctionNode): string | undefined {
  const callback = paramName(fn, 2)
  if (!callback || !fn.body) return 'takes no callback, so it never answers'
  const uses = usesOf(fn.body, callback)
  if (uses.length === 0) return 'never calls its callback'
  for (const use of uses) {
    const call = use.parent
    if (!ts.isCallExpression(call) || call.expression !== use) return `hands its callback on at ${where(use)}`
    if (call.arguments.length !== 1 || !isFalse(call.arguments[0])) return `grants at ${where(call)}: ${call.getText()}`
  }
  return undefined
}

/** A check handler returns false on every path. */
export function deniesEveryCheck(fn: FunctionNode): string | undefined {
  const values = returnedValues(fn)
  if (values.length === 0) return 'returns nothing'
  const bad = values.find((value) => !isFalse(value))
  if (bad !== undefined || values.includes(undefined)) return `returns ${bad?.getText() ?? 'undefined'}`
  if (fn.body && ts.isBlock(fn.body)) {
    const last = fn.body.statements[fn.body.statements.length - 1]
    if (!last || !exits(last)) return 'can fall through without returning false'
  }
  return undefined
}

/**
 * Permission request and check handlers exist and deny everything, and the function that installs
 * them is applied to the default session, the only one the app uses.
 */
export function checkPermissions(sources: Source[]): string[] {
  const problems: string[] = []
  const installers = new Set<string>()
  const seen = new Set<string>()
  const handlers: Record<string, (fn: FunctionNode) => string | undefined> = {
    setPermissionRequestHandler: deniesEveryRequest,
    setPermissionCheckHandler: deniesEveryCheck,
    setDevicePermissionHandler: deniesEveryCheck
  }
  for (const source of sources) {
    const file = parse(source)
    for (const { call, method } of methodCalls(file, Object.keys(handlers))) {
      seen.add(method)
      const fn = asFunction(call.arguments[0], file)
      const problem = fn ? handlers[method](fn) : `is given ${call.arguments[0]?.getText() ?? 'nothing'}, not a function (null restores "allow everything")`
      if (problem) problems.push(`${where(call)} ${method} ${problem}`)
      const installer = enclosingDeclaration(call)?.name?.text
      if (installer) installers.add(installer)
      else problems.push(`${where(call)} ${method} is not inside a named function applied to the default session`)
    }
    for (const { call, method } of methodCalls(file, ['fromPartition', 'fromPath'])) {
      problems.push(`${where(call)} session.${method}(): a second session would need its own handlers`)
    }
  }
  for (const required of ['setPermissionRequestHandler', 'setPermissionCheckHandler']) {
    if (!seen.has(required)) problems.push(`no ${required}: Electron grants every permission by default`)
  }
  for (const installer of installers) {
    const applied = sources.some((source) =>
      descendants(parse(source)).some(
        (node) =>
          ts.isCallExpression(node) &&
          ts.isIdentifier(node.expression) &&
          node.expression.text === installer &&
          node.arguments[0]?.getText() === 'session.defaultSession'
      )
    )
    if (!applied) problems.push(`${installer}() is never called with session.defaultSession`)
  }
  return problems
}
