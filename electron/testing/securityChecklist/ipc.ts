/** Checklist item 17: IPC handlers registered only through the guard that checks the sender. */
import ts from 'typescript'
import type { Source } from './sources'
import { asFunction, constInitializer, descendants, exitsByThrow, methodCalls, objectEntries, paramName, parse, resolveValue, stringValue, unwrap, usesOf, where } from './syntax'

export const LISTEN_METHODS = ['handle', 'handleOnce', 'on', 'once', 'addListener', 'prependListener', 'prependOnceListener']

/**
 * Handlers are registered only in `guardPath` (registerHandler), whose one ipcMain.handle call
 * rejects an untrusted sender before anything else; everywhere else ipcMain is only handed to
 * registerHandler.
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
      const event = listener && paramName(listener, 0)
      const first = listener?.body && ts.isBlock(listener.body) ? listener.body.statements[0] : undefined
      const checksSender =
        first !== undefined &&
        ts.isIfStatement(first) &&
        exitsByThrow(first.thenStatement) &&
        (() => {
          const condition = unwrap(first.expression)
          if (!ts.isPrefixUnaryExpression(condition) || condition.operator !== ts.SyntaxKind.ExclamationToken) return false
          const check = unwrap(condition.operand)
          return ts.isCallExpression(check) && check.arguments[0]?.getText() === event
        })()
      if (method !== 'handle' || !checksSender) {
        problems.push(`${where(call)} ${receiver}.${method}(): the first statement must reject an untrusted sender (if (!check(event)) throw)`)
      }
    }
    if (source.path === guardPath) continue
    for (const use of usesOf(file, 'ipcMain')) {
      const parent = use.parent
      const isMethodReceiver = ts.isPropertyAccessExpression(parent) && parent.expression === use
      const isHandedToGuard =
        ts.isCallExpression(parent) && parent.arguments[0] === use && ts.isIdentifier(parent.expression) && parent.expression.text === 'registerHandler'
      if (!isMethodReceiver && !isHandedToGuard) problems.push(`${where(use)} ipcMain is handed to ${parent.getText().slice(0, 60)}`)
    }
  }
  if (guardCalls !== 1) problems.push(`${guardPath} has ${guardCalls} ipcMain.handle calls, not the one in registerHandler`)
  return problems
}

/** The channel names of `CHANNELS` in shared/ipc.ts. */
export function channelsOf(ipcSource: Source): Map<string, string> {
  const value = constInitializer(ipcSource, 'CHANNELS')
  if (!value || !ts.isObjectLiteralExpression(value)) throw new Error(`${ipcSource.path}: CHANNELS is not an object literal`)
  const channels = new Map<string, string>()
  for (const [key, node] of objectEntries(value).entries) channels.set(key, stringValue(node) ?? '')
  return channels
}

/** Every channel registered in main once, through registerHandler, behind the sender check built by makeSenderCheck. */
export function checkChannels(ipcSource: Source, mainSource: Source): { registered: string[]; problems: string[] } {
  const channels = channelsOf(ipcSource)
  const file = parse(mainSource)
  const registered: string[] = []
  const problems: string[] = []
  for (const node of descendants(file)) {
    if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'registerHandler') continue
    const [target, sender, channel] = node.arguments
    const key = channel && ts.isPropertyAccessExpression(channel) && channel.expression.getText() === 'CHANNELS' ? channel.name.text : undefined
    if (key === undefined || !channels.has(key)) {
      problems.push(`${where(node)} registers ${channel?.getText() ?? 'nothing'}, not a channel of CHANNELS`)
      continue
    }
    if (registered.includes(key)) problems.push(`${where(node)} registers CHANNELS.${key} twice`)
    registered.push(key)
    if (target?.getText() !== 'ipcMain') problems.push(`${where(node)} registers CHANNELS.${key} on ${target?.getText()}, not ipcMain`)
    const check = sender ? resolveValue(sender, file) : undefined
    const isSenderCheck = check !== undefined && ts.isCallExpression(check) && check.expression.getText() === 'makeSenderCheck'
    if (!isSenderCheck) problems.push(`${where(node)} CHANNELS.${key} is not behind a sender check from makeSenderCheck()`)
  }
  for (const key of channels.keys()) {
    if (!registered.includes(key)) problems.push(`CHANNELS.${key} (${channels.get(key)}) has no registerHandler in ${mainSource.path}`)
  }
  const names = [...channels.values()]
  for (const name of new Set(names)) if (names.filter((n) => n === name).length > 1) problems.push(`channel name ${name} is used twice`)
  return { registered, problems }
}
