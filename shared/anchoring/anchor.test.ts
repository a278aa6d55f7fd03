import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { anchorTarget, describeRange, QUOTE_CONTEXT, REVIEW_THRESHOLD, type AnchorResult } from './anchor'
import { normalizeWithMap } from './normalizeForMatch'
import type { TagTarget } from '../model/tag'
import { asParagraphs, seededWords } from '../testing/longReport'

/** The sample article's plain text: its paragraphs (split on blank lines) joined by "\n\n". */
const article = asParagraphs(readFileSync(new URL('../../electron/resources/russie-coree-du-nord.fr.txt', import.meta.url), 'utf8'))

/** The target of the `occurrence`-th (0-based) occurrence of `quote` in `text`. */
function tagQuote(text: string, quote: string, occurrence = 0): TagTarget {
  let at = -1
  for (let i = 0; i <= occurrence; i += 1) {
    at = text.indexOf(quote, at + 1)
    if (at === -1) throw new Error(`test setup: occurrence ${occurrence} of "${quote}" not found`)
  }
  return describeRange(text, at, at + quote.length)
}

function covered(text: string, result: AnchorResult): string {
  return text.slice(result.start, result.end)
}

const INSERTED = 'Mise à jour du 27 juillet : ce texte a été complété.\n\n'

describe('describeRange', () => {
  it('stores the position, the quote and up to QUOTE_CONTEXT characters each side', () => {
    const start = article.indexOf('Sergueï Choïgou')
    const target = describeRange(article, start, start + 'Sergueï Choïgou'.length)
    expect(target.position).toEqual({ start, end: start + 15 })
    expect(target.quote.exact).toBe('Sergueï Choïgou')
    expect(target.quote.prefix).toBe(article.slice(start - QUOTE_CONTEXT, start))
    expect(target.quote.prefix).toHaveLength(QUOTE_CONTEXT)
    expect(target.quote.suffix).toBe(article.slice(start + 15, start + 15 + QUOTE_CONTEXT))
  })

  it('cuts the context at the ends of the text', () => {
    const target = describeRange(article, 0, 6)
    expect(target.quote).toEqual({ exact: 'Moscou', prefix: '', suffix: article.slice(6, 6 + QUOTE_CONTEXT) })
    const end = describeRange(article, article.length - 5, article.length)
    expect(end.quote.suffix).toBe('')
  })

  it('does not split a surrogate pair at the edge of the context', () => {
    const text = `😀${'x'.repeat(31)}quote${'y'.repeat(31)}😀`
    const start = text.indexOf('quote')
    const target = describeRange(text, start, start + 5)
    expect(target.quote.prefix).toBe('x'.repeat(31))
    expect(target.quote.suffix).toBe('y'.repeat(31))
    const whole = describeRange(text, 2, text.length - 2)
    expect(whole.quote).toMatchObject({ prefix: '😀', suffix: '😀' })
  })

  it('throws a RangeError on an empty, reversed or out-of-bounds range', () => {
    expect(() => describeRange(article, 5, 5)).toThrow(RangeError)
    expect(() => describeRange(article, 6, 5)).toThrow(RangeError)
    expect(() => describeRange(article, -1, 5)).toThrow(RangeError)
    expect(() => describeRange(article, 0, article.length + 1)).toThrow(RangeError)
    expect(() => describeRange(article, 0.5, 3)).toThrow(RangeError)
  })
})

