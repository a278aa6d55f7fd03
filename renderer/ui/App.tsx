/**
 * The Factmark window: toolbar, article, tag list and inspector. App owns the editor view and
 * the open document; the tag plugin's state is the truth about tags, read after every
 * transaction into a small snapshot for rendering.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { redo, redoDepth, undo, undoDepth } from 'prosemirror-history'
import { TextSelection, type EditorState, type Transaction } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import type { AppCommand, OpenedDocument, RecentEntry, Result, SaveRequest } from '../../shared/ipc'
import { offsetToPos, plainTextOf } from '../../shared/plainText'
import { isSafeLink } from '../../shared/schema'
import type { Annotator, Sidecar } from '../../shared/sidecar'
import { KIND_LABELS, type TagKind, type TagPatch } from '../../shared/model/tag'
import { setFindMatches, setFlash, type FindMatch } from '../editor/highlightPlugin'
import { isEditing, setEditing } from '../editor/modePlugin'
import { anchorTags, openArticle } from '../editor/openArticle'
import { createArticleState } from '../editor/articleState'
import {
  createTagFromSelection,
  currentTarget,
  loadTags,
  reattachTagToSelection,
  removeTag,
  selectTag,
  updateTag
} from '../editor/tagCommands'
import { getTagState, tagsAt, tagsInDocumentOrder } from '../editor/tagPlugin'
import type { LiveTag } from '../editor/tagStep'
import { ContextMenu, type MenuItem } from './ContextMenu'
import { FindBar } from './FindBar'
import { Inspector } from './Inspector'
import { NameDialog } from './NameDialog'
import { TagList, type KindFilter } from './TagList'
import { hasMod, shortcutLabel, TAG_SHORTCUT_KEYS } from './shortcuts'
import { useAutosave, type SaveStatus } from './useAutosave'
import { useEditorView } from './useEditorView'

const api = window.factmark
const MAX_FIND_MATCHES = 2000
const HINT_MS = 5000

interface Snapshot {
  version: number
  tags: LiveTag[]
  selectedId: string | null
  hasSelection: boolean
  editing: boolean
  canUndo: boolean
  canRedo: boolean
  /** Changes with every document state, to re-read quotes after text edits. */
  docKey: number
}

interface NoticeAction {
  label: string
  run: () => void
}

interface Notice {
  id: number
  tone: 'error' | 'warning' | 'info'
  text: string
  actions?: NoticeAction[]
}

interface CurrentDocument {
  meta: OpenedDocument
  originalDoc: EditorState['doc']
}

const EMPTY_SNAPSHOT: Snapshot = {
  version: -1,
  tags: [],
  selectedId: null,
  hasSelection: false,
  editing: false,
  canUndo: false,
  canRedo: false,
  docKey: 0
}

function snapshotOf(state: EditorState, previous: Snapshot, docChanged: boolean): Snapshot {
  const tagState = getTagState(state)
  const next: Snapshot = {
    version: tagState.version,
    tags: tagState.version === previous.version ? previous.tags : tagsInDocumentOrder(state),
    selectedId: tagState.selectedId,
    hasSelection: !state.selection.empty,
    editing: isEditing(state),
    canUndo: undoDepth(state) > 0,
    canRedo: redoDepth(state) > 0,
    docKey: docChanged ? previous.docKey + 1 : previous.docKey
  }
  const same = (Object.keys(next) as (keyof Snapshot)[]).every((key) => next[key] === previous[key])
  return same ? previous : next
}

function saveLabel(status: SaveStatus, hasDocument: boolean): string {
  if (!hasDocument) return ''
  switch (status.kind) {
    case 'saved':
      return status.at ? 'All changes saved' : 'No unsaved changes'
    case 'pending':
      return 'Unsaved changes'
    case 'saving':
      return 'Saving…'
    case 'error':
    case 'conflict':
      return 'Not saved'
  }
}

