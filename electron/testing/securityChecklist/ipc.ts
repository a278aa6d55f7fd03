/**
 * Checklist item 17: IPC handlers registered only through the guard that checks the sender and
 * the arguments, and every method of the contract registered through the one loop over it.
 */
import ts from 'typescript'
import type { Source } from './sources'
import {
  asFunction,
  bindingOf,
  constInitializer,
  descendants,
  enclosingFunction,
  exitsByThrow,
  isFunctionNode,
  isInside,
  methodCalls,
  nameText,
  paramName,
  parse,
  resolveValue,
  stringValue,
  unwrap,
  usesOf,
  where,
  type FunctionNode
} from './syntax'

export const LISTEN_METHODS = ['handle', 'handleOnce', 'on', 'once', 'addListener', 'prependListener', 'prependOnceListener']

/** The functions ipcMain may be handed to: the guard, and the loop that hands it on to the guard. */
export const GUARD_FUNCTIONS = ['guardChannel', 'registerHandler', 'registerHandlers']

/** `if (!<condition>) … throw`, where `isCondition` accepts the negated expression. */
function isRejectIf(statement: ts.Statement | undefined, isCondition: (e: ts.Expression) => boolean): boolean {
  if (!statement || !ts.isIfStatement(statement) || !exitsByThrow(statement.thenStatement)) return false
  const condition = unwrap(statement.expression)
  return ts.isPrefixUnaryExpression(condition) && condition.operator === ts.SyntaxKind.ExclamationToken && isCondition(unwrap(condition.operand))
}

/**
 * The listener's first statement rejects an untrusted sender (`if (!check(event)) throw`); the
 * next two parse its arguments with a schema and reject a failure (`const p = s.safeParse(raw)`,
 * `if (!p.success) throw`); and the guarded function (`run`, a parameter of the function around
 * the listener) is only reached after that, with `p.data`. Returns what is wrong, or undefined.
 */
function guardProblem(listener: FunctionNode): string | undefined {
  const event = paramName(listener, 0)
  const rest = listener.parameters[1]
  const raw = rest?.dotDotDotToken && ts.isIdentifier(rest.name) ? rest.name.text : undefined
  const statements = listener.body && ts.isBlock(listener.body) ? listener.body.statements : undefined
  if (!statements) return 'the listener has no body to check'
  let senderCheck: string | undefined
  const checksSender = isRejectIf(statements[0], (check) => {
    if (!ts.isCallExpression(check) || check.arguments[0]?.getText() !== event) return false
    senderCheck = check.expression.getText()
    return true
  })
  if (!checksSender) return 'the first statement must reject an untrusted sender (if (!check(event)) throw)'
  const parse = statements[1]
  const declaration = parse && ts.isVariableStatement(parse) ? parse.declarationList.declarations[0] : undefined
  const parsed = declaration && ts.isIdentifier(declaration.name) ? declaration.name.text : undefined
  const call = declaration?.initializer ? unwrap(declaration.initializer) : undefined
  const parsesRaw =
    call !== undefined &&
    ts.isCallExpression(call) &&
    ts.isPropertyAccessExpression(call.expression) &&
    call.expression.name.text === 'safeParse' &&
    raw !== undefined &&
    call.arguments.length === 1 &&
    call.arguments[0].getText() === raw
  const rejectsInvalid = isRejectIf(statements[2], (e) => ts.isPropertyAccessExpression(e) && e.name.text === 'success' && e.expression.getText() === parsed)
  if (!parsesRaw || !rejectsInvalid) {
    return 'the arguments must be parsed with a schema next, and a failure rejected (const p = schema.safeParse(raw); if (!p.success) throw)'
  }
  const outer = enclosingFunction(listener)
  const guarded = outer?.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : '')).filter((name) => name !== '' && name !== senderCheck) ?? []
  for (const statement of statements.slice(0, 3)) {
    for (const name of guarded) {
      if (usesOf(statement, name).some((use) => ts.isCallExpression(use.parent) && use.parent.expression === use)) {
        return `${name}() is called before the checks`
      }
    }
  }
  const rawAfter = statements.slice(3).flatMap((statement) => (raw ? usesOf(statement, raw) : []))
  if (rawAfter.length > 0) return `the unchecked arguments (${raw}) are used after the check at ${where(rawAfter[0])}`
  return undefined
}

/**
 * Handlers are registered only in `guardPath`, whose one ipcMain.handle call checks the sender
 * and then the arguments before anything else; everywhere else ipcMain is only handed to the
 * guard (or to the loop that hands it to the guard).
 */