describe('anchorTarget on the sample article', () => {
  it('finds an unchanged tag exactly', () => {
    const target = tagQuote(article, 'la RPDC est un partenaire important de la Russie')
    expect(anchorTarget(article, target)).toEqual({
      status: 'exact',
      start: target.position.start,
      end: target.position.end,
      confidence: 1
    })
  })

  it('follows a tag when text is inserted before it', () => {
    const target = tagQuote(article, 'la RPDC est un partenaire important de la Russie')
    const edited = INSERTED + article
    const result = anchorTarget(edited, target)
    expect(result.status).toBe('moved')
    expect(result.start).toBe(target.position.start + INSERTED.length)
    expect(covered(edited, result)).toBe(target.quote.exact)
    expect(result.confidence).toBeGreaterThanOrEqual(0.9)
  })

  it('follows a tag when the text right before it changes', () => {
    const quote = 'Notons que la consolidation des liens'
    const target = tagQuote(article, quote)
    const edited = article.replace(quote, `Enfin, ${quote}`)
    const result = anchorTarget(edited, target)
    expect(result.status).toBe('moved')
    expect(covered(edited, result)).toBe(quote)
    expect(result.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD)
  })

  it('ignores ’ vs \' and a no-break space inside guillemets', () => {
    const target = tagQuote(article, 'qu’il a qualifié d’« État ami »')
    const edited = article.replaceAll('’', "'").replaceAll('« ', '«\u00a0').replaceAll(' »', '\u202f»')
    const result = anchorTarget(edited, target)
    expect(result.status).toBe('moved')
    expect(result.start).toBe(target.position.start)
    expect(covered(edited, result)).toBe("qu'il a qualifié d'«\u00a0État ami\u202f»")
    expect(result.confidence).toBeGreaterThanOrEqual(0.9)
  })

  it('matches a quote typed with straight quotes and apostrophes against « » and ’', () => {
    const target = tagQuote(article, 'qu’il a qualifié d’« État ami »')
    const typed: TagTarget = {
      position: target.position,
      quote: { ...target.quote, exact: 'qu\'il a qualifié d\'"État ami"' }
    }
    const result = anchorTarget(article, typed)
    expect(result.status).toBe('fuzzy')
    expect(covered(article, result)).toBe('qu’il a qualifié d’« État ami »')
    expect(result.confidence).toBeGreaterThanOrEqual(0.9)
  })

  it('matches case-insensitively and across a line break turned into a space', () => {
    const quote = 'Les Nord-coréens ont dit leur « soutien total » à la Russie'
    const target = tagQuote(article, quote)
    const edited = article.replace(`\n\n${quote}\n\n`, `\n\nLES NORD-CORÉENS ONT DIT LEUR « SOUTIEN TOTAL »\nÀ LA RUSSIE\n\n`)
    const result = anchorTarget(edited, target)
    expect(result.status).toBe('moved')
    expect(covered(edited, result)).toBe('LES NORD-CORÉENS ONT DIT LEUR « SOUTIEN TOTAL »\nÀ LA RUSSIE')
  })

  it('keeps a long quote found verbatim once even when the text around it was rewritten', () => {
    const quote = 'les militaires sud-coréens et américains avaient mené d’importants exercices'
    const at = article.indexOf(quote)
    const edited = `${article.slice(0, at - 40)}Tout à fait autre chose ici, ${quote} près de la ligne de démarcation.${article.slice(at + quote.length + 40)}`
    const result = anchorTarget(edited, tagQuote(article, quote))
    expect(result.status).toBe('moved')
    expect(covered(edited, result)).toBe(quote)
    expect(result.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD)
  })

  it('follows a tag through a typo fix inside the quote (fuzzy)', () => {
    const fixed = 'la RPDC est un partenaire important de la Russie, avec lequel nous sommes liés'
    const withTypo = 'la RPDC est un partenaire importnat de la Russie, avec lequel nous sommes liés'
    const before = article.replace(fixed, withTypo)
    const target = tagQuote(before, withTypo)
    const result = anchorTarget(article, target)
    expect(result.status).toBe('fuzzy')
    expect(covered(article, result)).toBe(fixed)
    expect(result.confidence).toBeGreaterThanOrEqual(0.9)
    expect(result.confidence).toBeLessThan(1)
  })

  it('follows a tag through a typo fix and a paragraph inserted before it', () => {
    const withTypo = article.replace('qui suscitent les inquiétudes', 'qui suscitent les inquiètudes')
    const target = tagQuote(withTypo, 'ses tirs de missile qui suscitent les inquiètudes de Séoul')
    const edited = INSERTED + article
    const result = anchorTarget(edited, target)
    expect(result.status).toBe('fuzzy')
    expect(covered(edited, result)).toBe('ses tirs de missile qui suscitent les inquiétudes de Séoul')
  })

  it('orphans a tag whose quote was deleted, keeping its old position', () => {
    const sentence = 'Cela, en dépit des avertissements du nord, selon lesquels il n\'accepterait pas ce qu\'il qualifie d\'une répétition d\'invasion à sa porte. '
    expect(article).toContain(sentence)
    const target = tagQuote(article, 'selon lesquels il n\'accepterait pas ce qu\'il qualifie d\'une répétition d\'invasion')
    const edited = article.replace(sentence, '')
    const result = anchorTarget(edited, target)
    expect(result.status).toBe('orphaned')
    expect(result.start).toBe(target.position.start)
    expect(result.end).toBe(target.position.end)
    expect(result.confidence).toBeLessThan(REVIEW_THRESHOLD)
  })

  it('orphans a short entity tag whose only mention was deleted', () => {
    const target = tagQuote(article, 'KCNA')
    const edited = article.replace('l’agence de presse officielle KCNA', 'l’agence de presse officielle')
    const result = anchorTarget(edited, target)
    expect(result.status).toBe('orphaned')
    expect(result.confidence).toBeLessThan(REVIEW_THRESHOLD)
  })

  it('orphans rather than moves a tag whose quote survives only elsewhere, in another context', () => {
    const target = tagQuote(article, 'Sergueï Choïgou', 1)
    const edited = article.replace('La Corée du Nord s’est réjouie des propos de Sergueï Choïgou.', 'La Corée du Nord s’en est réjouie.')
    const result = anchorTarget(edited, target)
    expect(result.status).toBe('orphaned')
    expect(result.confidence).toBeLessThan(REVIEW_THRESHOLD)
  })

  it.each([0, 1])('picks occurrence %i of a repeated quote by its context', (occurrence) => {
    const quote = 'partenaire important'
    const target = tagQuote(article, quote, occurrence)
    const edited = INSERTED + article
    const expected = edited.indexOf(quote, occurrence === 0 ? 0 : edited.indexOf(quote) + 1)
    const result = anchorTarget(edited, target)
    expect(result.status).toBe('moved')
    expect(result.start).toBe(expected)
    expect(result.confidence).toBeGreaterThanOrEqual(0.9)
  })

  it('prefers context to a misleading old position', () => {
    const quote = 'ont dit leur « soutien total »'
    const target = tagQuote(article, quote, 1)
    const first = article.indexOf(quote)
    const misleading: TagTarget = { ...target, position: { start: first + 2, end: first + 2 + quote.length } }
    const result = anchorTarget(article, misleading)
    expect(result.status).toBe('moved')
    expect(result.start).toBe(target.position.start)
  })

  it('does not mutate its inputs', () => {
    const target = tagQuote(article, 'la RPDC est un partenaire important de la Russie')
    const frozen = Object.freeze({
      position: Object.freeze({ ...target.position }),
      quote: Object.freeze({ ...target.quote })
    })
    const snapshot = structuredClone(frozen)
    const edited = INSERTED + article.replace('important de la Russie', 'importante de la Russie')
    const normalized = normalizeWithMap(edited)
    const mapBefore = Array.from(normalized.toOriginal)
    const options = Object.freeze({ normalized, reviewThreshold: 0.8 })
    const result = anchorTarget(edited, frozen, options)
    expect(result.status).toBe('fuzzy')
    expect(frozen).toEqual(snapshot)
    expect(Array.from(normalized.toOriginal)).toEqual(mapBefore)
  })
})

