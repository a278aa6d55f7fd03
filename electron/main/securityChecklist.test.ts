/**
 * Electron's security checklist (electron/electron docs/tutorial/security.md, all 20 items),
 * checked over the source text of electron/, renderer/ and shared/, renderer/index.html and
 * package.json. Sources are parsed with TypeScript's compiler API, the page with jsdom.
 *
 * Each check is a pure function from sources to a list of problems. The first block runs them on
 * the real sources and expects none, one test per checklist item; the second feeds each check a
 * copy of a real source with one safeguard removed, or a small bad snippet, and expects it to
 * object, so no check passes by finding nothing. The same items at runtime, in the real app, are
 * in e2e/security.spec.ts; the packaged fuses of item 19 are pinned in packagingConfig.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { JSDOM } from 'jsdom'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { isAllowedExternalUrl, isAppUrl } from './security'

// ---- sources ----------------------------------------------------------------------------------

/** One file: its path from the project root (with `/`) and its text. */
interface Source {
  path: string
  text: string
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const CODE_FILE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/
/** Tests, benchmarks, fuzzers and type declarations never run in the app. */
const NOT_APP_CODE = /\.(test|spec|bench|stress)\.[cm]?[tj]sx?$|\.d\.ts$|(^|\/)fuzz\//

function readSource(path: string): Source {
  return { path, text: readFileSync(join(ROOT, path), 'utf8') }
}

/** Every file of app code under `folders`. */
function appSources(...folders: string[]): Source[] {
  const found: Source[] = []
  const visit = (folder: string) => {
    for (const entry of readdirSync(join(ROOT, folder), { withFileTypes: true })) {
      const path = `${folder}/${entry.name}`
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') visit(path)
      } else if (CODE_FILE.test(entry.name) && !NOT_APP_CODE.test(path)) {
        found.push(readSource(path))
      }
    }
  }
  for (const folder of folders) visit(folder)
  return found.sort((a, b) => a.path.localeCompare(b.path))
}

/** `source` with `from` replaced by `to`; throws when `from` is not there, so a self-test cannot go stale silently. */
function mutate(source: Source, from: string, to: string): Source {
  if (!source.text.includes(from)) throw new Error(`self-test anchor ${JSON.stringify(from)} is gone from ${source.path}; update the test`)
  return { path: source.path, text: source.text.replace(from, to) }
}

/** `sources` with the file at `source.path` replaced by `source` (or added). */
function withSource(sources: Source[], source: Source): Source[] {
  return [...sources.filter((s) => s.path !== source.path), source]
}

// ---- syntax helpers ---------------------------------------------------------------------------

const parsedFiles = new Map<string, ts.SourceFile>()

function parse(source: Source): ts.SourceFile {
  const key = `${source.path}\n${source.text}`
  const cached = parsedFiles.get(key)
  if (cached) return cached
  const kind = source.path.endsWith('.tsx')
    ? ts.ScriptKind.TSX
    : /\.[cm]?js$/.test(source.path)
      ? ts.ScriptKind.JS
      : ts.ScriptKind.TS
  const file = ts.createSourceFile(source.path, source.text, ts.ScriptTarget.Latest, true, kind)
  parsedFiles.set(key, file)
  return file
}

function descendants(root: ts.Node): ts.Node[] {
  const all: ts.Node[] = []
  const visit = (node: ts.Node) => {
    all.push(node)
    ts.forEachChild(node, visit)
  }
  ts.forEachChild(root, visit)
  return all
}

