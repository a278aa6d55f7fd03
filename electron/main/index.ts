/**
 * Factmark's main process: app lifecycle, the window, the menu, and the wiring of IPC handlers.
 * All disk access happens here (through documents.ts, sidecarStore.ts and settingsStore.ts).
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron'
import { join } from 'node:path'
import { COMMAND_CHANNEL, type AppCommand } from '../../shared/ipc'
import { msg, resolveLanguage, setLanguage, type Language } from '../../shared/messages'
import { APP_SCHEME_PRIVILEGES, serveRenderer } from './appProtocol'
import { DocumentRegistry, OPENABLE_EXTENSIONS } from './documents'
import type { ExchangeDeps } from './exchange'
import { createHandlers } from './handlers'
import { ReportPages } from './reportPages'
import { printReportToPdf, showReportPreview } from './reportWindows'
import { makeSenderCheck } from './ipcGuard'
import { buildMenuTemplate } from './menu'
import { APP_ORIGIN, isAppUrl, lockDownSession, lockDownWebContents } from './security'
import { openRecoveryStore } from './recoveryStore'
import { registerHandlers } from './registerHandlers'
import { openSettings, type Settings } from './settingsStore'
import { findStartupFile } from './startupArgs'

// Tests (and anyone who wants a separate profile) point userData elsewhere before ready.
if (process.env.FACTMARK_USER_DATA) app.setPath('userData', process.env.FACTMARK_USER_DATA)
// Every renderer sandboxed. Where Chromium's OS sandbox is off (--no-sandbox, needed as root),
// enableSandbox would make the network service crash-loop; windows still set sandbox: true.
if (!app.commandLine.hasSwitch('no-sandbox')) app.enableSandbox()
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])

/** The built app (out/; this file is out/main/index.cjs) and the project folder around it. */
const built = join(__dirname, '..')
const appRoot = join(built, '..')
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const isDev = !app.isPackaged && Boolean(devServerUrl)
/** One Factmark per user (per userData folder): a second start hands its file to this one. */
const isFirstInstance = app.requestSingleInstanceLock()
if (!isFirstInstance) app.quit()

let mainWindow: BrowserWindow | null = null
/** Report pages the preview and PDF windows load (served by the app protocol). */
const reportPages = new ReportPages()
/** A file a second start handed over, until the renderer asks for it. */
let handoff: string | null = null
/** Set once the renderer has saved everything (or cannot answer) and the window may close. */
let closeConfirmed = false
/** The renderer has started and can be asked to save before closing. */
let rendererReady = false

function send(command: AppCommand): void {
  mainWindow?.webContents.send(COMMAND_CHANNEL, command)
}

/** The language the app speaks now: the setting's, or the system's (English when it has no catalogue). */
function currentLanguageOf(settings: Settings): Language {
  return resolveLanguage(settings.get().language, [...app.getPreferredSystemLanguages(), app.getLocale()])
}

/** Loads the page; its address gives the language, which the renderer reads before anything else (renderer/language.ts). */
function loadPage(win: BrowserWindow, language: Language): void {
  const devPage = app.isPackaged ? undefined : devServerUrl && `${devServerUrl}?lang=${language}`
  if (devPage) void win.loadURL(devPage)
  else void win.loadURL(`${APP_ORIGIN}/index.html?lang=${language}`)
}

