/**
 * The check-worthiness rules on French and English sentences and on the sample article: which
 * spans are suggested, of which kind, and with which suggested check-worthiness.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findHints, hintKey, type CheckHint, type HintKind } from './findHints'
import { HintIndex } from './hintIndex'

const SAMPLE = readFileSync(join(__dirname, '../../electron/resources/russie-coree-du-nord.fr.txt'), 'utf8')

/** The hints of `text` as [kind, span text] pairs. */
function spans(text: string, kind?: HintKind): [HintKind, string][] {
  return findHints(text)
    .filter((h) => kind === undefined || h.kind === kind)
    .map((h) => [h.kind, text.slice(h.start, h.end)])
}

function one(text: string, span: string): CheckHint {
  const found = findHints(text).filter((h) => text.slice(h.start, h.end) === span)
  expect(found, span).toHaveLength(1)
  return found[0]
}

describe('figures and percentages', () => {
  it('finds French figures with normal, no-break and narrow no-break spaces', () => {
    const text = 'Le taux atteint 3,5 % et 12,5\u00A0%, soit 1 200 000 personnes et 1\u202F200\u202F000 euros ; 2,5 millions de votants.'
    expect(spans(text, 'figure')).toEqual([
      ['figure', '3,5 %'],
      ['figure', '12,5\u00A0%'],
      ['figure', '1 200 000'],
      ['figure', '1\u202F200\u202F000 euros'],
      ['figure', '2,5 millions']
    ])
    expect(one(text, '3,5 %')).toMatchObject({ reason: 'percentage', checkWorthiness: 'high' })
    expect(one(text, '1 200 000')).toMatchObject({ reason: 'large-number', checkWorthiness: 'medium' })
  })

  it('finds English figures, and amounts in words', () => {
    const text = 'Unemployment fell to 12.5% while 1,200,000 jobs and $3.2 billion were announced; millions of people and des milliards.'
    expect(spans(text, 'figure')).toEqual([
      ['figure', '12.5%'],
      ['figure', '1,200,000'],
      ['figure', '$3.2 billion'],
      ['figure', 'millions'],
      ['figure', 'des milliards']
    ])
  })

  it('does not take a date or a year for a figure', () => {
    expect(spans('Le 12 mars 2024 et depuis 2010.')).toEqual([
      ['date', '12 mars 2024'],
      ['date', '2010']
    ])
  })
})

describe('dates', () => {
  it('finds French, English and ISO dates, and years in context', () => {
    const text = 'Le 1er janvier 2024, puis le 12 mars, on March 12, 2024, on 3 May 2023, in June 2022, on 2024-03-12, en 2019 et since 2001.'
    expect(spans(text, 'date')).toEqual([
      ['date', '1er janvier 2024'],
      ['date', '12 mars'],
      ['date', 'March 12, 2024'],
      ['date', '3 May 2023'],
      ['date', 'June 2022'],
      ['date', '2024-03-12'],
      ['date', '2019'],
      ['date', '2001']
    ])
  })
})

describe('quoted speech and its attribution', () => {
  it('finds « » and “ ” and " " quotes, their words without the marks', () => {
    const text = '« C’est la plus forte baisse depuis 2010 », a déclaré le ministre. "We have never seen this," she told Reuters. “Fine,” said John Smith.'
    expect(spans(text, 'quote')).toEqual([
      ['quote', 'C’est la plus forte baisse depuis 2010'],
      ['quote', 'We have never seen this'],
      ['quote', 'Fine']
    ])
    expect(spans(text, 'attribution')).toEqual([
      ['attribution', 'a déclaré le ministre'],
      ['attribution', 'she told'],
      ['attribution', 'said John Smith']
    ])
  })

  it('finds selon, d’après, according to, and speech verbs with their subject', () => {
    const text =
      'Selon l’Insee, le chômage baisse. D’après le ministère, tout va bien. According to the IMF, growth is slow. La ministre a affirmé que non. Le porte-parole a indiqué hier. The minister said no.'
    expect(spans(text, 'attribution')).toEqual([
      ['attribution', 'Selon l’Insee'],
      ['attribution', 'D’après le ministère'],
      ['attribution', 'According to the IMF'],
      ['attribution', 'La ministre a affirmé'],
      ['attribution', 'Le porte-parole a indiqué'],
      ['attribution', 'The minister said']
    ])
  })

  it('does not take a relative "selon lesquels" for an attribution', () => {
    expect(spans('des avertissements, selon lesquels il refuse.', 'attribution')).toEqual([])
  })

  it('suggests a long quote as more worth checking than a label in quotation marks', () => {
    const text = 'Il parle d’un « État ami » et dit « nous allons doubler la production de blé cette année ».'
    expect(one(text, 'État ami').checkWorthiness).toBe('low')
    expect(one(text, 'nous allons doubler la production de blé cette année').checkWorthiness).toBe('high')
  })
})

