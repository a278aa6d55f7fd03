/**
 * Re-anchoring a tag file against the article as it is now: what the tag file must hold after
 * the article changed under its tags.
 *
 * The app calls this when it opens an article (renderer/editor/openArticle.ts) and the
 * `factmark reattach` command calls it for every tag file beside an article, so the file the app
 * writes back and the file the command writes are the same. Where each tag stands comes from
 * shared/anchoring/anchorSidecar.ts; this module turns that into tag data:
 *
 * - a tag found (attached, moved or changed) gets the position and quote of where it is now;
 * - a tag found on text that differs from its quote (`changed`) is marked with the text it had
 *   and the article version it had it in, unless it already carries such a mark: the earliest
 *   mark is kept, so "rated on an earlier version" always names the text the verdict was given on;
 * - a tag that needs review is kept exactly as stored, its old quote visible; no tag is dropped;
 * - when the article's SHA-256 differs from the one the tag file was saved against, one version
 *   record is appended (old and new hash, time, counts).
 */
import { describeRange } from './anchoring/anchor'
import { anchorSidecar, type AnchoredStatus, type AnchoredTag } from './anchoring/anchorSidecar'
import type { Tag } from './model/tag'
import { MAX_ARTICLE_VERSIONS, type AnchoredCounts, type ArticleVersion, type Sidecar } from './sidecar'

/** What re-anchoring a tag file gives: its new tags and versions, and how the tags ended. */
export interface Reanchored {
  /** The tags, in the tag file's order, with the positions and quotes they have now. */
  readonly tags: Tag[]
  /** Where each tag stands, in the same order as `tags`. */
  readonly anchored: AnchoredTag[]
  /** The tag file's versions, with one record appended when the article changed. */
  readonly versions: ArticleVersion[]
  /** Tags per status. */
  readonly counts: AnchoredCounts
  /** True when the article's SHA-256 is not the one the tag file was saved against. */
  readonly articleChanged: boolean
  /**
   * True when the tag file on disk no longer says what is true: the article changed, or a tag
   * moved or changed. Needs review alone changes nothing in the file.
   */
  readonly needsWrite: boolean
}

/** Tags per status of `anchored`. */
export function countStatuses(anchored: readonly { status: AnchoredStatus }[]): AnchoredCounts {
  const counts: AnchoredCounts = { attached: 0, moved: 0, changed: 0, needsReview: 0 }
  for (const { status } of anchored) {
    if (status === 'needs-review') counts.needsReview += 1
    else counts[status] += 1
  }
  return counts
}

/**
 * Re-anchors the tags of `sidecar` in `plainText` (the plain text the app shows for the article
 * whose bytes hash to `articleSha256`, corrected text included). `now` is the ISO time recorded
 * on new marks and on the version record. Pure: the inputs are not modified. Never throws on data
 * read from a file.
 */
export function reanchorSidecar(
  sidecar: Pick<Sidecar, 'tags' | 'versions' | 'article'>,
  plainText: string,
  articleSha256: string,
  now: string
): Reanchored {
  const anchored = anchorSidecar(plainText, sidecar.tags)
  const previousSha256 = sidecar.article.sha256
  const tags = sidecar.tags.map((tag, index): Tag => {
    const where = anchored[index]
    if (where.status === 'needs-review' || where.start >= where.end) return tag
    const target = describeRange(plainText, where.start, where.end)
    const changed =
      where.status === 'changed' && tag.changed === null
        ? { previousQuote: tag.target.quote.exact, previousSha256, detectedAt: now }
        : tag.changed
    return { ...tag, target, changed }
  })
  const counts = countStatuses(anchored)
  const articleChanged = previousSha256 !== articleSha256
  const versions = articleChanged
    ? [...sidecar.versions, { previousSha256, sha256: articleSha256, at: now, counts }].slice(-MAX_ARTICLE_VERSIONS)
    : [...sidecar.versions]
  const needsWrite = articleChanged || counts.moved > 0 || counts.changed > 0
  return { tags, anchored, versions, counts, articleChanged, needsWrite }
}