/** `path:line` of a node, for problem messages. */
function where(node: ts.Node): string {
  const file = node.getSourceFile()
  return `${file.fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
}

/** The expression under parentheses, `as`, `satisfies` and `!`. */
function unwrap(expression: ts.Expression): ts.Expression {
  let e = expression
  while (
    ts.isParenthesizedExpression(e) ||
    ts.isAsExpression(e) ||
    ts.isSatisfiesExpression(e) ||
    ts.isNonNullExpression(e) ||
    ts.isTypeAssertionExpression(e)
  ) {
    e = e.expression
  }
  return e
}

function nameText(name: ts.PropertyName | undefined): string | undefined {
  if (!name) return undefined
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) {
    return name.text
  }
  return undefined
}

function stringValue(node: ts.Node | undefined): string | undefined {
  if (!node || !ts.isExpression(node)) return undefined
  const e = unwrap(node)
  return ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) ? e.text : undefined
}

function isFalse(node: ts.Node | undefined): boolean {
  return node !== undefined && ts.isExpression(node) && unwrap(node).kind === ts.SyntaxKind.FalseKeyword
}

interface MethodCall {
  call: ts.CallExpression
  method: string
  /** The receiver's last name: `ipcMain` in `ipcMain.handle()`, `defaultSession` in `session.defaultSession.setProxy()`. */
  receiver: string | undefined
  receiverNode: ts.Expression
}

/** The parts of a call `receiver.method(…)`, or undefined for any other node. */
function methodCall(node: ts.Node): MethodCall | undefined {
  if (!ts.isCallExpression(node)) return undefined
  const callee = unwrap(node.expression)
  if (!ts.isPropertyAccessExpression(callee)) return undefined
  const target = unwrap(callee.expression)
  const receiver = ts.isIdentifier(target) ? target.text : ts.isPropertyAccessExpression(target) ? target.name.text : undefined
  return { call: node, method: callee.name.text, receiver, receiverNode: target }
}

function methodCalls(file: ts.Node, methods: readonly string[]): MethodCall[] {
  return descendants(file)
    .map(methodCall)
    .filter((m): m is MethodCall => m !== undefined && methods.includes(m.method))
}

type FunctionNode = ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration | ts.MethodDeclaration

function isFunctionNode(node: ts.Node): node is FunctionNode {
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)
}

function enclosingFunction(node: ts.Node): FunctionNode | undefined {
  for (let n = node.parent; n; n = n.parent) if (isFunctionNode(n)) return n
  return undefined
}

/** The nearest enclosing `function name() {}` declaration. */
function enclosingDeclaration(node: ts.Node): ts.FunctionDeclaration | undefined {
  for (let n = node.parent; n; n = n.parent) if (ts.isFunctionDeclaration(n)) return n
  return undefined
}

function paramName(fn: FunctionNode, index: number): string | undefined {
  const param = fn.parameters[index]
  return param && ts.isIdentifier(param.name) ? param.name.text : undefined
}

function isInside(node: ts.Node, ancestor: ts.Node): boolean {
  for (let n: ts.Node | undefined = node; n; n = n.parent) if (n === ancestor) return true
  return false
}

/** The initialiser of a `const name = …` in `file`, or the expression itself when it is not a name. */
function resolveValue(node: ts.Node, file: ts.SourceFile): ts.Node {
  const e = ts.isExpression(node) ? unwrap(node) : node
  if (!ts.isIdentifier(e)) return e
  const declaration = descendants(file).find(
    (n): n is ts.VariableDeclaration => ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === e.text
  )
  return declaration?.initializer ? unwrap(declaration.initializer) : e
}

function asFunction(node: ts.Node | undefined, file: ts.SourceFile): FunctionNode | undefined {
  if (!node) return undefined
  const value = resolveValue(node, file)
  return isFunctionNode(value) ? value : undefined
}

/** Whether an identifier stands for a value here (not a property name, declaration, import or type). */
function isValueUse(id: ts.Identifier): boolean {
  const p = id.parent
  if (ts.isPropertyAccessExpression(p) && p.name === id) return false
  if ((ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p) || ts.isPropertySignature(p) || ts.isPropertyDeclaration(p)) && p.name === id) {
    return false
  }
  if ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isBindingElement(p)) && p.name === id) return false
  if (ts.isImportSpecifier(p) || ts.isImportClause(p) || ts.isNamespaceImport(p) || ts.isExportSpecifier(p)) return false
  if (ts.isTypeReferenceNode(p) || ts.isQualifiedName(p) || ts.isTypeQueryNode(p) || ts.isExpressionWithTypeArguments(p)) return false
  return true
}

function usesOf(root: ts.Node, name: string): ts.Identifier[] {
  return descendants(root).filter((n): n is ts.Identifier => ts.isIdentifier(n) && n.text === name && isValueUse(n))
}

/** Return statements of `fn` itself, not of functions nested in it. */
function returnsOf(fn: FunctionNode): ts.ReturnStatement[] {
  if (!fn.body) return []
  return descendants(fn.body).filter((n): n is ts.ReturnStatement => ts.isReturnStatement(n) && enclosingFunction(n) === fn)
}

/** Every value `fn` can return: its expression body, or each `return`'s expression. */
function returnedValues(fn: FunctionNode): (ts.Expression | undefined)[] {
  if (fn.body && !ts.isBlock(fn.body)) return [fn.body]
  return returnsOf(fn).map((r) => r.expression)
}

function exits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true
  if (ts.isBlock(statement)) {
    const last = statement.statements[statement.statements.length - 1]
    return last !== undefined && exits(last)
  }
  return false
}

function exitsByThrow(statement: ts.Statement): boolean {
  if (ts.isThrowStatement(statement)) return true
  if (ts.isBlock(statement)) {
    const last = statement.statements[statement.statements.length - 1]
    return last !== undefined && exitsByThrow(last)
  }
  return false
}

/** Entries of an object literal by name; spreads and computed names, which hide what is in it, apart. */
function objectEntries(object: ts.ObjectLiteralExpression): { entries: Map<string, ts.Node>; hidden: string[] } {
  const entries = new Map<string, ts.Node>()
  const hidden: string[] = []
  for (const property of object.properties) {
    const name = ts.isSpreadAssignment(property) ? undefined : nameText(property.name)
    if (name === undefined) hidden.push(property.getText())
    else if (ts.isPropertyAssignment(property)) entries.set(name, property.initializer)
    else if (ts.isShorthandPropertyAssignment(property)) entries.set(name, property.name)
    else entries.set(name, property)
  }
  return { entries, hidden }
}

/** The top-level `const name = …` initialiser in `source`, unwrapped. */
function constInitializer(source: Source, name: string): ts.Expression | undefined {
  const file = parse(source)
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.name.text === name && declaration.initializer) {
        return unwrap(declaration.initializer)
      }
    }
  }
  return undefined
}

// ---- checks: windows (items 2, 3, 4, 6, 8, 9, 10, 12) ------------------------------------------

const WINDOW_CLASSES = new Set(['BrowserWindow', 'BrowserView', 'WebContentsView'])
/** webPreferences every window sets, to exactly these values. */
const REQUIRED_PREFERENCES: Record<string, boolean> = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  webviewTag: false
}
/** webPreferences a window may leave to Electron's (safe) default but never sets to these values. */
const FORBIDDEN_PREFERENCES: Record<string, boolean> = {
  webSecurity: false,
  allowRunningInsecureContent: true,
  experimentalFeatures: true,
  nodeIntegrationInWorker: true,
  nodeIntegrationInSubFrames: true
}
/** webPreferences no window sets: Blink features, and another session (which would lack the permission handlers). */
const ABSENT_PREFERENCES = ['enableBlinkFeatures', 'partition', 'session']

interface WindowReport {
  windows: string[]
  /** `path:line webPreferences.key: …`, or `path:line options: …` for what hides every key. */
  problems: string[]
}

function describeValue(node: ts.Node | undefined): string {
  return node === undefined ? 'missing' : node.getText()
}

/** Every `new BrowserWindow/BrowserView/WebContentsView(…)` and what is wrong with its webPreferences. */
function checkWindows(sources: Source[]): WindowReport {
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
function windowProblems(report: WindowReport, ...keys: string[]): string[] {
  return report.problems.filter((p) => p.includes(' options: ') || keys.some((key) => p.includes(` webPreferences.${key}: `)))
}

// ---- checks: what is loaded (items 1, 18) -----------------------------------------------------

/** `app://…`, `${APP_ORIGIN}/…` or APP_ORIGIN itself. */
function isAppUrlExpression(node: ts.Node): boolean {
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
function isDevelopmentOnly(node: ts.Node, file: ts.SourceFile): boolean {
  if (!ts.isExpression(node) || !ts.isIdentifier(unwrap(node))) return false
  const value = resolveValue(node, file)
  if (!ts.isConditionalExpression(value)) return false
  const whenPackaged = unwrap(value.whenTrue)
  return value.condition.getText() === 'app.isPackaged' && ts.isIdentifier(whenPackaged) && whenPackaged.text === 'undefined'
}

/** Every loadURL/loadFile: only the app's own origin (or the dev server, never in a packaged app). */
function checkLoads(sources: Source[]): string[] {
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

const INSECURE_URL = /\b(?:http|ws|ftp):\/\//i

/** String literals naming an unencrypted URL (http://, ws://, ftp://) in code. */
function checkInsecureUrls(sources: Source[]): string[] {
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
const RISKY_SWITCHES = [
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
function checkSwitches(sources: Source[], switches: readonly string[] = RISKY_SWITCHES): string[] {
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
function checkNetworkTrust(sources: Source[]): string[] {
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

// ---- checks: the page (items 1, 7, 11) --------------------------------------------------------

const URL_ATTRIBUTES = ['src', 'href', 'action', 'formaction', 'poster', 'data', 'srcset']

/** renderer/index.html: resources from the app only, nothing inline, no webview, and its CSP meta tags. */
function checkHtml(source: Source): { problems: string[]; policies: string[] } {
  const { document } = new JSDOM(source.text).window
  const problems: string[] = []
  for (const element of document.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase()
    if (tag === 'webview') problems.push(`${source.path}: a <webview> element`)
    if (tag === 'script' && !element.hasAttribute('src') && (element.textContent ?? '').trim() !== '') {
      problems.push(`${source.path}: an inline <script>`)
    }
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase()
      if (name.startsWith('on')) problems.push(`${source.path}: inline handler ${name} on <${tag}>`)
      if (name === 'allowpopups' || name === 'nodeintegration' || name === 'disablewebsecurity') {
        problems.push(`${source.path}: ${name} on <${tag}>`)
      }
      if (!URL_ATTRIBUTES.includes(name)) continue
      let protocol: string
      try {
        protocol = new URL(attribute.value, 'app://factmark/').protocol
      } catch {
        // Not even a relative URL: nothing the page can load.
        continue
      }
      if (protocol !== 'app:') problems.push(`${source.path}: <${tag} ${name}="${attribute.value}"> loads from outside the app`)
    }
  }
  const policies = [...document.querySelectorAll('meta[http-equiv]')]
    .filter((meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy')
    .map((meta) => meta.getAttribute('content') ?? '')
  return { problems, policies }
}

/** `<webview>` or `allowpopups` anywhere in code: JSX, createElement, markup strings. */
function checkNoWebview(sources: Source[]): string[] {
  const problems: string[] = []
  for (const source of sources) {
    for (const node of descendants(parse(source))) {
      if ((ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) && node.tagName.getText().toLowerCase() === 'webview') {
        problems.push(`${where(node)} <webview> in JSX`)
      }
      if (ts.isJsxAttribute(node) && node.name.getText().toLowerCase() === 'allowpopups') problems.push(`${where(node)} allowpopups in JSX`)
      const text = stringValue(node)
      if (text !== undefined && /<webview\b|\ballowpopups\b/i.test(text)) problems.push(`${where(node)} webview markup in a string`)
      const call = methodCall(node)
      if (call?.method === 'createElement' && stringValue(call.call.arguments[0])?.toLowerCase() === 'webview') {
        problems.push(`${where(node)} createElement('webview')`)
      }
    }
  }
  return problems
}

// ---- checks: Content-Security-Policy (item 7) -------------------------------------------------

const UNSAFE_SOURCES = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", "'strict-dynamic'"]

/**
 * What is wrong with a policy: default-src must be 'none', scripts come from 'self' only, nothing
 * unsafe, no wildcard or remote source, and the directives default-src does not cover are set.
 * `frame-ancestors` only works in a header, so only a header must have it.
 */
function checkCsp(policy: string, delivery: 'header' | 'meta'): string[] {
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
function policyInSource(source: Source): string {
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
function checkCspServed(sources: Source[]): string[] {
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
function checkNoDynamicCode(sources: Source[]): string[] {
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

// ---- checks: sessions and permissions (item 5) ------------------------------------------------

/** A request handler answers only `callback(false)`, and never hands the callback on. */
function deniesEveryRequest(fn: FunctionNode): string | undefined {
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
function deniesEveryCheck(fn: FunctionNode): string | undefined {
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
function checkPermissions(sources: Source[]): string[] {
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

// ---- checks: navigation, windows, webviews (items 12, 13, 14) ---------------------------------

const BLOCKED_EVENTS = ['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview']

/** Whether `expression` is `event.preventDefault()` for the handler's event parameter. */
function isPreventDefault(expression: ts.Node, event: string): boolean {
  const call = ts.isExpression(expression) ? methodCall(unwrap(expression)) : undefined
  return call?.method === 'preventDefault' && ts.isIdentifier(call.receiverNode) && call.receiverNode.text === event
}

/** The handler cancels the event unconditionally, before anything else can return. */
function preventsFirst(fn: FunctionNode): boolean {
  const event = paramName(fn, 0)
  if (!event || !fn.body) return false
  if (!ts.isBlock(fn.body)) return isPreventDefault(fn.body, event)
  const first = fn.body.statements[0]
  return first !== undefined && ts.isExpressionStatement(first) && isPreventDefault(first.expression, event)
}

function isDenyObject(value: ts.Expression | undefined): boolean {
  const object = value && unwrap(value)
  if (!object || !ts.isObjectLiteralExpression(object)) return false
  const { entries, hidden } = objectEntries(object)
  return hidden.length === 0 && entries.size === 1 && stringValue(entries.get('action')) === 'deny'
}

interface Guard {
  what: string
  call: ts.CallExpression
  receiver: ts.Expression
}

/**
 * Navigation, redirects, frame navigation and webviews are cancelled; window.open is denied; and
 * all of it is installed on every web contents from `app.on('web-contents-created')`.
 */
function checkNavigation(sources: Source[]): string[] {
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

// ---- checks: shell.openExternal (item 15) -----------------------------------------------------

const URL_GUARD = 'isAllowedExternalUrl'

/** `guard(name)` or, when `negated`, `!guard(name)`. */
function isGuardCall(expression: ts.Expression, name: string, negated: boolean): boolean {
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
function isGuarded(call: ts.CallExpression): boolean {
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
function isShell(receiver: ts.Expression): boolean {
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
function forwarderOf(call: ts.CallExpression): { callee: string; property: string; argumentIndex: number } | undefined {
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
function checkOpenExternal(sources: Source[]): { sinks: string[]; problems: string[] } {
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

// ---- checks: IPC (item 17) --------------------------------------------------------------------

const LISTEN_METHODS = ['handle', 'handleOnce', 'on', 'once', 'addListener', 'prependListener', 'prependOnceListener']

/**
 * Handlers are registered only in `guardPath` (registerHandler), whose one ipcMain.handle call
 * rejects an untrusted sender before anything else; everywhere else ipcMain is only handed to
 * registerHandler.
 */
function checkIpcRegistration(sources: Source[], guardPath: string): string[] {
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
function channelsOf(ipcSource: Source): Map<string, string> {
  const value = constInitializer(ipcSource, 'CHANNELS')
  if (!value || !ts.isObjectLiteralExpression(value)) throw new Error(`${ipcSource.path}: CHANNELS is not an object literal`)
  const channels = new Map<string, string>()
  for (const [key, node] of objectEntries(value).entries) channels.set(key, stringValue(node) ?? '')
  return channels
}

/** Every channel registered in main once, through registerHandler, behind the sender check built by makeSenderCheck. */
function checkChannels(ipcSource: Source, mainSource: Source): { registered: string[]; problems: string[] } {
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

// ---- checks: the preload (items 3, 20) --------------------------------------------------------

/** The only calls the preload may make on what it imports from electron. */
const ALLOWED_ELECTRON_CALLS: Record<string, string[]> = {
  contextBridge: ['exposeInMainWorld'],
  ipcRenderer: ['invoke', 'on', 'removeListener', 'off'],
  webUtils: ['getPathForFile']
}

/**
 * The preload exposes exactly one object of functions; Electron's objects are only ever called
 * (ipcRenderer.invoke/on/removeListener inside those functions, on a constant channel of
 * shared/ipc), never handed to the page as values; and a listener never forwards the
 * IpcRendererEvent, whose `sender` is ipcRenderer itself.
 */
function checkPreload(source: Source): string[] {
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
      const name = ts.isSpreadAssignment(property) ? `...${property.expression.getText()}` : property.name.getText()
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
      const isConstantChannel =
        channel !== undefined &&
        ((ts.isIdentifier(channel) && sharedNames.includes(channel.text)) ||
          (ts.isPropertyAccessExpression(channel) && ts.isIdentifier(channel.expression) && sharedNames.includes(channel.expression.text)))
      if (!isConstantChannel) problems.push(`${where(call)} channel ${channel?.getText() ?? 'missing'} is not a constant of shared/ipc`)
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

// ---- checks: versions and fuses (items 16, 19) ------------------------------------------------

const DAY_MS = 24 * 60 * 60 * 1000
/** Electron 28.0.0 came out on 5 December 2023; since then a major every 8 weeks, one skipped each winter. */
const ELECTRON_28_RELEASED = Date.UTC(2023, 11, 5)

/** A rough estimate of the newest stable Electron major on `today` (off by one at most around a release). */
function estimateLatestElectronMajor(today: Date): number {
  const days = Math.floor((today.getTime() - ELECTRON_28_RELEASED) / DAY_MS)
  return 28 + Math.floor(days / 56) - Math.floor(days / 365)
}

/**
 * The declared Electron is one of the three supported majors (with one more for the estimate's
 * error), and the installed package is the declared major.
 */
function checkElectronVersion(declared: string, installed: string, today: Date): string[] {
  const problems: string[] = []
  const declaredMajor = Number(/\d+/.exec(declared)?.[0] ?? NaN)
  const installedMajor = Number(installed.split('.')[0])
  const oldestSupported = estimateLatestElectronMajor(today) - 3
  if (!Number.isInteger(declaredMajor)) problems.push(`electron ${declared} names no major version`)
  else if (declaredMajor < oldestSupported) problems.push(`electron ${declared} is older than the supported majors (about ${oldestSupported}+ today)`)
  if (installedMajor !== declaredMajor) problems.push(`the installed electron ${installed} is not the declared ${declared}`)
  return problems
}

/** The fuses every packaged build flips (Electron's fuses tutorial, @electron/fuses FuseV1Options). */
const SECURE_FUSES: Record<string, boolean> = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false
}

/** A JSON object's entries, or undefined for anything else. */
function jsonObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : undefined
}

function checkFuses(packageJson: unknown): string[] {
  const build = jsonObject(jsonObject(packageJson)?.build)
  const fuses = jsonObject(build?.electronFuses)
  if (!build || !fuses) return ['package.json has no build.electronFuses']
  const problems: string[] = []
  for (const [fuse, expected] of Object.entries(SECURE_FUSES)) {
    if (fuses[fuse] !== expected) problems.push(`fuse ${fuse} is ${String(fuses[fuse])}, not ${expected}`)
  }
  if (build.asar === false) problems.push('asar is off, so asar integrity and only-load-from-asar protect nothing')
  return problems
}

// ---- the checklist on Factmark's sources ------------------------------------------------------

const ELECTRON = appSources('electron')
const MAIN = ELECTRON.filter((s) => s.path.startsWith('electron/main/'))
const APP = appSources('electron', 'renderer', 'shared')
const INDEX = readSource('electron/main/index.ts')
const SECURITY = readSource('electron/main/security.ts')
const PRELOAD = readSource('electron/preload/index.ts')
const IPC_GUARD = readSource('electron/main/ipcGuard.ts')
const IPC = readSource('shared/ipc.ts')
const HTML = readSource('renderer/index.html')
const PACKAGE_JSON: unknown = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))

describe('Electron security checklist', () => {
  it('1. Only load secure content', () => {
    expect(checkLoads(ELECTRON)).toEqual([])
    expect(checkInsecureUrls(ELECTRON)).toEqual([])
    expect(checkHtml(HTML).problems).toEqual([])
    expect(checkNetworkTrust(ELECTRON)).toEqual([])
    expect(checkSwitches(ELECTRON)).toEqual([])
    // The page may reach nothing remote at all: connect-src and default-src 'none'.
    expect(policyInSource(SECURITY)).toMatch(/(^|; )connect-src 'none'(;|$)/)
  })

  it('2. Do not enable Node.js integration for remote content', () => {
    const report = checkWindows(ELECTRON)
    expect(report.windows.length).toBeGreaterThan(0)
    expect(windowProblems(report, 'nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames')).toEqual([])
    // There is no remote content: every load is the app's own origin.
    expect(checkLoads(ELECTRON)).toEqual([])
  })

  it('3. Enable context isolation', () => {
    const report = checkWindows(ELECTRON)
    expect(report.windows.length).toBeGreaterThan(0)
    expect(windowProblems(report, 'contextIsolation')).toEqual([])
    const exposes = methodCalls(parse(PRELOAD), ['exposeInMainWorld'])
    expect(exposes.map((m) => m.receiver)).toEqual(['contextBridge'])
  })

  it('4. Enable process sandboxing', () => {
    const report = checkWindows(ELECTRON)
    expect(report.windows.length).toBeGreaterThan(0)
    expect(windowProblems(report, 'sandbox')).toEqual([])
    // Sandboxed by default for every renderer, not only for windows that ask for it.
    const enable = methodCalls(parse(INDEX), ['enableSandbox'])
    expect(enable.map((m) => m.receiver)).toEqual(['app'])
    expect(checkSwitches(ELECTRON, ['no-sandbox'])).toEqual([])
  })

  it('5. Handle session permission requests from remote content', () => {
    expect(checkPermissions(MAIN)).toEqual([])
    expect(windowProblems(checkWindows(ELECTRON), 'partition', 'session')).toEqual([])
  })

  it('6. Do not disable webSecurity', () => {
    expect(windowProblems(checkWindows(ELECTRON), 'webSecurity')).toEqual([])
    expect(checkSwitches(ELECTRON, ['disable-web-security', 'disable-site-isolation-trials'])).toEqual([])
    expect(checkHtml(HTML).problems.filter((p) => p.includes('disablewebsecurity'))).toEqual([])
  })

  it('7. Define a Content-Security-Policy', () => {
    expect(checkCsp(policyInSource(SECURITY), 'header')).toEqual([])
    expect(checkCspServed(MAIN)).toEqual([])
    const { policies } = checkHtml(HTML)
    expect(policies).toHaveLength(1)
    expect(checkCsp(policies[0], 'meta')).toEqual([])
    // A policy without 'unsafe-eval' holds only if no code needs it.
    expect(checkNoDynamicCode(APP)).toEqual([])
  })

  it('8. Do not enable allowRunningInsecureContent', () => {
    expect(windowProblems(checkWindows(ELECTRON), 'allowRunningInsecureContent')).toEqual([])
    expect(checkSwitches(ELECTRON, ['allow-running-insecure-content'])).toEqual([])
  })

  it('9. Do not enable experimental features', () => {
    expect(windowProblems(checkWindows(ELECTRON), 'experimentalFeatures')).toEqual([])
    expect(checkSwitches(ELECTRON, ['enable-experimental-web-platform-features', 'js-flags'])).toEqual([])
  })

  it('10. Do not use enableBlinkFeatures', () => {
    expect(windowProblems(checkWindows(ELECTRON), 'enableBlinkFeatures')).toEqual([])
    expect(checkSwitches(ELECTRON, ['enable-blink-features'])).toEqual([])
  })

  it('11. Do not use allowpopups for WebViews (no <webview> at all)', () => {
    expect(windowProblems(checkWindows(ELECTRON), 'webviewTag')).toEqual([])
    expect(checkNoWebview(APP)).toEqual([])
    expect(checkHtml(HTML).problems).toEqual([])
  })

  it('12. Verify WebView options before creation (webviews refused outright)', () => {
    expect(windowProblems(checkWindows(ELECTRON), 'webviewTag')).toEqual([])
    const problems = checkNavigation(MAIN)
    expect(problems).toEqual([])
    const attach = methodCalls(parse(SECURITY), ['on']).filter((m) => stringValue(m.call.arguments[0]) === 'will-attach-webview')
    expect(attach).toHaveLength(1)
  })

  it('13. Disable or limit navigation', () => {
    expect(checkNavigation(MAIN).filter((p) => !p.includes('setWindowOpenHandler'))).toEqual([])
    // file:// is never a destination either: navigation is cancelled outright, and the page is not on file://.
    expect(isAppUrl('file:///etc/passwd', undefined)).toBe(false)
  })

  it('14. Disable or limit creation of new windows', () => {
    expect(checkNavigation(MAIN).filter((p) => p.includes('setWindowOpenHandler') || p.includes("'allow'"))).toEqual([])
    expect(methodCalls(parse(SECURITY), ['setWindowOpenHandler'])).toHaveLength(1)
  })

  it('15. Do not use shell.openExternal with untrusted content', () => {
    const { sinks, problems } = checkOpenExternal(MAIN)
    expect(sinks.length).toBeGreaterThan(0)
    expect(problems).toEqual([])
    // The guard itself lets only web and mail links through.
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'ms-msdt:/id', 'app://factmark/']) {
      expect(isAllowedExternalUrl(url)).toBe(false)
    }
  })

  it('16. Use a current version of Electron', () => {
    const devDependencies = (PACKAGE_JSON as { devDependencies: Record<string, string> }).devDependencies
    const installed = (JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version
    expect(checkElectronVersion(devDependencies.electron, installed, new Date())).toEqual([])
  })

  it('17. Validate the sender of all IPC messages', () => {
    expect(checkIpcRegistration(ELECTRON, IPC_GUARD.path)).toEqual([])
    const { registered, problems } = checkChannels(IPC, INDEX)
    expect(problems).toEqual([])
    expect(registered.length).toBe(channelsOf(IPC).size)
  })

  it('18. Avoid usage of the file:// protocol and prefer usage of custom protocols', () => {
    expect(checkLoads(ELECTRON)).toEqual([])
    expect(stringValue(constInitializer(SECURITY, 'APP_ORIGIN'))).toMatch(/^app:\/\/[a-z]+$/)
    // The renderer is served by a protocol handler for app:, registered as a privileged standard scheme.
    const appProtocol = readSource('electron/main/appProtocol.ts')
    expect(stringValue(constInitializer(appProtocol, 'APP_SCHEME'))).toBe('app')
    expect(methodCalls(parse(appProtocol), ['handle']).map((m) => `${m.receiver}.handle(${m.call.arguments[0]?.getText()})`)).toEqual([
      'protocol.handle(APP_SCHEME)'
    ])
    expect(methodCalls(parse(INDEX), ['registerSchemesAsPrivileged']).map((m) => m.call.arguments[0]?.getText())).toEqual(['[APP_SCHEME_PRIVILEGES]'])
    // Nothing in main names a file: URL or intercepts file:.
    const fileUrls = MAIN.flatMap((s) => descendants(parse(s)).filter((n) => stringValue(n)?.toLowerCase().startsWith('file:')).map(where))
    expect(fileUrls).toEqual([])
    expect(MAIN.flatMap((s) => methodCalls(parse(s), ['registerFileProtocol', 'interceptFileProtocol']).map((m) => where(m.call)))).toEqual([])
    expect(checkFuses(PACKAGE_JSON).filter((p) => p.includes('grantFileProtocolExtraPrivileges'))).toEqual([])
  })

  it('19. Check which fuses you can change', () => {
    expect(checkFuses(PACKAGE_JSON)).toEqual([])
  })

  it('20. Do not expose Electron APIs to untrusted web content', () => {
    expect(checkPreload(PRELOAD)).toEqual([])
  })
})

// ---- the checks catch what they are for -------------------------------------------------------

describe('the checks object to a bad source', () => {
  const only = (source: Source) => [source]
  const snippet = (text: string, path = 'electron/main/bad.ts'): Source => ({ path, text })

  it.each([
    ['sandbox: true,', 'sandbox: false,', 'sandbox'],
    ['contextIsolation: true,', '', 'contextIsolation'],
    ['nodeIntegration: false,', 'nodeIntegration: true,', 'nodeIntegration'],
    ['webviewTag: false', 'webviewTag: true', 'webviewTag'],
    ['webSecurity: true', 'webSecurity: false', 'webSecurity'],
    ['allowRunningInsecureContent: false', 'allowRunningInsecureContent: true', 'allowRunningInsecureContent'],
    ['sandbox: true,', 'sandbox: true, experimentalFeatures: true,', 'experimentalFeatures'],
    ['sandbox: true,', "sandbox: true, enableBlinkFeatures: 'CSSPseudoHas',", 'enableBlinkFeatures'],
    ['sandbox: true,', "sandbox: true, partition: 'persist:other',", 'partition'],
    ['sandbox: true,', 'sandbox: true, ...extra,', 'sandbox']
  ])('windows: index.ts with %j changed to %j fails on %s', (from, to, key) => {
    expect(windowProblems(checkWindows(only(INDEX)), key)).toEqual([])
    expect(windowProblems(checkWindows(only(mutate(INDEX, from, to))), key)).not.toEqual([])
  })

  it('windows: options that are not a literal, or a window without webPreferences', () => {
    expect(checkWindows([snippet('const w = new BrowserWindow(makeOptions())')]).problems).toEqual([
      'electron/main/bad.ts:1 options: not an object literal, so its webPreferences cannot be checked'
    ])
    expect(checkWindows([snippet('const v = new electron.WebContentsView({})')]).problems).toEqual([
      'electron/main/bad.ts:1 options: webPreferences is missing'
    ])
  })

  it('loads: http, file and an unknown variable', () => {
    expect(checkLoads(only(INDEX))).toEqual([])
    expect(checkLoads(only(mutate(INDEX, 'void win.loadURL(`${APP_ORIGIN}/index.html`)', "void win.loadURL('http://example.com')")))).toHaveLength(1)
    expect(checkLoads([snippet("win.loadFile('index.html')\nwin.loadURL(url)\nwin.loadURL('app://factmark/x')")])).toHaveLength(2)
    expect(checkLoads([snippet('const dev = isDev ? undefined : x\nwin.loadURL(dev)')])).toHaveLength(1)
  })

  it('insecure URLs, switches and certificate handling', () => {
    expect(checkInsecureUrls([snippet("const u = 'ws://example.com/feed'")])).toHaveLength(1)
    expect(checkSwitches([snippet("app.commandLine.appendSwitch('ignore-certificate-errors')\nspawn(x, ['--no-sandbox'])")])).toEqual([
      'electron/main/bad.ts:1 switch ignore-certificate-errors',
      'electron/main/bad.ts:2 switch no-sandbox'
    ])
    expect(
      checkNetworkTrust([
        snippet(
          "session.defaultSession.setCertificateVerifyProc((_r, cb) => cb(0))\napp.on('certificate-error', (e, _w, _u, _er, _c, cb) => cb(true))\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'\nses.setProxy({ proxyRules: 'x' })"
        )
      ])
    ).toHaveLength(4)
  })

  it('the page: remote resources, inline script, handlers, webview, no CSP', () => {
    expect(checkHtml(HTML).problems).toEqual([])
    const bad = mutate(
      HTML,
      '<div id="root"></div>',
      '<div id="root" onclick="x()"></div><script>alert(1)</script><script src="http://cdn.example/x.js"></script><webview src="https://example.com" allowpopups></webview>'
    )
    expect(checkHtml(bad).problems).toEqual([
      'renderer/index.html: inline handler onclick on <div>',
      'renderer/index.html: an inline <script>',
      'renderer/index.html: <script src="http://cdn.example/x.js"> loads from outside the app',
      'renderer/index.html: a <webview> element',
      'renderer/index.html: <webview src="https://example.com"> loads from outside the app',
      'renderer/index.html: allowpopups on <webview>'
    ])
    expect(checkHtml(mutate(HTML, 'http-equiv="Content-Security-Policy"', 'http-equiv="X-Nothing"')).policies).toEqual([])
  })

  it('webviews in code', () => {
    expect(
      checkNoWebview([
        snippet('export const V = () => <webview src="x" allowpopups />', 'renderer/Bad.tsx'),
        snippet("document.createElement('webview')\nel.innerHTML = '<webview src=x>'", 'renderer/bad.ts')
      ])
    ).toHaveLength(4)
  })

  it.each([
    ["default-src 'none'", "default-src 'self'", "default-src is 'self', not 'none'"],
    ["script-src 'self'", "script-src 'self' 'unsafe-inline'", "script-src allows 'unsafe-inline'"],
    ["script-src 'self'", "script-src 'self' 'unsafe-eval'", "script-src allows 'unsafe-eval'"],
    ["script-src 'self'", 'script-src *', 'script-src has the wildcard *'],
    ["script-src 'self'", "script-src 'self' https://cdn.example", 'script-src allows the remote or scheme source https://cdn.example'],
    ["base-uri 'none'", "object-src 'none'", 'base-uri is missing'],
    ["frame-ancestors 'none'", "frame-ancestors 'self'", "frame-ancestors is 'self', not 'none'"]
  ])('CSP: security.ts with %j changed to %j fails', (from, to, problem) => {
    expect(checkCsp(policyInSource(SECURITY), 'header')).toEqual([])
    expect(checkCsp(policyInSource(mutate(SECURITY, from, to)), 'header')).toContain(problem)
  })

  it('CSP: the meta tag, its delivery, and a policy that cannot be read', () => {
    const [meta] = checkHtml(mutate(HTML, "default-src 'none'", "default-src 'self' 'unsafe-inline'")).policies
    expect(checkCsp(meta, 'meta')).toEqual(["default-src is 'self' 'unsafe-inline', not 'none'", "default-src allows 'unsafe-inline'"])
    const appProtocol = readSource('electron/main/appProtocol.ts')
    expect(checkCspServed([appProtocol])).toEqual([])
    expect(checkCspServed([mutate(appProtocol, "'content-security-policy': CONTENT_SECURITY_POLICY,", '')])).toHaveLength(1)
    expect(() => policyInSource(snippet('export const CONTENT_SECURITY_POLICY = build()'))).toThrow(/cannot read it/)
  })

  it('dynamic code', () => {
    expect(
      checkNoDynamicCode([
        snippet("eval('1')\nconst f = new Function('a', 'return a')\nsetTimeout('run()', 10)\nwin.webContents.executeJavaScript('x')\nwindow.eval('2')")
      ])
    ).toHaveLength(5)
    expect(checkNoDynamicCode([snippet('setTimeout(() => run(), 10)\nconst evaluate = (x: number) => x')])).toEqual([])
  })

  it.each([
    ['callback(false)', 'callback(true)', 'grants'],
    ['(_webContents, _permission, callback) => callback(false)', '(_webContents, permission, callback) => callback(permission === "clipboard-read")', 'grants'],
    ['setPermissionCheckHandler(() => false)', 'setPermissionCheckHandler(() => true)', 'returns true'],
    ['setPermissionCheckHandler(() => false)', 'setPermissionCheckHandler(null)', 'null restores'],
    ['setDevicePermissionHandler(() => false)', 'setDevicePermissionHandler((d) => d.deviceType === "hid")', 'returns d.deviceType']
  ])('permissions: security.ts with %j changed to %j fails', (from, to, problem) => {
    const sources = withSource(MAIN, SECURITY)
    expect(checkPermissions(sources)).toEqual([])
    const problems = checkPermissions(withSource(MAIN, mutate(SECURITY, from, to)))
    expect(problems.some((p) => p.includes(problem))).toBe(true)
  })

  it('permissions: missing handlers, not applied to the default session, another session', () => {
    expect(checkPermissions([snippet('export const x = 1')])).toEqual([
      'no setPermissionRequestHandler: Electron grants every permission by default',
      'no setPermissionCheckHandler: Electron grants every permission by default'
    ])
    const notApplied = withSource(MAIN, mutate(INDEX, 'lockDownSession(session.defaultSession)', 'lockDownSession(session.fromPartition("x"))'))
    expect(checkPermissions(notApplied)).toEqual([
      expect.stringMatching(/index\.ts:\d+ session\.fromPartition\(\): a second session/),
      'lockDownSession() is never called with session.defaultSession'
    ])
  })

  it.each([
    ["contents.on('will-navigate', (event) => event.preventDefault())", "contents.on('will-navigate', () => undefined)", "'will-navigate' handler does not call"],
    ["contents.on('will-navigate', (event) => event.preventDefault())", '', 'no will-navigate guard'],
    ["contents.on('will-redirect', (event) => event.preventDefault())", "contents.on('will-redirect', (event, url) => { if (url.startsWith('https:')) return; event.preventDefault() })", "'will-redirect' handler does not call"],
    ["contents.on('will-attach-webview', (event) => event.preventDefault())", "contents.once('will-attach-webview', (event) => event.preventDefault())", 'registered once only'],
    ["return { action: 'deny' }", "return { action: 'allow' }", 'setWindowOpenHandler does not return']
  ])('navigation: security.ts with %j changed to %j fails', (from, to, problem) => {
    expect(checkNavigation(MAIN)).toEqual([])
    const problems = checkNavigation(withSource(MAIN, mutate(SECURITY, from, to)))
    expect(problems.some((p) => p.includes(problem))).toBe(true)
  })

  it('navigation: guards not applied on web-contents-created', () => {
    const noListener = withSource(MAIN, mutate(INDEX, "app.on('web-contents-created'", "app.on('browser-window-created'"))
    expect(checkNavigation(noListener)).toContain("no app.on('web-contents-created') listener: guards would miss web contents created later")
    const otherTarget = withSource(MAIN, mutate(INDEX, 'lockDownWebContents(contents, shell)', 'lockDownWebContents(mainWindow!.webContents, shell)'))
    expect(checkNavigation(otherTarget).filter((p) => p.includes('not applied to every web contents'))).toHaveLength(5)
  })

  it('openExternal: unguarded calls, a weakened guard, and shell handed on', () => {
    const handlers = readSource('electron/main/handlers.ts')
    expect(checkOpenExternal(MAIN).problems).toEqual([])
    const weakGuard = mutate(SECURITY, 'if (!isAllowedExternalUrl(url)) return false', 'if (!url) return false')
    expect(checkOpenExternal(withSource(MAIN, weakGuard)).problems).toEqual([expect.stringMatching(/security\.ts:\d+ shell\.openExternal\(url\) is not behind/)])
    const unguardedHandler = mutate(handlers, 'if (!isAllowedExternalUrl(url)) {', 'if (url.length > 4096) {')
    expect(checkOpenExternal(withSource(MAIN, unguardedHandler)).problems).toEqual([expect.stringMatching(/handlers\.ts:\d+ deps\.openExternal\(url\) \(shell\.openExternal\)/)])
    expect(
      checkOpenExternal([snippet('ipcMain.on("open", (_e, url) => shell.openExternal(url))\nconst open = shell.openExternal\nfunction f(s: Shell, u: string) { void s.openExternal(u) }')])
        .problems
    ).toHaveLength(3)
  })

  it('IPC: a handler outside the guard, ipcMain handed elsewhere, the guard without its sender check', () => {
    expect(checkIpcRegistration(ELECTRON, IPC_GUARD.path)).toEqual([])
    expect(
      checkIpcRegistration(withSource(ELECTRON, snippet("ipcMain.handle('x', () => 1)\nipcMain.on('y', () => 2)\nwin.webContents.ipc.handle('z', () => 3)\nsetup(ipcMain)")), IPC_GUARD.path)
    ).toEqual([
      "electron/main/bad.ts:1 ipcMain.handle() outside electron/main/ipcGuard.ts: skips the sender check",
      "electron/main/bad.ts:2 ipcMain.on() outside electron/main/ipcGuard.ts: skips the sender check",
      "electron/main/bad.ts:3 ipc.handle() outside electron/main/ipcGuard.ts: skips the sender check",
      'electron/main/bad.ts:4 ipcMain is handed to setup(ipcMain)'
    ])
    const noSenderCheck = mutate(IPC_GUARD, 'if (!isTrustedSender(event)) {', 'if (!event) {')
    expect(checkIpcRegistration(withSource(ELECTRON, noSenderCheck), IPC_GUARD.path)).toEqual([
      expect.stringMatching(/ipcGuard\.ts:\d+ ipcMain\.handle\(\): the first statement must reject an untrusted sender/)
    ])
  })

  it('IPC: a channel not registered, registered twice, or without the sender check', () => {
    expect(checkChannels(IPC, INDEX).problems).toEqual([])
    const missing = mutate(INDEX, 'registerHandler(ipcMain, isTrusted, CHANNELS.saveTags, handlers.saveTags)', '')
    expect(checkChannels(IPC, missing).problems).toEqual([expect.stringMatching(/^CHANNELS\.saveTags \(sidecar:save\) has no registerHandler/)])
    const open = mutate(INDEX, 'registerHandler(ipcMain, isTrusted, CHANNELS.saveTags,', 'registerHandler(ipcMain, () => true, CHANNELS.saveTags,')
    expect(checkChannels(IPC, open).problems).toEqual([expect.stringMatching(/CHANNELS\.saveTags is not behind a sender check/)])
    const twice = mutate(INDEX, 'registerHandler(ipcMain, isTrusted, CHANNELS.saveTags,', 'registerHandler(ipcMain, isTrusted, CHANNELS.loadSidecar,')
    expect(checkChannels(IPC, twice).problems).toEqual([
      expect.stringMatching(/registers CHANNELS\.loadSidecar twice/),
      expect.stringMatching(/^CHANNELS\.saveTags .* has no registerHandler/)
    ])
  })

  it.each([
    ["contextBridge.exposeInMainWorld('factmark', api)", "contextBridge.exposeInMainWorld('factmark', api)\ncontextBridge.exposeInMainWorld('ipc', ipcRenderer)", 'ipcRenderer is used as a value'],
    ['const api: FactmarkApi = {', 'const api: FactmarkApi = {\n  ipc: ipcRenderer,', 'ipcRenderer is used as a value'],
    ['const api: FactmarkApi = {', 'const api: FactmarkApi = {\n  ...ipcRenderer,', 'exposed as a value'],
    ['const api: FactmarkApi = {', 'const api: FactmarkApi = {\n  raw: () => ipcRenderer,', 'ipcRenderer is used as a value'],
    ['const api: FactmarkApi = {', 'const api: FactmarkApi = {\n  invoke: (channel: string, ...args: unknown[]) => ipcRenderer.invoke(channel, ...args),', 'channel channel is not a constant'],
    ['const api: FactmarkApi = {', 'const api: FactmarkApi = {\n  send: ipcRenderer.send,', 'ipcRenderer.send is used as a value'],
    ['listener(command)', 'listener(_event as never)', 'hands on the IpcRendererEvent'],
    ["contextBridge.exposeInMainWorld('factmark', api)", "contextBridge.exposeInMainWorld('factmark', api)\n;(window as unknown as { ipc: unknown }).ipc = ipcRenderer", 'assigns to']
  ])('preload with %j changed to %j fails', (from, to, problem) => {
    expect(checkPreload(PRELOAD)).toEqual([])
    const problems = checkPreload(mutate(PRELOAD, from, to))
    expect(problems.some((p) => p.includes(problem))).toBe(true)
  })

  it('Electron version: estimate and floor', () => {
    // Electron 33.0.0 came out on 15 October 2024, 39.0.0 on 28 October 2025.
    expect(estimateLatestElectronMajor(new Date('2024-10-20'))).toBeGreaterThanOrEqual(32)
    expect(estimateLatestElectronMajor(new Date('2024-10-20'))).toBeLessThanOrEqual(34)
    expect(estimateLatestElectronMajor(new Date('2025-11-10'))).toBeGreaterThanOrEqual(38)
    expect(estimateLatestElectronMajor(new Date('2025-11-10'))).toBeLessThanOrEqual(40)
    expect(checkElectronVersion('^39.0.0', '39.2.1', new Date('2025-11-10'))).toEqual([])
    expect(checkElectronVersion('^33.2.1', '33.2.1', new Date('2025-11-10'))).toEqual([
      'electron ^33.2.1 is older than the supported majors (about 36+ today)'
    ])
    expect(checkElectronVersion('^39.0.0', '33.2.1', new Date('2025-11-10'))).toEqual(['the installed electron 33.2.1 is not the declared ^39.0.0'])
  })

  it('fuses: one left on, none configured', () => {
    const config = (fuses: Record<string, boolean>) => ({ build: { asar: true, electronFuses: fuses } })
    expect(checkFuses(config(SECURE_FUSES))).toEqual([])
    expect(checkFuses(config({ ...SECURE_FUSES, runAsNode: true }))).toEqual(['fuse runAsNode is true, not false'])
    const { onlyLoadAppFromAsar: _left, ...missing } = SECURE_FUSES
    expect(checkFuses(config(missing))).toEqual(['fuse onlyLoadAppFromAsar is undefined, not true'])
    expect(checkFuses({ build: {} })).toEqual(['package.json has no build.electronFuses'])
  })
})
