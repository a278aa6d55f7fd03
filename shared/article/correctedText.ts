/**
 * The text corrections a tag file may carry ("Edit text" mode): which document an annotator's
 * tags count into.
 *
 * The article file is never rewritten. A tag file whose `editedText` was made from this very file
 * (same SHA-256) holds the corrected document, and that annotator's tags count into its plain
 * text; once the file has changed, or when the corrected document cannot be read, the
 * corrections are set aside and the file's own text is used, with a sentence saying so.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { msg } from '../messages'
import type { EditedText } from '../sidecar'
import { schema } from './articleSchema'

/**
 * `none`: no corrections. `applied`: `doc` is the corrected document. `stale`: the corrections
 * were made from another version of the file. `damaged`: the corrected document does not fit the
 * schema. In the last two cases `doc` is null and `notice` says what happened.
 */
export type CorrectedTextStatus = 'none' | 'applied' | 'stale' | 'damaged'

export interface CorrectedText {
  status: CorrectedTextStatus
  doc: PMNode | null
  notice: string | null
}

/**
 * The corrected document of a tag file for the article whose bytes hash to `sha256`, or why
 * there is none. Never throws on data read from a file.
 */
export function correctedText(sidecar: { readonly editedText: EditedText | null } | null, sha256: string): CorrectedText {
  if (!sidecar?.editedText) return { status: 'none', doc: null, notice: null }
  if (sidecar.editedText.baseSha256 !== sha256) {
    return {
      status: 'stale',
      doc: null,
      notice: msg.article.correctionsStale
    }
  }
  try {
    const doc = schema.nodeFromJSON(sidecar.editedText.doc)
    doc.check()
    return { status: 'applied', doc, notice: null }
  } catch {
    // A damaged corrected text must not stop the article from opening: fall back to the file.
    return { status: 'damaged', doc: null, notice: msg.article.correctionsDamaged }
  }
}
