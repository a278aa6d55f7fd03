/** Checklist item 15: every shell.openExternal is reached only after the scheme check. */
import ts from 'typescript'
import type { Source } from './sources'
import { descendants, enclosingFunction, exits, isFunctionNode, nameText, paramName, parse, unwrap, where } from './syntax'

export const URL_GUARD = 'isAllowedExternalUrl'

/** `guard(name)` or, when `negated`, `!guard(name)`. */
export function isGuardCall(expression: ts.Expression, name: string, negated: boolean): boolean {
  let e = unwrap(expression)
  if (negated) {
    if (!ts.isPrefixUnaryExpression(e) || e.operator !== ts.SyntaxKind.ExclamationToken) return false
    e = unwrap(e.operand)
  }
  const argument = ts.isCallExpression(e) && e.arguments.length === 1 ? unwrap(e.arguments[0]) : undefined
  return (
    ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === URL_GUARD && argument !== undefined && ts.isIdentifier(argument) && argument.text === name
  )
}

/**
 * The call's URL argument went through the scheme check first: an earlier
 * `if (!isAllowedExternalUrl(url)) return/throw` in an enclosing block of the same function, or
 * the call sits in the then-branch of `if (isAllowedExternalUrl(url))`.
 */
export function isGuarded(call: ts.CallExpression): boolean {
  const argument = call.arguments[0] ? unwrap(call.arguments[0]) : undefined
  if (!argument || !ts.isIdentifier(argument)) return false
  let child: ts.Node = call
  for (let node = call.parent; node && !isFunctionNode(node); node = node.parent) {
    if (ts.isIfStatement(node) && node.thenStatement === child && isGuardCall(node.expression, argument.text, false)) return true
    if (ts.isBlock(node) || ts.isSourceFile(node)) {
      const index = node.statements.findIndex((statement) => statement === child)
      const earlier = node.statements.slice(0, Math.max(index, 0))
      if (earlier.some((s) => ts.isIfStatement(s) && isGuardCall(s.expression, argument.text, true) && exits(s.thenStatement))) return true
    }
    child = node
  }
  return false
}

/** A receiver that is Electron's shell: named `shell`, or a parameter typed with `Shell`. */
export function isShell(receiver: ts.Expression): boolean {
  if (!ts.isIdentifier(receiver)) return false
  if (receiver.text === 'shell') return true
  const fn = enclosingFunction(receiver)
  const param = fn?.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === receiver.text)
  return param?.type?.getText().includes('Shell') ?? false
}

/**
 * `(url) => shell.openExternal(url)` handed as property `property` of an object to `callee(…)`:
 * dependency injection, acceptable when `callee` guards every call of that property.
 */
export function forwarderOf(call: ts.CallExpression): { callee: string; property: string; argumentIndex: number } | undefined {
  const fn = call.parent
  if (!ts.isArrowFunction(fn) || fn.body !== call) return undefined
  const property = fn.parent
  if (!ts.isPropertyAssignment(property) || property.initializer !== fn) return undefined
  const object = property.parent
  const outer = object.parent
  const name = nameText(property.name)
  if (!ts.isCallExpression(outer) || !ts.isIdentifier(outer.expression) || name === undefined) return undefined
  const argumentIndex = outer.arguments.findIndex((argument) => argument === object)
  return argumentIndex < 0 ? undefined : { callee: outer.expression.text, property: name, argumentIndex }
}

/** Every shell.openExternal is reached only after the scheme check. */
export function checkOpenExternal(sources: Source[]): { sinks: string[]; problems: string[] } {
  const sinks: string[] = []
  const problems: string[] = []
  for (const source of sources) {
    for (const node of descendants(parse(source))) {
      if (!ts.isPropertyAccessExpression(node) || node.name.text !== 'openExternal' || !isShell(unwrap(node.expression))) continue
      const call = node.parent
      sinks.push(where(node))
      if (!ts.isCallExpression(call) || call.expression !== node) {
        problems.push(`${where(node)} shell.openExternal is handed on as a value`)
        continue
      }
      if (isGuarded(call)) continue
      const forwarder = forwarderOf(call)
      if (!forwarder) {
        problems.push(`${where(call)} ${call.getText()} is not behind ${URL_GUARD}()`)
        continue
      }
      const declaration = sources
        .flatMap((s) => descendants(parse(s)))
        .find((n): n is ts.FunctionDeclaration => ts.isFunctionDeclaration(n) && n.name?.text === forwarder.callee)
      const dependencies = declaration && paramName(declaration, forwarder.argumentIndex)
      if (!declaration?.body || !dependencies) {
        problems.push(`${where(call)} forwards shell.openExternal to ${forwarder.callee}(), which cannot be found`)
        continue
      }
      for (const use of descendants(declaration.body)) {
        if (!ts.isPropertyAccessExpression(use) || use.name.text !== forwarder.property) continue
        const target = unwrap(use.expression)
        if (!ts.isIdentifier(target) || target.text !== dependencies) continue
        const useCall = use.parent
        if (!ts.isCallExpression(useCall) || useCall.expression !== use) problems.push(`${where(use)} ${use.getText()} is handed on as a value`)
        else if (!isGuarded(useCall)) problems.push(`${where(useCall)} ${useCall.getText()} (shell.openExternal) is not behind ${URL_GUARD}()`)
      }
    }
  }
  return { sinks, problems }
}
