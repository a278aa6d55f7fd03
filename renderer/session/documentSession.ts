/**
 * The open document as a plain TypeScript store: which article is open and how it was opened,
 * whether its tags are saved, the notices the user reads and the decisions they must make
 * (another program changed a file, tags kept from a crash, a save that failed). React reads it
 * with useSyncExternalStore (`subscribe`/`getSnapshot`); nothing here needs React or the page.
 *
 * The session reaches main only through the {@link FactmarkApi} it is given (window.factmark in
 * the app, a fake in tests), and the editor only through {@link SessionEditor}.
 */
import type { AppCommand, FactmarkApi, OpenedDocument, OrganisationSettings, RecentEntry, Result, SaveRequest } from '../../shared/ipc'
import type { DocumentProperties } from '../../shared/model/documentProperties'
import { msg, type LanguageSetting } from '../../shared/messages'
import type { AnchoredCounts, Annotator, Sidecar } from '../../shared/sidecar'
import { addNotice, clearNotices, dismissNotice, EMPTY_NOTICES, type Notice, type NoticeAction, type NoticeTone, type NoticesState } from '../state/notices'
import { Autosave, type Clock, type SaveStatus } from './autosave'

/** What the session needs of the editor. */
export interface SessionEditor {
  /**
   * Shows an opened document; returns what the user must be told and how its tags were
   * re-anchored (shared/reanchor.ts), or why it cannot be shown.
   */
  show(document: OpenedDocument): Result<{ notices: string[]; reanchored?: ReanchorOutcome | null }>
  /** The tags and text to save for the document shown (see EditorController.saveContent). */
  saveContent(baseSha256: string): Pick<SaveRequest, 'tags' | 'editedText' | 'textLength' | 'outsideSources' | 'versions' | 'properties'> | null
  /** Replaces the tags with those of `sidecar` (a fresh undo history); returns how they were re-anchored. */
  replaceTags(sidecar: Sidecar | null): ReanchorOutcome | null
  /** True when the document shown has tags. */
  hasTags(): boolean
  /** The document properties of the document shown. */
  properties(): DocumentProperties
  /** Replaces them (saved with the tags); true when they changed. */
  setProperties(properties: DocumentProperties): boolean
  /** Shows the tags of `sidecar` in place of the (absent) current ones; returns how they were re-anchored. */
  addStoredTags(sidecar: Sidecar): ReanchorOutcome | null
  focus(): void
  /** Calls `listener` after every change of the document or its tags; returns the unsubscribe function. */
  onDocChange(listener: () => void): () => void
}

/** What the session needs of a re-anchoring (see shared/reanchor.ts Reanchored). */
export interface ReanchorOutcome {
  readonly counts: AnchoredCounts
  readonly articleChanged: boolean
  /** The tag file on disk must be written back (new positions, hash, version record). */
  readonly needsWrite: boolean
}

/** A question the app's own dialog asks before something that can lose work. */
export interface Decision {
  readonly id: 'open-unsaved' | 'close-unsaved' | 'switch-unsaved'
  readonly title: string
  readonly message: string
  /** The button that goes ahead; the other one, Cancel, is the safe choice. */
  readonly confirmLabel: string
}

export const OPEN_UNSAVED: Decision = {
  id: 'open-unsaved',
  title: msg.session.unsavedTitle,
  message: msg.session.openUnsaved,
  confirmLabel: msg.session.openAnyway
}

export const SWITCH_UNSAVED: Decision = {
  id: 'switch-unsaved',
  title: msg.session.unsavedTitle,
  message: msg.session.switchUnsaved,
  confirmLabel: msg.session.switchAnyway
}

export const CLOSE_UNSAVED: Decision = {
  id: 'close-unsaved',
  title: msg.session.unsavedTitle,
  message: msg.session.closeUnsaved,
  confirmLabel: msg.session.closeAnyway
}

export type NameDialogState = 'closed' | 'first-run' | 'change'

