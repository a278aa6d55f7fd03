// @vitest-environment happy-dom
/**
 * The command registry over the window's real services (editor controller without a view,
 * session over a fake `window.factmark`): each command is enabled when the toolbar, the context
 * menu and the keys would offer it, and running it changes what the user sees or what is on disk.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { TextSelection } from 'prosemirror-state'
import { COMMAND_IDS } from '../../shared/commands'
import { plainTextOf } from '../..//shared/article/plainText'
import { offsetToPos } from '../editor/positions'
import { createAppServices, handleMainCommand, type AppServices } from '../ui/appServices'
import { FakeFactmarkApi } from '../testing/fakeFactmarkApi'
import { FOLLOW_UP_MS } from '../state/followUp'
import { canRun, isOn, REGISTRY, runCommand } from './registry'

const ARTICLE = 'Selon la KCNA, Moscou a renforcé ses liens avec Pyongyang.'

let services: AppServices
let api: FakeFactmarkApi
let handle: string

async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(0)
  for (let i = 0; i < 20; i++) await Promise.resolve()
}

function select(word: string): void {
  const { editor } = services
  const plain = plainTextOf(editor.editorState.doc)
  const at = plain.text.indexOf(word)
  editor.dispatch(editor.editorState.tr.setSelection(TextSelection.create(editor.editorState.doc, offsetToPos(plain, at), offsetToPos(plain, at + word.length))))
}

const quotes = () => services.editor.getSnapshot().tags.map((live) => services.editor.quoteOf(live))

beforeEach(async () => {
  vi.useFakeTimers({ now: 0 })
  api = new FakeFactmarkApi()
  handle = api.addArticle('article.txt', ARTICLE)
  api.startupHandle = handle
  services = createAppServices(api)
  services.session.start()
  await settle()
})
afterEach(() => {
  services.session.dispose()
  services.hint.dispose()
  services.followUp.dispose()
  vi.useRealTimers()
})

describe('the command registry', () => {
  it('knows what every command of the table does', () => {
    expect(Object.keys(REGISTRY).sort()).toEqual([...COMMAND_IDS].sort())
  })

  it('tags the selection, and says what to do when nothing is selected', () => {
    services.run('tag-claim')
    expect(services.hint.getSnapshot()).toBe('Select some text in the article first, then tag it as Claim.')
    select('Moscou')
    services.run('tag-entity')
    expect(quotes()).toEqual(['Moscou'])
    expect(services.editor.getSnapshot().tags[0].tag.kind).toBe('entity')
    expect(services.hint.getSnapshot()).toBeNull()
  })

  it('enables undo and redo only when there is something to undo or redo', () => {
    const ctx = () => services.commandContext()
    expect(canRun('undo', ctx())).toBe(false)
    select('KCNA')
    services.run('tag-source')
    expect(canRun('undo', ctx())).toBe(true)
    expect(canRun('redo', ctx())).toBe(false)
    services.run('undo')
    expect(quotes()).toEqual([])
    expect(canRun('redo', ctx())).toBe(true)
    services.run('redo')
    expect(quotes()).toEqual(['KCNA'])
  })

  it('deletes the tag under the pointer, or else the selected one', () => {
    select('KCNA')
    services.run('tag-source')
    select('Pyongyang')
    services.run('tag-entity')
    const [kcna] = services.editor.getSnapshot().tags
    expect(canRun('delete-tag', services.commandContext({ tagId: kcna.tag.id }))).toBe(true)
    services.run('delete-tag', { tagId: kcna.tag.id })
    expect(quotes()).toEqual(['Pyongyang'])
    // Pyongyang was selected when it was made.
    services.run('delete-tag')
    expect(quotes()).toEqual([])
    expect(canRun('delete-tag', services.commandContext())).toBe(false)
  })

  it('tags all mentions of an entity: offered on an entity only, opens the list, tags the confirmed ones as one undo step', async () => {
    const ctx = () => services.commandContext()
    expect(canRun('tag-mentions', ctx())).toBe(false)
    select('KCNA')
    services.run('tag-source')
    expect(canRun('tag-mentions', ctx())).toBe(false)
    services.actions.openMentions(services.editor.selectedId())
    expect(services.hint.getSnapshot()).toBe('Select an entity tag first: its other mentions are found from its name.')
    services.run('toggle-edit')
    services.editor.dispatch(
      services.editor.editorState.tr.insertText(' Moscou, encore.', plainTextOf(services.editor.editorState.doc).text.length + 1)
    )
    services.run('toggle-edit')
    select('Moscou')
    services.run('tag-entity-place')
    expect(canRun('tag-mentions', ctx())).toBe(true)
    services.run('tag-mentions')
    const search = services.ui.getSnapshot().mentions
    expect(search?.name).toBe('Moscou')
    expect(search?.mentions.map((m) => m.context.match)).toEqual(['Moscou'])
    services.actions.confirmMentions(search?.mentions ?? [])
    expect(services.ui.getSnapshot().mentions).toBeNull()
    expect(quotes()).toEqual(['KCNA', 'Moscou', 'Moscou'])
    expect(services.hint.getSnapshot()).toBe('1 mention of Moscou tagged.')
    const [, first, mention] = services.editor.getSnapshot().tags
    expect(mention.tag.kind === 'entity' && mention.tag.entity).toMatchObject({ entityType: 'place', mentionOf: first.tag.id })
    expect(services.editor.getSnapshot().entities.groups.map((g) => [g.name, g.tagIds.length])).toEqual([['Moscou', 2]])
    await settle()
    services.run('undo')
    expect(quotes()).toEqual(['KCNA', 'Moscou'])
  })

  it('switches Edit text on and off, and says which mode the user is in', () => {
    expect(isOn('toggle-edit', services.commandContext())).toBe(false)
    services.run('toggle-edit')
    expect(isOn('toggle-edit', services.commandContext())).toBe(true)
    expect(services.hint.getSnapshot()).toMatch(/^Edit text mode/)
  })

  it('opens the find bar, the shortcut sheet and the Recent pop-up', () => {
    services.run('find')
    services.run('show-shortcuts')
    services.run('open-recent', { anchor: { left: 40, bottom: 30 } })
    expect(services.ui.getSnapshot()).toMatchObject({ findOpen: true, shortcutsOpen: true, recentMenu: { x: 40, y: 34 } })
  })

  it('saves from the application menu and hints that it did', async () => {
    select('Moscou')
    services.run('tag-claim')
    handleMainCommand(services, { type: 'run', id: 'save' })
    await settle()
    expect(api.sidecarOf(handle)?.tags.map((t) => t.target.quote.exact)).toEqual(['Moscou'])
    expect(services.hint.getSnapshot()).toBe('Saved.')
  })

  it('refuses document commands while no document is open', async () => {
    const empty = new FakeFactmarkApi()
    const none = createAppServices(empty)
    none.session.start()
    await settle()
    for (const id of ['save', 'find', 'toggle-edit', 'tag-claim'] as const) expect(canRun(id, none.commandContext()), id).toBe(false)
    expect(runCommand('find', none.commandContext())).toBe(false)
    expect(none.ui.getSnapshot().findOpen).toBe(false)
    expect(canRun('open', none.commandContext())).toBe(true)
    none.session.dispose()
  })
})

describe('tagging details', () => {
  const types = () => services.editor.getSnapshot().tags.map((live) => (live.tag.kind === 'entity' ? live.tag.entity.entityType : live.tag.kind))
  const selection = () => services.editor.editorState.selection

  it('collapses the selection to the end of the new tag; undo gives the selection back', () => {
    select('Moscou')
    const { from, to } = selection()
    services.run('tag-entity')
    expect(selection().empty).toBe(true)
    expect(selection().head).toBe(to)
    services.run('undo')
    expect(quotes()).toEqual([])
    expect([selection().from, selection().to]).toEqual([from, to])
    services.run('redo')
    expect(quotes()).toEqual(['Moscou'])
  })

  it('refuses a second tag of the same kind on the same text, with a hint, and selects the first', () => {
    select('Moscou')
    services.run('tag-entity')
    const [first] = services.editor.getSnapshot().tags
    services.run('tag-claim')
    expect(services.hint.getSnapshot()).toBe('Select some text in the article first, then tag it as Claim.')
    select('Moscou')
    services.run('tag-claim')
    const claim = services.editor.getSnapshot().tags.find((live) => live.tag.kind === 'claim')
    expect(services.editor.getSnapshot().selectedId).toBe(claim?.tag.id)
    select('Moscou')
    services.run('tag-entity')
    expect(services.hint.getSnapshot()).toBe('This text is already tagged as Entity: that tag is selected.')
    expect(types().sort()).toEqual(['claim', 'other'])
    expect(services.editor.getSnapshot().selectedId).toBe(first.tag.id)
    expect(selection().empty).toBe(true)
    // The refusal is not a step: one undo takes back the claim.
    services.run('undo')
    expect(types()).toEqual(['other'])
  })

  it('tags an entity of a type from the context menu, as one undo step', () => {
    select('KCNA')
    services.run('tag-entity-organisation')
    expect(types()).toEqual(['organisation'])
    services.run('undo')
    expect(quotes()).toEqual([])
  })

  it('after Ctrl+3 lists the type keys; the key gives the new entity its type in the same undo step', () => {
    select('Pyongyang')
    services.run('tag-entity')
    services.actions.offerFollowUp('tag-entity')
    expect(services.hint.getSnapshot()).toBe('Entity type? Press P Person · O Organisation · L Place · D Date · E Event · X Other. Any other key keeps Other.')
    expect(services.followUp.current()?.after).toBe('tag-entity')
    services.followUp.take()
    services.run('tag-entity-place', { afterKey: 'tag-entity' })
    expect(types()).toEqual(['place'])
    expect(quotes()).toEqual(['Pyongyang'])
    expect(selection().empty).toBe(true)
    expect(services.hint.getSnapshot()).toBeNull()
    services.run('undo')
    expect(quotes()).toEqual([])
    expect(services.editor.getSnapshot().canUndo).toBe(false)
    services.run('redo')
    expect(types()).toEqual(['place'])
  })

  it('after Ctrl+3 alone the entity stays Other, and the keys are no longer offered after a pause', async () => {
    select('Pyongyang')
    services.run('tag-entity')
    services.actions.offerFollowUp('tag-entity')
    await vi.advanceTimersByTimeAsync(FOLLOW_UP_MS)
    expect(services.followUp.current()).toBeNull()
    expect(services.hint.getSnapshot()).toBeNull()
    expect(types()).toEqual(['other'])
  })

  it('when the wait ends, takes away the list of keys but not a hint shown since', () => {
    select('Pyongyang')
    services.run('tag-entity')
    services.actions.offerFollowUp('tag-entity')
    services.hint.show('Saved.')
    services.followUp.end()
    expect(services.hint.getSnapshot()).toBe('Saved.')
  })

  it('does not wait for a type key in Edit text mode, where the next letter is typed text', () => {
    services.run('toggle-edit')
    select('Pyongyang')
    services.run('tag-entity')
    services.actions.offerFollowUp('tag-entity')
    expect(services.followUp.current()).toBeNull()
    expect(types()).toEqual(['other'])
  })

  it('offers the type keys only right after an entity was made', () => {
    select('Pyongyang')
    services.run('tag-entity')
    select('KCNA')
    services.run('tag-source')
    services.actions.offerFollowUp('tag-entity')
    services.actions.offerFollowUp('tag-source')
    expect(services.followUp.current()).toBeNull()
    select('Moscou')
    services.run('tag-entity')
    select('Moscou')
    services.run('tag-entity')
    // Refused as a duplicate: nothing new to type.
    services.actions.offerFollowUp('tag-entity')
    expect(services.followUp.current()).toBeNull()
  })

  it('types the entity as an edit of its own when it changed since it was made', () => {
    select('Pyongyang')
    services.run('tag-entity')
    services.actions.patchSelected({ note: 'capitale' })
    services.run('tag-entity-person', { afterKey: 'tag-entity' })
    expect(types()).toEqual(['person'])
    services.run('undo')
    expect(types()).toEqual(['other'])
    expect(services.editor.getSnapshot().tags[0].tag.note).toBe('capitale')
  })
})
