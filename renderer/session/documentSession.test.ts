/**
 * The document session over a fake `window.factmark` (renderer/testing/fakeFactmarkApi.ts) and
 * the real editor controller without a view: what the user would see (the open article, its tags,
 * the save status, notices and questions) and what lands on the fake disk.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { TextSelection } from 'prosemirror-state'
import { describeRange } from '../../shared/anchoring/anchor'
import { plainTextOf } from '../..//shared/article/plainText'
import { offsetToPos } from '../editor/positions'
import { createTag, type Tag, type TagKind } from '../../shared/model/tag'
import { EditorController } from '../editor/editorController'
import { FakeFactmarkApi } from '../testing/fakeFactmarkApi'
import { AUTOSAVE_DELAY_MS, RETRY_DELAY_MS, type Clock } from './autosave'
import { CLOSE_UNSAVED, DocumentSession, OPEN_UNSAVED } from './documentSession'

const ARTICLE = 'Selon un communiqué de la KCNA, Moscou a renforcé ses liens avec Pyongyang.\n\nSergueï Choïgou est arrivé mercredi à Pyongyang.'
const OTHER = 'Un autre article, sur les médias et la frontière.'

const fakeClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (id) => clearTimeout(id)
}

/** Lets pending promise chains (fake IPC answers) run, and `ms` of fake time pass. */
async function settle(ms = 0): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms)
  for (let i = 0; i < 20; i++) await Promise.resolve()
}

/** The fake's annotator, as the author of tags made in these tests. */
const MARIE = { annotatorId: 'annotator-1', name: 'Marie Dupont' }

function storedTag(text: string, word: string, kind: TagKind, id: string): Tag {
  const start = text.indexOf(word)
  return createTag({ id, kind, target: describeRange(text, start, start + word.length), author: MARIE, now: '2026-12-01T09:00:00.000Z' })
}

interface Harness {
  api: FakeFactmarkApi
  editor: EditorController
  session: DocumentSession
  handle: string
}

async function launch(setup: (api: FakeFactmarkApi) => string = (api) => api.addArticle('article.txt', ARTICLE)): Promise<Harness> {
  const api = new FakeFactmarkApi()
  const handle = setup(api)
  api.startupHandle = handle
  let ids = 0
  const editor = new EditorController({ openLink: () => undefined, hasMod: () => false, newId: () => `tag-${++ids}`, now: () => '2026-12-01T10:00:00.000Z' })
  const session = new DocumentSession({ api, editor, clock: fakeClock })
  session.start()
  await settle()
  harnesses.push({ api, editor, session, handle })
  return { api, editor, session, handle }
}

const harnesses: Harness[] = []

/** Selects `word` in the article and tags it, as the user does with the mouse and Ctrl+1/2/3. */
function tagWord(editor: EditorController, word: string, kind: TagKind = 'entity'): void {
  const plain = plainTextOf(editor.editorState.doc)
  const at = plain.text.indexOf(word)
  if (at < 0) throw new Error(`not in the article: ${word}`)
  const { doc } = editor.editorState
  editor.dispatch(editor.editorState.tr.setSelection(TextSelection.create(doc, offsetToPos(plain, at), offsetToPos(plain, at + word.length))))
  expect(editor.tagSelection(kind, MARIE)).toEqual({ ok: true })
}

const quotesIn = (editor: EditorController) => editor.getSnapshot().tags.map((live) => editor.quoteOf(live))
const quotesOnDisk = (api: FakeFactmarkApi, handle: string) => (api.sidecarOf(handle)?.tags ?? []).map((t) => t.target.quote.exact)
const noticeTexts = (session: DocumentSession) => session.getSnapshot().notices.map((n) => n.text)

function noticeAction(session: DocumentSession, text: string, label: string): () => void {
  const notice = session.getSnapshot().notices.find((n) => n.text.includes(text))
  const action = notice?.actions.find((a) => a.label === label)
  if (!action) throw new Error(`no notice “${text}” with “${label}” in: ${noticeTexts(session).join(' | ')}`)
  return action.run
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 })
})
afterEach(() => {
  for (const h of harnesses.splice(0)) h.session.dispose()
  vi.useRealTimers()
})

