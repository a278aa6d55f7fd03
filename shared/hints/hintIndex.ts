/**
 * Hints kept up to date over an edited text: the rules run only on paragraphs whose text was not
 * seen in the previous version, so after a typo fix in a 200,000-word report one paragraph is
 * recomputed and the rest is looked up.
 */
import { findParagraphHints, type CheckHint } from './findHints'

export class HintIndex {
  /** The hints of each paragraph text seen in the last version, with offsets from the paragraph's start. */
  private byParagraph = new Map<string, readonly CheckHint[]>()
  /** How many paragraphs the last {@link update} ran the rules on (the others were known). */
  lastComputed = 0

  /**
   * The hints of `text` (blocks joined by "\n\n"), sorted by start. Paragraphs of the previous
   * version that are gone are forgotten, so memory follows the text's size.
   */
  update(text: string): CheckHint[] {
    const next = new Map<string, readonly CheckHint[]>()
    const out: CheckHint[] = []
    let offset = 0
    let computed = 0
    for (const paragraph of text.split('\n\n')) {
      let local = next.get(paragraph) ?? this.byParagraph.get(paragraph)
      if (!local) {
        local = findParagraphHints(paragraph, 0)
        computed++
      }
      next.set(paragraph, local)
      for (const hint of local) out.push(offset === 0 ? hint : { ...hint, start: hint.start + offset, end: hint.end + offset })
      offset += paragraph.length + 2
    }
    this.byParagraph = next
    this.lastComputed = computed
    return out
  }
}
