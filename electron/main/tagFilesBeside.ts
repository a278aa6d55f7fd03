/**
 * Every annotator's tag file beside an article, read without changing anything on disk.
 *
 * Each annotator writes only their own `<article>.<slug>.factmark.json`; a reader of all of them
 * (the `factmark` command, colleagues' layers) must treat every one as untrusted input: parsed and
 * validated as the app validates its own, and never moved, renamed, repaired or written. No
 * electron: the command line uses this module in plain Node.
 */
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { Result } from '../../shared/ipc'
import { msg } from '../../shared/messages'
import { SIDECAR_SUFFIX, sidecarFileName, type Sidecar } from '../../shared/sidecar'
import { errnoCode, explainFileError } from './jsonFileInspection'
import { inspectSidecarFile } from './sidecarStore'

/** One tag file found beside the article: its tags, or the sentence saying why it cannot be used. */
export interface TagFileFound {
  path: string
  fileName: string
  read: { ok: true; sidecar: Sidecar } | { ok: false; message: string }
}

/** The slug part of a tag file name: what annotatorSlug produces. */
const SLUG = /^[a-z0-9-]{1,64}$/

/**
 * True when `fileName` is the tag file name {@link sidecarFileName} gives `articleFileName` for
 * some annotator (shortened names included), so another article's files never count.
 */
export function isTagFileOf(fileName: string, articleFileName: string): boolean {
  if (!fileName.endsWith(SIDECAR_SUFFIX)) return false
  const stem = fileName.slice(0, -SIDECAR_SUFFIX.length)
  const dot = stem.lastIndexOf('.')
  const slug = stem.slice(dot + 1)
  if (dot <= 0 || !SLUG.test(slug)) return false
  try {
    // A slug is its own slug, so the annotator's name can stand for it.
    return sidecarFileName(articleFileName, { id: 'reader', name: slug }) === fileName
  } catch {
    // Not a single path segment: no tag file can belong to it.
    return false
  }
}

/**
 * Reads every tag file beside the article at `articleRealPath` (pass the real path: tag files live
 * beside the real file), in file-name order. A damaged, unreadable or too-new file is reported in
 * its entry, in one sentence naming it; the others are still read. Fails only when the folder
 * cannot be listed. Never writes, moves or deletes anything.
 */
export async function readTagFilesBeside(articleRealPath: string): Promise<Result<TagFileFound[]>> {
  const folder = path.dirname(articleRealPath)
  const article = path.basename(articleRealPath)
  let names: string[]
  try {
    names = await fs.readdir(folder)
  } catch (error) {
    return { ok: false, error: { code: 'READ_FAILED', message: msg.tagFile.folderUnlisted({ folder, reason: explainFileError(error) }) } }
  }
  const found: TagFileFound[] = []
  for (const fileName of names.filter((name) => isTagFileOf(name, article)).sort()) {
    const filePath = path.join(folder, fileName)
    const read = await readOne(filePath)
    if (read) found.push({ path: filePath, fileName, read })
  }
  return { ok: true, value: found }
}

async function readOne(filePath: string): Promise<TagFileFound['read'] | null> {
  try {
    const inspection = await inspectSidecarFile(filePath)
    switch (inspection.state) {
      case 'missing':
        // Listed, then gone (a sync tool, a colleague renaming): nothing to report.
        return null
      case 'corrupt':
        return { ok: false, message: msg.tagFile.besideDamaged({ path: filePath, reason: inspection.reason }) }
      case 'valid':
        if (inspection.value) return { ok: true, sidecar: inspection.value }
        return { ok: false, message: msg.tagFile.besideEmpty({ path: filePath }) }
    }
  } catch (error) {
    if (errnoCode(error) === 'EUNSUPPORTED') {
      const reason = error instanceof Error ? error.message : String(error)
      return { ok: false, message: msg.tagFile.besideTooNew({ path: filePath, reason }) }
    }
    return { ok: false, message: msg.tagFile.besideUnreadable({ path: filePath, reason: explainFileError(error) }) }
  }
}
