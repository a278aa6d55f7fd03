/**
 * The French catalogue: every message of the English one and nothing else, none left in English
 * (but for words French writes the same), French plurals, numbers and dates, typography, menu
 * mnemonics that do not clash; and how the language is chosen (setting, system, environment).
 */
import { describe, expect, it } from 'vitest'
import { COMMANDS, type MenuGroup } from '../commands'
import { en } from './en'
import { fr } from './fr'
import { currentLanguage, msg, resolveLanguage, languageFromEnvironment, setLanguage } from './index'
import { pluralCategoriesOf } from './locale'

/** Every leaf of a catalogue by its dotted path: strings, and functions called on sample parameters. */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>()
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) for (const [p, v] of leaves(child, path ? `${path}.${key}` : key)) out.set(p, v)
  } else out.set(path, value)
  return out
}

/** Words French writes as English does (names, acronyms, loan words, the app's name). */
const SAME_IN_FRENCH = new Set([
  'app.name',
  'app.openDialogArticles',
  'ui.articleLabel',
  'ui.inspector.url',
  'ui.inspector.urlPlaceholder',
  'ui.inspector.verdict',
  'ui.inspector.note',
  'ui.mentions.ellipsis',
  'ui.links.relation',
  'ui.links.sources',
  'ui.tagList.filters.source',
  'update.filters.verdict',
  'checkHints.kinds.date',
  'checkHints.kinds.attribution',
  'hints.followUpKeysSeparator',
  'shortcuts.editorKeys',
  'commands.tag-source.toolbar.label',
  'commands.language-en.label',
  'commands.language-fr.label',
  'model.kinds.source',
  'model.entityTypes.organisation',
  'model.entityTypes.date',
  'fields.checkWorthinessLevels',
  'commands.tag-entity-organisation.contextLabel',
  'commands.tag-entity-date.contextLabel'
])

