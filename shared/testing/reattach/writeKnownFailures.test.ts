/** Rewrites knownFailures.ts only when asked (FACTMARK_KNOWN_FAILURES=write); otherwise skipped. */
import { readFileSync, writeFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { corpusArticles } from './articles'
import { knownFailuresSource } from './knownFailuresSource'

it.runIf(process.env.FACTMARK_KNOWN_FAILURES === 'write')('rewrites knownFailures.ts', () => {
  const sample = readFileSync(new URL('../../../electron/resources/russie-coree-du-nord.fr.txt', import.meta.url), 'utf8')
  const source = knownFailuresSource(corpusArticles(sample))
  writeFileSync(new URL('./knownFailures.ts', import.meta.url), source)
  expect(readFileSync(new URL('./knownFailures.ts', import.meta.url), 'utf8')).toBe(source)
})
