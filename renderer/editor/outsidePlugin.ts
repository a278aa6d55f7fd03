/**
 * Sources outside the text, held in the editor beside the tags so that one history covers them:
 * adding, changing or deleting one is an {@link OutsideStep} (like a TagStep, a step that leaves
 * the text alone), so Ctrl+Z undoes it, and a deletion that also takes links out of claims is one
 * transaction, one undo. The data changes only through shared/model/outsideSources.ts.
 */
import type { Node as PMNode, Schema } from 'prosemirror-model'
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Step, StepMap, StepResult } from 'prosemirror-transform'
import { applyOutsideOp, invertOutsideOp, type OutsideOp } from '../../shared/model/outsideSources'
import type { OutsideSource } from '../../shared/model/tag'

export class OutsideStep extends Step {
  constructor(readonly op: OutsideOp) {
    super()
  }

  apply(doc: PMNode): StepResult {
    return StepResult.ok(doc)
  }

  override getMap(): StepMap {
    return StepMap.empty
  }

  invert(): OutsideStep {
    return new OutsideStep(invertOutsideOp(this.op))
  }

  map(): OutsideStep {
    return this
  }

  override merge(): null {
    return null
  }

  toJSON(): { stepType: string; op: OutsideOp } {
    return { stepType: 'factmarkOutside', op: this.op }
  }

  static override fromJSON(_schema: Schema, json: { op: OutsideOp }): OutsideStep {
    return new OutsideStep(json.op)
  }
}

Step.jsonID('factmarkOutside', OutsideStep)

export interface OutsidePluginState {
  /** The sources outside the text, by id, in the order they were added. */
  readonly sources: ReadonlyMap<string, OutsideSource>
}

export const outsidePluginKey = new PluginKey<OutsidePluginState>('factmarkOutside')

/** Loads outside sources (when a document is opened); not undoable. */
export function loadOutsideSources(state: EditorState, sources: readonly OutsideSource[]): Transaction {
  const op: OutsideOp = { type: 'load', before: [...getOutsideState(state).sources.values()], after: sources }
  return state.tr.setMeta(outsidePluginKey, op).setMeta('addToHistory', false)
}

function applyTransaction(tr: Transaction, value: OutsidePluginState): OutsidePluginState {
  const load = tr.getMeta(outsidePluginKey) as OutsideOp | undefined
  let { sources } = value
  if (load) sources = applyOutsideOp(sources, load)
  if (tr.docChanged) for (const step of tr.steps) if (step instanceof OutsideStep) sources = applyOutsideOp(sources, step.op)
  return sources === value.sources ? value : { sources }
}

/** The plugin; starts empty. */
export function outsidePlugin(): Plugin<OutsidePluginState> {
  return new Plugin<OutsidePluginState>({
    key: outsidePluginKey,
    state: { init: () => ({ sources: new Map() }), apply: applyTransaction }
  })
}

/** The plugin state of `state`; throws when the plugin is missing (a setup bug). */
export function getOutsideState(state: EditorState): OutsidePluginState {
  const value = outsidePluginKey.getState(state)
  if (!value) throw new Error('outsidePlugin: plugin not installed')
  return value
}