export function checkIpcRegistration(sources: Source[], guardPath: string): string[] {
  const problems: string[] = []
  let guardCalls = 0
  for (const source of sources) {
    const file = parse(source)
    for (const { call, method, receiver } of methodCalls(file, LISTEN_METHODS)) {
      if (receiver !== 'ipcMain' && receiver !== 'ipc') continue
      if (source.path !== guardPath) {
        problems.push(`${where(call)} ${receiver}.${method}() outside ${guardPath}: skips the sender check`)
        continue
      }
      guardCalls += 1
      const listener = asFunction(call.arguments[1], file)
      const problem = method !== 'handle' ? 'only ipcMain.handle is allowed' : listener ? guardProblem(listener) : 'the listener is not a function of this file'
      if (problem) problems.push(`${where(call)} ${receiver}.${method}(): ${problem}`)
    }
    if (source.path === guardPath) continue
    for (const use of usesOf(file, 'ipcMain')) {
      const parent = use.parent
      const isMethodReceiver = ts.isPropertyAccessExpression(parent) && parent.expression === use
      const isHandedToGuard =
        ts.isCallExpression(parent) && parent.arguments[0] === use && ts.isIdentifier(parent.expression) && GUARD_FUNCTIONS.includes(parent.expression.text)
      if (!isMethodReceiver && !isHandedToGuard) problems.push(`${where(use)} ipcMain is handed to ${parent.getText().slice(0, 60)}`)
    }
  }
  if (guardCalls !== 1) problems.push(`${guardPath} has ${guardCalls} ipcMain.handle calls, not the one in the guard`)
  return problems
}

/** The `const name = {…}` object literal of that name in any of `sources`. */
function objectConst(sources: Source[], name: string): { source: Source; object: ts.ObjectLiteralExpression } | undefined {
  for (const source of sources) {
    const value = constInitializer(source, name)
    if (value && ts.isObjectLiteralExpression(value)) return { source, object: value }
  }
  return undefined
}

/**
 * The method → channel names of `CHANNELS` in the contract (`contractPath`), following its
 * spreads of the nouns' channel tables in `ipcSources`.
 */
export function channelsOf(ipcSources: Source[], contractPath = 'shared/ipc/contract.ts'): Map<string, string> {
  const contract = ipcSources.find((s) => s.path === contractPath)
  const value = contract && constInitializer(contract, 'CHANNELS')
  if (!contract || !value || !ts.isObjectLiteralExpression(value)) throw new Error(`${contractPath}: CHANNELS is not an object literal`)
  const channels = new Map<string, string>()
  const add = (object: ts.ObjectLiteralExpression) => {
    for (const property of object.properties) {
      if (ts.isSpreadAssignment(property)) {
        const spread = unwrap(property.expression)
        const noun = ts.isIdentifier(spread) ? objectConst(ipcSources, spread.text) : undefined
        if (!noun) throw new Error(`${where(property)}: CHANNELS spreads ${property.expression.getText()}, which is not a channel table of shared/ipc`)
        add(noun.object)
        continue
      }
      const key = nameText(property.name)
      if (key === undefined || !ts.isPropertyAssignment(property)) throw new Error(`${where(property)}: a channel table entry that cannot be read`)
      if (channels.has(key)) throw new Error(`${where(property)}: method ${key} has a second channel`)
      channels.set(key, stringValue(property.initializer) ?? '')
    }
  }
  add(value)
  return channels
}

/** `METHOD_NAMES` is every key of CHANNELS: `Object.keys(CHANNELS)`, filtered by a guard that keeps every own key. */
function methodNamesProblem(contract: Source): string | undefined {
  const value = constInitializer(contract, 'METHOD_NAMES')
  if (!value) return `${contract.path} declares no METHOD_NAMES`
  const isKeysOfChannels = (e: ts.Expression) =>
    ts.isCallExpression(e) && e.expression.getText() === 'Object.keys' && e.arguments.length === 1 && e.arguments[0].getText() === 'CHANNELS'
  if (isKeysOfChannels(value)) return undefined
  const filter = ts.isCallExpression(value) && ts.isPropertyAccessExpression(value.expression) && value.expression.name.text === 'filter' ? value : undefined
  if (filter && ts.isPropertyAccessExpression(filter.expression) && isKeysOfChannels(unwrap(filter.expression.expression))) {
    const predicate = filter.arguments[0] && ts.isIdentifier(filter.arguments[0]) ? filter.arguments[0].text : undefined
    const declaration = descendants(parse(contract)).find((n): n is ts.FunctionDeclaration => ts.isFunctionDeclaration(n) && n.name?.text === predicate)
    const body = declaration?.body?.statements
    const only = body?.length === 1 && ts.isReturnStatement(body[0]) ? body[0].expression : undefined
    const parameter = declaration ? paramName(declaration, 0) : undefined
    const text = only?.getText()
    if (text === `Object.prototype.hasOwnProperty.call(CHANNELS, ${parameter})` || text === `Object.hasOwn(CHANNELS, ${parameter})`) return undefined
  }
  return `${where(value)} METHOD_NAMES is ${value.getText().slice(0, 60)}, not every key of CHANNELS`
}

/**
 * `registerHandlers` loops over METHOD_NAMES and registers each through the guard, on the ipcMain
 * and with the sender check it was given, on `CHANNELS[name]` of the loop's name. Returns what is
 * wrong with it.
 */
