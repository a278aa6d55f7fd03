/**
 * The command table: well-formed, one key per command, and README's shortcut tables saying exactly
 * what the table says.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ENTITY_TYPES } from './model/tag'
import {
  acceleratorLabel,
  COMMAND_IDS,
  commandById,
  commandForKey,
  commandForTypedKey,
  COMMANDS,
  EDITOR_KEYS,
  ENTITY_TYPE_KEYS,
  followUpForKey,
  followUpsOf,
  hasShortcut,
  keysLabel,
  matchesAccelerator,
  plainLabel,
  TOOLBAR_LAYOUT,
  type KeyPress
} from './commands'

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods
})

const accelerators = COMMANDS.flatMap((c) => [c.accelerator, ...(c.alternates ?? [])].filter((a): a is string => a !== undefined))

describe('the command table', () => {
  it('lists every command id once', () => {
    expect(COMMANDS.map((c) => c.id).sort()).toEqual([...COMMAND_IDS].sort())
    expect(commandById('tag-claim').label).toBe('Tag as &Claim')
  })

  it('gives no two commands the same key', () => {
    expect(new Set(accelerators).size).toBe(accelerators.length)
  })

  it('writes keys in Electron accelerator syntax, and says who handles each', () => {
    for (const accelerator of accelerators) expect(accelerator).toMatch(/^((CmdOrCtrl|Shift|Alt)\+)*([A-Z0-9/]|F[0-9]{1,2}|Delete)$/)
    for (const command of COMMANDS.filter(hasShortcut)) expect(command.keys, command.id).toBeDefined()
  })

  it('places every toolbar command in the toolbar layout once, and nothing else', () => {
    const laidOut = TOOLBAR_LAYOUT.flat()
    expect(new Set(laidOut).size).toBe(laidOut.length)
    expect([...laidOut].sort()).toEqual(COMMANDS.filter((c) => c.toolbar).map((c) => c.id).sort())
  })

  it('has the shortcut sheet as a command with its own keys', () => {
    expect(keysLabel(commandById('show-shortcuts'), 'other')).toBe('Ctrl+/ or F1 or ?')
  })
})

describe('shortcuts as the user reads them', () => {
  it('says Ctrl+… elsewhere and ⌘… on macOS', () => {
    expect(acceleratorLabel('CmdOrCtrl+1', 'other')).toBe('Ctrl+1')
    expect(acceleratorLabel('CmdOrCtrl+1', 'mac')).toBe('⌘1')
    expect(acceleratorLabel('CmdOrCtrl+Shift+Z', 'other')).toBe('Ctrl+Shift+Z')
    expect(acceleratorLabel('CmdOrCtrl+Shift+Z', 'mac')).toBe('⌘⇧Z')
    expect(acceleratorLabel('Delete', 'mac')).toBe('Delete')
    expect(keysLabel(commandById('redo'), 'other')).toBe('Ctrl+Shift+Z or Ctrl+Y')
    expect(keysLabel(commandById('select-tag'), 'other')).toBe('')
  })

  it('refuses a modifier it does not know', () => {
    expect(() => acceleratorLabel('Super+1', 'other')).toThrow(RangeError)
  })
})

describe('matching key presses', () => {
  it('matches the command modifier of the platform, and only it', () => {
    expect(matchesAccelerator('CmdOrCtrl+1', press('1', { ctrlKey: true }), 'other')).toBe(true)
    expect(matchesAccelerator('CmdOrCtrl+1', press('1', { metaKey: true }), 'other')).toBe(false)
    expect(matchesAccelerator('CmdOrCtrl+1', press('1', { metaKey: true }), 'mac')).toBe(true)
    expect(matchesAccelerator('CmdOrCtrl+1', press('1', { metaKey: true, ctrlKey: true }), 'mac')).toBe(false)
    expect(matchesAccelerator('CmdOrCtrl+1', press('1'), 'other')).toBe(false)
  })

  it('needs Shift and Alt exactly as written, and ignores the case of letters', () => {
    expect(matchesAccelerator('CmdOrCtrl+Shift+Z', press('Z', { ctrlKey: true, shiftKey: true }), 'other')).toBe(true)
    expect(matchesAccelerator('CmdOrCtrl+Z', press('Z', { ctrlKey: true, shiftKey: true }), 'other')).toBe(false)
    expect(matchesAccelerator('CmdOrCtrl+O', press('o', { ctrlKey: true, altKey: true }), 'other')).toBe(false)
  })

  it('finds the command the window handles for a press, and none for keys the article owns', () => {
    expect(commandForKey(press('3', { ctrlKey: true }), 'other')?.id).toBe('tag-entity')
    expect(commandForKey(press('y', { ctrlKey: true }), 'other')?.id).toBe('redo')
    expect(commandForKey(press('z', { ctrlKey: true, shiftKey: true }), 'other')?.id).toBe('redo')
    expect(commandForKey(press('F1'), 'other')?.id).toBe('show-shortcuts')
    expect(commandForKey(press('/', { ctrlKey: true }), 'other')?.id).toBe('show-shortcuts')
    // Delete belongs to the article and the tag list; copy to the platform.
    expect(commandForKey(press('Delete'), 'other')).toBeUndefined()
    expect(commandForKey(press('c', { ctrlKey: true }), 'other')).toBeUndefined()
    expect(commandForKey(press('!', { ctrlKey: true, shiftKey: true }), 'other')).toBeUndefined()
  })
})

describe('typed keys', () => {
  it('opens the shortcut sheet with ? (Shift allowed), never with the command modifier or Alt', () => {
    expect(commandForTypedKey(press('?', { shiftKey: true }))?.id).toBe('show-shortcuts')
    expect(commandForTypedKey(press('?'))?.id).toBe('show-shortcuts')
    expect(commandForTypedKey(press('?', { ctrlKey: true }))).toBeUndefined()
    expect(commandForTypedKey(press('?', { altKey: true }))).toBeUndefined()
    expect(commandForTypedKey(press('/'))).toBeUndefined()
    // No command's typed key is a window shortcut of its own.
    expect(commandForKey(press('?', { shiftKey: true }), 'other')).toBeUndefined()
  })

  it('gives each verdict its Alt+digit, and the tag and hint keys their own', () => {
    expect(keysLabel(commandById('verdict-mostly-false'), 'other')).toBe('Alt+4')
    expect(commandForKey(press('4', { altKey: true }), 'other')?.id).toBe('verdict-mostly-false')
    expect(commandForKey(press('F8'), 'other')?.id).toBe('next-tag')
    expect(commandForKey(press('F8', { shiftKey: true }), 'other')?.id).toBe('previous-tag')
    expect(commandForKey(press('A', { ctrlKey: true, shiftKey: true }), 'other')?.id).toBe('accept-hint')
  })
})

describe('keys pressed right after a shortcut', () => {
  it('gives each entity type its own letter after Ctrl+3, read as "Ctrl+3 then P"', () => {
    expect(followUpsOf('tag-entity').map((c) => c.id)).toEqual(ENTITY_TYPES.map((type) => `tag-entity-${type}`))
    const letters = Object.values(ENTITY_TYPE_KEYS)
    expect(new Set(letters).size).toBe(ENTITY_TYPES.length)
    expect(keysLabel(commandById('tag-entity-person'), 'other')).toBe('Ctrl+3 then P')
    expect(keysLabel(commandById('tag-entity-place'), 'mac')).toBe('⌘3 then L')
    expect(hasShortcut(commandById('tag-entity-other'))).toBe(true)
  })

  it('takes the letter alone or with Shift, not with the command modifier or Alt, and only after its shortcut', () => {
    expect(followUpForKey(press('p'), 'tag-entity')?.id).toBe('tag-entity-person')
    expect(followUpForKey(press('O', { shiftKey: true }), 'tag-entity')?.id).toBe('tag-entity-organisation')
    expect(followUpForKey(press('x'), 'tag-entity')?.id).toBe('tag-entity-other')
    expect(followUpForKey(press('o', { ctrlKey: true }), 'tag-entity')).toBeUndefined()
    expect(followUpForKey(press('p', { altKey: true }), 'tag-entity')).toBeUndefined()
    expect(followUpForKey(press('q'), 'tag-entity')).toBeUndefined()
    expect(followUpForKey(press('p'), 'tag-claim')).toBeUndefined()
    // A follow-up key is no window shortcut of its own.
    expect(commandForKey(press('p'), 'other')).toBeUndefined()
  })
})

/** The rows of the Markdown table that follows `header` in `section`, as trimmed cells. */
function tableAfter(section: string, header: string): string[][] {
  const lines = section.split('\n')
  const start = lines.findIndex((line) => line.trim() === header)
  expect(start, `README table ${header}`).toBeGreaterThanOrEqual(0)
  const rows: string[][] = []
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break
    rows.push(line.slice(1, -1).split(' | ').map((cell) => cell.trim()))
  }
  return rows
}