describe('anchorTarget on degenerate input', () => {
  const target = tagQuote(article, 'la RPDC est un partenaire important de la Russie')

  it('orphans every tag of an empty article at 0..0', () => {
    expect(anchorTarget('', target)).toEqual({ status: 'orphaned', start: 0, end: 0, confidence: 0 })
  })

  it('orphans a quote longer than the text', () => {
    const result = anchorTarget('la RPDC', target)
    expect(result.status).toBe('orphaned')
    expect(result.start).toBeLessThanOrEqual(result.end)
    expect(result.end).toBeLessThanOrEqual('la RPDC'.length)
  })

  it('never throws on positions from a corrupt file and still finds the quote', () => {
    const corrupt: TagTarget[] = [
      { ...target, position: { start: 1e9, end: 1e9 + 48 } },
      { ...target, position: { start: -40, end: -2 } },
      { ...target, position: { start: 900, end: 100 } },
      { ...target, position: { start: Number.NaN, end: Number.POSITIVE_INFINITY } }
    ]
    for (const bad of corrupt) {
      const result = anchorTarget(article, bad)
      expect(result.status).toBe('moved')
      expect(result.start).toBe(target.position.start)
      expect(result.end).toBe(target.position.end)
    }
  })

  it('clamps the old position of an orphaned tag into the text', () => {
    const lost: TagTarget = {
      position: { start: 5_000, end: 5_040 },
      quote: { exact: 'Une phrase qui ne figure nulle part dans cet article.', prefix: '', suffix: '' }
    }
    expect(anchorTarget(article, lost)).toMatchObject({ status: 'orphaned', start: article.length, end: article.length })
    const reversed: TagTarget = { ...lost, position: { start: 40, end: 10 } }
    expect(anchorTarget(article, reversed)).toMatchObject({ status: 'orphaned', start: 40, end: 40 })
  })

  it('never matches a whitespace-only or invisible-only quote', () => {
    const blank: TagTarget = { position: { start: 61, end: 63 }, quote: { exact: '\n\n', prefix: '', suffix: '' } }
    const text = 'a\n\nb'
    expect(anchorTarget(text, { ...blank, position: { start: 1, end: 3 } }).status).toBe('orphaned')
    const invisible: TagTarget = { ...blank, quote: { exact: '\u00ad\u00ad', prefix: '', suffix: '' } }
    expect(anchorTarget(article, invisible).status).toBe('orphaned')
    expect(anchorTarget('   \u00a0   ', { ...blank, quote: { exact: 'x  ', prefix: '', suffix: '' } }).status).toBe('orphaned')
  })

  it('uses only QUOTE_CONTEXT units of an overlong context from a file, and stays fast', () => {
    // Found by fuzzing (shared/testing/fuzz/fixtures/anchor-20230727-116.json): a short quote occurring
    // hundreds of times with a 17,000-character prefix took minutes to score.
    const text = Array.from({ length: 400 }, (_, i) => `Le fil ${i} du film de la fin.`).join('\n\n')
    const at = text.indexOf('fil 200 ')
    const stored = describeRange(text, at, at + 3)
    const overlong: TagTarget = {
      position: { start: text.length + 1, end: Number.MAX_SAFE_INTEGER },
      quote: { exact: 'fil', prefix: 'x'.repeat(20_000) + stored.quote.prefix, suffix: stored.quote.suffix + 'y'.repeat(20_000) }
    }
    const result = anchorTarget(text, overlong)
    expect(result).toMatchObject({ status: 'moved', start: at, end: at + 3 })
    expect(result).toEqual(anchorTarget(text, { ...overlong, quote: stored.quote }))
  })

  it('throws a RangeError on a bad threshold or a normalised text of another article', () => {
    expect(() => anchorTarget(article, target, { reviewThreshold: 1.5 })).toThrow(RangeError)
    expect(() => anchorTarget(article, target, { reviewThreshold: Number.NaN })).toThrow(RangeError)
    expect(() => anchorTarget(article, target, { normalized: normalizeWithMap('autre') })).toThrow(RangeError)
  })

  it('gives the same result with a shared normalised text', () => {
    const edited = INSERTED + article.replace('partenaire important de la', 'partenaire essentiel de la')
    expect(anchorTarget(edited, target, { normalized: normalizeWithMap(edited) })).toEqual(anchorTarget(edited, target))
  })
})

describe('anchorTarget on a long article', () => {
  // 200,000 words drawn from the sample, deterministically, with the sample's paragraphs inside.
  const filler = seededWords(article, 200_000, 7)
  const head = filler.slice(0, 100_000).join(' ')
  const tail = filler.slice(100_000).join(' ')
  const long = `${head}\n\n${article}\n\n${tail}`

  it('finds a quote moved far away and edited, with the whole-text search', () => {
    const quote = 'la RPDC est un partenaire important de la Russie, avec lequel nous sommes liés'
    const target = tagQuote(long, quote)
    const edited = article.replace(quote, quote.replace('partenaire important', 'partenaire très important'))
    const moved = `${edited}\n\n${head}\n\n${tail}`
    const result = anchorTarget(moved, target)
    expect(result.status).toBe('fuzzy')
    expect(covered(moved, result)).toBe('la RPDC est un partenaire très important de la Russie, avec lequel nous sommes liés')
  })
})
