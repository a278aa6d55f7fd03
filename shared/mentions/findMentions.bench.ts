/**
 * Benchmark of "Tag all mentions" on a 200,000-word report (about 1.3 MB) drawn from the sample
 * article: preparing the text (once per text) and finding an entity's mentions (each time the
 * dialog opens), for one name and for a name with aliases, with a thousand tags already there.
 *
 * Run with `npx vitest bench shared/mentions/findMentions.bench.ts --run`. It prints figures and
 * asserts nothing; the number of mentions found is printed once first.
 */
import { readFileSync } from 'node:fs'
import { bench, describe } from 'vitest'
import { findMentions, prepareMentionText, type TextSpan } from './findMentions'
import { asParagraphs, seededWords } from '../testing/longReport'

const article = asParagraphs(readFileSync(new URL('../../electron/resources/russie-coree-du-nord.fr.txt', import.meta.url), 'utf8'))

// Paragraphs of about 120 words, as a long report has.
const filler = seededWords(article, 200_000, 7, 120)
const report = filler.join(' ').replace(/ \n\n /g, '\n\n')
const prepared = prepareMentionText(report)

const oneName = ['Pyongyang']
const withAliases = ['la Corée du Nord', 'Corée du Nord', 'RPDC', 'Nord-Corée', 'République populaire démocratique de Corée']
const firstMoscou = report.indexOf('Moscou')
const taggedAlready: TextSpan[] = []
for (let at = report.indexOf('Moscou'); at !== -1 && taggedAlready.length < 1000; at = report.indexOf('Moscou', at + 1)) {
  taggedAlready.push({ start: at, end: at + 'Moscou'.length })
}

console.log(
  `report: ${filler.length.toLocaleString('en-GB')} words, ${report.length.toLocaleString('en-GB')} characters; mentions found: ` +
    `Pyongyang ${findMentions(prepared, oneName).length}, Corée du Nord with 4 aliases ${findMentions(prepared, withAliases).length}, ` +
    `Moscou with 1,000 tagged already ${findMentions(prepared, ['Moscou'], taggedAlready).length} (first at ${firstMoscou})`
)

describe('tag all mentions, 200,000-word report', () => {
  bench('prepare the text (normalise, fold accents): once per text', () => {
    prepareMentionText(report)
  })
  bench('find one name', () => {
    findMentions(prepared, oneName)
  })
  bench('find a name with 4 aliases', () => {
    findMentions(prepared, withAliases)
  })
  bench('find a name with 1,000 of its mentions tagged already', () => {
    findMentions(prepared, ['Moscou'], taggedAlready)
  })
})
