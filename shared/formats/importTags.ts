/**
 * Turning annotations read from a foreign file (see types.ts) into Factmark tags on the article
 * as it is now, by the rules of the re-attachment work: each is anchored by its quote and context
 * (its position, when the format has one that counts into this text, is a hint like a tag file's
 * stored position), and ends attached, moved, changed or needs review. No annotation is dropped
 * for not being found: it becomes a needs-review tag that keeps its quote, which the app shows
 * and lets the user reattach or delete.
 *
 * Ids are derived from the format, the annotation's key in its file and its quote, so importing
 * the same file twice gives the same ids, and what is already in the tag file is skipped: a
 * second import changes nothing. Imported tags keep their own authors and dates.
 */
import { anchorTarget, describeRange } from '../anchoring/anchor'
import { anchorSidecar, type AnchoredStatus } from '../anchoring/anchorSidecar'
import { normalizeWithMap } from '../anchoring/normalizeForMatch'
import { msg } from '../messages'
import { createTag, tagSchema, type Tag, type TagTarget } from '../model/tag'
import { countStatuses } from '../reanchor'
import { fnv1a64Hex, type AnchoredCounts } from '../sidecar'
import type { ImportedAnnotation, ImportFormatId, ParsedImport } from './types'

/** What an import adds to a tag file. */
export interface ImportOutcome {
  /** New tags, in the order of the file's annotations; none already in the tag file. */
  readonly tags: Tag[]
  /** Status of each new tag, in the same order. */
  readonly statuses: AnchoredStatus[]
  readonly counts: AnchoredCounts
  /** Annotations whose tag is already in the tag file (an earlier import of the same file). */
  readonly alreadyThere: number
  /** The parser's warnings and this step's (a link to a key not in the file). */
  readonly warnings: string[]
}

/** The id an imported annotation gets: the same for the same file, whatever the day. */
export function importedTagId(format: ImportFormatId, annotation: Pick<ImportedAnnotation, 'key' | 'kind' | 'target'>): string {
  const { key, kind, target } = annotation
  return `${format}-${fnv1a64Hex([key, kind, target.exact, target.prefix, target.suffix].join('\u0000'))}`
}

function statusOf(status: 'exact' | 'moved' | 'fuzzy' | 'orphaned', moved: boolean): AnchoredStatus {
  if (status === 'orphaned') return 'needs-review'
  if (status === 'fuzzy') return 'changed'
  return status === 'exact' && !moved ? 'attached' : 'moved'
}

/** The stored position of a tag that could not be placed: its hint, clamped and never empty. */
function fallbackPosition(text: string, annotation: ImportedAnnotation): { start: number; end: number } {
  const hint = annotation.target.position ?? { start: 0, end: annotation.target.exact.length }
  const start = Math.min(Math.max(0, hint.start), Math.max(0, text.length - 1))
  const end = Math.min(Math.max(start + 1, hint.end), text.length)
  return { start, end: Math.max(end, start + 1) }
}

/**
 * Anchors `parsed` in `text` (the article's plain text, non-empty) and makes tags of it, skipping
 * those whose id is among `existingIds`. `articleSha256` and `now` go on the `changed` mark of a
 * tag found on text that differs from its quote. Pure; never throws on a file's content.
 */
export function importAnnotations(args: {
  text: string
  articleSha256: string
  format: ImportFormatId
  parsed: ParsedImport
  existingIds: ReadonlySet<string>
  now: string
}): ImportOutcome {
  const { text, parsed, format } = args
  const warnings = [...parsed.warnings]
  const idOfKey = new Map<string, string>()
  for (const annotation of parsed.annotations) idOfKey.set(annotation.key, importedTagId(format, annotation))

  // Where each annotation is now: with positions, as a tag file is re-anchored (nesting and
  // shifts help); without, one by one by quote and context over the whole text.
  const withPosition = parsed.annotations.filter((a) => a.target.position !== null)
  const targetOf = (a: ImportedAnnotation): TagTarget => ({
    position: fallbackPosition(text, a),
    quote: { exact: a.target.exact, prefix: a.target.prefix, suffix: a.target.suffix }
  })
  const placed = new Map<ImportedAnnotation, { status: AnchoredStatus; start: number; end: number }>()
  const anchored = anchorSidecar(
    text,
    withPosition.map((a, index) => ({ id: String(index), target: targetOf(a) }))
  )
  withPosition.forEach((a, index) => placed.set(a, anchored[index]))
  let normalized: ReturnType<typeof normalizeWithMap> | undefined
  for (const a of parsed.annotations) {
    if (placed.has(a)) continue
    normalized ??= normalizeWithMap(text)
    const result = anchorTarget(text, targetOf(a), { normalized })
    placed.set(a, { status: statusOf(result.status, result.start !== 0), start: result.start, end: result.end })
  }

  const tags: Tag[] = []
  const statuses: AnchoredStatus[] = []
  let alreadyThere = 0
  const resolve = (key: string | undefined): string | null => {
    if (key === undefined) return null
    const id = idOfKey.get(key)
    if (id === undefined) warnings.push(msg.formats.import.missingLinkTarget({ key }))
    return id ?? null
  }
  for (const a of parsed.annotations) {
    const id = idOfKey.get(a.key) as string
    if (args.existingIds.has(id) || tags.some((tag) => tag.id === id)) {
      alreadyThere += 1
      continue
    }
    const where = placed.get(a) as { status: AnchoredStatus; start: number; end: number }
    const found = where.status !== 'needs-review' && where.start < where.end
    const target = found ? describeRange(text, where.start, where.end) : targetOf(a)
    const base = createTag({ id, kind: a.kind, target, author: a.createdBy, now: a.createdAt })
    const candidate: Record<string, unknown> = {
      ...base,
      note: a.note,
      updatedBy: a.updatedBy,
      updatedAt: a.updatedAt,
      changed:
        where.status === 'changed'
          ? { previousQuote: a.target.exact, previousSha256: args.articleSha256, detectedAt: args.now }
          : null
    }
    if (base.kind === 'claim') {
      const sources = (a.links?.sources ?? []).flatMap((link) => {
        const sourceId = resolve(link.key)
        return sourceId ? [{ sourceId, relation: link.relation }] : []
      })
      const entities = (a.links?.entities ?? []).flatMap((key) => resolve(key) ?? [])
      candidate.claim = { ...base.claim, ...a.claim, sources, entities, speakerId: resolve(a.links?.speaker) }
    } else if (base.kind === 'source') {
      candidate.source = { ...base.source, ...a.source }
    } else {
      candidate.entity = { ...base.entity, ...a.entity, mentionOf: resolve(a.links?.mentionOf) }
    }
    const checked = tagSchema.safeParse(candidate)
    if (!checked.success) {
      const issue = checked.error.issues[0]
      warnings.push(msg.formats.import.invalidAnnotation({ key: a.key, path: issue.path.join('.'), issue: issue.message }))
      continue
    }
    tags.push(checked.data)
    statuses.push(where.status)
  }
  return { tags, statuses, counts: countStatuses(statuses.map((status) => ({ status }))), alreadyThere, warnings }
}
