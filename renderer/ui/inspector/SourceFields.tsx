/**
 * A source's fields: URL (with an Open button for a safe web address), type, publisher, dates
 * published and accessed, and a reliability note. Used by the inspector of a source tag and by
 * the editor of a source outside the text, so `idPrefix` keeps their element ids apart.
 */
import { isSafeLink } from '../../../shared/article/articleSchema'
import { msg } from '../../../shared/messages'
import { SOURCE_TYPE_LABELS, SOURCE_TYPES, type SourceFields as Fields } from '../../../shared/model/tag'
import { useDraft } from '../hooks/useDraft'

const t = msg.ui.inspector
const f = msg.ui.fields

export function SourceFields(props: { fields: Fields; idPrefix: string; onPatch: (patch: Partial<Fields>) => void; onOpenLink: (url: string) => void }) {
  const { fields, idPrefix, onPatch } = props
  const url = useDraft(fields.url, (next) => onPatch({ url: next.trim() }))
  const publisher = useDraft(fields.publisher, (next) => onPatch({ publisher: next.trim() }))
  const reliability = useDraft(fields.reliability, (next) => onPatch({ reliability: next }))
  const urlInvalid = url.value.trim() !== '' && !isSafeLink(url.value.trim())
  const id = (name: string) => `${idPrefix}-${name}`

  return (
    <>
      <div className="field-grid">
        <label htmlFor={id('url')}>{t.url}</label>
        <div className="url-field">
          <input
            id={id('url')}
            type="url"
            placeholder={t.urlPlaceholder}
            value={url.value}
            onChange={(e) => url.onChange(e.target.value)}
            onBlur={url.onBlur}
            aria-invalid={urlInvalid ? 'true' : 'false'}
            aria-describedby={urlInvalid ? id('url-error') : undefined}
          />
          <button type="button" disabled={!isSafeLink(url.value.trim())} onClick={() => props.onOpenLink(url.value.trim())} title={t.openLinkTitle}>
            {t.openLink}
          </button>
        </div>
        {urlInvalid && (
          <p id={id('url-error')} className="field-error field-span">
            {t.badUrl}
          </p>
        )}
        <label htmlFor={id('type')}>{t.sourceType}</label>
        <select id={id('type')} value={fields.sourceType} onChange={(e) => onPatch({ sourceType: e.target.value as (typeof SOURCE_TYPES)[number] })}>
          {SOURCE_TYPES.map((s) => (
            <option key={s} value={s}>
              {SOURCE_TYPE_LABELS[s]}
            </option>
          ))}
        </select>
        <label htmlFor={id('publisher')}>{f.publisher}</label>
        <input id={id('publisher')} type="text" value={publisher.value} onChange={(e) => publisher.onChange(e.target.value)} onBlur={publisher.onBlur} />
        <label htmlFor={id('published')}>{f.publishedOn}</label>
        <input id={id('published')} type="date" value={fields.publishedOn} onChange={(e) => onPatch({ publishedOn: e.target.value })} />
        <label htmlFor={id('accessed')}>{f.accessedOn}</label>
        <input id={id('accessed')} type="date" value={fields.accessedOn} onChange={(e) => onPatch({ accessedOn: e.target.value })} />
      </div>
      <label htmlFor={id('reliability')} className="note-label">
        {f.reliability}
      </label>
      <textarea
        id={id('reliability')}
        rows={2}
        placeholder={f.reliabilityPlaceholder}
        value={reliability.value}
        onChange={(e) => reliability.onChange(e.target.value)}
        onBlur={reliability.onBlur}
      />
    </>
  )
}