export interface SessionSnapshot {
  /** True until the startup document was opened (or failed to). */
  readonly loading: boolean
  readonly annotator: Annotator | null
  readonly nameDialog: NameDialogState
  readonly recent: readonly RecentEntry[]
  /** The open document, or null before one opened. */
  readonly document: OpenedDocument | null
  readonly save: SaveStatus
  readonly notices: readonly Notice[]
  /** The question the user must answer now, or null. */
  readonly decision: Decision | null
}

/** Events main sends about the window rather than the document's commands. */
export type WindowEvent = Extract<AppCommand, { type: 'prepare-close' | 'open-handoff' | 'recent-changed' | 'open-recent' }>

export interface DocumentSessionOptions {
  api: FactmarkApi
  editor: SessionEditor
  /** The autosave's clock; the page's timers by default. */
  clock?: Clock
  /** Shows the tags to check after the article changed (the banner's action): the list's filter. */
  onShowTagsToCheck?: () => void
}

export class DocumentSession {
  private readonly api: FactmarkApi
  private readonly editor: SessionEditor
  private readonly autosave: Autosave
  private readonly onShowTagsToCheck: (() => void) | undefined
  private readonly listeners = new Set<() => void>()
  private readonly stops: (() => void)[] = []
  private snapshot: SessionSnapshot
  private notices: NoticesState = EMPTY_NOTICES
  private resolveDecision: ((confirmed: boolean) => void) | null = null
  /** Set when the user chose to keep their version over a tag file another program changed. */
  private overwriteNext = false
  /** The conflict message last offered, so one conflict is offered once. */
  private offeredConflict: string | null = null
  /** A document whose changed article the user chose to keep as it is. */
  private ignoredArticleChange: string | null = null
  /** The fact-checking organisation remembered in the settings (fills new documents' empty ones). */
  private organisation: OrganisationSettings = { organisation: '', organisationUrl: '' }

  constructor(options: DocumentSessionOptions) {
    this.api = options.api
    this.editor = options.editor
    this.onShowTagsToCheck = options.onShowTagsToCheck
    this.autosave = new Autosave({
      clock: options.clock,
      buildRequest: () => {
        const document = this.snapshot.document
        const content = document ? this.editor.saveContent(document.sha256) : null
        if (!document || !content) return null
        return { handle: document.handle, ...content, overwrite: this.overwriteNext }
      },
      save: async (request) => {
        const result = await this.api.saveTags(request)
        if (result.ok && request.overwrite) this.overwriteNext = false
        return result
      }
    })
    this.snapshot = {
      loading: true,
      annotator: null,
      nameDialog: 'closed',
      recent: [],
      document: null,
      save: this.autosave.status,
      notices: [],
      decision: null
    }
    this.stops.push(this.autosave.subscribe(() => this.handleSaveStatus()))
    this.stops.push(this.editor.onDocChange(() => this.autosave.markDirty()))
  }

  // ---- the store ------------------------------------------------------------------------------

  getSnapshot = (): SessionSnapshot => this.snapshot

  /** Calls `listener` after every change of the snapshot; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Stops the autosave and every subscription; the session is not used again. */
  dispose(): void {
    for (const stop of this.stops.splice(0)) stop()
    this.autosave.dispose()
    this.listeners.clear()
  }