describe('opening', () => {
  it('opens the startup article with the tags of its tag file', async () => {
    const { session, editor } = await launch((api) => api.addArticle('article.txt', ARTICLE, { tags: [storedTag(ARTICLE, 'Moscou', 'claim', 't1')] }))
    const snap = session.getSnapshot()
    expect(snap.loading).toBe(false)
    expect(snap.document?.fileName).toBe('article.txt')
    expect(snap.nameDialog).toBe('closed')
    expect(quotesIn(editor)).toEqual(['Moscou'])
    expect(snap.save).toEqual({ kind: 'saved', at: null })
    expect(snap.notices).toEqual([])
  })

  it('says why when the startup article cannot be opened', async () => {
    const { session } = await launch(() => 'handle-none')
    expect(session.getSnapshot().document).toBeNull()
    expect(noticeTexts(session)).toEqual(['That file was not found.'])
    expect(session.getSnapshot().notices[0].tone).toBe('error')
  })

  it('opens another article from the Open dialog after saving the first, and a cancelled dialog changes nothing', async () => {
    const { api, session, editor, handle } = await launch()
    tagWord(editor, 'Pyongyang')
    api.dialogAnswer = null
    await session.openDialog()
    expect(session.getSnapshot().document?.handle).toBe(handle)
    expect(noticeTexts(session)).toEqual([])

    api.dialogAnswer = api.addArticle('autre.txt', OTHER)
    await session.openDialog()
    await settle()
    expect(quotesOnDisk(api, handle)).toEqual(['Pyongyang'])
    expect(session.getSnapshot().document?.fileName).toBe('autre.txt')
    expect(quotesIn(editor)).toEqual([])
  })

  it('opens a recent document when main says so', async () => {
    const { api, session } = await launch()
    const other = api.addArticle('autre.txt', OTHER)
    await session.handleWindowEvent({ type: 'open-recent', id: other })
    expect(session.getSnapshot().document?.fileName).toBe('autre.txt')
    await session.handleWindowEvent({ type: 'recent-changed', recent: [{ id: other, fileName: 'autre.txt', folder: '/tmp' }] })
    expect(session.getSnapshot().recent.map((r) => r.fileName)).toEqual(['autre.txt'])
  })
})

describe('autosave', () => {
  it('saves a tag on its own shortly after it is made', async () => {
    const { api, session, editor, handle } = await launch()
    tagWord(editor, 'KCNA', 'source')
    expect(session.getSnapshot().save.kind).toBe('pending')
    await settle(AUTOSAVE_DELAY_MS)
    expect(session.getSnapshot().save.kind).toBe('saved')
    expect(quotesOnDisk(api, handle)).toEqual(['KCNA'])
    expect(api.sidecarOf(handle)?.tags[0].kind).toBe('source')
  })

  it('keeps saving while the user tags steadily', async () => {
    const { api, editor, handle } = await launch()
    const words = ['Selon', 'communiqué', 'KCNA', 'Moscou', 'renforcé', 'liens']
    for (const word of words) {
      tagWord(editor, word)
      await settle(400)
    }
    // Tags made more than a second ago are on disk although the user never paused.
    expect(quotesOnDisk(api, handle)).toEqual(expect.arrayContaining(words.slice(0, 3)))
  })

  it('saves at once on Ctrl+S and asks for a name first when there is none', async () => {
    const { api, session, editor, handle } = await launch()
    tagWord(editor, 'Moscou')
    expect(await session.save()).toBe(true)
    expect(quotesOnDisk(api, handle)).toEqual(['Moscou'])

    const unnamed = await launch((fake) => {
      fake.annotator = null
      return fake.addArticle('article.txt', ARTICLE)
    })
    expect(unnamed.session.getSnapshot().nameDialog).toBe('first-run')
    unnamed.session.cancelNameChange()
    expect(await unnamed.session.save()).toBe(false)
    expect(unnamed.session.getSnapshot().nameDialog).toBe('first-run')
  })
})

