/**
 * The catalogue's contract: a catalogue must have every message (the type says so: an incomplete
 * one does not type-check, which `tsc` checks on this file), plurals follow the language's rules,
 * and numbers, sizes and dates are written by Intl.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { en } from './en'
import { CATALOGUES, msg, plainText, type Messages } from './index'
import { pluralCategoriesOf, pluralFor } from './locale'

describe('the message catalogue', () => {
  it('is English unless a language is set, and its type forces a catalogue to be complete', () => {
    expect(msg).toBe(en)
    expect(Object.keys(CATALOGUES)).toEqual(['en', 'fr'])
    const { about: _about, ...menuWithoutAbout } = en.menu
    // @ts-expect-error -- a catalogue missing menu.about is not a catalogue
    const incomplete: Messages = { ...en, menu: menuWithoutAbout }
    // @ts-expect-error -- nor is one whose message takes other parameters
    const mismatched: Messages = { ...en, article: { ...en.article, notFound: (p: { path: number }) => String(p.path) } }
    expect([incomplete, mismatched]).toHaveLength(2)
  })

  it('lists the plural categories the runtime has for its locale', () => {
    expect(pluralCategoriesOf(en.locale)).toEqual(['one', 'other'])
    // French has a third (for "1 000 000 de balises"), which a French catalogue must write.
    expect(pluralCategoriesOf('fr')).toEqual(['many', 'one', 'other'])
  })

  it('chooses plural forms by the language’s rules', () => {
    expect(msg.session.reattached({ count: 1 })).toBe('1 tag was re-attached because the article text changed. Check it in the list.')
    expect(msg.session.reattached({ count: 2 })).toBe('2 tags were re-attached because the article text changed. Check them in the list.')
    expect(msg.session.needReview({ count: 0 })).toMatch(/^0 tags need review: their text/)
    const french = pluralFor<'one' | 'many'>('fr')
    const forms = { one: 'une', many: 'beaucoup', other: 'plusieurs' }
    expect([0, 1, 2, 1_000_000].map((n) => french(n, forms))).toEqual(['une', 'une', 'plusieurs', 'beaucoup'])
  })

  it('writes numbers, sizes and dates with Intl', () => {
    expect(msg.cli.articleLine({ file: 'a.txt', characters: 2049, sha256: 'ab' })).toBe('a.txt: 2,049 characters of text, sha256 ab')
    expect(msg.cli.articleLine({ file: 'a.txt', characters: 1, sha256: 'ab' })).toBe('a.txt: 1 character of text, sha256 ab')
    expect(msg.article.tooLarge({ fileName: 'big.txt', sizeMb: 21, limitMb: 20 })).toBe(
      '“big.txt” is too large to open (21.0 MB; the limit is 20 MB).'
    )
    expect(msg.article.decode.tooLarge({ sizeMb: 20.1, limitMb: 20 })).toBe('This file is too large to open: it is 20.1 MB and the limit is 20 MB.')
    expect(msg.files.tooLarge({ sizeMiB: 10.04, limitMiB: 10 })).toBe('the file is too large (10.0 MiB; the limit is 10.0 MiB)')
    const savedAt = new Date('2026-12-03T10:04:05Z')
    expect(msg.session.recoveryOffer({ count: 3, savedAt })).toBe(
      `Factmark kept 3 tags for this article that could not be saved (${savedAt.toLocaleString()}).`
    )
  })

  it('gives rich text whose plain text is the sentence', () => {
    const help = msg.ui.tagList.emptyHelp({ claimKeys: 'Ctrl+1', sourceKeys: 'Ctrl+2', entityKeys: 'Ctrl+3' })
    expect(plainText(help)).toBe('Select words in the article, then choose Claim (Ctrl+1), Source (Ctrl+2) or Entity (Ctrl+3).')
    expect(help.filter((part) => typeof part !== 'string')).toEqual([{ em: 'Claim' }, { em: 'Source' }, { em: 'Entity' }])
  })

  it('has the words of the one sentence the preload must write itself', () => {
    // The preload imports electron and shared/ipc only, so it cannot import the catalogue.
    const preload = readFileSync(join(import.meta.dirname, '../../electron/preload/index.ts'), 'utf8')
    expect(preload).toContain(`'${msg.requests.onlyFiles}'`)
  })
})
