/**
 * Checklist item 7: the Content-Security-Policy, where it is served, and the dynamic code a strict
 * policy forbids.
 */
import ts from 'typescript'
import type { Source } from './sources'
import { constInitializer, descendants, isInside, methodCall, methodCalls, nameText, parse, stringValue, unwrap, where } from './syntax'

export const UNSAFE_SOURCES = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", "'strict-dynamic'"]

/**
 * What is wrong with a policy: default-src must be 'none', scripts come from 'self' only, workers
 * (the hints worker) from 'self' only and nothing wider, nothing unsafe, no wildcard or remote
 * source, and the directives default-src does not cover are set. `frame-ancestors` only works in
 * a header, so only a header must have it.
 */
export function checkCsp(policy: string, delivery: 'header' | 'meta'): string[] {
  const problems: string[] = []
  const directives = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/)
    if (!name) continue
    if (directives.has(name.toLowerCase())) problems.push(`${name} appears twice (the second is ignored)`)
    else directives.set(name.toLowerCase(), values)
  }
  const expectOnly = (name: string, allowed: string[]) => {
    const values = directives.get(name)
    if (!values) problems.push(`${name} is missing`)
    else if (values.length === 0 || values.some((v) => !allowed.includes(v))) problems.push(`${name} is ${values.join(' ') || 'empty'}, not ${allowed.join(' or ')}`)
  }
  expectOnly('default-src', ["'none'"])
  expectOnly('script-src', ["'self'"])
  expectOnly('worker-src', ["'self'"])
  expectOnly('base-uri', ["'none'", "'self'"])
  expectOnly('form-action', ["'none'"])
  if (directives.has('object-src')) expectOnly('object-src', ["'none'"])
  if (delivery === 'header') expectOnly('frame-ancestors', ["'none'"])
  for (const [name, values] of directives) {
    for (const value of values) {
      if (UNSAFE_SOURCES.includes(value.toLowerCase())) problems.push(`${name} allows ${value}`)
      else if (value.includes('*')) problems.push(`${name} has the wildcard ${value}`)
      else if (!value.startsWith("'") && !(name === 'img-src' && value === 'data:')) problems.push(`${name} allows the remote or scheme source ${value}`)
    }
  }
  return problems
}

/** The policy string `CONTENT_SECURITY_POLICY` is built from: a string, or `[…strings].join(sep)`. */
export function policyInSource(source: Source): string {
  const value = constInitializer(source, 'CONTENT_SECURITY_POLICY')
  const direct = value && stringValue(value)
  if (direct !== undefined) return direct
  const join = value && methodCall(value)
  const array = join && unwrap(join.receiverNode)
  const separator = join && stringValue(join.call.arguments[0])
  if (join?.method === 'join' && array && ts.isArrayLiteralExpression(array) && separator !== undefined) {
    const parts = array.elements.map((element) => stringValue(element))
    if (parts.every((part): part is string => part !== undefined)) return parts.join(separator)
  }
  throw new Error(`${source.path}: CONTENT_SECURITY_POLICY is not a string or a joined array of strings; the check cannot read it`)
}

/** The protocol handler answers with the policy as a header. */
export function checkCspServed(sources: Source[]): string[] {
  for (const source of sources) {
    for (const node of descendants(parse(source))) {
      if (
        ts.isPropertyAssignment(node) &&
        nameText(node.name)?.toLowerCase() === 'content-security-policy' &&
        ts.isIdentifier(unwrap(node.initializer)) &&
        unwrap(node.initializer).getText() === 'CONTENT_SECURITY_POLICY' &&
        methodCalls(parse(source), ['handle']).some(({ call, receiver }) => receiver === 'protocol' && isInside(node, call))
      ) {
        return []
      }
    }
  }
  return ['no protocol.handle() response sets content-security-policy: CONTENT_SECURITY_POLICY']
}

/** eval, Function, string timers and code injected into a page: none of it in app code. */
export function checkNoDynamicCode(sources: Source[]): string[] {
  const problems: string[] = []
  for (const source of sources) {
    for (const node of descendants(parse(source))) {
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        const callee = unwrap(node.expression)
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : ''
        const first = node.arguments?.[0]
        if (name === 'eval' || name === 'Function') problems.push(`${where(node)} ${name}(): runs a string as code`)
        if (['setTimeout', 'setInterval', 'setImmediate'].includes(name) && first && (stringValue(first) !== undefined || ts.isTemplateExpression(first))) {
          problems.push(`${where(node)} ${name} with a string: runs it as code`)
        }
        if (name === 'executeJavaScript' || name === 'executeJavaScriptInIsolatedWorld') problems.push(`${where(node)} ${name}(): injects code into a page`)
      }
    }
  }
  return problems
}