describe('a tag file changed by another program', () => {
  it('is never overwritten silently, and “Load the other version” shows theirs', async () => {
    const { api, session, editor, handle } = await launch()
    api.changeSidecarBehindOurBack(handle, [storedTag(ARTICLE, 'KCNA', 'claim', 'theirs')])
    tagWord(editor, 'Pyongyang')
    await settle(AUTOSAVE_DELAY_MS)
    expect(session.getSnapshot().save.kind).toBe('conflict')
    const [notice] = session.getSnapshot().notices
    expect(notice.tone).toBe('error')
    expect(notice.text).toMatch(/was changed by another program since Factmark last saved it\. Which version do you want to keep\?$/)
    expect(quotesOnDisk(api, handle)).toEqual(['KCNA'])

    noticeAction(session, 'Which version', 'Load the other version')()
    await settle()
    expect(quotesIn(editor)).toEqual(['KCNA'])
    expect(editor.getSnapshot().tags[0].tag.kind).toBe('claim')
    expect(session.getSnapshot().save).toEqual({ kind: 'saved', at: null })
    expect(session.getSnapshot().notices).toEqual([])
    expect(api.discarded).toEqual([handle])
  })

  it('“Keep my version” writes mine over theirs', async () => {
    const { api, session, editor, handle } = await launch()
    tagWord(editor, 'Moscou')
    await settle(AUTOSAVE_DELAY_MS)
    api.changeSidecarBehindOurBack(handle, [])
    await session.checkDisk()
    expect(noticeTexts(session)).toEqual(['Your tag file was changed by another program. Which version do you want to keep?'])
    noticeAction(session, 'Which version', 'Keep my version')()
    await settle()
    expect(session.getSnapshot().save.kind).toBe('saved')
    expect(quotesOnDisk(api, handle)).toEqual(['Moscou'])
    expect(api.saves.at(-1)?.overwrite).toBe(true)
    // The choice holds for that save only.
    tagWord(editor, 'Pyongyang')
    await settle(AUTOSAVE_DELAY_MS)
    expect(api.saves.at(-1)?.overwrite).toBe(false)
  })
})

describe('a failing disk', () => {
  it('says the tags are not saved, keeps them for recovery, and saves on the retry', async () => {
    const { api, session, editor, handle } = await launch()
    api.diskError = { code: 'WRITE_FAILED', message: 'The disk is full.' }
    tagWord(editor, 'Choïgou')
    await settle(AUTOSAVE_DELAY_MS)
    expect(session.getSnapshot().save).toEqual({ kind: 'error', message: 'The disk is full.' })
    expect(api.sidecarOf(handle)).toBeNull()
    expect(api.recoveryOf(handle)?.tags.map((t) => t.target.quote.exact)).toEqual(['Choïgou'])

    api.diskError = null
    await settle(RETRY_DELAY_MS)
    expect(session.getSnapshot().save.kind).toBe('saved')
    expect(quotesOnDisk(api, handle)).toEqual(['Choïgou'])
  })

  it('asks before opening another article; Cancel keeps the article, “Open anyway” opens the other', async () => {
    const { api, session, editor, handle } = await launch()
    api.diskError = { code: 'WRITE_FAILED', message: 'The disk is full.' }
    tagWord(editor, 'Choïgou')
    api.dialogAnswer = api.addArticle('autre.txt', OTHER)

    const cancelled = session.openDialog()
    await settle()
    expect(session.getSnapshot().decision).toEqual(OPEN_UNSAVED)
    session.answer(false)
    await cancelled
    expect(session.getSnapshot().decision).toBeNull()
    expect(session.getSnapshot().document?.handle).toBe(handle)
    expect(quotesIn(editor)).toEqual(['Choïgou'])

    const confirmed = session.openDialog()
    await settle()
    expect(session.getSnapshot().decision?.confirmLabel).toBe('Open anyway')
    session.answer(true)
    await confirmed
    expect(session.getSnapshot().document?.fileName).toBe('autre.txt')
    expect(api.recoveryOf(handle)?.tags).toHaveLength(1)
  })

  it('asks before closing the window; the window closes only when the user goes ahead', async () => {
    const { api, session, editor } = await launch()
    await session.handleWindowEvent({ type: 'prepare-close' })
    expect(api.closeCount).toBe(1)

    api.diskError = { code: 'WRITE_FAILED', message: 'The disk is full.' }
    tagWord(editor, 'Moscou')
    const first = session.handleWindowEvent({ type: 'prepare-close' })
    await settle()
    expect(session.getSnapshot().decision).toEqual(CLOSE_UNSAVED)
    session.answer(false)
    await first
    expect(api.closeCount).toBe(1)

    const second = session.handleWindowEvent({ type: 'prepare-close' })
    await settle()
    session.answer(true)
    await second
    expect(api.closeCount).toBe(2)
  })
})

