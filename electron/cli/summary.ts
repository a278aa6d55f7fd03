/**
 * The human summary `factmark check` prints: the article, the tag files read, tags per kind and
 * per annotator, and the tags that were re-attached or need review, each named by its quote and id.
 */
import { KIND_LABELS, TAG_KINDS } from '../../shared/model/tag'
import type { CheckDetails, CheckJson } from './check'

const QUOTE_MAX = 60

/** `text` fit for one line of a terminal: controls and line breaks shown as spaces, long ones cut. */
function oneLine(text: string): string {
  const chars = [...text.replace(/[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/gu, ' ')]
  return chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX - 1).join('')}…` : chars.join('')
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`
}

/** The summary, as lines ending in "\n". Pure. */
export function formatSummary(json: CheckJson, details: CheckDetails): string {
  const lines: string[] = []
  lines.push(`${json.article.file}: ${plural(json.article.textLength, 'character')} of text, sha256 ${json.article.sha256}`)
  if (json.annotators.length === 0) {
    lines.push('No tag file was found beside it.')
    return `${lines.join('\n')}\n`
  }
  const counts = new Map<string, number>()
  for (const tag of json.tags) counts.set(tag.annotatorId, (counts.get(tag.annotatorId) ?? 0) + 1)
  lines.push(`${plural(json.annotators.length, 'tag file')}:`)
  for (const annotator of json.annotators) {
    lines.push(`  ${annotator.file}  ${oneLine(annotator.name)}, ${plural(counts.get(annotator.id) ?? 0, 'tag')}`)
  }
  const byKind = TAG_KINDS.map((kind) => `${KIND_LABELS[kind].toLowerCase()} ${json.tags.filter((t) => t.kind === kind).length}`)
  lines.push(`Tags: ${json.tags.length} (${byKind.join(', ')})`)
  const byAnnotator = json.annotators.map((a) => `${oneLine(a.name)} ${counts.get(a.id) ?? 0}`)
  lines.push(`By annotator: ${byAnnotator.join(', ')}`)
  const count = (status: string) => json.tags.filter((t) => t.status === status).length
  lines.push(`Attached: ${count('attached')}, re-attached: ${count('moved')}, need review: ${count('needs-review')}`)

  const listed = (status: string, heading: string, showNow: boolean) => {
    const entries = json.tags.flatMap((tag, index) => (tag.status === status ? [{ tag, stored: details.stored[index] }] : []))
    if (entries.length === 0) return
    lines.push(heading)
    for (const { tag, stored } of entries) {
      const quote = stored.tag.target.quote.exact
      const now = showNow && tag.text !== quote ? `, now “${oneLine(tag.text)}”` : ''
      lines.push(`  “${oneLine(quote)}”  ${tag.id} (${oneLine(stored.annotatorName)}, ${tag.kind})${now}`)
    }
  }
  listed('moved', 'Re-attached because the article text changed:', true)
  listed('needs-review', 'Need review, their text was not found in the article (kept at their old place):', false)
  for (const name of details.correctedFor) lines.push(`${oneLine(name)}'s tags count into their corrected text of the article.`)
  for (const notice of details.notices) lines.push(notice)
  return `${lines.join('\n')}\n`
}
