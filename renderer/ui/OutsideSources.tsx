/**
 * "Sources not in the text": documents a claim rests on that the article does not quote (a
 * report, a dataset, an interview). Add one by title, open it to edit its source fields and note,
 * see the claims resting on it, delete it (asked first when claims link it). Changes are undoable
 * with the tags (they are steps in the editor's history) and saved in the tag file.
 */
import { useEffect, useState } from 'react'
import { msg } from '../../shared/messages'
import type { OutsidePatch } from '../../shared/model/outsideSources'
import type { OutsideSource } from '../../shared/model/tag'
import { useDraft } from './hooks/useDraft'
import { BackLinks } from './inspector/BackLinks'
import type { LinkContext } from './inspector/linkContext'
import { SourceFields } from './inspector/SourceFields'

const t = msg.ui.outside
const l = msg.ui.links

function OutsideEditor(props: {
  source: OutsideSource
  ctx: LinkContext
  onPatch: (patch: OutsidePatch) => void
  onDelete: () => void
  onDone: () => void
  onOpenLink: (url: string) => void
}) {
  const { source } = props
  const title = useDraft(source.title, (next) => {
    if (next.trim()) props.onPatch({ title: next.trim() })
  })
  const note = useDraft(source.note, (next) => props.onPatch({ note: next }))
  const prefix = `outside-${source.id}`
  return (
    <div className="outside-editor" data-testid="outside-editor">
      <div className="field-grid">
        <label htmlFor={`${prefix}-title`}>{t.titleField}</label>
        <input id={`${prefix}-title`} type="text" value={title.value} onChange={(e) => title.onChange(e.target.value)} onBlur={title.onBlur} />
      </div>
      <SourceFields fields={source.source} idPrefix={prefix} onPatch={(patch) => props.onPatch({ source: patch })} onOpenLink={props.onOpenLink} />
      <label htmlFor={`${prefix}-note`} className="note-label">
        {msg.ui.inspector.note}
      </label>
      <textarea id={`${prefix}-note`} rows={2} value={note.value} onChange={(e) => note.onChange(e.target.value)} onBlur={note.onBlur} />
      <BackLinks ctx={props.ctx} id={source.id} role="source" title={l.claimsResting} testId="outside-back-links" />
      <div className="outside-actions">
        <button type="button" className="danger subtle" onClick={props.onDelete}>
          {t.delete}
        </button>
        <button type="button" onClick={props.onDone}>
          {t.done}
        </button>
      </div>
    </div>
  )
}

export function OutsideSources(props: {
  ctx: LinkContext
  openId: string | null
  enabled: boolean
  onAdd: (title: string) => string | null
  onPatch: (id: string, patch: OutsidePatch) => void
  onDelete: (id: string) => void
  onOpen: (id: string | null) => void
  onOpenLink: (url: string) => void
}) {
  const { ctx, openId } = props
  const sources = [...ctx.outsideSources.values()]
  const [expanded, setExpanded] = useState(false)
  const [title, setTitle] = useState('')
  useEffect(() => {
    if (openId !== null) setExpanded(true)
  }, [openId])

  const add = () => {
    const id = props.onAdd(title)
    if (id === null) return
    setTitle('')
    props.onOpen(id)
  }

  return (
    <section className="outside-sources" aria-labelledby="outside-heading" data-testid="outside-sources">
      <div className="section-head">
        <h2 id="outside-heading">
          {t.title} <span className="count">{sources.length}</span>
        </h2>
        <button
          type="button"
          className="subtle section-toggle"
          aria-expanded={expanded}
          aria-controls="outside-body"
          aria-labelledby="outside-toggle outside-heading"
          onClick={() => setExpanded(!expanded)}
        >
          <span id="outside-toggle">{expanded ? t.hide : t.show}</span>
        </button>
      </div>
      {expanded && (
        <div id="outside-body" className="outside-body">
          <p className="meta">{t.help}</p>
          <form
            className="inline-field"
            onSubmit={(e) => {
              e.preventDefault()
              add()
            }}
          >
            <input
              type="text"
              aria-label={t.newTitle}
              placeholder={t.newTitlePlaceholder}
              value={title}
              disabled={!props.enabled}
              onChange={(e) => setTitle(e.target.value)}
            />
            <button type="submit" disabled={!props.enabled || title.trim() === ''}>
              {t.add}
            </button>
          </form>
          {sources.length === 0 ? (
            <p className="meta">{t.none}</p>
          ) : (
            <ul className="outside-list">
              {sources.map((source) => {
                const open = source.id === openId
                const uses = (ctx.links.get(source.id) ?? []).length
                return (
                  <li key={source.id} className={`outside-row${open ? ' open' : ''}`} data-testid="outside-row" data-source-id={source.id}>
                    <button
                      type="button"
                      className="outside-title"
                      aria-expanded={open}
                      title={t.edit({ title: source.title })}
                      onClick={() => props.onOpen(open ? null : source.id)}
                    >
                      <span>{source.title}</span>
                      <span className="outside-uses">{t.usedBy({ count: uses })}</span>
                    </button>
                    {open && (
                      <OutsideEditor
                        source={source}
                        ctx={ctx}
                        onPatch={(patch) => props.onPatch(source.id, patch)}
                        onDelete={() => props.onDelete(source.id)}
                        onDone={() => props.onOpen(null)}
                        onOpenLink={props.onOpenLink}
                      />
                    )}
                  </li>
                )
              })}
            </ul>
          )}
        </div>
      )}
    </section>
  )
}
