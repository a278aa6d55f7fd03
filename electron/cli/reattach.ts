/**
 * `factmark reattach`: every tag file beside an article re-anchored to the article as it is now,
 * and written back with main's durable sidecar write, exactly as the app re-anchors and writes
 * a tag file when it opens the article (shared/reanchor.ts): the new positions and quotes, the
 * `changed` mark of a tag whose text changed, the new SHA-256 and a version record.
 *
 * A tag file that needs nothing (the article did not change and every tag stayed) is not
 * rewritten. A tag file that cannot be read — damaged, unreadable, or from a newer Factmark — is
 * reported and left untouched. Text corrections in a tag file are kept as they are (the app sets
 * aside those made from another version of the file when it opens it).
 */
import * as path from 'node:path'
import type { AnchoredStatus } from '../../shared/anchoring/anchorSidecar'
import { correctedText } from '../../shared/article/correctedText'
import { plainTextOf } from '../../shared/article/plainText'
import type { AppError } from '../../shared/ipc'
import { msg } from '../../shared/messages'
import { reanchorSidecar } from '../../shared/reanchor'
import { buildSidecar, type AnchoredCounts } from '../../shared/sidecar'
import { saveSidecar, sidecarPath } from '../main/sidecarStore'
import { readArticleBeside } from './articleBeside'

/** The JSON `factmark reattach --json` prints. Documented in README. */
export interface ReattachJson {
  article: { file: string; sha256: string; textLength: number }
  files: {
    file: string
    annotatorId: string
    /** The SHA-256 the tag file was saved against before. */
    previousSha256: string
    /** True when the tag file was written (the article changed or a tag moved or changed). */
    written: boolean
    counts: AnchoredCounts
    tags: { id: string; status: AnchoredStatus; start: number; end: number }[]
  }[]
}

export type ReattachOutcome = { ok: true; json: ReattachJson; problems: string[] } | { ok: false; error: AppError }

/**
 * Re-anchors and writes every tag file beside the article at `articlePath`; `now` is the time
 * recorded on marks, versions and `savedAt`. `ok: false` when the article itself cannot be read
 * (the app's sentence); otherwise what was done, and one sentence per tag file that could not be
 * read or written in `problems` (the others are still done).
 */
export async function reattachArticle(articlePath: string, now: string): Promise<ReattachOutcome> {
  const read = await readArticleBeside(articlePath)
  if (!read.ok) return read
  const { realPath, fileName, sha256, fileDoc, tagFiles } = read.value

  const json: ReattachJson = { article: { file: fileName, sha256, textLength: plainTextOf(fileDoc).text.length }, files: [] }
  const problems: string[] = []
  for (const file of tagFiles) {
    if (!file.read.ok) {
      problems.push(file.read.message)
      continue
    }
    const sidecar = file.read.sidecar
    // As openArticle: the corrected document when it was made from this very file, else the file's.
    const plain = plainTextOf(correctedText(sidecar, sha256).doc ?? fileDoc).text
    const result = reanchorSidecar(sidecar, plain, sha256, now)
    let written = false
    if (result.needsWrite) {
      // The store names the file for its annotator; one named otherwise is not ours to replace.
      if (sidecarPath(realPath, sidecar.annotator) !== path.join(path.dirname(realPath), file.fileName)) {
        problems.push(msg.cli.reattachOtherName({ file: file.fileName }))
        continue
      }
      const next = buildSidecar({
        article: { fileName, sha256, textLength: plain.length },
        annotator: sidecar.annotator,
        tags: result.tags,
        editedText: sidecar.editedText,
        outsideSources: sidecar.outsideSources,
        versions: result.versions,
        properties: sidecar.properties,
        now
      })
      const saved = await saveSidecar(realPath, next)
      if (!saved.ok) {
        problems.push(saved.error.message)
        continue
      }
      written = true
    }
    json.files.push({
      file: file.fileName,
      annotatorId: sidecar.annotator.id,
      previousSha256: sidecar.article.sha256,
      written,
      counts: result.counts,
      tags: result.anchored.map((a) => ({ id: a.tagId, status: a.status, start: a.start, end: a.end }))
    })
  }
  return { ok: true, json, problems }
}

/** The summary: per tag file the banner the app shows when it opens the article, or that nothing changed. */
export function formatReattachSummary(json: ReattachJson): string {
  const lines = [msg.cli.articleLine({ file: json.article.file, characters: json.article.textLength, sha256: json.article.sha256 })]
  if (json.files.length === 0) lines.push(msg.cli.noTagFiles)
  for (const file of json.files) {
    const { attached, moved, changed, needsReview } = file.counts
    const banner = msg.update.banner({ reattached: attached + moved, changed, review: needsReview })
    const articleChanged = file.previousSha256 !== json.article.sha256
    const changedAnything = articleChanged || moved + changed + needsReview > 0
    lines.push(
      changedAnything
        ? msg.cli.reattachFileLine({ file: file.file, summary: banner, written: file.written })
        : msg.cli.reattachUnchanged({ file: file.file, tags: attached })
    )
  }
  return `${lines.join('\n')}\n`
}

