/**
 * Exports and imports in the window: the Export dialog's state (the format, the claims chosen)
 * and the actions that build an export from the document as it is now — unsaved tags included —
 * with the pure formats of shared/formats/, check what the format requires, and hand the files to
 * main to save; the Import command, which reads a file main chose, parses it with the format it
 * looks like, anchors its annotations by quote (shared/formats/importTags.ts) and adds them as one
 * undoable step, saying what came in. The language of what is written is the article's.
 */
import { EXPORT_FORMATS, detectImportFormat, type ExportFormatId, type ExportInput, type ExportProblem } from '../../shared/formats'
import { importAnnotations } from '../../shared/formats/importTags'
import { labelsFor, outputLanguageOf } from '../../shared/formats/labels'
import type { FactmarkApi } from '../../shared/ipc'
import { msg } from '../../shared/messages'
import type { Author } from '../../shared/model/tag'
import type { EditorController } from '../editor/editorController'
import type { DocumentSession } from '../session/documentSession'
import type { HintStore } from './hint'
import { Store } from './store'

const m = msg.formats.exchange

/** What the Export dialog offers: every export format, and the PDF made from the HTML report. */
export type ExportChoice = ExportFormatId | 'pdf'
export const EXPORT_CHOICES: readonly ExportChoice[] = ['md', 'html', 'pdf', 'claimreview', 'factcheck-api', 'w3c', 'brat', 'csv']

/** The choices that hold claims one by one, so the user picks which go in. */
const CLAIM_CHOICES: ReadonlySet<ExportChoice> = new Set(['md', 'html', 'pdf', 'claimreview', 'factcheck-api'])

/** Most import warnings shown in the notice; the rest are counted. */
const SHOWN_WARNINGS = 3

export interface ExportDialogState {
  open: boolean
  choice: ExportChoice
  /** Claim ids left out of the export (all are in by default). */
  excluded: ReadonlySet<string>
  busy: boolean
  /** Why the last export failed, shown in the dialog; null when it did not. */
  error: string | null
}

const CLOSED: ExportDialogState = { open: false, choice: 'html', excluded: new Set(), busy: false, error: null }

/** True when the format behind `choice` exists in this version (PDF needs the HTML report). */
export function isAvailable(choice: ExportChoice): boolean {
  return choice === 'pdf' ? EXPORT_FORMATS.html !== undefined : EXPORT_FORMATS[choice] !== undefined
}

export function choosesClaims(choice: ExportChoice): boolean {
  return CLAIM_CHOICES.has(choice)
}

export class ExchangeService {
  readonly dialog = new Store<ExportDialogState>(CLOSED)

  constructor(
    private readonly api: FactmarkApi,
    private readonly editor: EditorController,
    private readonly session: DocumentSession,
    private readonly hint: HintStore
  ) {}

  private author(): Author | null {
    const who = this.session.getSnapshot().annotator
    return who ? { annotatorId: who.id, name: who.name } : null
  }

  open(): void {
    if (!this.session.getSnapshot().document) return
    const first = EXPORT_CHOICES.find(isAvailable) ?? 'csv'
    const current = this.dialog.getSnapshot().choice
    this.dialog.set({ ...CLOSED, open: true, choice: isAvailable(current) ? current : first })
  }

  close(): void {
    this.dialog.set({ open: false, busy: false, error: null })
  }

  choose(choice: ExportChoice): void {
    if (isAvailable(choice)) this.dialog.set({ choice, error: null })
  }

  /** Puts the claim `id` in the export or leaves it out. */
  toggleClaim(id: string): void {
    const excluded = new Set(this.dialog.getSnapshot().excluded)
    if (excluded.has(id)) excluded.delete(id)
    else excluded.add(id)
    this.dialog.set({ excluded, error: null })
  }

  /** Every claim in (`true`) or out. */
  setAllClaims(included: boolean, claimIds: readonly string[]): void {
    this.dialog.set({ excluded: included ? new Set() : new Set(claimIds), error: null })
  }

