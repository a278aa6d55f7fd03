/**
 * Every sentence the user reads comes from the message catalogue: no product file outside
 * shared/messages/ writes words for the user as literals (see shared/testing/sentenceLiterals.ts
 * for what counts), apart from the short allow-list below, each entry with its reason. And the
 * check can fail: a literal put back into a real component is found.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isNotAppCode } from '../testing/notAppCode.js'
import { findSentenceLiterals, readsLikeWords } from '../testing/sentenceLiterals'

const root = join(import.meta.dirname, '../..')

/** The product: what runs in main, the preload, the renderer and the `factmark` command. */
const PRODUCT_FOLDERS = ['shared', 'renderer', 'electron/main', 'electron/preload', 'electron/cli']

/** Literals that stay, by file and text, and why. */
const ALLOWED: readonly { file: string; text: string; reason: string }[] = [
  {
    file: 'electron/preload/index.ts',
    text: 'Only files can be dropped here.',
    reason:
      'the preload imports electron and shared/ipc only (DESIGN.md); the same words are msg.requests.onlyFiles, and the catalogue test below keeps the two equal'
  },
  {
    file: 'electron/main/appProtocol.ts',
    text: 'Not found',
    reason: "the body of a 404 answer of the app's own protocol to the page; no one reads it"
  },
  {
    file: 'electron/cli/appAnnotator.ts',
    text: 'Application Support',
    reason: "the name of macOS's folder where Electron keeps the app's settings, a path segment no one reads"
  }
]

function productFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|js|mjs)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((path) => !isNotAppCode(path) && !path.startsWith('shared/messages/') && !path.endsWith('.testHook.mjs'))
}

describe('sentences in one place', () => {
  it('finds no words for the user written outside the catalogue', () => {
    const files = PRODUCT_FOLDERS.flatMap(productFiles)
    expect(files.length).toBeGreaterThan(80)
    const stray = files.flatMap((file) =>
      findSentenceLiterals(file, readFileSync(join(root, file), 'utf8'))
        .filter((found) => !ALLOWED.some((allowed) => allowed.file === file && allowed.text === found.text))
        .map((found) => `${file}:${found.line}: ${JSON.stringify(found.text)}`)
    )
    expect(stray).toEqual([])
  })

  it('keeps each allowed literal where it is (a stale entry is removed)', () => {
    for (const allowed of ALLOWED) {
      const found = findSentenceLiterals(allowed.file, readFileSync(join(root, allowed.file), 'utf8'))
      expect(found.map((f) => f.text), allowed.file).toContain(allowed.text)
    }
  })

  it('objects to a sentence put back into a real component', () => {
    const file = 'renderer/ui/NoticeBar.tsx'
    const source = readFileSync(join(root, file), 'utf8')
    expect(findSentenceLiterals(file, source)).toEqual([])
    const label = source.replace('aria-label={msg.ui.notices.dismiss}', 'aria-label="Dismiss"')
    const text = source.replace(
      '{msg.ui.notices.saveFailed({ message: save.message })}',
      'Your tags could not be saved: {save.message} They are kept in memory and saving is retried.'
    )
    expect(label).not.toBe(source)
    expect(text).not.toBe(source)
    expect(findSentenceLiterals(file, label).map((f) => f.text)).toEqual(['Dismiss'])
    expect(findSentenceLiterals(file, text).map((f) => f.text)).toEqual([
      'Your tags could not be saved:',
      'They are kept in memory and saving is retried.'
    ])
  })

  it('objects to sentences, labels and phrases in strings and templates', () => {
    const source = [
      "const a = 'That item cannot be opened.'",
      'const b = `“${name}” is not a regular file.`',
      "const c = 'Keep my version'",
      "const d = 'no command given.'",
      "const e = 'the file is locked by another program'",
      'const f = `${count} tags were re-attached because the article text changed.`'
    ].join('\n')
    expect(findSentenceLiterals('x.ts', source).map((f) => f.line)).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('leaves technical strings alone', () => {
    const source = [
      "import { msg } from '../../shared/messages'",
      "type Code = 'NOT_FOUND' | 'Not a code'",
      "const code = 'READ_FAILED'",
      "const channel = 'document:open'",
      "const css = \"default-src 'none'\"",
      "const cls = `tag tag-${kind}`",
      "if (!ok) throw new RangeError('anchor: start after end.')",
      "console.warn(`[recovery] could not keep unsaved tags: ${reason}`)",
      "const keys = { 'Open the door now': 1 }",
      "const el = <div className=\"Notice notice-error\" data-testid=\"Save status\" />"
    ].join('\n')
    expect(findSentenceLiterals('x.tsx', source)).toEqual([])
  })

  it('tells sentences from single words and identifiers', () => {
    expect(readsLikeWords('Saved.')).toBe(false)
    expect(readsLikeWords('Open anyway')).toBe(true)
    expect(readsLikeWords('article mode-edit')).toBe(false)
    expect(readsLikeWords('refusing to write: the data is not JSON')).toBe(true)
  })
})
