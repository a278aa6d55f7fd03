// @vitest-environment happy-dom
/**
 * Check-worthiness hints in the window's real services (editor controller without a view,
 * session over a fake `window.factmark`, the rules run inline as there is no Worker here): what
 * the Hints panel lists, what the article underlines, and what the hint and tag keys do — down
 * to the tag file written.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { plainTextOf } from '../../shared/article/plainText'
import { shownCheckHints } from '../editor/checkHintPlugin'
import { offsetToPos } from '../editor/positions'
import { FakeFactmarkApi } from '../testing/fakeFactmarkApi'
import { createAppServices, type AppServices } from '../ui/appServices'
import { HINT_DEBOUNCE_MS } from './checkHints'

const ARTICLE =
  'Selon la KCNA, le ministre a déclaré : « nous avons doublé la production cette année ».\n\nLe 12 mars 2024, le chômage a atteint 12,5 %.'

let services: AppServices
let api: FakeFactmarkApi
let handle: string

async function settle(ms = 0): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms)
  for (let i = 0; i < 20; i++) await Promise.resolve()
}

const rows = () => services.checkHints.getSnapshot().rows.map((row) => [row.kind, row.text, row.checkWorthiness])
const underlined = () => {
  const texts = new Map(services.checkHints.getSnapshot().rows.map((row) => [row.key, row.text]))
  return shownCheckHints(services.editor.editorState).map((key) => texts.get(key) ?? key)
}
const current = () => services.checkHints.getSnapshot().rows.find((row) => row.key === services.checkHints.getSnapshot().currentKey)?.text

beforeEach(async () => {
  vi.useFakeTimers({ now: 0 })
  api = new FakeFactmarkApi()
  handle = api.addArticle('article.txt', ARTICLE)
  api.startupHandle = handle
  services = createAppServices(api)
  services.session.start()
  await settle()
  await settle(HINT_DEBOUNCE_MS)
})
afterEach(() => {
  services.session.dispose()
  services.hint.dispose()
  services.followUp.dispose()
  services.checkHints.dispose()
  vi.useRealTimers()
})

describe('hints of the document shown', () => {
  it('lists and underlines the hints once the text has been still for the debounce', () => {
    expect(services.checkHints.getSnapshot()).toMatchObject({ status: 'ready', where: 'inline', visible: true })
    expect(rows()).toEqual([
      ['attribution', 'Selon la KCNA', 'medium'],
      ['attribution', 'le ministre a déclaré', 'medium'],
      ['quote', 'nous avons doublé la production cette année', 'medium'],
      ['date', '12 mars 2024', 'low'],
      ['figure', '12,5 %', 'high']
    ])
    expect(underlined()).toEqual(rows().map(([, text]) => text))
  })

  it('accepts the current hint as a claim with its check-worthiness, in the tag file; undo offers it again', async () => {
    services.run('next-hint')
    services.run('next-hint')
    services.run('next-hint')
    expect(current()).toBe('nous avons doublé la production cette année')
    services.run('accept-hint')
    expect(services.hint.getSnapshot()).toBe('Hint tagged as Claim.')
    expect(rows().map(([, text]) => text)).not.toContain('nous avons doublé la production cette année')
    expect(underlined()).not.toContain('nous avons doublé la production cette année')
    // The next hint is current, ready for the next key.
    expect(current()).toBe('12 mars 2024')
    services.run('verdict-mostly-false')
    await services.actions.save()
    await settle()
    const [claim] = api.sidecarOf(handle)?.tags ?? []
    expect(claim).toMatchObject({
      kind: 'claim',
      target: { quote: { exact: 'nous avons doublé la production cette année' } },
      claim: { checkWorthiness: 'medium', verdict: 'mostly-false' }
    })
    services.run('undo')
    services.run('undo')
    expect(services.editor.getSnapshot().tags).toHaveLength(0)
    expect(rows()).toHaveLength(5)
    expect(underlined()).toContain('nous avons doublé la production cette année')
  })

  it('accepts an attribution as a Source and a date as a Date entity', () => {
    services.actions.acceptHint(services.checkHints.getSnapshot().rows[0].key)
    services.actions.acceptHint(services.checkHints.getSnapshot().rows.find((row) => row.kind === 'date')?.key)
    expect(services.editor.getSnapshot().tags.map((live) => [live.tag.kind, live.tag.kind === 'entity' ? live.tag.entity.entityType : ''])).toEqual([
      ['source', ''],
      ['entity', 'date']
    ])
  })

  it('remembers a dismissal after the text is edited and the hints computed again', async () => {
    services.actions.dismissHint(services.checkHints.getSnapshot().rows[4].key)
    expect(rows().map(([, text]) => text)).not.toContain('12,5 %')
    services.run('toggle-edit')
    const { editor } = services
    editor.dispatch(editor.editorState.tr.insertText('Dépêche. ', offsetToPos(plainTextOf(editor.editorState.doc), 0)))
    await settle(HINT_DEBOUNCE_MS)
    expect(rows().map(([, text]) => text)).toEqual(['Selon la KCNA', 'le ministre a déclaré', 'nous avons doublé la production cette année', '12 mars 2024'])
    expect(services.checkHints.getSnapshot().dismissed).toBe(1)
  })

  it('hides every hint with the switch, and then has none to act on', () => {
    services.run('toggle-hints')
    expect(services.commandContext().hintsVisible).toBe(false)
    expect(underlined()).toEqual([])
    services.run('accept-hint')
    expect(services.hint.getSnapshot()).toBe('No hint to act on: there is none left in this article, or hints are hidden.')
    expect(services.editor.getSnapshot().tags).toHaveLength(0)
    services.run('toggle-hints')
    expect(underlined()).toHaveLength(5)
  })
})

describe('another document', () => {
  it('drops the hints of the document shown before, and keeps its dismissals for the session', async () => {
    const dismissed = services.checkHints.getSnapshot().rows[0].key
    services.actions.dismissHint(dismissed)
    api.dialogAnswer = api.addArticle('autre.txt', 'Selon l’AFP, « la récolte a doublé en un an ».')
    await services.session.openDialog()
    await settle()
    expect(services.checkHints.getSnapshot()).toMatchObject({ status: 'computing', rows: [] })
    services.run('accept-hint')
    expect(services.editor.getSnapshot().tags).toHaveLength(0)
    await settle(HINT_DEBOUNCE_MS)
    expect(rows()).toEqual([
      ['attribution', 'Selon l’AFP', 'medium'],
      ['quote', 'la récolte a doublé en un an', 'medium']
    ])
    api.dialogAnswer = handle
    await services.session.openDialog()
    await settle(HINT_DEBOUNCE_MS)
    expect(rows().map(([, text]) => text)).toEqual(['le ministre a déclaré', 'nous avons doublé la production cette année', '12 mars 2024', '12,5 %'])
  })
})

describe('tag keys', () => {
  it('steps through tags in document order, and gives verdicts to claims only', () => {
    const keys = services.checkHints.getSnapshot().rows.map((row) => row.key)
    services.actions.acceptHint(keys[2])
    services.actions.acceptHint(keys[0])
    const ids = services.editor.getSnapshot().tags.map((live) => live.tag.id)
    services.run('next-tag')
    expect(services.editor.getSnapshot().selectedId).toBe(ids[1])
    services.run('next-tag')
    expect(services.editor.getSnapshot().selectedId).toBe(ids[0])
    services.run('previous-tag')
    expect(services.editor.getSnapshot().selectedId).toBe(ids[1])
    services.run('previous-tag')
    expect(services.editor.getSnapshot().tags[0].tag.kind).toBe('source')
    services.run('verdict-true')
    expect(services.hint.getSnapshot()).toBe('Select a Claim first (F8 goes to the next tag): verdicts are for claims.')
    services.run('next-tag')
    services.run('verdict-true')
    const claim = services.editor.getSnapshot().tags.find((live) => live.tag.kind === 'claim')?.tag
    expect(claim?.kind === 'claim' && claim.claim.verdict).toBe('true')
  })

  it('says to select a tag before moving into its details', () => {
    services.run('open-inspector')
    expect(services.hint.getSnapshot()).toBe('Select a tag first: F8 goes to the next one.')
  })
})