export function App() {
  const [annotator, setAnnotator] = useState<Annotator | null>(null)
  const [nameDialog, setNameDialog] = useState<'closed' | 'first-run' | 'change'>('closed')
  const [recent, setRecent] = useState<RecentEntry[]>([])
  const [current, setCurrent] = useState<CurrentDocument | null>(null)
  const [snapshot, setSnapshot] = useState<Snapshot>(EMPTY_SNAPSHOT)
  const [notices, setNotices] = useState<Notice[]>([])
  const [hint, setHint] = useState<string | null>(null)
  const [filter, setFilter] = useState<KindFilter>('all')
  const [findOpen, setFindOpen] = useState(false)
  const [menu, setMenu] = useState<{ x: number; y: number; tagId: string | null } | null>(null)
  const [recentMenu, setRecentMenu] = useState<{ x: number; y: number } | null>(null)
  const [dragging, setDragging] = useState(false)
  const [loading, setLoading] = useState(true)

  const mountRef = useRef<HTMLDivElement>(null)
  const currentRef = useRef<CurrentDocument | null>(null)
  currentRef.current = current
  const annotatorRef = useRef<Annotator | null>(null)
  annotatorRef.current = annotator
  const noticeId = useRef(0)
  const hintTimer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const lastClick = useRef<{ pos: number; id: string } | null>(null)
  const findState = useRef<{ matches: FindMatch[]; current: number }>({ matches: [], current: -1 })

  const showHint = useCallback((text: string) => {
    setHint(text)
    if (hintTimer.current) clearTimeout(hintTimer.current)
    hintTimer.current = setTimeout(() => setHint(null), HINT_MS)
  }, [])

  const addNotice = useCallback((tone: Notice['tone'], text: string, actions?: NoticeAction[]) => {
    noticeId.current += 1
    const id = noticeId.current
    setNotices((list) => [...list.filter((n) => n.text !== text), { id, tone, text, actions }])
    return id
  }, [])
  const dismissNotice = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), [])

  // ---- saving -------------------------------------------------------------------------------
  const viewRefHolder = useRef<{ current: EditorView | null }>({ current: null })
  /** Set when the user chose to keep their version over a tag file another program changed. */
  const overwriteNext = useRef(false)
  const buildSaveRequest = useCallback((): SaveRequest | null => {
    const view = viewRefHolder.current.current
    const doc = currentRef.current
    if (!view || !doc) return null
    const { state } = view
    const tags = tagsInDocumentOrder(state).map((live) => ({ ...live.tag, target: currentTarget(state, live) }))
    const editedText = state.doc.eq(doc.originalDoc) ? null : { baseSha256: doc.meta.sha256, doc: state.doc.toJSON() }
    const overwrite = overwriteNext.current
    return { handle: doc.meta.handle, tags, editedText, textLength: plainTextOf(state.doc).text.length, overwrite }
  }, [])
  const saveTags = useCallback(async (request: SaveRequest) => {
    const result = await api.saveTags(request)
    if (result.ok && request.overwrite) overwriteNext.current = false
    return result
  }, [])
  const { status: saveStatus, markDirty, flush: flushSave, reset: resetSave } = useAutosave(buildSaveRequest, saveTags)

  // ---- the editor ---------------------------------------------------------------------------
  const handleTransaction = useCallback(
    (state: EditorState, tr: Transaction) => {
      setSnapshot((previous) => snapshotOf(state, previous, tr.docChanged))
      if (tr.docChanged) markDirty()
    },
    [markDirty]
  )

  const handleClickPos = useCallback((view: EditorView, pos: number, event: MouseEvent) => {
    // A right click opens the context menu; it must not change which tag is selected.
    if (event.button !== 0) return false
    const link = (event.target as HTMLElement | null)?.closest('a')
    if (link && hasMod(event)) {
      const href = link.getAttribute('href') ?? ''
      if (isSafeLink(href)) void api.openExternal(href)
      return true
    }
    const here = tagsAt(view.state, pos)
    const { selectedId } = getTagState(view.state)
    const repeated = lastClick.current?.pos === pos && lastClick.current.id === selectedId
    if (here.length === 0) {
      lastClick.current = null
      if (selectedId) view.dispatch(selectTag(view.state, null))
      return false
    }
    // A first click selects the innermost tag; clicking the same spot again cycles outwards.
    const index = repeated ? here.findIndex((live) => live.tag.id === selectedId) : -1
    const next = here[(index + 1) % here.length]
    lastClick.current = { pos, id: next.tag.id }
    view.dispatch(selectTag(view.state, next.tag.id))
    return false
  }, [])

  const viewRef = useEditorView(mountRef, handleTransaction, { onClickPos: handleClickPos })
  viewRefHolder.current = viewRef

  const dispatch = useCallback(
    (tr: Transaction | null) => {
      const view = viewRef.current
      if (view && tr) view.dispatch(tr)
    },
    [viewRef]
  )

  // ---- opening documents --------------------------------------------------------------------
  const showDocument = useCallback(
    (meta: OpenedDocument): boolean => {
      const view = viewRef.current
      if (!view) return false
      const opened = openArticle(meta)
      if (!opened.ok) {
        addNotice('error', `“${meta.fileName}” cannot be opened. ${opened.error.message}`)
        return false
      }
      resetSave()
      view.updateState(opened.value.state)
      const doc = { meta, originalDoc: opened.value.originalDoc }
      currentRef.current = doc
      setCurrent(doc)
      setSnapshot(snapshotOf(opened.value.state, EMPTY_SNAPSHOT, true))
      setNotices([])
      setFindOpen(false)
      for (const text of opened.value.notices) addNotice('warning', text)
      if (meta.recovery) offerRecovery(meta)
      view.dom.scrollTop = 0
      mountRef.current?.scrollTo?.({ top: 0 })
      return true
    },
    // offerRecovery is defined below and only reads refs and stable callbacks.
    [viewRef, resetSave, addNotice]
  )

  /** Offers the tags kept from a save that failed before the app stopped. */
  function offerRecovery(meta: OpenedDocument) {
    const recovery = meta.recovery
    if (!recovery) return
    const count = recovery.tags.length
    const when = new Date(recovery.savedAt).toLocaleString()
    const id = addNotice(
      'warning',
      `Factmark kept ${count} tag${count === 1 ? '' : 's'} for this article that could not be saved (${when}).`,
      [
        {
          label: 'Restore unsaved tags',
          run: () => {
            dismissNotice(id)
            if (showDocumentRef.current({ ...meta, sidecar: recovery, sidecarNotice: null, recovery: null })) markDirty()
          }
        },
        {
          label: 'Discard them',
          run: () => {
            dismissNotice(id)
            void api.discardRecovery(meta.handle)
          }
        }
      ]
    )
  }

  /** Replaces the tags of the open article with those of `sidecar` (a fresh undo history). */
  const replaceTags = useCallback(
    (sidecar: Sidecar | null) => {
      const view = viewRef.current
      if (!view) return
      const doc = view.state.doc
      const editing = isEditing(view.state)
      let state = createArticleState(doc)
      state = state.apply(loadTags(state, anchorTags(doc, sidecar).tags))
      if (editing) state = state.apply(setEditing(state, true))
      view.updateState(state)
      setSnapshot(snapshotOf(state, EMPTY_SNAPSHOT, true))
    },
    [viewRef]
  )

  /** Asks which version to keep when another program changed the tag file. */
  const offerConflict = useCallback(
    (text: string) => {
      const doc = currentRef.current
      if (!doc) return
      const id = addNotice('error', `${text} Which version do you want to keep?`, [
        {
          label: 'Keep my version',
          run: () => {
            dismissNotice(id)
            overwriteNext.current = true
            markDirty()
            void flushSave()
          }
        },
        {
          label: 'Load the other version',
          run: async () => {
            dismissNotice(id)
            const loaded = await api.loadSidecar(doc.meta.handle)
            if (!loaded.ok) {
              addNotice('error', loaded.error.message)
              return
            }
            replaceTags(loaded.value.sidecar)
            resetSave()
            void api.discardRecovery(doc.meta.handle)
          }
        }
      ])
    },
    [addNotice, dismissNotice, markDirty, flushSave, replaceTags, resetSave]
  )

  const openWith = useCallback(
    async (fetcher: () => Promise<Result<OpenedDocument>>) => {
      const saved = await flushSave()
      if (
        !saved &&
        !window.confirm(
          'Your latest tags could not be saved beside the article. Factmark keeps a copy and offers it when you open that article again. Open another article anyway?'
        )
      ) {
        return
      }
      const result = await fetcher()
      if (!result.ok) {
        if (result.error.code !== 'CANCELLED') addNotice('error', result.error.message)
        return
      }
      showDocument(result.value)
    },
    [flushSave, addNotice, showDocument]
  )

  const openDialog = useCallback(() => void openWith(() => api.openDocumentDialog()), [openWith])

  const showDocumentRef = useRef(showDocument)
  showDocumentRef.current = showDocument
  useEffect(() => {
    let cancelled = false
    void (async () => {
      const startup = await api.getStartup()
      if (cancelled) return
      setAnnotator(startup.annotator)
      annotatorRef.current = startup.annotator
      setRecent(startup.recent)
      if (!startup.annotator) setNameDialog('first-run')
      const result = await api.openStartupDocument()
      if (cancelled) return
      setLoading(false)
      if (result.ok) showDocumentRef.current(result.value)
      else addNotice('error', result.error.message)
    })()
    return () => {
      cancelled = true
    }
  }, [addNotice])

  // ---- tag actions --------------------------------------------------------------------------
  const requireAnnotator = useCallback((): Annotator | null => {
    if (!annotatorRef.current) {
      setNameDialog('first-run')
      return null
    }
    return annotatorRef.current
  }, [])

  const tagSelection = useCallback(
    (kind: TagKind) => {
      const view = viewRef.current
      if (!view || !currentRef.current) return
      const who = requireAnnotator()
      if (!who) return
      const result = createTagFromSelection(view.state, {
        kind,
        id: crypto.randomUUID(),
        author: { annotatorId: who.id, name: who.name },
        now: new Date().toISOString()
      })
      if (!result.ok) {
        showHint(
          result.reason === 'empty-selection'
            ? `Select some text in the article first, then tag it as ${KIND_LABELS[kind]}.`
            : 'That selection is only blank space. Select words to tag.'
        )
        return
      }
      view.dispatch(result.tr)
      setHint(null)
    },
    [viewRef, requireAnnotator, showHint]
  )

  const deleteTag = useCallback(
    (id: string | null) => {
      const view = viewRef.current
      if (!view || !id) return
      dispatch(removeTag(view.state, id))
    },
    [viewRef, dispatch]
  )

  const patchSelected = useCallback(
    (patch: TagPatch) => {
      const view = viewRef.current
      const who = annotatorRef.current
      if (!view || !who) return
      const { selectedId } = getTagState(view.state)
      if (!selectedId) return
      dispatch(updateTag(view.state, selectedId, patch, { annotatorId: who.id, name: who.name }, new Date().toISOString()))
    },
    [viewRef, dispatch]
  )

  const revealTag = useCallback(
    (id: string) => {
      const view = viewRef.current
      if (!view) return
      const live = getTagState(view.state).tags.get(id)
      dispatch(selectTag(view.state, id))
      if (!live || live.review) return
      const { node } = view.domAtPos(live.from)
      const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement)
      element?.scrollIntoView({ block: 'center', behavior: 'smooth' })
      dispatch(setFlash(view.state, id))
      setTimeout(() => {
        const v = viewRef.current
        if (v) v.dispatch(setFlash(v.state, null))
      }, 1600)
    },
    [viewRef, dispatch]
  )

  const runHistory = useCallback(
    (direction: 'undo' | 'redo') => {
      const view = viewRef.current
      if (!view) return
      ;(direction === 'undo' ? undo : redo)(view.state, view.dispatch)
    },
    [viewRef]
  )

  const toggleEditing = useCallback(() => {
    const view = viewRef.current
    if (!view || !currentRef.current) return
    const next = !isEditing(view.state)
    view.dispatch(setEditing(view.state, next))
    showHint(
      next
        ? 'Edit text mode: you can fix typos. Tags follow your edits; the article file itself is never changed.'
        : 'Reading mode: the text is locked, select words to tag them.'
    )
    view.focus()
  }, [viewRef, showHint])

  // ---- find ---------------------------------------------------------------------------------
  const search = useCallback(
    (query: string) => {
      const view = viewRef.current
      if (!view) return { count: 0, current: -1 }
      const matches: FindMatch[] = []
      if (query !== '') {
        const plain = plainTextOf(view.state.doc)
        const lowered = plain.text.toLowerCase()
        const sameLength = lowered.length === plain.text.length
        const haystack = sameLength ? lowered : plain.text
        const needle = sameLength ? query.toLowerCase() : query
        let at = haystack.indexOf(needle)
        while (at !== -1 && matches.length < MAX_FIND_MATCHES) {
          matches.push({ from: offsetToPos(plain, at), to: offsetToPos(plain, at + needle.length) })
          at = haystack.indexOf(needle, at + Math.max(1, needle.length))
        }
      }
      const currentIndex = matches.length ? 0 : -1
      findState.current = { matches, current: currentIndex }
      view.dispatch(setFindMatches(view.state, matches, currentIndex))
      if (matches.length) revealRange(view, matches[0])
      return { count: matches.length, current: currentIndex }
    },
    [viewRef]
  )

  const stepFind = useCallback(
    (direction: 1 | -1) => {
      const view = viewRef.current
      const { matches, current: index } = findState.current
      if (!view || matches.length === 0) return { count: 0, current: -1 }
      const next = (index + direction + matches.length) % matches.length
      findState.current = { matches, current: next }
      view.dispatch(setFindMatches(view.state, matches, next))
      revealRange(view, matches[next])
      return { count: matches.length, current: next }
    },
    [viewRef]
  )

  const closeFind = useCallback(() => {
    const view = viewRef.current
    setFindOpen(false)
    findState.current = { matches: [], current: -1 }
    if (view) {
      view.dispatch(setFindMatches(view.state, [], -1))
      view.focus()
    }
  }, [viewRef])

  // ---- saving, closing, commands ------------------------------------------------------------
  const saveNow = useCallback(async () => {
    if (!currentRef.current) return
    if (!annotatorRef.current) {
      setNameDialog('first-run')
      return
    }
    const ok = await flushSave()
    if (ok) showHint('Saved.')
  }, [flushSave, showHint])

  const handleCommand = useCallback(
    async (command: AppCommand) => {
      switch (command.type) {
        case 'open':
          return openDialog()
        case 'open-recent':
          return openWith(() => api.openRecent(command.id))
        case 'save':
          return saveNow()
        case 'tag':
          return tagSelection(command.kind)
        case 'delete-tag':
          return deleteTag(viewRef.current ? getTagState(viewRef.current.state).selectedId : null)
        case 'toggle-edit':
          return toggleEditing()
        case 'find':
          return setFindOpen(true)
        case 'undo':
        case 'redo': {
          const active = document.activeElement
          if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) {
            document.execCommand(command.type)
            return
          }
          return runHistory(command.type)
        }
        case 'recent-changed':
          return setRecent(command.recent)
        case 'open-handoff':
          return openWith(() => api.openHandoff())
        case 'prepare-close': {
          const saved = await flushSave()
          if (saved || window.confirm('Your latest tags could not be saved. Close Factmark anyway? Unsaved tags will be lost.')) {
            await api.readyToClose()
          }
          return
        }
      }
    },
    [openDialog, openWith, saveNow, tagSelection, deleteTag, toggleEditing, runHistory, flushSave, viewRef]
  )
  const commandRef = useRef(handleCommand)
  commandRef.current = handleCommand
  useEffect(() => api.onCommand((command) => void commandRef.current(command)), [])

  // Keyboard shortcuts that work anywhere in the window (the editor's own keys are in its keymap).
  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      if (nameDialog !== 'closed') return
      if (event.key === 'Escape') {
        if (menu) setMenu(null)
        else if (findOpen) closeFind()
        return
      }
      if (!hasMod(event) || event.altKey) return
      const key = event.key.toLowerCase()
      const kind = (Object.keys(TAG_SHORTCUT_KEYS) as TagKind[]).find((k) => TAG_SHORTCUT_KEYS[k] === event.key)
      const inField = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement
      let command: AppCommand | null = null
      if (kind && !event.shiftKey) command = { type: 'tag', kind }
      else if (key === 'o' && !event.shiftKey) command = { type: 'open' }
      else if (key === 's' && !event.shiftKey) command = { type: 'save' }
      else if (key === 'f' && !event.shiftKey) command = { type: 'find' }
      else if (key === 'e' && !event.shiftKey) command = { type: 'toggle-edit' }
      else if (!inField && !viewRef.current?.hasFocus() && key === 'z') command = { type: event.shiftKey ? 'redo' : 'undo' }
      else if (!inField && !viewRef.current?.hasFocus() && key === 'y') command = { type: 'redo' }
      if (!command) return
      event.preventDefault()
      void commandRef.current(command)
    }
    window.addEventListener('keydown', handleKeyDown)
    return () => window.removeEventListener('keydown', handleKeyDown)
  }, [nameDialog, menu, findOpen, closeFind, viewRef])

  // Dropping a file anywhere on the window opens it.
  useEffect(() => {
    const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files')
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      event.stopPropagation()
      setDragging(true)
    }
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false)
    }
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      event.stopPropagation()
      setDragging(false)
      const file = event.dataTransfer?.files[0]
      if (file) void openWith(() => api.openDroppedFile(file))
    }
    window.addEventListener('dragover', over, true)
    window.addEventListener('dragleave', leave, true)
    window.addEventListener('drop', drop, true)
    return () => {
      window.removeEventListener('dragover', over, true)
      window.removeEventListener('dragleave', leave, true)
      window.removeEventListener('drop', drop, true)
    }
  }, [openWith])

  // A save refused because another program changed the tag file: the user chooses.
  const conflictMessage = saveStatus.kind === 'conflict' ? saveStatus.message : null
  useEffect(() => {
    if (conflictMessage) offerConflict(conflictMessage)
  }, [conflictMessage, offerConflict])

  // Coming back to the window: did another program change the article or the tag file?
  const ignoredArticleChange = useRef<string | null>(null)
  useEffect(() => {
    async function handleFocus() {
      const doc = currentRef.current
      if (!doc) return
      const result = await api.checkDisk(doc.meta.handle)
      if (!result.ok || currentRef.current !== doc) return
      if (result.value.sidecar === 'changed') offerConflict('Your tag file was changed by another program.')
      if (result.value.article === 'same' || ignoredArticleChange.current === doc.meta.handle) return
      if (result.value.article === 'missing') {
        addNotice('warning', `The article file “${doc.meta.fileName}” was moved or deleted. Your tags are kept and still saved beside where it was.`)
        return
      }
      const id = addNotice('warning', `The article file “${doc.meta.fileName}” was changed by another program.`, [
        {
          label: 'Reload the article',
          run: () => {
            dismissNotice(id)
            void openWith(() => api.reloadDocument(doc.meta.handle))
          }
        },
        {
          label: 'Keep this version',
          run: () => {
            dismissNotice(id)
            ignoredArticleChange.current = doc.meta.handle
          }
        }
      ])
    }
    const onFocus = () => void handleFocus()
    window.addEventListener('focus', onFocus)
    return () => window.removeEventListener('focus', onFocus)
  }, [addNotice, dismissNotice, offerConflict, openWith])

  // The title bar: document name and whether everything is saved.
  const unsaved = saveStatus.kind !== 'saved'
  useEffect(() => {
    document.title = current ? `${unsaved ? '● ' : ''}${current.meta.fileName} — Factmark` : 'Factmark'
  }, [current, unsaved])

  // ---- derived view data --------------------------------------------------------------------
  const selected = snapshot.selectedId ? (snapshot.tags.find((t) => t.tag.id === snapshot.selectedId) ?? null) : null
  const quoteOf = useCallback(
    (live: LiveTag) => {
      const view = viewRef.current
      if (!view || live.review || live.from >= live.to) return live.tag.target.quote.exact
      return view.state.doc.textBetween(live.from, live.to, ' ', ' ')
    },
    [viewRef, snapshot.docKey]
  )

  const openContextMenu = useCallback(
    (event: React.MouseEvent) => {
      const view = viewRef.current
      if (!view || !current) return
      event.preventDefault()
      const pos = view.posAtCoords({ left: event.clientX, top: event.clientY })
      const here = pos ? tagsAt(view.state, pos.pos) : []
      setMenu({ x: event.clientX, y: event.clientY, tagId: here[0]?.tag.id ?? null })
    },
    [viewRef, current]
  )

  const closeMenu = useCallback(() => setMenu(null), [])
  const closeRecentMenu = useCallback(() => setRecentMenu(null), [])
  const menuItems = useMemo((): (MenuItem | 'separator')[] => {
    if (!menu) return []
    const items: (MenuItem | 'separator')[] = (['claim', 'source', 'entity'] as TagKind[]).map((kind) => ({
      label: `Tag as ${KIND_LABELS[kind]}`,
      shortcut: shortcutLabel(TAG_SHORTCUT_KEYS[kind]),
      disabled: !snapshot.hasSelection,
      onSelect: () => tagSelection(kind)
    }))
    items.push('separator', {
      label: 'Copy',
      shortcut: shortcutLabel('c'),
      disabled: !snapshot.hasSelection,
      onSelect: () => document.execCommand('copy')
    })
    if (menu.tagId) {
      const tagId = menu.tagId
      items.push('separator', { label: 'Select this tag', onSelect: () => revealTag(tagId) })
      items.push({ label: 'Delete this tag', onSelect: () => deleteTag(tagId) })
    }
    return items
  }, [menu, snapshot.hasSelection, tagSelection, deleteTag, revealTag])

  const status = saveStatus
  return (
    <div className={`app${dragging ? ' dragging' : ''}`}>
      <header className="toolbar" role="toolbar" aria-label="Document and tagging">
        <div className="toolbar-group">
          <button type="button" onClick={openDialog} title={`Open an article (${shortcutLabel('o')})`}>
            Open…
          </button>
          <button
            type="button"
            aria-haspopup="menu"
            aria-expanded={recentMenu !== null}
            onClick={(event) => {
              const box = event.currentTarget.getBoundingClientRect()
              setRecentMenu(recentMenu ? null : { x: box.left, y: box.bottom + 4 })
            }}
          >
            Recent ▾
          </button>
        </div>
        <div className="toolbar-group tag-buttons" aria-label="Tag the selection">
          {(['claim', 'source', 'entity'] as TagKind[]).map((kind) => (
            <button
              key={kind}
              type="button"
              className={`tag-button kind-${kind}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => tagSelection(kind)}
              disabled={!current}
              aria-keyshortcuts={`Control+${TAG_SHORTCUT_KEYS[kind]}`}
              title={`Tag the selected text as ${KIND_LABELS[kind]} (${shortcutLabel(TAG_SHORTCUT_KEYS[kind])})`}
            >
              <span className={`swatch kind-${kind}`} aria-hidden="true" />
              {KIND_LABELS[kind]}
              <kbd>{shortcutLabel(TAG_SHORTCUT_KEYS[kind])}</kbd>
            </button>
          ))}
        </div>
        <div className="toolbar-group">
          <button
            type="button"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => runHistory('undo')}
            disabled={!snapshot.canUndo}
            title={`Undo (${shortcutLabel('z')})`}
          >
            Undo
          </button>
          <button
            type="button"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => runHistory('redo')}
            disabled={!snapshot.canRedo}
            title={`Redo (${shortcutLabel('z', { shift: true })})`}
          >
            Redo
          </button>
          <button
            type="button"
            aria-pressed={snapshot.editing}
            className={snapshot.editing ? 'toggle on' : 'toggle'}
            onClick={toggleEditing}
            disabled={!current}
            title={`Allow fixing typos in the text (${shortcutLabel('e')})`}
          >
            {snapshot.editing ? 'Editing text' : 'Edit text'}
          </button>
          <button type="button" onClick={() => setFindOpen(true)} disabled={!current} title={`Find (${shortcutLabel('f')})`}>
            Find
          </button>
        </div>
        <div className="toolbar-spacer" />
        <div className={`save-status save-${status.kind}`} data-testid="save-status" role="status" title={status.kind === 'error' ? status.message : undefined}>
          {saveLabel(status, current !== null)}
        </div>
      </header>

      {notices.length > 0 && (
        <div className="notices">
          {notices.map((notice) => (
            <div key={notice.id} className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
              <span>{notice.text}</span>
              {notice.actions?.map((action) => (
                <button key={action.label} type="button" onClick={action.run}>
                  {action.label}
                </button>
              ))}
              <button
                type="button"
                className="subtle"
                aria-label="Dismiss"
                onClick={() => setNotices((list) => list.filter((n) => n.id !== notice.id))}
              >
                ✕
              </button>
            </div>
          ))}
        </div>
      )}
      {status.kind === 'error' && (
        <div className="notice notice-error" role="alert">
          Your tags could not be saved: {status.message} They are kept in memory and saving is retried.
        </div>
      )}

      <main className="workspace">
        <div className="article-column">
          {findOpen && <FindBar onSearch={search} onStep={stepFind} onClose={closeFind} />}
          {current && (
            <div className="doc-heading">
              <h1 className="doc-title" title={current.meta.folder}>
                {current.meta.fileName}
              </h1>
              <span className={`mode-badge${snapshot.editing ? ' editing' : ''}`} data-testid="mode-badge">
                {snapshot.editing ? 'Editing text' : 'Reading · text locked'}
              </span>
              {current.meta.isSample && <span className="sample-badge">Sample article</span>}
            </div>
          )}
          <div className="article-scroller" onContextMenu={openContextMenu}>
            {loading && <p className="loading">Opening the article…</p>}
            <div ref={mountRef} className="article-mount" data-testid="article" />
          </div>
        </div>
        <aside className="sidebar">
          <TagList
            tags={snapshot.tags}
            filter={filter}
            onFilter={setFilter}
            selectedId={snapshot.selectedId}
            quoteOf={quoteOf}
            onSelect={revealTag}
            onDelete={deleteTag}
          />
          <Inspector
            live={selected}
            quote={selected ? quoteOf(selected) : ''}
            hasTextSelection={snapshot.hasSelection}
            onPatch={patchSelected}
            onDelete={() => deleteTag(snapshot.selectedId)}
            onReattach={() => {
              const view = viewRef.current
              if (view && snapshot.selectedId) dispatch(reattachTagToSelection(view.state, snapshot.selectedId))
            }}
            onOpenLink={(url) => void api.openExternal(url)}
          />
        </aside>
      </main>

      <footer className="statusbar">
        <span className="hint" role="status" data-testid="hint">
          {hint}
        </span>
        <span className="toolbar-spacer" />
        {annotator && (
          <button type="button" className="subtle" onClick={() => setNameDialog('change')} title="Change your name">
            Tagging as <strong>{annotator.name}</strong>
          </button>
        )}
      </footer>

      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop an article (.txt, .md, .html) to open it
        </div>
      )}
      {menu && <ContextMenu x={menu.x} y={menu.y} label="Article actions" items={menuItems} onClose={closeMenu} />}
      {recentMenu && (
        <ContextMenu
          x={recentMenu.x}
          y={recentMenu.y}
          label="Recent documents"
          emptyText="No recent documents yet."
          items={recent.map((entry) => ({
            label: entry.fileName,
            detail: entry.folder,
            onSelect: () => void openWith(() => api.openRecent(entry.id))
          }))}
          onClose={closeRecentMenu}
        />
      )}
      {nameDialog !== 'closed' && (
        <NameDialog
          initialName={annotator?.name ?? ''}
          firstRun={nameDialog === 'first-run'}
          onCancel={nameDialog === 'change' ? () => setNameDialog('closed') : null}
          onSubmit={async (name) => {
            const result = await api.setAnnotatorName(name)
            if (!result.ok) return result.error.message
            const hadName = annotatorRef.current !== null
            setAnnotator(result.value)
            annotatorRef.current = result.value
            setNameDialog('closed')
            const doc = currentRef.current
            const view = viewRef.current
            if (!hadName && doc && view && getTagState(view.state).tags.size === 0) {
              // The article opened before we knew whose tags to read: read them now.
              const loaded = await api.loadSidecar(doc.meta.handle)
              if (loaded.ok && loaded.value.sidecar) {
                const { tags } = anchorTags(view.state.doc, loaded.value.sidecar)
                view.dispatch(loadTags(view.state, tags))
              }
            }
            view?.focus()
            return null
          }}
        />
      )}
    </div>
  )
}

function revealRange(view: EditorView, match: FindMatch) {
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, match.from, match.to)).scrollIntoView())
}
