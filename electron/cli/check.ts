/**
 * `factmark check`: an article and every tag file beside it, anchored exactly as the app anchors
 * them when it opens the article, as one report. Reads only: nothing on disk is written, moved,
 * renamed or repaired.
 *
 * "The article as it is now" for an annotator is the text the app would show them: the article
 * file's text, or, when their tag file holds text corrections made from this very file (same
 * SHA-256), their corrected text. Their tags' offsets and `text` count into that text.
 */
import { anchorSidecar, type AnchoredStatus } from '../../shared/anchoring/anchorSidecar'
import { correctedText } from '../../shared/article/correctedText'
import { plainTextOf } from '../../shared/article/plainText'
import type { AppError } from '../../shared/ipc'
import { msg } from '../../shared/messages'
import type { Sidecar } from '../../shared/sidecar'
import type { Tag, TagKind } from '../../shared/model/tag'
import { readArticleBeside } from './articleBeside'

/**
 * The JSON `factmark check --json` prints. Documented in README; pipelines read it. A tag's
 * `status` is where anchoring found it (see AnchoredStatus), except that a tag whose tag file
 * holds a text-change mark (`changed` set, not yet confirmed by the user) is `changed` even where
 * its text now stands exactly; one whose text is not found at all is `needs-review` whatever its
 * mark. `confidence` (0..1) is anchoring's: 1 where the tag stands at its stored place.
 */
export interface CheckJson {
  article: { file: string; sha256: string; textLength: number }
  annotators: { id: string; name: string; file: string }[]
  tags: { id: string; annotatorId: string; kind: TagKind; status: AnchoredStatus; confidence: number; start: number; end: number; text: string }[]
}

/** The status check reports for a stored tag anchored as `anchored` (see {@link CheckJson}). */
export function checkStatus(tag: Tag, anchored: AnchoredStatus): AnchoredStatus {
  if (anchored === 'needs-review') return anchored
  return tag.changed !== null ? 'changed' : anchored
}

/** What the summary needs beyond the JSON. */
export interface CheckDetails {
  /** Per tag of the JSON, in the same order: the stored tag and its annotator's name. */
  stored: { tag: Tag; annotatorName: string }[]
  /** Annotators whose tags count into their corrected text. */
  correctedFor: string[]
  /** Sentences about a tag file the app would also show (corrections set aside…), with its name. */
  notices: string[]
}

export type CheckOutcome =
  | { ok: true; json: CheckJson; details: CheckDetails; problems: string[] }
  | { ok: false; error: AppError }

/**
 * Checks the article at `articlePath`. `ok: false` when the article itself cannot be read or shown
 * (the app's own sentence); otherwise the report, and one sentence per tag file that could not be
 * used (damaged, unreadable, of an unknown version) in `problems`.
 */
export async function checkArticle(articlePath: string): Promise<CheckOutcome> {
  const read = await readArticleBeside(articlePath)
  if (!read.ok) return read
  const { fileName, sha256, fileDoc, tagFiles } = read.value

  const json: CheckJson = { article: { file: fileName, sha256, textLength: plainTextOf(fileDoc).text.length }, annotators: [], tags: [] }
  const details: CheckDetails = { stored: [], correctedFor: [], notices: [] }
  const problems: string[] = []
  for (const file of tagFiles) {
    if (!file.read.ok) {
      problems.push(file.read.message)
      continue
    }
    const sidecar: Sidecar = file.read.sidecar
    const { annotator } = sidecar
    json.annotators.push({ id: annotator.id, name: annotator.name, file: file.fileName })
    // As openArticle: the corrected document when it was made from this file, else the file's.
    const corrected = correctedText(sidecar, sha256)
    if (corrected.notice) details.notices.push(msg.cli.fileNotice({ fileName: file.fileName, notice: corrected.notice }))
    if (corrected.status === 'applied') details.correctedFor.push(annotator.name)
    const plain = plainTextOf(corrected.doc ?? fileDoc).text
    anchorSidecar(plain, sidecar.tags).forEach((anchored, index) => {
      const tag = sidecar.tags[index]
      json.tags.push({
        id: tag.id,
        annotatorId: annotator.id,
        kind: tag.kind,
        status: checkStatus(tag, anchored.status),
        // Rounded: a figure for people and pipelines, not a float's last digits.
        confidence: Math.round(anchored.confidence * 1000) / 1000,
        start: anchored.start,
        end: anchored.end,
        text: plain.slice(anchored.start, anchored.end)
      })
      details.stored.push({ tag, annotatorName: annotator.name })
    })
  }
  return { ok: true, json, details, problems }
}

