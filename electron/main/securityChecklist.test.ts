/**
 * Electron's security checklist (electron/electron docs/tutorial/security.md, all 20 items),
 * checked over the source text of electron/, renderer/ and shared/, renderer/index.html and
 * package.json. Sources are parsed with TypeScript's compiler API, the page with jsdom.
 *
 * Each check is a pure function from sources to a list of problems, in
 * electron/testing/securityChecklist/ (test code only). The first block here runs them on
 * the real sources and expects none, one test per checklist item; the second feeds each check a
 * copy of a real source with one safeguard removed, or a small bad snippet, and expects it to
 * object, so no check passes by finding nothing. The same items at runtime, in the real app, are
 * in e2e/security.spec.ts; the packaged fuses of item 19 are pinned in packagingConfig.test.ts.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  appSources,
  channelsOf,
  checkChannels,
  checkCsp,
  checkCspServed,
  checkElectronVersion,
  checkFuses,
  checkHtml,
  checkInsecureUrls,
  checkIpcRegistration,
  checkLoads,
  checkNavigation,
  checkNetworkTrust,
  checkNoDynamicCode,
  checkNoWebview,
  checkOpenExternal,
  checkPermissions,
  checkPreload,
  checkSwitches,
  checkWindows,
  constInitializer,
  descendants,
  estimateLatestElectronMajor,
  methodCalls,
  mutate,
  parse,
  policyInSource,
  readSource,
  ROOT,
  SECURE_FUSES,
  type Source,
  stringValue,
  where,
  windowProblems,
  withSource
} from '../testing/securityChecklist'
import { isAllowedExternalUrl, isAppUrl } from './security'

// ---- the checklist on Factmark's sources ------------------------------------------------------

const ELECTRON = appSources('electron')
const MAIN = ELECTRON.filter((s) => s.path.startsWith('electron/main/'))
const APP = appSources('electron', 'renderer', 'shared')
const INDEX = readSource('electron/main/index.ts')
const SECURITY = readSource('electron/main/security.ts')
const PRELOAD = readSource('electron/preload/index.ts')
const IPC_GUARD = readSource('electron/main/ipcGuard.ts')
/** The IPC contract, every file of shared/ipc/ (the nouns, the contract, the schemas). */
const IPC = APP.filter((s) => s.path.startsWith('shared/ipc/'))
const CONTRACT = readSource('shared/ipc/contract.ts')
const DOCUMENT_NOUN = readSource('shared/ipc/document.ts')
const REGISTER = readSource('electron/main/registerHandlers.ts')
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
    // Workers: exactly the app's own script files (the hints worker), in the header and the meta tag.
    expect(policyInSource(SECURITY)).toMatch(/(^|; )worker-src 'self'(;|$)/)
    expect(checkHtml(HTML).policies[0]).toMatch(/(^|; )worker-src 'self'(;|$)/)
    expect(checkCspServed(MAIN)).toEqual([])
    const { policies } = checkHtml(HTML)
    expect(policies).toHaveLength(1)
    expect(checkCsp(policies[0], 'meta')).toEqual([])
    // A policy without 'unsafe-eval' holds only if no code needs it.
    expect(checkNoDynamicCode(APP)).toEqual([])
    // Parsing every source of the app takes seconds on a busy machine.
  }, 60_000)

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
    const { registered, problems } = checkChannels(IPC, REGISTER, INDEX)
    expect(problems).toEqual([])
    expect(registered.length).toBe(channelsOf(IPC).size)
    expect(registered.length).toBeGreaterThan(0)
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
    expect(checkLoads(only(mutate(INDEX, 'void win.loadURL(`${APP_ORIGIN}/index.html?lang=${language}`)', "void win.loadURL('http://example.com')")))).toHaveLength(1)
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
    // The hints worker needs worker-src 'self', exactly: none wider, none missing (it would then fall back on child-src).
    ["worker-src 'self'", "worker-src 'self' blob:", "worker-src is 'self' blob:, not 'self'"],
    ["worker-src 'self'", "worker-src 'self' data:", "worker-src is 'self' data:, not 'self'"],
    ["worker-src 'self'", 'worker-src *', 'worker-src has the wildcard *'],
    ["worker-src 'self'", "worker-src 'self' app:", "worker-src is 'self' app:, not 'self'"],
    ["worker-src 'self'", "child-src 'self'", 'worker-src is missing'],
    ["frame-ancestors 'none'", "frame-ancestors 'self'", "frame-ancestors is 'self', not 'none'"]
  ])('CSP: security.ts with %j changed to %j fails', (from, to, problem) => {
    expect(checkCsp(policyInSource(SECURITY), 'header')).toEqual([])
    expect(checkCsp(policyInSource(mutate(SECURITY, from, to)), 'header')).toContain(problem)
  })

  it('CSP: the meta tag, its delivery, and a policy that cannot be read', () => {
    const [wideWorkers] = checkHtml(mutate(HTML, "worker-src 'self'", "worker-src 'self' blob:")).policies
    expect(checkCsp(wideWorkers, 'meta')).toEqual(["worker-src is 'self' blob:, not 'self'", 'worker-src allows the remote or scheme source blob:'])
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

  it('IPC: the guard without its argument check, or reaching the handler before its checks', () => {
    const unparsed = mutate(IPC_GUARD, 'const parsed = schema.safeParse(raw)', 'const parsed = { success: true as const, data: raw }')
    expect(checkIpcRegistration(withSource(ELECTRON, unparsed), IPC_GUARD.path)).toEqual([
      expect.stringMatching(/ipcGuard\.ts:\d+ ipcMain\.handle\(\): the arguments must be parsed with a schema next/)
    ])
    const unchecked = mutate(IPC_GUARD, 'if (!parsed.success) {', 'if (!parsed) {')
    expect(checkIpcRegistration(withSource(ELECTRON, unchecked), IPC_GUARD.path)).toEqual([
      expect.stringMatching(/the arguments must be parsed with a schema next, and a failure rejected/)
    ])
    const rawToHandler = mutate(IPC_GUARD, 'return run(parsed.data)', 'return run(raw)')
    expect(checkIpcRegistration(withSource(ELECTRON, rawToHandler), IPC_GUARD.path)).toEqual([
      expect.stringMatching(/the unchecked arguments \(raw\) are used after the check/)
    ])
  })

  it('IPC: the contract not registered, registered twice, or without the sender check', () => {
    expect(checkChannels(IPC, REGISTER, INDEX).problems).toEqual([])
    const missing = mutate(INDEX, 'registerHandlers(ipcMain, isTrusted, handlers)', '')
    expect(checkChannels(IPC, REGISTER, missing)).toEqual({
      registered: [],
      problems: [expect.stringMatching(/^no registerHandlers\(ipcMain, …\) in electron\/main\/index\.ts/)]
    })
    const open = mutate(INDEX, 'registerHandlers(ipcMain, isTrusted, handlers)', 'registerHandlers(ipcMain, () => true, handlers)')
    expect(checkChannels(IPC, REGISTER, open).problems).toEqual([expect.stringMatching(/the contract is not behind a sender check/)])
    const twice = mutate(INDEX, 'registerHandlers(ipcMain, isTrusted, handlers)', 'registerHandlers(ipcMain, isTrusted, handlers)\n  registerHandlers(ipcMain, isTrusted, handlers)')
    expect(checkChannels(IPC, REGISTER, twice).problems).toEqual([expect.stringMatching(/registers the contract twice/)])
  })

  it.each([
    ['for (const name of METHOD_NAMES)', "for (const name of ['saveTags'] as const)", 'does not loop over METHOD_NAMES'],
    ['guardChannel(ipcMain, isTrustedSender,', 'guardChannel(ipcMain, () => true,', 'not the sender check it was given'],
    ['CHANNELS[name]', "CHANNELS['saveTags']", 'not on CHANNELS[name] of the loop'],
    ['CHANNELS[name]', "'sidecar:save'", 'not on CHANNELS[name] of the loop'],
    ['for (const name of METHOD_NAMES) register(name)', 'for (const name of METHOD_NAMES) register(name)\n  register(METHOD_NAMES[0])', 'is not the name the loop over METHOD_NAMES gives']
  ])('IPC: registerHandlers.ts with %j changed to %j fails', (from, to, problem) => {
    expect(checkChannels(IPC, REGISTER, INDEX).problems).toEqual([])
    const result = checkChannels(IPC, mutate(REGISTER, from, to), INDEX)
    expect(result.registered).toEqual([])
    expect(result.problems.some((p) => p.includes(problem))).toBe(true)
  })

  it('IPC: METHOD_NAMES short of the contract, a channel name used twice', () => {
    const short = mutate(CONTRACT, 'Object.keys(CHANNELS).filter(isMethodName)', "Object.keys(CHANNELS).filter((name) => name !== 'saveTags')")
    expect(checkChannels(withSource(IPC, short), REGISTER, INDEX).problems).toEqual([expect.stringMatching(/METHOD_NAMES is .* not every key of CHANNELS/)])
    const guardWeakened = mutate(CONTRACT, 'return Object.prototype.hasOwnProperty.call(CHANNELS, name)', "return name !== 'saveTags'")
    expect(checkChannels(withSource(IPC, guardWeakened), REGISTER, INDEX).problems).toEqual([expect.stringMatching(/not every key of CHANNELS/)])
    const reused = mutate(DOCUMENT_NOUN, "openRecent: 'document:openRecent'", "openRecent: 'document:openDialog'")
    expect(checkChannels(withSource(IPC, reused), REGISTER, INDEX).problems).toEqual(['channel name document:openDialog is used twice'])
  })

  it.each([
    ["contextBridge.exposeInMainWorld('factmark', api)", "contextBridge.exposeInMainWorld('factmark', api)\ncontextBridge.exposeInMainWorld('ipc', ipcRenderer)", 'ipcRenderer is used as a value'],
    ['const api: FactmarkApi = {', 'const api: FactmarkApi = {\n  ipc: ipcRenderer,', 'ipcRenderer is used as a value'],
    ['const api: FactmarkApi = {', 'const api: FactmarkApi = {\n  ...ipcRenderer,', 'exposed as a value'],
    ['const api: FactmarkApi = {', 'const api: FactmarkApi = {\n  raw: () => ipcRenderer,', 'ipcRenderer is used as a value'],
    ['const api: FactmarkApi = {', 'const api: FactmarkApi = {\n  invoke: (channel: string, ...args: unknown[]) => ipcRenderer.invoke(channel, ...args),', 'channel channel is not a constant'],
    ['const api: FactmarkApi = {', 'const api: FactmarkApi = {\n  send: ipcRenderer.send,', 'ipcRenderer.send is used as a value'],
    ['listener(command)', 'listener(_event as never)', 'hands on the IpcRendererEvent'],
    ["contextBridge.exposeInMainWorld('factmark', api)", "contextBridge.exposeInMainWorld('factmark', api)\n;(window as unknown as { ipc: unknown }).ipc = ipcRenderer", 'assigns to'],
    ['const channel = CHANNELS[name]', 'const channel = name', 'channel channel is not a constant'],
    ['invokers[name] = (...args: unknown[]) => ipcRenderer.invoke(channel, ...args)', 'invokers[name] = (channel: string, ...args: unknown[]) => ipcRenderer.invoke(channel, ...args)', 'channel channel is not a constant'],
    ['const invokers: Record<string, (...args: never[]) => Promise<unknown>> = {}', 'const invokers: Record<string, (...args: never[]) => Promise<unknown>> = { ...api0 }', 'not a table of functions built here'],
    ['for (const name of METHOD_NAMES) {', "invokers.version = 'x' as never\nfor (const name of METHOD_NAMES) {", 'invokers.version is exposed as a value'],
    ['for (const name of METHOD_NAMES) {', 'leak(invokers)\nfor (const name of METHOD_NAMES) {', 'invokers is used as a value']
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
