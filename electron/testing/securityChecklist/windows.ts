/** Checklist items 2, 3, 4, 6, 8, 9, 10, 12: every window's webPreferences. */
import ts from 'typescript'
import type { Source } from './sources'
import { descendants, objectEntries, parse, resolveValue, unwrap, where } from './syntax'

export const WINDOW_CLASSES = new Set(['BrowserWindow', 'BrowserView', 'WebContentsView'])
/** webPreferences every window sets, to exactly these values. */
export const REQUIRED_PREFERENCES: Record<string, boolean> = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  webviewTag: false
}
/** webPreferences a window may leave to Electron's (safe) default but never sets to these values. */
export const FORBIDDEN_PREFERENCES: Record<string, boolean> = {
  webSecurity: false,
  allowRunningInsecureContent: true,
  experimentalFeatures: true,
  nodeIntegrationInWorker: true,
  nodeIntegrationInSubFrames: true
}
/** webPreferences no window sets: Blink features, and another session (which would lack the permission handlers). */
export const ABSENT_PREFERENCES = ['enableBlinkFeatures', 'partition', 'session']

export interface WindowReport {
  windows: string[]
  /** `path:line webPreferences.key: …`, or `path:line options: …` for what hides every key. */
  problems: string[]
}

export function describeValue(node: ts.Node | undefined): string {
  return node === undefined ? 'missing' : node.getText()
}

/** Every `new BrowserWindow/BrowserView/WebContentsView(…)` and what is wrong with its webPreferences. */
export function checkWindows(sources: Source[]): WindowReport {
  const report: WindowReport = { windows: [], problems: [] }
  for (const source of sources) {
    const file = parse(source)
    for (const node of descendants(file)) {
      if (!ts.isNewExpression(node)) continue
      const callee = unwrap(node.expression)
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : ''
      if (!WINDOW_CLASSES.has(name)) continue
      const at = where(node)
      report.windows.push(`${at} new ${name}`)
      const options = node.arguments?.[0] ? resolveValue(node.arguments[0], file) : undefined
      if (!options || !ts.isObjectLiteralExpression(options)) {
        report.problems.push(`${at} options: not an object literal, so its webPreferences cannot be checked`)
        continue
      }
      const outer = objectEntries(options)
      if (outer.hidden.length > 0) report.problems.push(`${at} options: ${outer.hidden.join(', ')} may set anything`)
      const prefsNode = outer.entries.get('webPreferences')
      const prefs = prefsNode ? resolveValue(prefsNode, file) : undefined
      if (!prefs || !ts.isObjectLiteralExpression(prefs)) {
        report.problems.push(`${at} options: webPreferences is ${prefsNode ? 'not an object literal' : 'missing'}`)
        continue
      }
      const { entries, hidden } = objectEntries(prefs)
      if (hidden.length > 0) report.problems.push(`${at} options: webPreferences has ${hidden.join(', ')}, which may set anything`)
      for (const [key, expected] of Object.entries(REQUIRED_PREFERENCES)) {
        const value = entries.get(key)
        const literal = value && ts.isExpression(value) ? unwrap(value).kind : undefined
        const wanted = expected ? ts.SyntaxKind.TrueKeyword : ts.SyntaxKind.FalseKeyword
        if (literal !== wanted) report.problems.push(`${at} webPreferences.${key}: must be ${expected}, is ${describeValue(value)}`)
      }
      for (const [key, forbidden] of Object.entries(FORBIDDEN_PREFERENCES)) {
        const value = entries.get(key)
        if (value === undefined) continue
        const literal = ts.isExpression(value) ? unwrap(value).kind : undefined
        const safe = forbidden ? ts.SyntaxKind.FalseKeyword : ts.SyntaxKind.TrueKeyword
        if (literal !== safe) report.problems.push(`${at} webPreferences.${key}: must not be ${forbidden}, is ${describeValue(value)}`)
      }
      for (const key of ABSENT_PREFERENCES) {
        if (entries.has(key)) report.problems.push(`${at} webPreferences.${key}: must not be set, is ${describeValue(entries.get(key))}`)
      }
    }
  }
  return report
}

/** The window problems about `keys`, and those that hide every key. */
export function windowProblems(report: WindowReport, ...keys: string[]): string[] {
  return report.problems.filter((p) => p.includes(' options: ') || keys.some((key) => p.includes(` webPreferences.${key}: `)))
}
