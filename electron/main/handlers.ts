/**
 * The IPC handlers: what main does for each method of the contract in shared/ipc/, grouped by
 * its nouns (settings, document, recovery, tags, window; exchange in exchange.ts), each group checked against its noun's
 * handler type. Electron pieces (dialogs, shell, the window) come in through {@link HandlerDeps},
 * so this file never imports electron and its logic runs in plain Node.
 */
import { copyFile, mkdir, rename, stat } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import {
  fail,
  ok,
  type DiskState,
  type DocumentHandlers,
  type LoadedSidecar,
  type MainHandlers,
  type OpenedDocument,
  type OrganisationSettings,
  type RecoveryHandlers,
  type Result,
  type SaveRequest,
  type SaveResult,
  type SettingsHandlers,
  type Startup,
  type TagsHandlers,
  type WindowHandlers
} from '../../shared/ipc'
import { msg, type LanguageSetting } from '../../shared/messages'
import { buildSidecar, sidecarFileName, type Annotator, type Sidecar } from '../../shared/sidecar'
import type { DocumentRegistry } from './documents'
import { createExchangeHandlers, type ExchangeDeps } from './exchange'
import { fingerprint, hasChanged, type Fingerprint } from './fileFingerprint'
import type { RecoveryStore } from './recoveryStore'
import { loadSidecar, readSidecarQuietly, sealSidecar, sidecarPath, writeSidecar } from './sidecarStore'
import type { Settings } from './settingsStore'
import { isAllowedExternalUrl } from './security'

export interface HandlerDeps {
  registry: DocumentRegistry
  settings: Settings
  /** Where the bundled sample article ships. */
  bundledSamplePath: string
  /** A writable folder where the sample is copied, so its sidecar never lands in the app. */
  samplesFolder: string
  /** The file named on the command line, already resolved to an absolute path, if any. */
  startupFile: string | null
  /** Shows the native Open dialog; resolves to the chosen path or null when cancelled. */
  showOpenDialog: () => Promise<string | null>
  openExternal: (url: string) => Promise<void>
  /** Called after the recent list changed (to rebuild the menu and tell the renderer). */
  onRecentChanged: () => void
  /** Called when the renderer has saved everything and the window may close. */
  onReadyToClose: () => void
  /** Where unsaved tags are kept when saving beside the article fails. */
  recovery: RecoveryStore
  /** Takes the file a second start of the app handed over, if any (once). */
  takeHandoff: () => string | null
  /**
   * Called after the language setting changed: main speaks it and reloads the window, which then
   * reopens `reopen` (see takeReopen).
   */
  onLanguageChanged?: (language: LanguageSetting, reopen: { path: string; isSample: boolean } | null) => void
  /** Takes the document to reopen after the window was reloaded in another language, if any (once). */
  takeReopen?: () => { path: string; isSample: boolean } | null
  /** Called when the renderer asks for its start-up data: it is running and can be asked to save. */
  onRendererStarted?: () => void
  /** Dialogs and windows of exports and imports (see exchange.ts). */
  exchange: Omit<ExchangeDeps, 'registry'>
  now?: () => Date
}

// Functions, not constants: main can switch language while it runs (see shared/messages).
const cancelled = () => fail('CANCELLED', msg.requests.cancelled)
const unknownHandle = () => fail('UNKNOWN_HANDLE', msg.requests.documentClosed)

/** What the files of an open document looked like when Factmark last read or wrote them. */
interface KnownFiles {
  article: Fingerprint | null
  sidecarPath: string | null
  sidecar: Fingerprint | null
}

/** A fingerprint, or null when the file cannot be read (the next read or write reports why). */
async function fingerprintOrNull(path: string): Promise<Fingerprint | null> {
  try {
    return await fingerprint(path)
  } catch {
    // Unreadable now: the open or save that follows gives the user the reason.
    return null
  }
}

