/**
 * The IPC handlers: what main does for each method of the API in shared/ipc.ts. Electron pieces
 * (dialogs, shell, the window) come in through {@link HandlerDeps}, so this file never imports
 * electron and its logic runs in plain Node.
 */
import { copyFile, mkdir, stat } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import type { AppError, OpenedDocument, Result, SaveRequest, SaveResult, Startup } from '../../shared/ipc'
import { buildSidecar, sidecarFileName, type Annotator, type Sidecar } from '../../shared/sidecar'
import type { DocumentRegistry } from './documents'
import { loadSidecar, saveSidecar } from './sidecarStore'
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
  now?: () => Date
}

const cancelled: { ok: false; error: AppError } = { ok: false, error: { code: 'CANCELLED', message: 'Cancelled.' } }

/** Builds the handler of every channel. */
export function createHandlers(deps: HandlerDeps) {
  const now = () => (deps.now ? deps.now() : new Date()).toISOString()

  async function openPath(path: string, options: { isSample?: boolean } = {}): Promise<Result<OpenedDocument>> {
    const result = await deps.registry.open(path, deps.settings.get().annotator, options)
    if (result.ok && !options.isSample) {
      await deps.settings.addRecent(deps.registry.get(result.value.handle)?.path ?? path)
      deps.onRecentChanged()
    }
    return result
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
        return {
          ok: false,
          error: { code: 'READ_FAILED', message: `The sample article could not be prepared (${(error as Error).message}).` }
        }
      }
    }
    return openPath(target, { isSample: true })
  }

  return {
    async getStartup(): Promise<Startup> {
      const settings = deps.settings.get()
      return { annotator: settings.annotator, recent: deps.settings.recentEntries(), platform: process.platform }
    },

    setAnnotatorName(name: string): Promise<Result<Annotator>> {
      return deps.settings.setAnnotatorName(name)
    },

    openStartupDocument(): Promise<Result<OpenedDocument>> {
      return deps.startupFile ? openPath(deps.startupFile) : openSample()
    },

    async openDocumentDialog(): Promise<Result<OpenedDocument>> {
      const path = await deps.showOpenDialog()
      return path ? openPath(path) : cancelled
    },

    async openRecent(id: string): Promise<Result<OpenedDocument>> {
      const entry = deps.settings.findRecent(id)
      if (!entry) {
        return { ok: false, error: { code: 'NOT_FOUND', message: 'That document is no longer in the recent list.' } }
      }
      const result = await openPath(entry.path)
      if (!result.ok && result.error.code === 'NOT_FOUND') {
        await deps.settings.removeRecent(id)
        deps.onRecentChanged()
      }
      return result
    },

    openDroppedFile(path: string): Promise<Result<OpenedDocument>> {
      // The preload resolved this from a real dropped File; still, only absolute paths.
      if (!isAbsolute(path) || path.includes('\0')) {
        return Promise.resolve({ ok: false, error: { code: 'INVALID', message: 'That item cannot be opened.' } })
      }
      return openPath(path)
    },

    async loadSidecar(handle: string): Promise<Result<{ sidecar: Sidecar | null; notice: string | null }>> {
      const file = deps.registry.get(handle)
      if (!file) return { ok: false, error: { code: 'UNKNOWN_HANDLE', message: 'This document is no longer open.' } }
      const annotator = deps.settings.get().annotator
      if (!annotator) return { ok: true, value: { sidecar: null, notice: null } }
      return loadSidecar(file.path, annotator)
    },

    async saveTags(request: SaveRequest): Promise<Result<SaveResult>> {
      const file = deps.registry.get(request.handle)
      if (!file) return { ok: false, error: { code: 'UNKNOWN_HANDLE', message: 'This document is no longer open.' } }
      const annotator = deps.settings.get().annotator
      if (!annotator) {
        return { ok: false, error: { code: 'NO_ANNOTATOR', message: 'Enter your name before tagging, so your tags can be saved.' } }
      }
      const savedAt = now()
      const sidecar = buildSidecar({
        article: { fileName: file.fileName, sha256: file.sha256, textLength: request.textLength },
        annotator,
        tags: request.tags,
        editedText: request.editedText,
        now: savedAt
      })
      const saved = await saveSidecar(file.path, sidecar)
      if (!saved.ok) return saved
      return { ok: true, value: { savedAt, sidecarFileName: sidecarFileName(file.fileName, annotator) } }
    },

    async openExternal(url: string): Promise<Result<null>> {
      if (!isAllowedExternalUrl(url)) {
        return { ok: false, error: { code: 'BAD_URL', message: 'Only web (http, https) and e-mail links can be opened.' } }
      }
      await deps.openExternal(url)
      return { ok: true, value: null }
    },

    async readyToClose(): Promise<void> {
      deps.onReadyToClose()
    }
  }
}

export type Handlers = ReturnType<typeof createHandlers>