  /** The export's input from the document as it is now; null without a document or an annotator. */
  input(): ExportInput | null {
    const document = this.session.getSnapshot().document
    const annotator = this.author()
    if (!document || !annotator) return null
    const content = this.editor.exportContent()
    const language = outputLanguageOf(content.properties.language)
    const { choice, excluded } = this.dialog.getSnapshot()
    const claimIds = choosesClaims(choice)
      ? new Set(content.tags.filter((tag) => tag.kind === 'claim' && !excluded.has(tag.id)).map((tag) => tag.id))
      : undefined
    return {
      text: content.text,
      article: { fileName: document.fileName, sha256: document.sha256 },
      tags: content.tags,
      outsideSources: content.outsideSources,
      properties: content.properties,
      annotator,
      language,
      labels: labelsFor(language),
      now: new Date().toISOString(),
      claimIds
    }
  }

  /** What the chosen format requires and the document lacks; [] when it can be written. */
  problems(input: ExportInput | null = this.input()): ExportProblem[] {
    if (!input) return []
    const { choice } = this.dialog.getSnapshot()
    const format = EXPORT_FORMATS[choice === 'pdf' ? 'html' : choice]
    return format?.problems?.(input) ?? []
  }

  /** The HTML report of the document, for the preview and the PDF; null when there is none. */
  private reportHtml(input: ExportInput): string | null {
    const html = EXPORT_FORMATS.html
    return html ? (html.serialize(input)[0]?.content ?? null) : null
  }

  async preview(): Promise<void> {
    const input = this.input()
    const html = input ? this.reportHtml(input) : null
    if (!html) return
    const shown = await this.api.previewReport(html)
    if (!shown.ok) this.dialog.set({ error: shown.error.message })
  }

  /** Writes the export where the user chooses; the dialog closes once it is written. */
  async exportNow(): Promise<void> {
    const document = this.session.getSnapshot().document
    const input = this.input()
    const { choice, busy } = this.dialog.getSnapshot()
    if (!document || !input || busy || !isAvailable(choice) || this.problems(input).length > 0) return
    this.dialog.set({ busy: true, error: null })
    let saved
    if (choice === 'pdf') {
      const html = this.reportHtml(input)
      saved = html ? await this.api.saveReportPdf(document.handle, html) : null
    } else {
      const format = EXPORT_FORMATS[choice]
      const files = format ? format.serialize(input).map(({ extension, mediaType, content }) => ({ extension, mediaType, content })) : []
      saved = files.length > 0 ? await this.api.saveExport({ handle: document.handle, kindName: m.formatNames[choice], files }) : null
    }
    if (!saved) return this.dialog.set({ busy: false })
    if (saved.ok) {
      this.close()
      this.hint.show(m.exported({ fileNames: saved.value.fileNames.join(', ') }))
      return
    }
    this.dialog.set({ busy: false, error: saved.error.code === 'CANCELLED' ? null : saved.error.message })
  }

  /** Asks main for a file, imports its annotations as tags in one undo step, and says what came in. */
  async importFile(): Promise<void> {
    const document = this.session.getSnapshot().document
    const importer = this.author()
    if (!document || !importer) return
    const chosen = await this.api.chooseImportFile(document.handle)
    if (!chosen.ok) {
      if (chosen.error.code !== 'CANCELLED') this.session.notify('error', chosen.error.message)
      return
    }
    const { fileName, content, sourceText } = chosen.value
    const format = detectImportFormat(content)
    if (!format) return void this.session.notify('error', m.unknownImportFormat({ fileName }))
    const now = new Date().toISOString()
    const { text, tags } = this.editor.exportContent()
    const parsed = format.parse(content, { text, sourceText: sourceText ?? undefined, importer, now })
    if (!parsed.ok) return void this.session.notify('error', m.importRefused({ fileName, message: parsed.error.message }))
    const outcome = importAnnotations({
      text,
      articleSha256: document.sha256,
      format: format.id,
      parsed: parsed.value,
      existingIds: new Set(tags.map((tag) => tag.id)),
      now
    })
    const added = this.editor.addImported(outcome.tags.map((tag, index) => ({ tag, status: outcome.statuses[index] })))
    if (added === 0) {
      this.session.notify('info', m.nothingImported({ fileName, alreadyThere: outcome.alreadyThere }))
    } else {
      const needsReview = outcome.statuses.filter((status) => status === 'needs-review').length
      this.session.notify(needsReview > 0 ? 'warning' : 'info', m.imported({ fileName, added, needsReview, alreadyThere: outcome.alreadyThere }))
    }
    if (outcome.warnings.length > 0) {
      const shown = outcome.warnings.slice(0, SHOWN_WARNINGS).join(' ')
      this.session.notify('warning', m.importWarnings({ shown, more: outcome.warnings.length - SHOWN_WARNINGS }))
    }
  }
}