function createWindow(settings: Settings): BrowserWindow {
  const state = settings.get().window
  const win = new BrowserWindow({
    width: state?.width ?? 1280,
    height: state?.height ?? 840,
    x: state?.x,
    y: state?.y,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: msg.app.name,
    backgroundColor: '#f7f6f2',
    webPreferences: {
      preload: join(built, 'preload/index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false
    }
  })
  if (state?.maximized) win.maximize()
  win.once('ready-to-show', () => win.show())
  win.on('close', (event) => {
    if (closeConfirmed || !rendererReady) {
      const bounds = win.getNormalBounds()
      void settings.setWindowState({ ...bounds, maximized: win.isMaximized() })
      return
    }
    // Let the renderer save first; it answers with readyToClose, or asks the user when a save
    // failed (then nothing happens until the next close). A hung or crashed page cannot block.
    event.preventDefault()
    send({ type: 'prepare-close' })
  })
  win.on('unresponsive', () => {
    closeConfirmed = true
  })
  win.webContents.on('render-process-gone', () => {
    rendererReady = false
  })
  win.on('closed', () => {
    mainWindow = null
  })
  loadPage(win, currentLanguageOf(settings))
  return win
}

/** The dialogs and report windows of exports and imports (electron/main/exchange.ts). */
function exchangeDeps(): Omit<ExchangeDeps, 'registry'> {
  // The words are read when a dialog opens: the language may have changed since start-up.
  const m = () => msg.formats.exchange
  return {
    showSaveDialog: async ({ defaultPath, kindName, extension }) => {
      const options = { title: m().saveDialogTitle, defaultPath, filters: [{ name: kindName, extensions: [extension] }] }
      const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    showImportDialog: async (folder) => {
      const options = {
        title: m().importDialogTitle,
        defaultPath: folder,
        properties: ['openFile' as const],
        filters: [
          { name: m().importDialogFiles, extensions: ['jsonld', 'json', 'ann'] },
          { name: m().allFiles, extensions: ['*'] }
        ]
      }
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]
    },
    printToPdf: (html) => printReportToPdf(reportPages, html),
    showPreview: (html) => showReportPreview(reportPages, html, mainWindow)
  }
}

function rebuildMenu(settings: Settings): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({ send, recent: settings.recentEntries(), isDev, appName: msg.app.name, language: settings.get().language })
    )
  )
}

async function start(): Promise<void> {
  await app.whenReady()
  lockDownSession(session.defaultSession)
  serveRenderer(protocol, join(built, 'renderer'), reportPages)
  const settings = await openSettings(app.getPath('userData'))
  setLanguage(currentLanguageOf(settings))
  /** The document to reopen once the window has been reloaded in another language. */
  let reopen: { path: string; isSample: boolean } | null = null

  const handlers = createHandlers({
    registry: new DocumentRegistry(),
    settings,
    bundledSamplePath: join(appRoot, 'electron/resources/russie-coree-du-nord.fr.txt'),
    samplesFolder: join(app.getPath('userData'), 'samples'),
    startupFile: findStartupFile(process.argv, {
      isPackaged: app.isPackaged,
      cwd: process.cwd(),
      initCwd: process.env.INIT_CWD
    }),
    showOpenDialog: async () => {
      const options = {
        title: msg.app.openDialogTitle,
        properties: ['openFile' as const],
        filters: [
          { name: msg.app.openDialogArticles, extensions: OPENABLE_EXTENSIONS },
          { name: msg.app.openDialogAllFiles, extensions: ['*'] }
        ]
      }
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]
    },
    openExternal: (url) => shell.openExternal(url),
    onRecentChanged: () => {
      rebuildMenu(settings)
      send({ type: 'recent-changed', recent: settings.recentEntries() })
    },
    onReadyToClose: () => {
      closeConfirmed = true
      mainWindow?.close()
    },
    recovery: openRecoveryStore(join(app.getPath('userData'), 'recovery')),
    takeHandoff: () => {
      const file = handoff
      handoff = null
      return file
    },
    onLanguageChanged: (_setting, document) => {
      setLanguage(currentLanguageOf(settings))
      rebuildMenu(settings)
      reopen = document
      // After the answer is on its way: the page that asked is replaced by one in the new language.
      setImmediate(() => {
        if (!mainWindow) return
        rendererReady = false
        loadPage(mainWindow, currentLanguageOf(settings))
      })
    },
    takeReopen: () => {
      const document = reopen
      reopen = null
      return document
    },
    onRendererStarted: () => {
      rendererReady = true
    },
    exchange: exchangeDeps()
  })

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore()
      mainWindow.focus()
    }
    const file = findStartupFile(argv, { isPackaged: app.isPackaged, cwd: workingDirectory })
    if (file) {
      handoff = file
      send({ type: 'open-handoff' })
    }
  })

  const isTrusted = makeSenderCheck((url) => isAppUrl(url, devServerUrl))
  registerHandlers(ipcMain, isTrusted, handlers)

  rebuildMenu(settings)
  mainWindow = createWindow(settings)
}

app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents, shell))
app.on('window-all-closed', () => app.quit())

if (isFirstInstance) {
  start().catch((error: unknown) => {
    dialog.showErrorBox(msg.app.startFailed, error instanceof Error ? error.message : String(error))
    app.exit(1)
  })
}