  private update(patch: Partial<SessionSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch }
    for (const listener of this.listeners) listener()
  }

  // ---- notices and decisions ------------------------------------------------------------------

  /** Shows a notice; returns its id. A notice with the same text is replaced. */
  notify(tone: NoticeTone, text: string, actions?: NoticeAction[]): number {
    const added = addNotice(this.notices, { tone, text, actions })
    this.setNotices(added.state)
    return added.id
  }

  /** Removes the notice `id`. */
  dismissNotice(id: number): void {
    this.setNotices(dismissNotice(this.notices, id))
  }

  private setNotices(notices: NoticesState): void {
    if (notices === this.notices) return
    this.notices = notices
    this.update({ notices: notices.list })
  }

  /**
   * Asks the user `decision` in the app's dialog; resolves true when they go ahead. A question
   * still open is answered with the safe choice first.
   */
  private ask(decision: Decision): Promise<boolean> {
    this.resolveDecision?.(false)
    return new Promise((resolve) => {
      this.resolveDecision = resolve
      this.update({ decision })
    })
  }

  /** The user's answer to the open question: true to go ahead, false for the safe choice. */
  answer(confirmed: boolean): void {
    const resolve = this.resolveDecision
    this.resolveDecision = null
    this.update({ decision: null })
    resolve?.(confirmed)
  }

  // ---- startup and opening --------------------------------------------------------------------

  /**
   * Shows the app in another language: saves first (when the save fails, asks, as closing does;
   * the unsaved tags are kept in the recovery copy), then has main save the setting and reload
   * the window in the new language with this document reopened.
   */
  async switchLanguage(language: LanguageSetting): Promise<void> {
    const document = this.snapshot.document
    if (document && this.snapshot.annotator) {
      const saved = await this.autosave.flush()
      if (!saved && !(await this.ask(SWITCH_UNSAVED))) return
    }
    const result = await this.api.setLanguage(language, document?.handle ?? null)
    if (!result.ok && result.error.code !== 'WRITE_FAILED') this.notify('error', result.error.message)
  }

  /**
   * Reads the annotator and recent documents, asks for a name on first run, and opens the startup
   * document. Returns a function that abandons the startup if it has not finished.
   */
  start(): () => void {
    let cancelled = false
    void (async () => {
      const startup = await this.api.getStartup()
      if (cancelled) return
      this.organisation = { ...startup.organisation }
      this.update({
        annotator: startup.annotator,
        recent: startup.recent,
        nameDialog: startup.annotator ? this.snapshot.nameDialog : 'first-run'
      })
      const result = await this.api.openStartupDocument()
      if (cancelled) return
      this.update({ loading: false })
      if (result.ok) this.showDocument(result.value)
      else this.notify('error', result.error.message)
    })()
    return () => {
      cancelled = true
    }
  }

  /** File › Open…: the native dialog. */
  openDialog(): Promise<void> {
    return this.openWith(() => this.api.openDocumentDialog())
  }

  /** A document from the recent list. */
  openRecent(id: string): Promise<void> {
    return this.openWith(() => this.api.openRecent(id))
  }

  /** A file dropped on the window. */
  openDropped(file: File): Promise<void> {
    return this.openWith(() => this.api.openDroppedFile(file))
  }

  /**
   * Opens what `fetch` brings, after saving the open document. When that save fails, the user is
   * asked first; a refusal from main becomes a notice (except a cancelled dialog).
   */
  private async openWith(fetch: () => Promise<Result<OpenedDocument>>): Promise<void> {
    const saved = await this.autosave.flush()
    if (!saved && !(await this.ask(OPEN_UNSAVED))) return
    const result = await fetch()
    if (!result.ok) {
      if (result.error.code !== 'CANCELLED') this.notify('error', result.error.message)
      return
    }
    this.showDocument(result.value)
  }

  /** Shows `document` in the editor in place of the open one; false when it cannot be shown. */
  private showDocument(document: OpenedDocument): boolean {
    const shown = this.editor.show(document)
    if (!shown.ok) {
      this.notify('error', msg.article.cannotOpen({ fileName: document.fileName, reason: shown.error.message }))
      return false
    }
    this.autosave.reset()
    this.fillOrganisation()
    this.notices = clearNotices(this.notices)
    this.update({ document, notices: this.notices.list })
    for (const text of shown.value.notices) this.notify('warning', text)
    const reanchored = shown.value.reanchored
    if (reanchored) this.reportReanchoring(reanchored)
    if (document.recovery) this.offerRecovery(document, document.recovery)
    return true
  }

  /**
   * After the tags were re-anchored: the tag file is written back soon when it no longer says what
   * is true (the autosave takes it), and the banner counts the tags, with the way to the ones to check.
   */
  private reportReanchoring(reanchored: ReanchorOutcome): void {
    if (reanchored.needsWrite) this.autosave.markDirty()
    const { attached, moved, changed, needsReview } = reanchored.counts
    if (!reanchored.articleChanged && moved + changed + needsReview === 0) return
    const text = msg.update.banner({ reattached: attached + moved, changed, review: needsReview })
    const show = this.onShowTagsToCheck
    const actions = show && moved + changed + needsReview > 0 ? [{ label: msg.update.showToCheck, run: show }] : []
    this.notify(changed + needsReview > 0 ? 'warning' : 'info', text, actions)
  }

  /** Offers the tags kept from a save that failed before the app stopped. */
  private offerRecovery(document: OpenedDocument, recovery: Sidecar): void {
    const offer = msg.session.recoveryOffer({ count: recovery.tags.length, savedAt: new Date(recovery.savedAt) })
    const id = this.notify('warning', offer, [
      {
        label: msg.session.restoreUnsaved,
        run: () => {
          this.dismissNotice(id)
          if (this.showDocument({ ...document, sidecar: recovery, sidecarNotice: null, recovery: null })) this.autosave.markDirty()
        }
      },
      {
        label: msg.session.discardUnsaved,
        run: () => {
          this.dismissNotice(id)
          void this.api.discardRecovery(document.handle)
        }
      }
    ])
  }

  // ---- saving ---------------------------------------------------------------------------------

  /**
   * Saves now (Ctrl+S). Resolves true when everything is on disk; false when there is nothing open,
   * no annotator yet (the name prompt opens) or the save failed (the notice says why).
   */
  async save(): Promise<boolean> {
    if (!this.snapshot.document) return false
    if (!this.snapshot.annotator) {
      this.update({ nameDialog: 'first-run' })
      return false
    }
    return this.autosave.flush()
  }

  private handleSaveStatus(): void {
    const status = this.autosave.status
    this.update({ save: status })
    // A save refused because another program changed the tag file: the user chooses, once.
    const conflict = status.kind === 'conflict' ? status.message : null
    if (conflict && conflict !== this.offeredConflict) this.offerConflict(conflict)
    this.offeredConflict = conflict
  }

  /** Asks which version to keep when another program changed the tag file. */
  private offerConflict(text: string): void {
    const document = this.snapshot.document
    if (!document) return
    const id = this.notify('error', msg.session.conflict({ message: text }), [
      {
        label: msg.session.keepMine,
        run: () => {
          this.dismissNotice(id)
          this.overwriteNext = true
          this.autosave.markDirty()
          void this.autosave.flush()
        }
      },
      {
        label: msg.session.loadTheirs,
        run: () => void this.loadTheirs(id, document)
      }
    ])
  }

  private async loadTheirs(noticeId: number, document: OpenedDocument): Promise<void> {
    this.dismissNotice(noticeId)
    const loaded = await this.api.loadSidecar(document.handle)
    if (!loaded.ok) {
      this.notify('error', loaded.error.message)
      return
    }
    const reanchored = this.editor.replaceTags(loaded.value.sidecar)
    this.autosave.reset()
    if (reanchored) this.reportReanchoring(reanchored)
    void this.api.discardRecovery(document.handle)
  }

  /**
   * Coming back to the window: asks main whether another program changed the article or the tag
   * file, and offers what to do.
   */
  async checkDisk(): Promise<void> {
    const document = this.snapshot.document
    if (!document) return
    const result = await this.api.checkDisk(document.handle)
    if (!result.ok || this.snapshot.document !== document) return
    if (result.value.sidecar === 'changed') this.offerConflict(msg.session.tagFileChanged)
    if (result.value.article === 'same' || this.ignoredArticleChange === document.handle) return
    if (result.value.article === 'missing') {
      this.notify('warning', msg.session.articleGone({ fileName: document.fileName }))
      return
    }
    const id = this.notify('warning', msg.session.articleChanged({ fileName: document.fileName }), [
      {
        label: msg.session.reloadArticle,
        run: () => {
          this.dismissNotice(id)
          void this.openWith(() => this.api.reloadDocument(document.handle))
        }
      },
      {
        label: msg.session.keepThisVersion,
        run: () => {
          this.dismissNotice(id)
          this.ignoredArticleChange = document.handle
        }
      }
    ])
  }

  // ---- document properties --------------------------------------------------------------------

  /**
   * A document whose tag file names no organisation gets the one remembered in the settings; it is
   * written with the next save (opening alone writes nothing).
   */
  private fillOrganisation(): void {
    const properties = this.editor.properties()
    if (properties.organisation !== '' || properties.organisationUrl !== '') return
    if (this.organisation.organisation === '' && this.organisation.organisationUrl === '') return
    this.editor.setProperties({ ...properties, ...this.organisation })
  }

  /** The document properties of the document shown. */
  properties(): DocumentProperties {
    return this.editor.properties()
  }

  /**
   * Sets the document properties (already validated by the dialog): the document is marked dirty
   * so the autosave writes them, and a changed organisation is remembered in the settings for the
   * next articles. Resolves null, or the sentence saying why the settings could not keep it.
   */
  async setProperties(properties: DocumentProperties): Promise<string | null> {
    if (!this.snapshot.document) return null
    if (this.editor.setProperties(properties)) this.autosave.markDirty()
    const organisation = { organisation: properties.organisation, organisationUrl: properties.organisationUrl }
    if (organisation.organisation === this.organisation.organisation && organisation.organisationUrl === this.organisation.organisationUrl) return null
    const result = await this.api.setOrganisation(organisation)
    if (!result.ok) return result.error.message
    this.organisation = result.value
    return null
  }

  // ---- the annotator --------------------------------------------------------------------------

  /** The annotator; when there is none yet, opens the name prompt and returns null. */
  requireAnnotator(): Annotator | null {
    if (!this.snapshot.annotator) this.update({ nameDialog: 'first-run' })
    return this.snapshot.annotator
  }

  /** Opens the name prompt to change the name. */
  askForNewName(): void {
    this.update({ nameDialog: 'change' })
  }

  /** Closes the name prompt without a change. */
  cancelNameChange(): void {
    this.update({ nameDialog: 'closed' })
  }

  /**
   * Sets the annotator's name. Resolves null when it was saved, or the sentence saying why not.
   * On first run, an article opened before the name was known gets its tags read now.
   */
  async submitName(name: string): Promise<string | null> {
    const result = await this.api.setAnnotatorName(name)
    if (!result.ok) return result.error.message
    const hadName = this.snapshot.annotator !== null
    this.update({ annotator: result.value, nameDialog: 'closed' })
    const document = this.snapshot.document
    if (!hadName && document && !this.editor.hasTags()) {
      const loaded = await this.api.loadSidecar(document.handle)
      if (this.snapshot.document === document) {
        // The tag file could not be read (a newer Factmark's, unreadable): the user must hear why.
        if (!loaded.ok) this.notify('error', loaded.error.message)
        else {
          if (loaded.value.notice) this.notify('warning', loaded.value.notice)
          const reanchored = loaded.value.sidecar ? this.editor.addStoredTags(loaded.value.sidecar) : null
          if (reanchored) this.reportReanchoring(reanchored)
        }
      }
    }
    this.editor.focus()
    return null
  }

  // ---- window events --------------------------------------------------------------------------

  /** Acts on an event main sent about the window. */
  async handleWindowEvent(event: WindowEvent): Promise<void> {
    switch (event.type) {
      case 'open-recent':
        return this.openRecent(event.id)
      case 'open-handoff':
        return this.openWith(() => this.api.openHandoff())
      case 'recent-changed':
        return this.update({ recent: event.recent })
      case 'prepare-close': {
        const saved = await this.autosave.flush()
        if (saved || (await this.ask(CLOSE_UNSAVED))) await this.api.readyToClose()
        return
      }
    }
  }
}
