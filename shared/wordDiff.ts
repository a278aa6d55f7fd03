/**
 * A word-level diff of two short texts (a tag's old and new quote), for people to read: which
 * words were removed, which added, which stayed. Longest common subsequence over words, with the
 * spaces and punctuation between them kept as their own tokens, so joining the parts of either
 * side gives that side back exactly.
 */

export interface DiffPart {
  /** `same`: in both texts; `removed`: only in the old one; `added`: only in the new one. */
  readonly kind: 'same' | 'removed' | 'added'
  readonly text: string
}

/** Longest texts diffed word by word (tokens per side); longer ones are shown as one replacement. */
const MAX_TOKENS = 2000

/** Words (letters, digits and what joins them in a figure: 12.5, 3,5, 1 200) and the rest between them. */
function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+(?:[.,][\p{N}]+)*|\s+|[^\p{L}\p{M}\p{N}\s]/gu) ?? []
}

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  const last = parts[parts.length - 1]
  if (last?.kind === kind) parts[parts.length - 1] = { kind, text: last.text + text }
  else parts.push({ kind, text })
}

/**
 * The word diff from `before` to `after`: the `same` and `removed` parts joined give `before`, the
 * `same` and `added` parts joined give `after`. Adjacent parts of one kind are merged; within a
 * change, the removed part comes first. Pure.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokenize(before)
  const b = tokenize(after)
  const parts: DiffPart[] = []
  if (before === after) return before ? [{ kind: 'same', text: before }] : []
  if (a.length > MAX_TOKENS || b.length > MAX_TOKENS) {
    if (before) parts.push({ kind: 'removed', text: before })
    if (after) parts.push({ kind: 'added', text: after })
    return parts
  }
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1
  const lengths = new Uint32Array((a.length + 1) * width)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j] ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
    }
  }
  let i = 0
  let j = 0
  let removed = ''
  let added = ''
  const flush = () => {
    if (removed) push(parts, 'removed', removed)
    if (added) push(parts, 'added', added)
    removed = ''
    added = ''
  }
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush()
      push(parts, 'same', a[i])
      i++
      j++
    } else if (j >= b.length || (i < a.length && lengths[(i + 1) * width + j] >= lengths[i * width + j + 1])) {
      removed += a[i++]
    } else {
      added += b[j++]
    }
  }
  flush()
  return parts
}
