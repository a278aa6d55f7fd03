/**
 * Checklist items 3 and 20: the preload exposes one object of functions and never Electron itself.
 */
import ts from 'typescript'
import type { Source } from './sources'
import { asFunction, bindingOf, descendants, enclosingFunction, isInside, methodCalls, paramName, parse, resolveValue, stringValue, unwrap, usesOf, where } from './syntax'

/** The only calls the preload may make on what it imports from electron. */
export const ALLOWED_ELECTRON_CALLS: Record<string, string[]> = {
  contextBridge: ['exposeInMainWorld'],
  ipcRenderer: ['invoke', 'on', 'removeListener', 'off'],
  webUtils: ['getPathForFile']
}

function isFunctionExpression(node: ts.Node): boolean {
  const value = ts.isExpression(node) ? unwrap(node) : node
  return ts.isArrowFunction(value) || ts.isFunctionExpression(value)
}

/**
 * What is wrong with spreading `spread` into the exposed object: it must be a table of functions
 * built in this file — a `const` initialised to `{}` whose only other uses assign a function
 * expression to one of its entries (the loop over the contract).
 */
function functionTableProblems(spread: ts.Expression, file: ts.SourceFile): string[] {
  const table = unwrap(spread)
  const binding = ts.isIdentifier(table) ? bindingOf(table) : undefined
  const initial = binding?.kind === 'const' ? binding.initializer : undefined
  if (!ts.isIdentifier(table) || !initial || !ts.isObjectLiteralExpression(initial) || initial.properties.length > 0) {
    return [`${where(spread)} ...${spread.getText()} is exposed as a value, not a table of functions built here`]
  }
  const problems: string[] = []
  for (const use of usesOf(file, table.text)) {
    if (isInside(use, spread)) continue
    const entry = use.parent
    const assignment = entry.parent
    const isEntryAssignment =
      (ts.isElementAccessExpression(entry) || ts.isPropertyAccessExpression(entry)) &&
      entry.expression === use &&
      ts.isBinaryExpression(assignment) &&
      assignment.left === entry &&
      assignment.operatorToken.kind === ts.SyntaxKind.EqualsToken
    if (!isEntryAssignment) problems.push(`${where(use)} ${table.text} is used as a value: what it holds could be anything`)
    else if (!isFunctionExpression(assignment.right)) problems.push(`${where(assignment)} ${entry.getText()} is exposed as a value, not a function`)
  }
  return problems
}

/**
 * A channel fixed by shared/ipc: one of its constants (`COMMAND_CHANNEL`, `CHANNELS.saveTags`), or
 * `CHANNELS[name]` where `name` is a loop variable over one of its lists (`METHOD_NAMES`), directly
 * or through a `const`. Never a parameter, so the page cannot choose it.
 */
function isConstantChannel(expression: ts.Expression, sharedNames: string[]): boolean {
  const e = unwrap(expression)
  const isShared = (node: ts.Expression) => ts.isIdentifier(unwrap(node)) && sharedNames.includes(unwrap(node).getText())
  if (ts.isIdentifier(e)) {
    // An import of shared/ipc, unless a parameter or local const of that name hides it here.
    if (sharedNames.includes(e.text)) return bindingOf(e).kind === 'unknown'
    const binding = bindingOf(e)
    return binding.kind === 'const' && isConstantChannel(binding.initializer, sharedNames)
  }
  if (ts.isPropertyAccessExpression(e)) return isShared(e.expression)
  if (ts.isElementAccessExpression(e) && isShared(e.expression)) {
    const key = unwrap(e.argumentExpression)
    if (stringValue(key) !== undefined) return true
    const binding = ts.isIdentifier(key) ? bindingOf(key) : undefined
    return binding?.kind === 'loop' && isShared(binding.iterated)
  }
  return false
}

/**
 * The preload exposes exactly one object of functions (a spread of it only from a table of
 * functions built by a loop here); Electron's objects are only ever called (ipcRenderer.invoke/on/
 * removeListener inside those functions, on a channel fixed by shared/ipc), never handed to the
 * page as values; and a listener never forwards the IpcRendererEvent, whose `sender` is
 * ipcRenderer itself.
 */