describe('recovery', () => {
  const withRecovery = (api: FakeFactmarkApi) => api.addArticle('article.txt', ARTICLE, { recovery: [storedTag(ARTICLE, 'Sergueï Choïgou', 'entity', 'kept')] })

  it('offers the tags kept from a failed save; restoring shows and saves them', async () => {
    const { api, session, editor, handle } = await launch(withRecovery)
    const [offer] = session.getSnapshot().notices
    expect(offer.tone).toBe('warning')
    expect(offer.text).toMatch(/^Factmark kept 1 tag for this article that could not be saved \(/)
    expect(quotesIn(editor)).toEqual([])

    noticeAction(session, 'Factmark kept', 'Restore unsaved tags')()
    expect(quotesIn(editor)).toEqual(['Sergueï Choïgou'])
    expect(session.getSnapshot().notices).toEqual([])
    await settle(AUTOSAVE_DELAY_MS)
    expect(quotesOnDisk(api, handle)).toEqual(['Sergueï Choïgou'])
  })

  it('discarding forgets them', async () => {
    const { api, session, editor, handle } = await launch(withRecovery)
    noticeAction(session, 'Factmark kept', 'Discard them')()
    await settle()
    expect(api.recoveryOf(handle)).toBeNull()
    expect(quotesIn(editor)).toEqual([])
    expect(session.getSnapshot().notices).toEqual([])
  })
})

describe('the article changed on disk', () => {
  it('is offered for reloading, with its tags re-attached to the new text', async () => {
    const { api, session, editor, handle } = await launch()
    tagWord(editor, 'Pyongyang')
    await settle(AUTOSAVE_DELAY_MS)
    api.changeArticle(handle, `Dernière minute.\n\n${ARTICLE}`)
    await session.checkDisk()
    expect(noticeTexts(session)).toEqual(['The article file “article.txt” was changed by another program.'])
    noticeAction(session, 'was changed', 'Reload the article')()
    await settle()
    expect(plainTextOf(editor.editorState.doc).text.startsWith('Dernière minute.')).toBe(true)
    expect(quotesIn(editor)).toEqual(['Pyongyang'])
    expect(noticeTexts(session)).toEqual(['1 tag re-attached. The article changed since the tags were saved.'])
  })

  it('writes the re-anchored tag file back on its own: new positions, the new hash and the version', async () => {
    const { api, session, editor, handle } = await launch()
    tagWord(editor, 'Pyongyang')
    await settle(AUTOSAVE_DELAY_MS)
    const before = api.sidecarOf(handle)
    api.changeArticle(handle, `Dernière minute.\n\n${ARTICLE}`)
    await session.checkDisk()
    noticeAction(session, 'was changed', 'Reload the article')()
    await settle(AUTOSAVE_DELAY_MS)
    const after = api.sidecarOf(handle)
    expect(after?.article.sha256).not.toBe(before?.article.sha256)
    expect(after?.tags[0].target.position.start).toBe((before?.tags[0].target.position.start ?? 0) + 'Dernière minute.\n\n'.length)
    expect(after?.versions).toEqual([
      { previousSha256: before?.article.sha256, sha256: after?.article.sha256, at: '2026-12-01T10:00:00.000Z', counts: { attached: 0, moved: 1, changed: 0, needsReview: 0 } }
    ])
  })

  it('“Keep this version” is not asked again for that document', async () => {
    const { api, session, handle } = await launch()
    api.changeArticle(handle, OTHER)
    await session.checkDisk()
    noticeAction(session, 'was changed', 'Keep this version')()
    await session.checkDisk()
    expect(noticeTexts(session)).toEqual([])
  })
})

describe('the annotator', () => {
  it('on first run, the tags of the article opened before the name was known are read once it is', async () => {
    const { api, session, editor } = await launch((fake) => {
      const handle = fake.addArticle('article.txt', ARTICLE, { tags: [storedTag(ARTICLE, 'KCNA', 'source', 't1')] })
      fake.annotator = null
      return handle
    })
    expect(session.getSnapshot().nameDialog).toBe('first-run')
    expect(quotesIn(editor)).toEqual([])
    expect(await session.submitName('Marie Dupont')).toBeNull()
    expect(session.getSnapshot().nameDialog).toBe('closed')
    expect(session.getSnapshot().annotator?.name).toBe('Marie Dupont')
    expect(quotesIn(editor)).toEqual(['KCNA'])
    expect(api.calls).toContain('loadSidecar')
  })

  it('on first run, tags read once the name is known follow an article that changed: banner and the tag file written back', async () => {
    const { api, session, editor, handle } = await launch((fake) => {
      const handle = fake.addArticle('article.txt', ARTICLE, { tags: [storedTag(ARTICLE, 'KCNA', 'source', 't1')] })
      const stored = fake.sidecarOf(handle)
      fake.changeArticle(handle, `Dernière minute.\n\n${ARTICLE}`)
      // The tag file still says the old hash: it was saved against the article before the change.
      fake.changeSidecarBehindOurBack(handle, stored?.tags ?? [])
      const entry = fake.sidecarOf(handle)
      if (entry && stored) entry.article = stored.article
      fake.annotator = null
      return handle
    })
    const oldSha = api.sidecarOf(handle)?.article.sha256
    expect(await session.submitName('Marie Dupont')).toBeNull()
    expect(quotesIn(editor)).toEqual(['KCNA'])
    expect(noticeTexts(session)).toContain('1 tag re-attached. The article changed since the tags were saved.')
    await settle(AUTOSAVE_DELAY_MS)
    const saved = api.sidecarOf(handle)
    expect(saved?.article.sha256).not.toBe(oldSha)
    expect(saved?.versions.map((v) => v.previousSha256)).toEqual([oldSha])
  })

  it('on first run, a tag file that cannot be read once the name is known is reported, not ignored', async () => {
    const { api, session, editor } = await launch((fake) => {
      fake.annotator = null
      return fake.addArticle('article.txt', ARTICLE)
    })
    api.loadFailure = { code: 'READ_FAILED', message: 'Your tag file “article.txt.marie-dupont.factmark.json” was written by a newer version of Factmark.' }
    expect(await session.submitName('Marie Dupont')).toBeNull()
    expect(noticeTexts(session)).toEqual(['Your tag file “article.txt.marie-dupont.factmark.json” was written by a newer version of Factmark.'])
    expect(quotesIn(editor)).toEqual([])
  })

  it('a change of name keeps the tags shown and does not read the tag file again', async () => {
    const { api, session, editor } = await launch()
    tagWord(editor, 'Moscou')
    session.askForNewName()
    expect(session.getSnapshot().nameDialog).toBe('change')
    expect(await session.submitName('Marie Dupont-Martin')).toBeNull()
    expect(session.getSnapshot().annotator?.name).toBe('Marie Dupont-Martin')
    expect(quotesIn(editor)).toEqual(['Moscou'])
    expect(api.calls).not.toContain('loadSidecar')
  })

  it('requireAnnotator opens the name prompt when there is no name yet', async () => {
    const { session } = await launch((fake) => {
      fake.annotator = null
      return fake.addArticle('article.txt', ARTICLE)
    })
    session.cancelNameChange()
    expect(session.requireAnnotator()).toBeNull()
    expect(session.getSnapshot().nameDialog).toBe('first-run')
  })
})

describe('document properties', () => {
  it('saves edited properties with the tags, remembers the organisation and fills the next article’s', async () => {
    const { api, session, handle } = await launch()
    const properties = { ...session.properties(), headline: 'Moscou et Pyongyang', language: 'fr', organisation: 'Vérif’ Info', organisationUrl: 'https://verif.example.org' }
    expect(await session.setProperties(properties)).toBeNull()
    expect(session.getSnapshot().save.kind).not.toBe('saved')
    await settle(AUTOSAVE_DELAY_MS + 10)
    expect(api.sidecarOf(handle)?.properties).toEqual(properties)
    expect(api.organisation).toEqual({ organisation: 'Vérif’ Info', organisationUrl: 'https://verif.example.org' })

    api.dialogAnswer = api.addArticle('autre.txt', OTHER)
    await session.openDialog()
    await settle()
    expect(session.properties()).toMatchObject({ headline: '', organisation: 'Vérif’ Info', organisationUrl: 'https://verif.example.org' })
    // Opening alone writes nothing.
    expect(session.getSnapshot().save).toEqual({ kind: 'saved', at: null })
  })

  it('changes nothing and marks nothing dirty when the same properties are saved', async () => {
    const { api, session } = await launch()
    expect(await session.setProperties(session.properties())).toBeNull()
    expect(session.getSnapshot().save).toEqual({ kind: 'saved', at: null })
    expect(api.calls).not.toContain('setOrganisation')
  })
})
