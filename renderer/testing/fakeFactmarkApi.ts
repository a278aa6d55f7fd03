/**
 * A stand-in for `window.factmark` in the renderer's unit tests: main's side of the contract over
 * an in-memory "disk". It keeps what a user could observe — the articles it can open, the tag
 * file on disk per article, what was kept for recovery — and lets a test make the disk fail, a
 * file change behind Factmark's back, or the Open dialog answer. Imported by tests only.
 */
import type {
  AppCommand,
  AppError,
  DiskState,
  FactmarkApi,
  ImportFile,
  OrganisationSettings,
  OpenedDocument,
  RecentEntry,
  Result,
  SavedExport,
  SaveExportRequest,
  SaveRequest,
  SaveResult,
  Startup
} from '../../shared/ipc'
import { buildSidecar, type Annotator, type Sidecar } from '../../shared/sidecar'
import type { LanguageSetting } from '../../shared/messages'

interface FakeArticle {
  fileName: string
  text: string
  sha256: string
  /** The annotator's tag file on disk, or null. */
  sidecar: Sidecar | null
  /** Tags kept from a save that failed before the app stopped. */
  recovery: Sidecar | null
  /** Another program rewrote the tag file since Factmark last read or wrote it. */
  sidecarChanged: boolean
  article: DiskState['article']
}

const cancelled: Result<never> = { ok: false, error: { code: 'CANCELLED', message: 'Cancelled.' } }

function sha(n: number): string {
  return n.toString(16).padStart(64, '0')
}

export class FakeFactmarkApi implements FactmarkApi {
  annotator: Annotator | null = { id: 'annotator-1', name: 'Marie Dupont' }
  organisation: OrganisationSettings = { organisation: '', organisationUrl: '' }
  /** When set, reading a tag file fails with this error (a newer Factmark's file, a folder in its place). */
  loadFailure: AppError | null = null
  recent: RecentEntry[] = []
  /** The handle the startup opens (the command line or the sample). */
  startupHandle: string | null = null
  /** What the Open dialog answers next: a handle, or null for Cancel. */
  dialogAnswer: string | null = null
  /** When set, every save fails with this error, as a failing disk does. */
  diskError: AppError | null = null
  /** Every save that reached the disk, in order. */
  readonly saves: SaveRequest[] = []
  /** Handles whose recovery copy was discarded. */
  readonly discarded: string[] = []
  /** How many times the page said the window may close. */
  closeCount = 0
  /** Every method called, by name, in order. */
  readonly calls: string[] = []

  private readonly articles = new Map<string, FakeArticle>()
  private readonly commandListeners = new Set<(command: AppCommand) => void>()
  private counter = 0

  /** Puts an article on the fake disk; returns its handle. */
  addArticle(fileName: string, text: string, options: { tags?: Sidecar['tags']; recovery?: Sidecar['tags'] } = {}): string {
    this.counter += 1
    const handle = `handle-${this.counter}`
    const entry: FakeArticle = { fileName, text, sha256: sha(this.counter), sidecar: null, recovery: null, sidecarChanged: false, article: 'same' }
    if (options.tags) entry.sidecar = this.sidecarFor(entry, options.tags)
    if (options.recovery) entry.recovery = this.sidecarFor(entry, options.recovery)
    this.articles.set(handle, entry)
    return handle
  }

  /** The tag file on disk for an article (null when none was written). */
  sidecarOf(handle: string): Sidecar | null {
    return this.article(handle).sidecar
  }

  /** The recovery copy kept for an article. */
  recoveryOf(handle: string): Sidecar | null {
    return this.article(handle).recovery
  }

  /** Another program (a sync tool) writes the article's tag file. */
  changeSidecarBehindOurBack(handle: string, tags: Sidecar['tags']): void {
    const entry = this.article(handle)
    entry.sidecar = this.sidecarFor(entry, tags)
    entry.sidecarChanged = true
  }

  /** Another program rewrites the article file. */
  changeArticle(handle: string, text: string): void {
    const entry = this.article(handle)
    this.counter += 1
    entry.text = text
    entry.sha256 = sha(this.counter)
    entry.article = 'changed'
  }

  /** Main sends a command, as from the menu or a window event. */
  send(command: AppCommand): void {
    for (const listener of this.commandListeners) listener(command)
  }

  private article(handle: string): FakeArticle {
    const entry = this.articles.get(handle)
    if (!entry) throw new RangeError(`fakeFactmarkApi: unknown handle ${handle}`)
    return entry
  }

  private sidecarFor(entry: FakeArticle, tags: Sidecar['tags']): Sidecar {
    const annotator = this.annotator ?? { id: 'annotator-1', name: 'Marie Dupont' }
    return buildSidecar({
      article: { fileName: entry.fileName, sha256: entry.sha256, textLength: entry.text.length },
      annotator,
      tags,
      editedText: null,
      now: '2026-12-01T09:00:00.000Z'
    })
  }