describe("README's shortcut tables", () => {
  const readme = readFileSync(join(__dirname, '../README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('### Keyboard shortcuts'), readme.indexOf('\n## ', readme.indexOf('### Keyboard shortcuts')))
  const commandRows = tableAfter(section, '| Shortcut | Command | What it does |')
  const keyRows = tableAfter(section, '| Key | What it does |')

  it('lists every command with a shortcut, with its keys, label and description, in table order', () => {
    const expected = COMMANDS.filter(hasShortcut).map((c) => [keysLabel(c, 'other'), plainLabel(c.label), c.description])
    expect(commandRows).toEqual(expected)
  })

  it('lists the keys of the article, the tag list and the find bar apart, none of them a command’s', () => {
    expect(keyRows).toEqual(EDITOR_KEYS.map((k) => [k.keys, k.description]))
    const claimed = new Set(accelerators.map((a) => acceleratorLabel(a, 'other')))
    for (const [keys] of keyRows) for (const key of keys.split(' / ')) expect(claimed.has(key.trim()), key).toBe(false)
  })

  it('claims no key twice across both tables', () => {
    const keys = [...commandRows.flatMap(([k]) => k.split(' or ')), ...keyRows.map(([k]) => k)]
    expect(new Set(keys).size).toBe(keys.length)
  })
})
