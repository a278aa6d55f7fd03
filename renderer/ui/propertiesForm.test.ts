import { describe, expect, it } from 'vitest'
import { emptyDocumentProperties } from '../../shared/model/documentProperties'
import { languageChoiceOf, propertyProblems, trimmedProperties } from './propertiesForm'

describe('the Document properties form', () => {
  const empty = emptyDocumentProperties()

  it('accepts nothing given, and properties as a fact-checker types them', () => {
    expect(propertyProblems(empty)).toEqual({})
    const typed = trimmedProperties({ ...empty, headline: '  Moscou  ', url: ' https://example.org/a ', datePublished: '2023-07-27', language: 'fr-FR', organisationUrl: 'http://verif.example' })
    expect(typed).toMatchObject({ headline: 'Moscou', url: 'https://example.org/a' })
    expect(propertyProblems(typed)).toEqual({})
    expect(propertyProblems({ ...empty, datePublished: '2023-07-27T08:30+02:00' })).toEqual({})
  })

  it('says what is wrong with each field, as the tag file’s schema would refuse it', () => {
    const problems = propertyProblems({ ...empty, datePublished: '27/07/2023', language: 'français', reviewUrl: 'verif.example.org', headline: 'x'.repeat(2001) })
    expect(problems).toEqual({
      datePublished: 'Write the date as YYYY-MM-DD, or a date and time with its offset (2023-07-27T08:30+02:00).',
      language: 'Write a language tag such as fr, en or pt-BR.',
      reviewUrl: 'Write a full web address starting with https:// or http://.',
      headline: 'Too long: at most 2,000 characters.'
    })
    expect(propertyProblems({ ...empty, url: 'javascript:alert(1)' }).url).toBeDefined()
  })

  it('offers French and English by their plain tags, any other tag as Other', () => {
    expect(['', 'fr', 'en', 'fr-CA', 'de'].map(languageChoiceOf)).toEqual(['', 'fr', 'en', 'other', 'other'])
  })
})