  private open(handle: string | null): Promise<Result<OpenedDocument>> {
    if (handle === null) return Promise.resolve(cancelled)
    const entry = this.articles.get(handle)
    if (!entry) return Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: 'That file was not found.' } })
    entry.sidecarChanged = false
    entry.article = 'same'
    return Promise.resolve({
      ok: true,
      value: {
        handle,
        fileName: entry.fileName,
        folder: '/home/marie/articles',
        format: 'txt',
        text: entry.text,
        sha256: entry.sha256,
        sidecar: this.annotator ? entry.sidecar : null,
        sidecarNotice: null,
        isSample: false,
        recovery: entry.recovery
      }
    })
  }

  getStartup(): Promise<Startup> {
    this.calls.push('getStartup')
    return Promise.resolve({ annotator: this.annotator, organisation: { ...this.organisation }, recent: this.recent, platform: 'linux', language: this.language })
  }

  setOrganisation(organisation: OrganisationSettings): Promise<Result<OrganisationSettings>> {
    this.calls.push('setOrganisation')
    this.organisation = { ...organisation }
    return Promise.resolve({ ok: true, value: { ...organisation } })
  }

  /** The language setting, as main would keep it. */
  language: LanguageSetting = 'system'

  setLanguage(language: LanguageSetting, handle: string | null): Promise<Result<LanguageSetting>> {
    this.calls.push(`setLanguage ${language} ${handle ?? 'none'}`)
    this.language = language
    return Promise.resolve({ ok: true, value: language })
  }

  setAnnotatorName(name: string): Promise<Result<Annotator>> {
    this.calls.push('setAnnotatorName')
    this.annotator = { id: this.annotator?.id ?? 'annotator-1', name }
    return Promise.resolve({ ok: true, value: this.annotator })
  }

  openStartupDocument(): Promise<Result<OpenedDocument>> {
    this.calls.push('openStartupDocument')
    return this.open(this.startupHandle)
  }

  openDocumentDialog(): Promise<Result<OpenedDocument>> {
    this.calls.push('openDocumentDialog')
    return this.open(this.dialogAnswer)
  }

  openRecent(id: string): Promise<Result<OpenedDocument>> {
    this.calls.push('openRecent')
    return this.open(id)
  }

  openDroppedFile(): Promise<Result<OpenedDocument>> {
    this.calls.push('openDroppedFile')
    return Promise.resolve({ ok: false, error: { code: 'INVALID', message: 'Only files can be dropped here.' } })
  }

  openHandoff(): Promise<Result<OpenedDocument>> {
    this.calls.push('openHandoff')
    return this.open(this.dialogAnswer)
  }

  reloadDocument(handle: string): Promise<Result<OpenedDocument>> {
    this.calls.push('reloadDocument')
    return this.open(handle)
  }

  checkDisk(handle: string): Promise<Result<DiskState>> {
    this.calls.push('checkDisk')
    const entry = this.article(handle)
    return Promise.resolve({ ok: true, value: { article: entry.article, sidecar: entry.sidecarChanged ? 'changed' : 'same' } })
  }

  discardRecovery(handle: string): Promise<Result<null>> {
    this.calls.push('discardRecovery')
    this.article(handle).recovery = null
    this.discarded.push(handle)
    return Promise.resolve({ ok: true, value: null })
  }

  loadSidecar(handle: string): Promise<Result<{ sidecar: Sidecar | null; notice: string | null }>> {
    this.calls.push('loadSidecar')
    if (this.loadFailure) return Promise.resolve({ ok: false, error: this.loadFailure })
    const entry = this.article(handle)
    entry.sidecarChanged = false
    return Promise.resolve({ ok: true, value: { sidecar: this.annotator ? entry.sidecar : null, notice: null } })
  }

  async saveTags(request: SaveRequest): Promise<Result<SaveResult>> {
    this.calls.push('saveTags')
    const entry = this.article(request.handle)
    const sidecar = { ...this.sidecarFor(entry, request.tags), editedText: request.editedText, outsideSources: request.outsideSources, versions: request.versions, properties: request.properties }
    if (entry.sidecarChanged && !request.overwrite) {
      entry.recovery = sidecar
      return { ok: false, error: { code: 'CONFLICT', message: 'Your tag file “article.txt.marie-dupont.factmark.json” was changed by another program since Factmark last saved it.' } }
    }
    if (this.diskError) {
      entry.recovery = sidecar
      return { ok: false, error: this.diskError }
    }
    entry.sidecar = sidecar
    entry.sidecarChanged = false
    entry.recovery = null
    this.saves.push(request)
    return { ok: true, value: { savedAt: '2026-12-01T10:00:00.000Z', sidecarFileName: 'article.txt.marie-dupont.factmark.json' } }
  }

  openExternal(): Promise<Result<null>> {
    this.calls.push('openExternal')
    return Promise.resolve({ ok: true, value: null })
  }

  readyToClose(): Promise<void> {
    this.calls.push('readyToClose')
    this.closeCount += 1
    return Promise.resolve()
  }

  /** Every export saved, with its files, in order. */
  readonly exports: SaveExportRequest[] = []
  /** What the import dialog answers next: a file, or null for Cancel. */
  importAnswer: ImportFile | null = null

  saveExport(request: SaveExportRequest): Promise<Result<SavedExport>> {
    this.calls.push('saveExport')
    this.exports.push(request)
    return Promise.resolve({ ok: true, value: { fileNames: request.files.map((file) => `export${file.extension}`) } })
  }

  saveReportPdf(): Promise<Result<SavedExport>> {
    this.calls.push('saveReportPdf')
    return Promise.resolve({ ok: true, value: { fileNames: ['export.pdf'] } })
  }

  previewReport(): Promise<Result<null>> {
    this.calls.push('previewReport')
    return Promise.resolve({ ok: true, value: null })
  }

  chooseImportFile(): Promise<Result<ImportFile>> {
    this.calls.push('chooseImportFile')
    const answer = this.importAnswer
    return Promise.resolve(answer ? { ok: true, value: answer } : cancelled)
  }

  onCommand(listener: (command: AppCommand) => void): () => void {
    this.commandListeners.add(listener)
    return () => this.commandListeners.delete(listener)
  }
}