describe('the French catalogue', () => {
  const english = leaves(en)
  const french = leaves(fr)

  it('has exactly the English catalogue’s messages, each of the same kind', () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort())
    for (const [key, value] of english) expect(typeof french.get(key), key).toBe(typeof value)
  })

  it('leaves no sentence in English, but for words French writes the same', () => {
    const same = [...english].filter(([key, value]) => typeof value === 'string' && french.get(key) === value).map(([key]) => key)
    expect(same.filter((key) => !SAME_IN_FRENCH.has(key) && !key.startsWith('format'))).toEqual([])
  })

  it('lists the plural categories the runtime has for French, and writes the millions with « de »', () => {
    expect(pluralCategoriesOf(fr.locale)).toEqual(['many', 'one', 'other'])
    expect(fr.checkHints.count({ count: 0 })).toBe('0 piste')
    expect(fr.checkHints.count({ count: 1 })).toBe('1 piste')
    expect(fr.checkHints.count({ count: 2 })).toBe('2 pistes')
    expect(fr.checkHints.count({ count: 1_000_000 })).toBe('1\u202f000\u202f000 de pistes')
    expect(fr.ui.entities.mentions({ count: 2_000_000 })).toBe('2\u202f000\u202f000 de mentions')
    expect(fr.session.reattached({ count: 1 })).toBe('1 étiquette a été rattachée parce que le texte de l’article a changé. Vérifiez-la dans la liste.')
    expect(fr.session.reattached({ count: 3 })).toBe('3 étiquettes ont été rattachées parce que le texte de l’article a changé. Vérifiez-les dans la liste.')
    expect(fr.ui.outside.usedBy({ count: 0 })).toBe('non liée')
  })

  it('writes numbers and dates as France does, with Intl', () => {
    expect(fr.format.count(2049)).toBe('2\u202f049')
    expect(new Intl.NumberFormat(fr.locale, { style: 'percent', maximumFractionDigits: 1 }).format(0.125)).toBe('12,5\u00a0%')
    expect(fr.cli.articleLine({ file: 'a.txt', characters: 2049, sha256: 'ab' })).toBe('a.txt\u00a0: 2\u202f049 caractères de texte, sha256 ab')
    expect(fr.article.tooLarge({ fileName: 'gros.txt', sizeMb: 21, limitMb: 20 })).toBe(
      '«\u00a0gros.txt\u00a0» est trop volumineux pour être ouvert (21,0\u00a0Mo\u00a0; la limite est de 20\u00a0Mo).'
    )
    expect(fr.article.decode.tooLarge({ sizeMb: 20.1, limitMb: 20 })).toBe('Ce fichier est trop volumineux pour être ouvert\u00a0: il fait 20,1\u00a0Mo et la limite est de 20\u00a0Mo.')
    const savedAt = new Date(2026, 11, 3, 10, 4, 5)
    expect(fr.format.dateTime(savedAt)).toBe('03/12/2026 10:04:05')
    expect(fr.session.recoveryOffer({ count: 3, savedAt })).toBe(
      'Factmark a gardé 3 étiquettes de cet article qui n’ont pas pu être enregistrées (03/12/2026 10:04:05).'
    )
  })

  it('follows French typography: ’ apostrophes, « » with non-breaking spaces, a non-breaking space before : ; ? !', () => {
    for (const [key, value] of french) {
      if (typeof value !== 'string' || key.startsWith('shortcuts.') || key.startsWith('cli.')) continue
      expect(value, key).not.toMatch(/'/)
      expect(value, key).not.toMatch(/« | »| [:;?!](?:\s|$)/)
    }
    expect(fr.article.notFound({ fileName: 'a.txt' })).toBe('«\u00a0a.txt\u00a0» est introuvable. Il a peut-être été déplacé ou supprimé.')
  })

  it('gives every command its words, with menu mnemonics that do not clash within a menu', () => {
    for (const command of COMMANDS) expect(fr.commands[command.id].label, command.id).not.toBe('')
    const groups: MenuGroup[] = ['file', 'edit', 'tag', 'view']
    const roles: Record<MenuGroup, string[]> = {
      file: [fr.menu.roles.quit],
      edit: [fr.menu.roles.cut, fr.menu.roles.copy, fr.menu.roles.paste, fr.menu.roles.selectAll],
      tag: [],
      view: [fr.menu.language]
    }
    for (const group of groups) {
      const labels = [
        ...COMMANDS.filter((c) => c.menu?.group === group && !c.menu.submenu).map((c) => fr.commands[c.id].label),
        ...roles[group]
      ]
      const letters = labels.flatMap((label) => (/&(.)/.exec(label) ? [/&(.)/.exec(label)![1].toLowerCase()] : []))
      expect(new Set(letters).size, `${group}: ${letters.join(' ')}`).toBe(letters.length)
    }
    const top = [fr.menu.file, fr.menu.edit, fr.menu.tag, fr.menu.view, fr.menu.help].map((label) => /&(.)/.exec(label)?.[1].toLowerCase())
    expect(new Set(top).size).toBe(top.length)
  })
})

describe('choosing the language', () => {
  it('follows the setting, else the first system language with a catalogue, else English', () => {
    expect(resolveLanguage('fr', ['en-US'])).toBe('fr')
    expect(resolveLanguage('en', ['fr-FR'])).toBe('en')
    expect(resolveLanguage('system', ['fr-CA', 'en-US'])).toBe('fr')
    expect(resolveLanguage('system', ['de-DE', 'fr-FR'])).toBe('fr')
    expect(resolveLanguage('system', ['de-DE', 'es'])).toBe('en')
    expect(resolveLanguage('system', [])).toBe('en')
  })

  it('reads the command line’s language from LC_ALL, LC_MESSAGES and LANG, in that order', () => {
    expect(languageFromEnvironment({ LANG: 'fr_FR.UTF-8' })).toBe('fr')
    expect(languageFromEnvironment({ LC_ALL: 'C', LANG: 'fr_FR.UTF-8' })).toBe('en')
    expect(languageFromEnvironment({ LC_ALL: '', LC_MESSAGES: 'fr_BE', LANG: 'en_GB' })).toBe('fr')
    expect(languageFromEnvironment({})).toBe('en')
  })

  it('switches the catalogue in use', () => {
    try {
      setLanguage('fr')
      expect(msg).toBe(fr)
      expect(currentLanguage()).toBe('fr')
    } finally {
      setLanguage('en')
    }
    expect(msg).toBe(en)
  })
})