describe('superlatives and comparisons', () => {
  it('finds French superlatives, records, firsts and comparisons', () => {
    const text = 'C’est la plus grande hausse, un record jamais vu, pour la première fois ; il y a plus de 300 morts et moins de soldats que prévu. Le Premier ministre parle.'
    expect(spans(text, 'superlative')).toEqual([
      ['superlative', 'la plus grande'],
      ['superlative', 'record'],
      ['superlative', 'jamais'],
      ['superlative', 'première'],
      ['superlative', 'plus de 300'],
      ['superlative', 'moins de soldats que']
    ])
    expect(one(text, 'la plus grande')).toMatchObject({ reason: 'superlative', checkWorthiness: 'high' })
  })

  it('finds English superlatives and comparisons, not words that merely end in -est', () => {
    const text = 'It is the largest rise, the highest on record, more than ever and fewer than before, bigger than last year. The rest of the west had a test.'
    expect(spans(text, 'superlative')).toEqual([
      ['superlative', 'the largest rise'],
      ['superlative', 'the highest on'],
      ['superlative', 'record'],
      ['superlative', 'more than'],
      ['superlative', 'ever'],
      ['superlative', 'fewer than'],
      ['superlative', 'bigger than']
    ])
  })
})

describe('the sample article', () => {
  const hints = findHints(SAMPLE)
  const of = (kind: HintKind) => hints.filter((h) => h.kind === kind).map((h) => SAMPLE.slice(h.start, h.end))

  it('finds the date', () => {
    expect(of('date')).toEqual(['mercredi 26 juillet 2023'])
  })

  it('finds every quoted statement', () => {
    expect(of('quote')).toEqual([
      'partenaire important',
      'renforcer la coopération',
      'État ami',
      'soutien total',
      'la RPDC est un partenaire important de la Russie, avec lequel nous sommes liés par une frontière commune et par une riche histoire de coopération',
      'soutien total',
      'qui luttent pour défendre les droits souverains, le développement et les intérêts de leur pays'
    ])
  })

  it('finds the attributions', () => {
    expect(of('attribution')).toEqual([
      'a réaffirmé',
      'Selon les informations rapportées par plusieurs médias',
      'le ministre russe a confié',
      'Les Nord-coréens ont dit',
      'Selon un communiqué du ministère russe de la Défense',
      'D’après l’agence de presse officielle KCNA',
      'les Nord-coréens ont dit'
    ])
  })

  it('gives offsets into the plain text, sorted, each hint inside one paragraph', () => {
    for (const [i, h] of hints.entries()) {
      expect(h.start).toBeLessThan(h.end)
      expect(SAMPLE.slice(h.start, h.end)).not.toContain('\n')
      if (i > 0) expect(hints[i - 1].start).toBeLessThanOrEqual(h.start)
    }
  })
})

describe('hintKey', () => {
  it('tells apart the same words in two places, and survives edits elsewhere', () => {
    const hints = findHints(SAMPLE).filter((h) => h.kind === 'quote' && SAMPLE.slice(h.start, h.end) === 'soutien total')
    expect(new Set(hints.map((h) => hintKey(SAMPLE, h))).size).toBe(2)
    const edited = `Un nouveau paragraphe.\n\n${SAMPLE}`
    const moved = findHints(edited).filter((h) => h.kind === 'quote' && edited.slice(h.start, h.end) === 'soutien total')
    expect(moved.map((h) => hintKey(edited, h))).toEqual(hints.map((h) => hintKey(SAMPLE, h)))
  })
})

describe('HintIndex', () => {
  it('gives what findHints gives, recomputing only the paragraphs that changed', () => {
    const index = new HintIndex()
    expect(index.update(SAMPLE)).toEqual(findHints(SAMPLE))
    expect(index.lastComputed).toBe(4)
    const edited = SAMPLE.replace('26 juillet 2023', '27 juillet 2023')
    expect(index.update(edited)).toEqual(findHints(edited))
    expect(index.lastComputed).toBe(1)
    const inserted = `Le 3 mai 2024, 12,5 % de plus.\n\n${edited}`
    expect(index.update(inserted)).toEqual(findHints(inserted))
    expect(index.lastComputed).toBe(1)
  })
})
