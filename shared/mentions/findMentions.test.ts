import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findMentions, mentionContext, prepareMentionText, searchNames, type TextSpan } from './findMentions'

const sample = readFileSync(new URL('../../electron/resources/russie-coree-du-nord.fr.txt', import.meta.url), 'utf8')

/** The text each found span covers. */
function found(text: string, names: string[], exclude: TextSpan[] = []): string[] {
  return findMentions(prepareMentionText(text), names, exclude).map((span) => text.slice(span.start, span.end))
}

describe('findMentions', () => {
  it('finds a name whatever its case and accents, and gives the name without the article', () => {
    const text = 'La Corée du Nord, la COREE DU NORD et la coree du nord : trois fois la Corée du Nord.'
    expect(found(text, ['Corée du Nord'])).toEqual(['Corée du Nord', 'COREE DU NORD', 'coree du nord', 'Corée du Nord'])
  })

  it('finds the name after an elision, with a typographic or a straight apostrophe', () => {
    const text = "L’Élysée a parlé ; selon l'Elysée, qu’Élysée dise… d’Élysée en Élysée."
    const spans = findMentions(prepareMentionText(text), ['Élysée'])
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Élysée', 'Elysée', 'Élysée', 'Élysée', 'Élysée'])
    // The apostrophe is not part of the mention.
    expect(text[spans[0].start - 1]).toBe('’')
  })

  it('searches a tagged text that began with a lower-case article or an elision without it', () => {
    const text = 'Il visite la Corée du Nord. Les relations de Corée du Nord. Pyongyang, capitale d’Corée du Nord.'
    expect(found(text, ['la Corée du Nord'])).toEqual(['Corée du Nord', 'Corée du Nord', 'Corée du Nord'])
    expect(searchNames(['l’Élysée'])).toEqual(['elysee'])
    expect(searchNames(['Le Monde'])).toEqual(['le monde'])
  })

  it('keeps to whole words: no mention inside a longer word', () => {
    const text = 'Corée, Corées, nord-coréen, Coréenne, Corée-du-Sud, (Corée).'
    expect(found(text, ['Corée'])).toEqual(['Corée', 'Corée', 'Corée'])
  })

  it('matches across no-break spaces and line breaks in the article', () => {
    const text = 'la Corée\u00a0du Nord et la Corée du\nNord'
    expect(found(text, ['Corée du Nord'])).toEqual(['Corée\u00a0du Nord', 'Corée du\nNord'])
  })

  it('finds the longest name where names overlap, and never two mentions on one text', () => {
    const text = 'Sergueï Choïgou a parlé. Choïgou est ministre. Sergueï est son prénom.'
    expect(found(text, ['Choïgou', 'Sergueï Choïgou', 'Sergueï'])).toEqual(['Sergueï Choïgou', 'Choïgou', 'Sergueï'])
  })

  it('falls back to a shorter name when the longest is part of a longer word', () => {
    const text = 'Kim Jong-unisme et Kim Jong.'
    expect(found(text, ['Kim Jong-un', 'Kim'])).toEqual(['Kim', 'Kim'])
  })

  it('leaves out spans already tagged as the entity and anything overlapping them', () => {
    const text = 'Moscou et Pyongyang ; Moscou encore ; puis Moscou.'
    const first = text.indexOf('Moscou')
    const second = text.indexOf('Moscou', first + 1)
    expect(found(text, ['Moscou'], [{ start: first, end: first + 6 }, { start: second - 2, end: second + 2 }])).toEqual(['Moscou'])
  })

  it('finds aliases and the canonical name alike, and nothing for blank or one-letter names', () => {
    const text = 'La RPDC, autrement dit la Corée du Nord, ou le Nord.'
    expect(found(text, ['Corée du Nord', 'RPDC', ' ', 'N'])).toEqual(['RPDC', 'Corée du Nord'])
    expect(found(text, ['', ' '])).toEqual([])
  })

  it('matches decomposed accents in the article and returns whole characters', () => {
    const text = 'Sergue\u0308i\u0308 puis Sergueï'
    expect(found(text, ['Sergueï'])).toEqual(['Sergue\u0308i\u0308', 'Sergueï'])
  })

  it('finds every mention of the sample article’s places', () => {
    expect(found(sample, ['Pyongyang'])).toHaveLength(4)
    expect(found(sample, ['Moscou'])).toHaveLength(4)
    expect(found(sample, ['Corée du Nord'])).toHaveLength(6)
  })
})

describe('mentionContext', () => {
  it('shows the words around a mention, cut at a space, within its paragraph', () => {
    const text = 'Titre\n\nUn long début de phrase avant Moscou et une longue suite après le nom.\n\nAutre.'
    const start = text.indexOf('Moscou')
    const context = mentionContext(text, { start, end: start + 6 }, 20)
    expect(context.match).toBe('Moscou')
    expect(context.before).toBe('de phrase avant ')
    expect(context.after).toBe(' et une longue suite')
    expect(context.cutBefore).toBe(true)
    expect(context.cutAfter).toBe(true)
    const whole = mentionContext(text, { start, end: start + 6 }, 200)
    expect(whole.before).toBe('Un long début de phrase avant ')
    expect(whole.cutBefore).toBe(false)
    expect(whole.cutAfter).toBe(false)
  })
})
