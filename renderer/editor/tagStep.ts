/**
 * A ProseMirror step that adds, removes or changes a tag without touching the text.
 *
 * Tags live beside the document, not in it, yet "undo" must cover tagging and text edits in one
 * history. Expressing every tag change as a step does exactly that: prosemirror-history records
 * a TagStep like any other step, inverts it on undo, and maps it through later edits. The step's
 * own position map is empty, so it never shifts anything else.
 */
import type { Node as PMNode, Schema } from 'prosemirror-model'
import { Step, StepMap, StepResult, type Mappable } from 'prosemirror-transform'
import type { Tag } from '../../shared/model/tag'

/** Why a tag is shown as *needs review* instead of on its text. */
export type ReviewReason = 'not-found' | 'text-deleted' | 'low-confidence'

/** A tag as the editor holds it: its data plus its current range in the document. */
export interface LiveTag {
  readonly tag: Tag
  readonly from: number
  readonly to: number
  /** Non-null when the tag's text could not be found with confidence; the tag is kept. */
  readonly review: { readonly reason: ReviewReason; readonly confidence: number } | null
}

export type TagOp =
  | { readonly type: 'add'; readonly live: LiveTag }
  | { readonly type: 'remove'; readonly live: LiveTag }
  | { readonly type: 'update'; readonly id: string; readonly before: Tag; readonly after: Tag }
  | {
      readonly type: 'move'
      readonly id: string
      readonly before: Pick<LiveTag, 'from' | 'to' | 'review'>
      readonly after: Pick<LiveTag, 'from' | 'to' | 'review'>
    }

function mapRange<T extends { from: number; to: number }>(range: T, mapping: Mappable): T {
  const from = mapping.map(range.from, 1)
  const to = Math.max(from, mapping.map(range.to, -1))
  return { ...range, from, to }
}

export class TagStep extends Step {
  constructor(readonly op: TagOp) {
    super()
  }

  apply(doc: PMNode): StepResult {
    return StepResult.ok(doc)
  }

  override getMap(): StepMap {
    return StepMap.empty
  }

  invert(): TagStep {
    const { op } = this
    switch (op.type) {
      case 'add':
        return new TagStep({ type: 'remove', live: op.live })
      case 'remove':
        return new TagStep({ type: 'add', live: op.live })
      case 'update':
        return new TagStep({ type: 'update', id: op.id, before: op.after, after: op.before })
      case 'move':
        return new TagStep({ type: 'move', id: op.id, before: op.after, after: op.before })
    }
  }

  map(mapping: Mappable): TagStep {
    const { op } = this
    switch (op.type) {
      case 'add':
      case 'remove':
        return new TagStep({ ...op, live: mapRange(op.live, mapping) })
      case 'update':
        return this
      case 'move':
        return new TagStep({ ...op, before: mapRange(op.before, mapping), after: mapRange(op.after, mapping) })
    }
  }

  override merge(): null {
    return null
  }

  toJSON(): { stepType: string; op: TagOp } {
    return { stepType: 'factmarkTag', op: this.op }
  }

  static override fromJSON(_schema: Schema, json: { op: TagOp }): TagStep {
    return new TagStep(json.op)
  }
}

Step.jsonID('factmarkTag', TagStep)
