/**
 * The human summary `factmark check` prints: the article, the tag files read, tags per kind and
 * per annotator, and the tags that were re-attached, changed or need review, each named by its
 * quote and id (a changed one with its text now).
 */
import { msg } from '../../shared/messages'
import { TAG_KINDS } from '../../shared/model/tag'
import type { CheckDetails, CheckJson } from './check'

const QUOTE_MAX = 60

/** `text` fit for one line of a terminal: controls and line breaks shown as spaces, long ones cut. */
export function oneLine(text: string): string {
  const chars = [...text.replace(/[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/gu, ' ')]
  return chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX - 1).join('')}…` : chars.join('')
}

const m = msg.cli

/** The summary, as lines ending in "\n". Pure. */
export function formatSummary(json: CheckJson, details: CheckDetails): string {
  const lines: string[] = []
  lines.push(m.articleLine({ file: json.article.file, characters: json.article.textLength, sha256: json.article.sha256 }))
  if (json.annotators.length === 0) {
    lines.push(m.noTagFiles)
    return `${lines.join('\n')}\n`
  }
  const counts = new Map<string, number>()
  for (const tag of json.tags) counts.set(tag.annotatorId, (counts.get(tag.annotatorId) ?? 0) + 1)
  lines.push(m.tagFilesHeading({ files: json.annotators.length }))
  for (const annotator of json.annotators) {
    lines.push(m.tagFileLine({ file: annotator.file, name: oneLine(annotator.name), tags: counts.get(annotator.id) ?? 0 }))
  }
  const byKind = TAG_KINDS.map((kind) => ({ kind, count: json.tags.filter((t) => t.kind === kind).length }))
  lines.push(m.tagsLine({ total: json.tags.length, byKind }))
  lines.push(m.byAnnotatorLine({ annotators: json.annotators.map((a) => ({ name: oneLine(a.name), count: counts.get(a.id) ?? 0 })) }))
  const count = (status: string) => json.tags.filter((t) => t.status === status).length
  lines.push(m.statusLine({ attached: count('attached'), moved: count('moved'), changed: count('changed'), review: count('needs-review') }))

  const listed = (status: string, heading: string, showNow: boolean) => {
    const entries = json.tags.flatMap((tag, index) => (tag.status === status ? [{ tag, stored: details.stored[index] }] : []))
    if (entries.length === 0) return
    lines.push(heading)
    for (const { tag, stored } of entries) {
      // A tag marked changed in its tag file is shown from the text it had when the mark was set.
      const quote = status === 'changed' && stored.tag.changed ? stored.tag.changed.previousQuote : stored.tag.target.quote.exact
      const now = showNow && tag.text !== quote ? oneLine(tag.text) : null
      lines.push(m.tagLine({ quote: oneLine(quote), id: tag.id, name: oneLine(stored.annotatorName), kind: tag.kind, now }))
    }
  }
  listed('moved', m.movedHeading, true)
  listed('changed', m.changedHeading, true)
  listed('needs-review', m.reviewHeading, false)
  for (const name of details.correctedFor) lines.push(m.correctedFor({ name: oneLine(name) }))
  for (const notice of details.notices) lines.push(notice)
  return `${lines.join('\n')}\n`
}
