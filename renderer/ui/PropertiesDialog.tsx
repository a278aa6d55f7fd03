/**
 * File › Document Properties: the nine properties reports and ClaimReview say of the article and
 * of the fact-check, edited in one form. Keyboard first: the focus starts in the first field,
 * Enter saves, Escape cancels; each label is tied to its field and each field's error to it.
 * Saving stores them with the tags (the autosave writes them) and remembers the organisation.
 */
import { useState, type FormEvent } from 'react'
import { msg } from '../../shared/messages'
import type { DocumentProperties, PropertyName } from '../../shared/model/documentProperties'
import { Modal } from './Modal'
import { languageChoiceOf, propertyProblems, trimmedProperties, type LanguageChoice } from './propertiesForm'

const t = msg.ui.propertiesDialog

const ARTICLE_FIELDS: readonly PropertyName[] = ['headline', 'url', 'publisher', 'author', 'datePublished']
const REVIEW_FIELDS: readonly PropertyName[] = ['reviewUrl', 'organisation', 'organisationUrl']
const URL_FIELDS: readonly PropertyName[] = ['url', 'reviewUrl', 'organisationUrl']

export function PropertiesDialog(props: {
  initial: DocumentProperties
  /** Resolves null when saved, or a sentence to show. */
  onSave: (properties: DocumentProperties) => Promise<string | null>
  onCancel: () => void
}) {
  const [values, setValues] = useState<DocumentProperties>(props.initial)
  const [choice, setChoice] = useState<LanguageChoice>(languageChoiceOf(props.initial.language))
  const [problems, setProblems] = useState<Partial<Record<PropertyName, string>>>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  function set(name: PropertyName, value: string) {
    setValues((before) => ({ ...before, [name]: value }))
    setProblems((before) => ({ ...before, [name]: undefined }))
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault()
    const trimmed = trimmedProperties(values)
    const found = propertyProblems(trimmed)
    setProblems(found)
    const first = Object.keys(found)[0]
    if (first) {
      document.getElementById(first === 'language' && choice !== 'other' ? 'property-language-choice' : `property-${first}`)?.focus()
      return
    }
    setBusy(true)
    const result = await props.onSave(trimmed)
    setBusy(false)
    if (result) setFailure(result)
  }

  function field(name: PropertyName, autoFocus = false) {
    const id = `property-${name}`
    const problem = problems[name]
    const hint = name === 'datePublished' ? t.hints.datePublished : name === 'organisation' ? t.hints.organisation : null
    const described = [problem ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ')
    return (
      <div className="property-field" key={name}>
        <label htmlFor={id}>{t.labels[name]}</label>
        <input
          id={id}
          data-autofocus={autoFocus ? true : undefined}
          type={URL_FIELDS.includes(name) ? 'url' : 'text'}
          inputMode={URL_FIELDS.includes(name) ? 'url' : undefined}
          spellCheck={URL_FIELDS.includes(name) || name === 'datePublished' ? false : undefined}
          value={values[name]}
          onChange={(e) => set(name, e.target.value)}
          aria-invalid={problem ? 'true' : 'false'}
          aria-describedby={described || undefined}
        />
        {hint && (
          <span id={`${id}-hint`} className="field-hint">
            {hint}
          </span>
        )}
        {problem && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {problem}
          </p>
        )}
      </div>
    )
  }

  return (
    <Modal role="dialog" labelledBy="properties-title" describedBy="properties-intro" className="properties-dialog" onEscape={props.onCancel}>
      <form onSubmit={handleSubmit} noValidate>
        <h2 id="properties-title">{t.title}</h2>
        <p id="properties-intro">{t.explanation}</p>
        <fieldset>
          <legend>{t.articleGroup}</legend>
          {ARTICLE_FIELDS.map((name, i) => field(name, i === 0))}
          <div className="property-field">
            <label htmlFor="property-language-choice">{t.labels.language}</label>
            <select
              id="property-language-choice"
              value={choice}
              onChange={(e) => {
                const next = e.target.value as LanguageChoice
                setChoice(next)
                set('language', next === 'other' ? (languageChoiceOf(values.language) === 'other' ? values.language : '') : next)
              }}
              aria-invalid={problems.language && choice !== 'other' ? 'true' : 'false'}
            >
              <option value="">{t.languageOptions.none}</option>
              <option value="fr">{t.languageOptions.fr}</option>
              <option value="en">{t.languageOptions.en}</option>
              <option value="other">{t.languageOptions.other}</option>
            </select>
          </div>
          {choice === 'other' && (
            <div className="property-field">
              <label htmlFor="property-language">{t.otherLanguage}</label>
              <input
                id="property-language"
                value={values.language}
                spellCheck={false}
                placeholder={t.hints.otherLanguage}
                onChange={(e) => set('language', e.target.value)}
                aria-invalid={problems.language ? 'true' : 'false'}
                aria-describedby={problems.language ? 'property-language-error' : undefined}
              />
              {problems.language && (
                <p id="property-language-error" className="field-error" role="alert">
                  {problems.language}
                </p>
              )}
            </div>
          )}
        </fieldset>
        <fieldset>
          <legend>{t.reviewGroup}</legend>
          {REVIEW_FIELDS.map((name) => field(name))}
        </fieldset>
        {failure && (
          <p className="field-error" role="alert">
            {failure}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" onClick={props.onCancel}>
            {msg.ui.cancel}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t.save}
          </button>
        </div>
      </form>
    </Modal>
  )
}
