/**
 * Checklist items 1 and 18: what is loaded, insecure URLs, risky Chromium switches, and TLS trust
 * left to Chromium.
 */
import ts from 'typescript'
import type { Source } from './sources'
import { descendants, methodCalls, parse, resolveValue, stringValue, unwrap, where } from './syntax'

/** `app://…`, `${APP_ORIGIN}/…` or APP_ORIGIN itself. */
export function isAppUrlExpression(node: ts.Node): boolean {
  const text = stringValue(node)
  if (text !== undefined) return text.startsWith('app://')
  if (!ts.isExpression(node)) return false
  const e = unwrap(node)
  if (ts.isIdentifier(e)) return e.text === 'APP_ORIGIN'
  if (!ts.isTemplateExpression(e)) return false
  const first = e.templateSpans[0]?.expression
  return e.head.text === '' && first !== undefined && ts.isIdentifier(first) && first.text === 'APP_ORIGIN'
}

/** A name declared as `app.isPackaged ? undefined : …`: a packaged app never has it (the dev server URL). */
export function isDevelopmentOnly(node: ts.Node, file: ts.SourceFile): boolean {
  if (!ts.isExpression(node) || !ts.isIdentifier(unwrap(node))) return false
  const value = resolveValue(node, file)
  if (!ts.isConditionalExpression(value)) return false
  const whenPackaged = unwrap(value.whenTrue)
  return value.condition.getText() === 'app.isPackaged' && ts.isIdentifier(whenPackaged) && whenPackaged.text === 'undefined'
}

/** Every loadURL/loadFile: only the app's own origin (or the dev server, never in a packaged app). */
export function checkLoads(sources: Source[]): string[] {
  const problems: string[] = []
  for (const source of sources) {
    const file = parse(source)
    for (const { call, method } of methodCalls(file, ['loadURL', 'loadFile'])) {
      const argument = call.arguments[0]
      if (method === 'loadFile') problems.push(`${where(call)} loadFile(): pages load from app://, never from file://`)
      else if (!argument || !(isAppUrlExpression(argument) || isDevelopmentOnly(argument, file))) {
        problems.push(`${where(call)} loadURL(${argument?.getText() ?? ''}): not the app's own origin`)
      }
    }
  }
  return problems
}

export const INSECURE_URL = /\b(?:http|ws|ftp):\/\//i

/** String literals naming an unencrypted URL (http://, ws://, ftp://) in code. */
export function checkInsecureUrls(sources: Source[]): string[] {
  const problems: string[] = []
  for (const source of sources) {
    for (const node of descendants(parse(source))) {
      const text =
        ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)
          ? node.text
          : undefined
      if (text !== undefined && INSECURE_URL.test(text)) problems.push(`${where(node)} ${JSON.stringify(text)}: insecure URL`)
    }
  }
  return problems
}

/** Chromium switches that turn off a protection (certificates, sandbox, web security) or open a debugger. */
export const RISKY_SWITCHES = [
  'ignore-certificate-errors',
  'ignore-certificate-errors-spki-list',
  'allow-insecure-localhost',
  'disable-web-security',
  'allow-running-insecure-content',
  'enable-blink-features',
  'enable-experimental-web-platform-features',
  'js-flags',
  'no-sandbox',
  'disable-site-isolation-trials',
  'proxy-server',
  'host-resolver-rules',
  'remote-debugging-port',
  'inspect',
  'inspect-brk'
]

/** appendSwitch/appendArgument, or a `--switch` string, for any of `switches`. */
export function checkSwitches(sources: Source[], switches: readonly string[] = RISKY_SWITCHES): string[] {
  const problems = new Set<string>()
  const normalise = (text: string) => text.replace(/^-+/, '').split('=')[0].toLowerCase()
  for (const source of sources) {
    const file = parse(source)
    for (const { call } of methodCalls(file, ['appendSwitch', 'appendArgument'])) {
      const text = stringValue(call.arguments[0])
      if (text !== undefined && switches.includes(normalise(text))) problems.add(`${where(call)} switch ${normalise(text)}`)
    }
    for (const node of descendants(file)) {
      const text = stringValue(node)
      if (text?.startsWith('--') && switches.includes(normalise(text))) problems.add(`${where(node)} switch ${normalise(text)}`)
    }
  }
  return [...problems]
}

/** Certificate checks and the network path left to Chromium: no proxy, verify procedure, certificate-error handler. */
export function checkNetworkTrust(sources: Source[]): string[] {
  const problems: string[] = []
  for (const source of sources) {
    const file = parse(source)
    for (const { call, method } of methodCalls(file, ['setProxy', 'setCertificateVerifyProc', 'setSSLConfig'])) {
      problems.push(`${where(call)} ${method}(): the app loads nothing remote and must not change how TLS is trusted`)
    }
    for (const { call } of methodCalls(file, ['on', 'once', 'addListener'])) {
      if (stringValue(call.arguments[0]) === 'certificate-error') problems.push(`${where(call)} a certificate-error handler may accept bad certificates`)
    }
    for (const node of descendants(file)) {
      if (ts.isPropertyAccessExpression(node) && node.name.text === 'NODE_TLS_REJECT_UNAUTHORIZED') {
        problems.push(`${where(node)} NODE_TLS_REJECT_UNAUTHORIZED turns off certificate checks`)
      }
    }
  }
  return problems
}