/** Builds main's handler of every method of the contract. */
export function createHandlers(deps: HandlerDeps): MainHandlers {
  const now = () => (deps.now ? deps.now() : new Date()).toISOString()
  const known = new Map<string, KnownFiles>()

  async function rememberSidecar(handle: string, articlePath: string): Promise<void> {
    const annotator = deps.settings.get().annotator
    const path = annotator ? sidecarPath(articlePath, annotator) : null
    const entry = known.get(handle)
    if (!entry) return
    entry.sidecarPath = path
    entry.sidecar = path ? await fingerprintOrNull(path) : null
  }

  async function openPath(path: string, options: { isSample?: boolean } = {}): Promise<Result<OpenedDocument>> {
    const result = await deps.registry.open(path, deps.settings.get().annotator, options)
    if (!result.ok) return result
    const file = deps.registry.get(result.value.handle)
    const realPath = file?.path ?? path
    // The registry just read the article: its fingerprint comes from that read, not a second one.
    const article = file ? { size: file.size, mtimeMs: file.mtimeMs, sha256: file.sha256 } : null
    known.set(result.value.handle, { article, sidecarPath: null, sidecar: null })
    await rememberSidecar(result.value.handle, realPath)
    const recovery = await deps.recovery.find(realPath)
    if (!options.isSample) {
      await deps.settings.addRecent(realPath)
      deps.onRecentChanged()
    }
    return ok({ ...result.value, recovery })
  }

  /**
   * The annotator changed their name while the document was open: move their tag file to the new
   * name, unless another program changed it meanwhile, a file already has the new name, or it is
   * not a tag file this version reads (damaged, or from a newer Factmark: never ours to move).
   */
  async function carryOverRenamedSidecar(entry: KnownFiles, target: string): Promise<void> {
    const from = entry.sidecarPath
    if (!from) return
    try {
      if ((await hasChanged(from, entry.sidecar)).changed) return
      if (await fingerprintOrNull(target)) return
      if (!(await readSidecarQuietly(from))) return
      await rename(from, target)
      entry.sidecarPath = target
    } catch {
      // Left under the old name; loadSidecar adopts it by annotator id next time.
    }
  }

  async function keepForRecovery(articlePath: string, sidecar: Sidecar): Promise<void> {
    try {
      await deps.recovery.keep(articlePath, sidecar)
    } catch (error) {
      // The save already failed and says why; failing to keep a copy must not hide that.
      console.warn(`[recovery] could not keep unsaved tags: ${(error as Error).message}`)
    }
  }

  async function openSample(): Promise<Result<OpenedDocument>> {
    const target = join(deps.samplesFolder, 'russie-coree-du-nord.fr.txt')
    try {
      await stat(target)
    } catch {
      // Not copied yet (first start, or the user deleted it): copy the bundled article.
      try {
        await mkdir(deps.samplesFolder, { recursive: true })
        await copyFile(deps.bundledSamplePath, target)
      } catch (error) {
        return fail('READ_FAILED', msg.requests.sampleUnavailable({ reason: (error as Error).message }))
      }
    }
    return openPath(target, { isSample: true })
  }

  const settings = {
    async getStartup(): Promise<Startup> {
      deps.onRendererStarted?.()
      const settings = deps.settings.get()
      return {
        annotator: settings.annotator,
        organisation: { ...settings.organisation },
        recent: deps.settings.recentEntries(),
        platform: process.platform,
        language: settings.language
      }
    },

    setAnnotatorName(name: string): Promise<Result<Annotator>> {
      return deps.settings.setAnnotatorName(name)
    },

    setOrganisation(organisation: OrganisationSettings): Promise<Result<OrganisationSettings>> {
      return deps.settings.setOrganisation(organisation)
    },

    async setLanguage(language: LanguageSetting, handle: string | null): Promise<Result<LanguageSetting>> {
      const saved = await deps.settings.setLanguage(language)
      if (!saved.ok && saved.error.code === 'INVALID') return saved
      const file = handle !== null ? deps.registry.get(handle) : undefined
      deps.onLanguageChanged?.(language, file ? { path: file.path, isSample: file.isSample } : null)
      return saved
    }
  } satisfies SettingsHandlers

  const documents = {
    openStartupDocument(): Promise<Result<OpenedDocument>> {
      const reopen = deps.takeReopen?.() ?? null
      if (reopen) return openPath(reopen.path, { isSample: reopen.isSample })
      return deps.startupFile ? openPath(deps.startupFile) : openSample()
    },

    async openDocumentDialog(): Promise<Result<OpenedDocument>> {
      const path = await deps.showOpenDialog()
      return path ? openPath(path) : cancelled()
    },

    async openRecent(id: string): Promise<Result<OpenedDocument>> {
      const entry = deps.settings.findRecent(id)
      if (!entry) return fail('NOT_FOUND', msg.requests.notInRecent)
      const result = await openPath(entry.path)
      if (!result.ok && result.error.code === 'NOT_FOUND') {
        await deps.settings.removeRecent(id)
        deps.onRecentChanged()
      }
      return result
    },

    openHandoff(): Promise<Result<OpenedDocument>> {
      const path = deps.takeHandoff()
      return path ? openPath(path) : Promise.resolve(cancelled())
    },

    reloadDocument(handle: string): Promise<Result<OpenedDocument>> {
      const file = deps.registry.get(handle)
      if (!file) return Promise.resolve(unknownHandle())
      return openPath(file.path, { isSample: file.isSample })
    },

    async checkDisk(handle: string): Promise<Result<DiskState>> {
      const file = deps.registry.get(handle)
      const entry = known.get(handle)
      if (!file || !entry) return unknownHandle()
      try {
        const article = await hasChanged(file.path, entry.article)
        const sidecar = entry.sidecarPath ? await hasChanged(entry.sidecarPath, entry.sidecar) : { changed: false }
        return ok<DiskState>({
          article: article.current === null ? 'missing' : article.changed ? 'changed' : 'same',
          sidecar: sidecar.changed ? 'changed' : 'same'
        })
      } catch (error) {
        return fail('READ_FAILED', msg.requests.checkFailed({ reason: (error as Error).message }))
      }
    },

    openDroppedFile(path: string): Promise<Result<OpenedDocument>> {
      // The preload resolved this from a real dropped File; still, only absolute paths.
      if (!isAbsolute(path) || path.includes('\0')) return Promise.resolve(fail('INVALID', msg.requests.cannotOpenItem))
      return openPath(path)
    }
  } satisfies DocumentHandlers

  const recovery = {
    async discardRecovery(handle: string): Promise<Result<null>> {
      const file = deps.registry.get(handle)
      if (!file) return unknownHandle()
      await deps.recovery.discard(file.path)
      return ok(null)
    }
  } satisfies RecoveryHandlers

  const tags = {
    async loadSidecar(handle: string): Promise<Result<LoadedSidecar>> {
      const file = deps.registry.get(handle)
      if (!file) return unknownHandle()
      const annotator = deps.settings.get().annotator
      if (!annotator) return ok({ sidecar: null, notice: null })
      const result = await loadSidecar(file.path, annotator)
      if (!result.ok) return { ok: false, error: result.error }
      await rememberSidecar(handle, file.path)
      return result
    },

    async saveTags(request: SaveRequest): Promise<Result<SaveResult>> {
      const file = deps.registry.get(request.handle)
      const entry = known.get(request.handle)
      if (!file || !entry) return unknownHandle()
      const annotator = deps.settings.get().annotator
      if (!annotator) return fail('NO_ANNOTATOR', msg.requests.nameFirst)
      const savedAt = now()
      const sidecar = buildSidecar({
        article: { fileName: file.fileName, sha256: file.sha256, textLength: request.textLength },
        annotator,
        tags: request.tags,
        editedText: request.editedText,
        outsideSources: request.outsideSources,
        versions: request.versions,
        properties: request.properties,
        now: savedAt
      })
      const target = sidecarPath(file.path, annotator)
      if (entry.sidecarPath && entry.sidecarPath !== target && entry.sidecar) {
        await carryOverRenamedSidecar(entry, target)
      }
      // A renamed annotator with nothing to carry over writes a new file: nothing is expected there.
      const expected = entry.sidecarPath === target ? entry.sidecar : null
      if (!request.overwrite) {
        let changed = false
        try {
          changed = (await hasChanged(target, expected)).changed
        } catch {
          // Unreadable: the save below fails and says why.
        }
        if (changed) {
          await keepForRecovery(file.path, sidecar)
          return fail(
            'CONFLICT',
            msg.tagFile.changedOnDisk({ fileName: sidecarFileName(file.fileName, annotator) })
          )
        }
      }
      // The request was validated at the boundary (ipcGuard.ts); only the ids are left to check.
      const sealed = sealSidecar(sidecar)
      const saved = sealed.ok ? await writeSidecar(file.path, sealed.value) : sealed
      if (!saved.ok) {
        await keepForRecovery(file.path, sidecar)
        return saved
      }
      entry.sidecarPath = target
      entry.sidecar = await fingerprintOrNull(target)
      await deps.recovery.discard(file.path).catch(() => {
        // A stale recovery file only means an extra offer next time; the save itself succeeded.
      })
      return ok({ savedAt, sidecarFileName: sidecarFileName(file.fileName, annotator) })
    }
  } satisfies TagsHandlers

  const windowAndLinks = {
    async openExternal(url: string): Promise<Result<null>> {
      if (!isAllowedExternalUrl(url)) {
        return fail('BAD_URL', msg.requests.badLink)
      }
      await deps.openExternal(url)
      return ok(null)
    },

    async readyToClose(): Promise<void> {
      deps.onReadyToClose()
    }
  } satisfies WindowHandlers

  const exchange = createExchangeHandlers({ registry: deps.registry, ...deps.exchange })

  return { ...settings, ...documents, ...recovery, ...tags, ...windowAndLinks, ...exchange }
}
