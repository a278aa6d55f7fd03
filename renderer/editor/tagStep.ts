/**
 * A ProseMirror step that adds, removes or changes a tag without touching the text.
 *
 * Tags live beside the document, not in it, yet "undo" must cover tagging and text edits in one
 * history. Expressing every tag change as a step does exactly that: prosemirror-history records
 * a TagStep like any other step, inverts it on undo, and maps it through later edits. The step's
 * own position map is empty, so it never shifts anything else.
 *
 * A step is a model op from shared/model/annotationSet.ts (what changes in the tag data, over
 * plain-text offsets) together with the tag's range in the document before and after it (see
 * that module's header for why the ranges are not in the op). The step maps the ranges through
 * later edits; the op it inverts with the model's `invertOp`.
 */
import type { Node as PMNode, Schema } from 'prosemirror-model'
import { Step, StepMap, StepResult, type Mappable } from 'prosemirror-transform'
import { invertOp, type TagOp } from '../../shared/model/annotationSet'
import type { Tag, TagTarget } from '../../shared/model/tag'

/** Why a tag is shown as *needs review* instead of on its text. */
export type ReviewReason = 'not-found' | 'text-deleted' | 'low-confidence'

/** Where a tag sits in the document now. */
export interface TagRange {
  readonly from: number
  readonly to: number
  /** Non-null when the tag's text could not be found with confidence; the tag is kept. */
  readonly review: { readonly reason: ReviewReason; readonly confidence: number } | null
}

/** A tag as the editor holds it: its data plus its current range in the document. */
export interface LiveTag extends TagRange {
  readonly tag: Tag
}

/**
 * The tag's range before and after a step. Null where the tag is not in the document (before an
 * add, after a remove), and on both sides for an update, which leaves the range where it is.
 */
export interface TagStepRanges {
  readonly before: TagRange | null
  readonly after: TagRange | null
}

function rangeOf(live: LiveTag): TagRange {
  return { from: live.from, to: live.to, review: live.review }
}

function mapRange(range: TagRange | null, mapping: Mappable): TagRange | null {
  if (!range) return null
  const from = mapping.map(range.from, 1)
  const to = Math.max(from, mapping.map(range.to, -1))
  return { ...range, from, to }
}

export class TagStep extends Step {
  /** Use the static constructors, which pair each op with the ranges it needs. */
  constructor(
    readonly op: TagOp,
    readonly ranges: TagStepRanges
  ) {
    super()
  }

  /** Adds `live.tag` at `live`'s range. */
  static add(live: LiveTag): TagStep {
    return new TagStep({ type: 'add', tag: live.tag }, { before: null, after: rangeOf(live) })
  }

  /** Removes the tag `live`. */
  static remove(live: LiveTag): TagStep {
    return new TagStep({ type: 'remove', tag: live.tag }, { before: rangeOf(live), after: null })
  }

  /** Replaces the data of a tag (same id and kind), leaving its range alone. */
  static update(before: Tag, after: Tag): TagStep {
    return new TagStep({ type: 'update', before, after }, { before: null, after: null })
  }

  /** Moves the tag `live` to `range`, where its text is `target`. */
  static reattach(live: LiveTag, range: TagRange, target: TagTarget): TagStep {
    return new TagStep({ type: 'reattach', id: live.tag.id, before: live.tag.target, after: target }, { before: rangeOf(live), after: range })
  }

  apply(doc: PMNode): StepResult {
    return StepResult.ok(doc)
  }

  override getMap(): StepMap {
    return StepMap.empty
  }

  invert(): TagStep {
    return new TagStep(invertOp(this.op), { before: this.ranges.after, after: this.ranges.before })
  }

  map(mapping: Mappable): TagStep {
    const { before, after } = this.ranges
    if (!before && !after) return this
    return new TagStep(this.op, { before: mapRange(before, mapping), after: mapRange(after, mapping) })
  }

  override merge(): null {
    return null
  }

  toJSON(): { stepType: string; op: TagOp; ranges: TagStepRanges } {
    return { stepType: 'factmarkTag', op: this.op, ranges: this.ranges }
  }

  static override fromJSON(_schema: Schema, json: { op: TagOp; ranges: TagStepRanges }): TagStep {
    return new TagStep(json.op, json.ranges)
  }
}

Step.jsonID('factmarkTag', TagStep)
