/**
 * The toolbar, from the command table's toolbar layout (shared/commands.ts): each button asks the
 * command registry whether it can run and runs it there. The save status sits at the end.
 */
import { commandById, TOOLBAR_LAYOUT, type CommandId } from '../../shared/commands'
import { msg } from '../../shared/messages'
import { canRun, isOn, type CommandContext } from '../commands/registry'
import type { SaveStatus } from '../session/autosave'
import type { AppServices } from './appServices'
import { ariaShortcutOf, shortcutOf } from './shortcuts'

/** The save status as the toolbar says it; nothing without a document. */
export function saveLabel(status: SaveStatus, hasDocument: boolean): string {
  if (!hasDocument) return ''
  switch (status.kind) {
    case 'saved':
      return status.at ? msg.ui.save.allSaved : msg.ui.save.nothingToSave
    case 'pending':
      return msg.ui.save.pending
    case 'saving':
      return msg.ui.save.saving
    case 'error':
    case 'conflict':
      return msg.ui.save.failed
  }
}

const TAG_KIND_OF: Partial<Record<CommandId, string>> = { 'tag-claim': 'claim', 'tag-source': 'source', 'tag-entity': 'entity' }

function CommandButton(props: { id: CommandId; ctx: CommandContext; run: AppServices['run']; recentOpen: boolean }) {
  const { id, ctx } = props
  const button = commandById(id).toolbar
  if (!button) return null
  const shortcut = shortcutOf(id)
  const title = button.title && (shortcut ? msg.ui.toolbar.titleWithShortcut({ title: button.title, shortcut }) : button.title)
  const kind = TAG_KIND_OF[id]
  const pressed = button.pressedLabel !== undefined ? isOn(id, ctx) : undefined
  if (id === 'open-recent') {
    return (
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={props.recentOpen}
        onClick={(event) => props.run(id, { anchor: event.currentTarget.getBoundingClientRect() })}
      >
        {button.label}
      </button>
    )
  }
  return (
    <button
      type="button"
      className={kind ? `tag-button kind-${kind}` : pressed !== undefined ? (pressed ? 'toggle on' : 'toggle') : undefined}
      aria-pressed={pressed}
      onMouseDown={button.keepsSelection ? (event) => event.preventDefault() : undefined}
      onClick={() => props.run(id)}
      disabled={!canRun(id, ctx)}
      aria-keyshortcuts={kind ? ariaShortcutOf(id) : undefined}
      title={title}
    >
      {kind && <span className={`swatch kind-${kind}`} aria-hidden="true" />}
      {pressed && button.pressedLabel ? button.pressedLabel : button.label}
      {kind && <kbd>{shortcut}</kbd>}
    </button>
  )
}

export function Toolbar(props: { ctx: CommandContext; run: AppServices['run']; recentOpen: boolean; save: SaveStatus }) {
  const { save } = props
  return (
    <header className="toolbar" role="toolbar" aria-label={msg.ui.toolbar.label}>
      {TOOLBAR_LAYOUT.map((group) => (
        <div
          key={group.join(' ')}
          className={group.some((id) => TAG_KIND_OF[id]) ? 'toolbar-group tag-buttons' : 'toolbar-group'}
          aria-label={group.some((id) => TAG_KIND_OF[id]) ? msg.ui.toolbar.tagGroup : undefined}
        >
          {group.map((id) => (
            <CommandButton key={id} id={id} ctx={props.ctx} run={props.run} recentOpen={props.recentOpen} />
          ))}
        </div>
      ))}
      <div className="toolbar-spacer" />
      <div className={`save-status save-${save.kind}`} data-testid="save-status" role="status" title={save.kind === 'error' ? save.message : undefined}>
        {saveLabel(save, props.ctx.hasDocument)}
      </div>
    </header>
  )
}