function loopProblems(registerSource: Source): string[] {
  const file = parse(registerSource)
  const declaration = descendants(file).find((n): n is ts.FunctionDeclaration => ts.isFunctionDeclaration(n) && n.name?.text === 'registerHandlers')
  if (!declaration?.body) return [`${registerSource.path} has no function registerHandlers`]
  const target = paramName(declaration, 0)
  const sender = paramName(declaration, 1)
  const problems: string[] = []
  const guards = descendants(declaration.body).filter(
    (n): n is ts.CallExpression => ts.isCallExpression(n) && ts.isIdentifier(n.expression) && GUARD_FUNCTIONS.includes(n.expression.text)
  )
  if (guards.length !== 1) return [`${where(declaration)} registerHandlers makes ${guards.length} guard calls, not one in its loop`]
  const [guard] = guards
  const [ipc, check, channel] = guard.arguments
  if (ipc?.getText() !== target) problems.push(`${where(guard)} registers on ${ipc?.getText()}, not on the ipcMain it was given`)
  if (check?.getText() !== sender) problems.push(`${where(guard)} registers behind ${check?.getText()}, not the sender check it was given`)
  // The channel is CHANNELS[x], and x is the loop's name, directly or as the parameter of a function the loop calls with it.
  const access = channel ? unwrap(channel) : undefined
  const key = access && ts.isElementAccessExpression(access) && access.expression.getText() === 'CHANNELS' ? unwrap(access.argumentExpression) : undefined
  if (!key || !ts.isIdentifier(key)) {
    problems.push(`${where(guard)} registers on ${channel?.getText() ?? 'nothing'}, not on CHANNELS[name] of the loop`)
    return problems
  }
  const loops = descendants(declaration.body).filter((n): n is ts.ForOfStatement => ts.isForOfStatement(n))
  const overMethods = loops.filter((loop) => unwrap(loop.expression).getText() === 'METHOD_NAMES')
  if (overMethods.length !== 1 || loops.length !== 1) {
    problems.push(`${where(declaration)} registerHandlers does not loop over METHOD_NAMES (and nothing else)`)
    return problems
  }
  const [loop] = overMethods
  const binding = bindingOf(key)
  if (binding.kind === 'loop' && binding.loop === loop) return problems
  if (binding.kind === 'parameter' && isFunctionNode(binding.fn) && ts.isFunctionDeclaration(binding.fn) && binding.fn.name) {
    const index = binding.fn.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === key.text)
    const fnName = binding.fn.name.text
    const loopVariable = ts.isVariableDeclarationList(loop.initializer) ? loop.initializer.declarations[0]?.name.getText() : undefined
    const calls = descendants(declaration.body).filter(
      (n): n is ts.CallExpression => ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === fnName
    )
    const fromLoop = calls.length === 1 && isInside(calls[0], loop.statement) && calls[0].arguments[index]?.getText() === loopVariable
    if (fromLoop) return problems
  }
  problems.push(`${where(guard)} CHANNELS[${key.text}] is not the name the loop over METHOD_NAMES gives`)
  return problems
}

/**
 * Every method of the contract is registered in main through the one loop (registerHandlers,
 * called once from `mainSource` behind a sender check made by makeSenderCheck), and no channel
 * name is used twice. `registered` lists the methods the loop registers.
 */
export function checkChannels(
  ipcSources: Source[],
  registerSource: Source,
  mainSource: Source,
  contractPath = 'shared/ipc/contract.ts'
): { registered: string[]; problems: string[] } {
  const channels = channelsOf(ipcSources, contractPath)
  const contract = ipcSources.find((s) => s.path === contractPath)
  const problems: string[] = []
  const namesProblem = contract ? methodNamesProblem(contract) : `${contractPath} is missing`
  if (namesProblem) problems.push(namesProblem)
  const loop = loopProblems(registerSource)
  problems.push(...loop)

  const file = parse(mainSource)
  const calls = descendants(file).filter(
    (n): n is ts.CallExpression => ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'registerHandlers'
  )
  if (calls.length === 0) problems.push(`no registerHandlers(ipcMain, …) in ${mainSource.path}: no method of the contract is registered`)
  if (calls.length > 1) problems.push(`${where(calls[1])} registers the contract twice`)
  for (const call of calls) {
    const [target, sender] = call.arguments
    if (target?.getText() !== 'ipcMain') problems.push(`${where(call)} registers the contract on ${target?.getText()}, not ipcMain`)
    const check = sender ? resolveValue(sender, file) : undefined
    const isSenderCheck = check !== undefined && ts.isCallExpression(check) && check.expression.getText() === 'makeSenderCheck'
    if (!isSenderCheck) problems.push(`${where(call)} the contract is not behind a sender check from makeSenderCheck()`)
  }

  const names = [...channels.values()]
  for (const name of new Set(names)) if (names.filter((n) => n === name).length > 1) problems.push(`channel name ${name} is used twice`)
  // By construction the loop registers every method, once each, when it and METHOD_NAMES are as checked.
  const registered = loop.length === 0 && !namesProblem && calls.length === 1 ? [...channels.keys()] : []
  return { registered, problems }
}
