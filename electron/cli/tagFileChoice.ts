/**
 * Which tag file beside an article `factmark export` and `factmark import` work on: the acting
 * annotator's (see appAnnotator.ts), found by the app's annotator id when it is them, else by the
 * annotator name the tag file holds, or, for a file that cannot be read, by the name the store
 * gives that annotator's file. Pure.
 */
import { sidecarFileName, type Sidecar } from '../../shared/sidecar'
import type { TagFileFound } from '../main/tagFilesBeside'
import type { Acting } from './appAnnotator'

export type TagFileChoice =
  | { kind: 'found'; file: TagFileFound; sidecar: Sidecar }
  /** The acting annotator's file is there but cannot be used: the sentence says why. */
  | { kind: 'unusable'; file: TagFileFound; message: string }
  | { kind: 'none' }
  /** Several files match (two annotators of the same name): their file names. */
  | { kind: 'several'; files: string[] }

function fileNameFor(articleFileName: string, name: string): string | null {
  try {
    return sidecarFileName(articleFileName, { id: 'chooser', name })
  } catch {
    // A name that makes no file name: no file can be theirs by name.
    return null
  }
}

/** The acting annotator's tag file among `tagFiles` of the article `articleFileName`. */
export function tagFileOf(tagFiles: readonly TagFileFound[], articleFileName: string, acting: Acting): TagFileChoice {
  const byId = acting.settings
    ? tagFiles.filter((f) => f.read.ok && f.read.sidecar.annotator.id === acting.settings?.id)
    : []
  const matches = byId.length > 0 ? byId : tagFiles.filter((f) => f.read.ok && f.read.sidecar.annotator.name === acting.name)
  if (matches.length > 1) return { kind: 'several', files: matches.map((f) => f.fileName) }
  const [match] = matches
  if (match && match.read.ok) return { kind: 'found', file: match, sidecar: match.read.sidecar }
  const expected = fileNameFor(articleFileName, acting.name)
  const unreadable = tagFiles.find((f) => !f.read.ok && f.fileName === expected)
  if (unreadable && !unreadable.read.ok) return { kind: 'unusable', file: unreadable, message: unreadable.read.message }
  return { kind: 'none' }
}

/** Turns a found file into a choice (read or unusable). */
export function choiceOf(file: TagFileFound): TagFileChoice {
  return file.read.ok ? { kind: 'found', file, sidecar: file.read.sidecar } : { kind: 'unusable', file, message: file.read.message }
}

/** The names the tag files hold (or their file names when unreadable), for a sentence listing them. */
export function tagFileNames(tagFiles: readonly TagFileFound[]): string[] {
  return tagFiles.map((f) => (f.read.ok ? f.read.sidecar.annotator.name : f.fileName))
}
