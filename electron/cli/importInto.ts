/**
 * What `factmark import` writes into the importing annotator's tag file, computed without the
 * disk: the tag file's own tags re-anchored to the article as it is now (as the app does when it
 * opens it), then the imported annotations anchored and made tags by importTags.ts, those already
 * in the tag file skipped. Pure.
 */
import { importAnnotations, type ImportOutcome } from '../../shared/formats/importTags'
import type { ImportFormatId, ParsedImport } from '../../shared/formats/types'
import { reanchorSidecar } from '../../shared/reanchor'
import { buildSidecar, type Annotator, type Sidecar } from '../../shared/sidecar'

export interface MergedImport {
  /** The tag file to write: its tags first (re-anchored), then the new ones. */
  readonly sidecar: Sidecar
  readonly outcome: ImportOutcome
  /** False when nothing new came in: then nothing is written, not even a new tag file. */
  readonly needsWrite: boolean
}

/**
 * Merges `parsed` (read by the format `format`) into `existing` (the annotator's tag file, or null
 * when they have none yet) for the article `fileName` whose bytes hash to `sha256` and whose plain
 * text (as that annotator sees it) is `text`, non-empty. `now` is the time of marks, versions and
 * `savedAt`.
 */
export function mergeImport(args: {
  existing: Sidecar | null
  annotator: Annotator
  fileName: string
  sha256: string
  text: string
  format: ImportFormatId
  parsed: ParsedImport
  now: string
}): MergedImport {
  const { existing, text, sha256, now } = args
  const reanchored = existing ? reanchorSidecar(existing, text, sha256, now) : null
  const outcome = importAnnotations({
    text,
    articleSha256: sha256,
    format: args.format,
    parsed: args.parsed,
    existingIds: new Set(existing?.tags.map((tag) => tag.id) ?? []),
    now
  })
  const sidecar = buildSidecar({
    article: { fileName: args.fileName, sha256, textLength: text.length },
    annotator: existing?.annotator ?? args.annotator,
    tags: [...(reanchored?.tags ?? []), ...outcome.tags],
    editedText: existing?.editedText ?? null,
    outsideSources: existing?.outsideSources ?? [],
    versions: reanchored?.versions ?? [],
    properties: existing?.properties,
    now
  })
  return { sidecar, outcome, needsWrite: outcome.tags.length > 0 }
}