export function checkPreload(source: Source): string[] {
  const file = parse(source)
  const problems: string[] = []
  const electronNames: string[] = []
  const sharedNames: string[] = []
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !statement.importClause || statement.importClause.isTypeOnly) continue
    const from = stringValue(statement.moduleSpecifier) ?? ''
    const bindings = statement.importClause.namedBindings
    const names = [
      ...(statement.importClause.name ? [statement.importClause.name.text] : []),
      ...(bindings && ts.isNamespaceImport(bindings) ? [bindings.name.text] : []),
      ...(bindings && ts.isNamedImports(bindings) ? bindings.elements.filter((e) => !e.isTypeOnly).map((e) => e.name.text) : [])
    ]
    if (from === 'electron') electronNames.push(...names)
    else if (/(^|\/)shared\/ipc$/.test(from)) sharedNames.push(...names)
  }

  const exposes = methodCalls(file, ['exposeInMainWorld', 'exposeInIsolatedWorld'])
  if (exposes.length !== 1) problems.push(`contextBridge exposes ${exposes.length} objects, not exactly one`)
  for (const { call, method } of exposes) {
    const argument = call.arguments[method === 'exposeInMainWorld' ? 1 : 2]
    const api = argument ? resolveValue(argument, file) : undefined
    if (!api || !ts.isObjectLiteralExpression(api)) {
      problems.push(`${where(call)} exposes ${argument?.getText() ?? 'nothing'}, not an object literal of functions`)
      continue
    }
    for (const property of api.properties) {
      if (ts.isSpreadAssignment(property)) {
        problems.push(...functionTableProblems(property.expression, file))
        continue
      }
      const name = property.name.getText()
      const value = ts.isPropertyAssignment(property) ? unwrap(property.initializer) : undefined
      const isFunction = ts.isMethodDeclaration(property) || (value !== undefined && (ts.isArrowFunction(value) || ts.isFunctionExpression(value)))
      if (!isFunction) problems.push(`${where(property)} ${name} is exposed as a value, not a function`)
    }
  }

  for (const name of electronNames) {
    for (const use of usesOf(file, name)) {
      const access = use.parent
      const call = access.parent
      const method = ts.isPropertyAccessExpression(access) && access.expression === use ? access.name.text : undefined
      if (!method || !ts.isCallExpression(call) || call.expression !== access) {
        problems.push(`${where(use)} ${name}${method ? `.${method}` : ''} is used as a value: it could reach the page`)
        continue
      }
      if (!(ALLOWED_ELECTRON_CALLS[name] ?? []).includes(method)) problems.push(`${where(call)} ${name}.${method}() is not allowed in the preload`)
      if (name !== 'ipcRenderer') continue
      if (!enclosingFunction(call)) problems.push(`${where(call)} ${name}.${method}() runs at load, outside an API function`)
      const channel = call.arguments[0] ? unwrap(call.arguments[0]) : undefined
      if (!channel || !isConstantChannel(channel, sharedNames)) problems.push(`${where(call)} channel ${channel?.getText() ?? 'missing'} is not a constant of shared/ipc`)
      if (method === 'on') {
        const listener = asFunction(call.arguments[1], file)
        const event = listener ? paramName(listener, 0) : undefined
        if (!listener?.body) problems.push(`${where(call)} the listener is not a function of this file`)
        else if (event && usesOf(listener.body, event).length > 0) problems.push(`${where(listener)} the listener hands on the IpcRendererEvent`)
      }
    }
  }

  for (const node of descendants(file)) {
    if (!ts.isBinaryExpression(node) || node.operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue
    const target = unwrap(node.left)
    const base = ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target) ? unwrap(target.expression) : undefined
    if (base && ts.isIdentifier(base) && ['window', 'globalThis', 'self', 'document'].includes(base.text)) {
      problems.push(`${where(node)} assigns to ${target.getText()}: only contextBridge exposes anything`)
    }
  }
  return problems
}
