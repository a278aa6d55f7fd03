/**
 * Checklist items 12, 13 and 14: navigation, redirects, webviews and new windows refused on every
 * web contents.
 */
import ts from 'typescript'
import type { Source } from './sources'
import { asFunction, descendants, enclosingDeclaration, type FunctionNode, isInside, methodCall, methodCalls, nameText, objectEntries, paramName, parse, returnedValues, stringValue, unwrap, where } from './syntax'

export const BLOCKED_EVENTS = ['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview']

/** Whether `expression` is `event.preventDefault()` for the handler's event parameter. */
export function isPreventDefault(expression: ts.Node, event: string): boolean {
  const call = ts.isExpression(expression) ? methodCall(unwrap(expression)) : undefined
  return call?.method === 'preventDefault' && ts.isIdentifier(call.receiverNode) && call.receiverNode.text === event
}

/** The handler cancels the event unconditionally, before anything else can return. */
export function preventsFirst(fn: FunctionNode): boolean {
  const event = paramName(fn, 0)
  if (!event || !fn.body) return false
  if (!ts.isBlock(fn.body)) return isPreventDefault(fn.body, event)
  const first = fn.body.statements[0]
  return first !== undefined && ts.isExpressionStatement(first) && isPreventDefault(first.expression, event)
}

export function isDenyObject(value: ts.Expression | undefined): boolean {
  const object = value && unwrap(value)
  if (!object || !ts.isObjectLiteralExpression(object)) return false
  const { entries, hidden } = objectEntries(object)
  return hidden.length === 0 && entries.size === 1 && stringValue(entries.get('action')) === 'deny'
}

export interface Guard {
  what: string
  call: ts.CallExpression
  receiver: ts.Expression
}

/**
 * Navigation, redirects, frame navigation and webviews are cancelled; window.open is denied; and
 * all of it is installed on every web contents from `app.on('web-contents-created')`.
 */
export function checkNavigation(sources: Source[]): string[] {
  const problems: string[] = []
  const guards: Guard[] = []
  const listeners: FunctionNode[] = []
  for (const source of sources) {
    const file = parse(source)
    for (const { call, method, receiverNode } of methodCalls(file, ['on', 'once', 'addListener', 'prependListener'])) {
      const event = stringValue(call.arguments[0])
      if (event === 'web-contents-created' && receiverNode.getText() === 'app') {
        const listener = asFunction(call.arguments[1], file)
        if (listener) listeners.push(listener)
        else problems.push(`${where(call)} web-contents-created listener is not a function`)
      }
      if (event === undefined || !BLOCKED_EVENTS.includes(event)) continue
      const handler = asFunction(call.arguments[1], file)
      if (!handler || !preventsFirst(handler)) problems.push(`${where(call)} '${event}' handler does not call event.preventDefault() first`)
      if (method === 'once') problems.push(`${where(call)} '${event}' handler is registered once only`)
      guards.push({ what: event, call, receiver: receiverNode })
    }
    for (const { call, receiverNode } of methodCalls(file, ['setWindowOpenHandler'])) {
      const handler = asFunction(call.arguments[0], file)
      const values = handler ? returnedValues(handler) : []
      if (!handler || values.length === 0 || !values.every(isDenyObject)) {
        problems.push(`${where(call)} setWindowOpenHandler does not return exactly { action: 'deny' } on every path`)
      }
      guards.push({ what: 'setWindowOpenHandler', call, receiver: receiverNode })
    }
    for (const node of descendants(file)) {
      if (ts.isPropertyAssignment(node) && nameText(node.name) === 'action' && stringValue(node.initializer) === 'allow') {
        problems.push(`${where(node)} action: 'allow' lets the page open a window`)
      }
    }
  }
  for (const required of ['will-navigate', 'will-redirect', 'will-attach-webview', 'setWindowOpenHandler']) {
    if (!guards.some((guard) => guard.what === required)) problems.push(`no ${required} guard`)
  }
  if (listeners.length === 0) problems.push("no app.on('web-contents-created') listener: guards would miss web contents created later")
  for (const guard of guards) {
    if (!ts.isIdentifier(guard.receiver)) {
      problems.push(`${where(guard.call)} ${guard.what} is installed on ${guard.receiver.getText()}, not on a web contents parameter`)
      continue
    }
    const receiver = guard.receiver.text
    const applied = listeners.some((listener) => {
      const contents = paramName(listener, 1)
      if (!contents) return false
      if (isInside(guard.call, listener)) return receiver === contents
      const declaration = enclosingDeclaration(guard.call)
      const index = declaration ? declaration.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === receiver) : -1
      if (!declaration?.name || index < 0) return false
      const name = declaration.name.text
      return descendants(listener).some(
        (node) =>
          ts.isCallExpression(node) &&
          ts.isIdentifier(node.expression) &&
          node.expression.text === name &&
          node.arguments[index]?.getText() === contents
      )
    })
    if (!applied) problems.push(`${where(guard.call)} ${guard.what} is not applied to every web contents from web-contents-created`)
  }
  return problems
}
