import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { findStartupFile } from './startupArgs'

const cwd = path.resolve('/home/marie/factmark')
const dev = { isPackaged: false, cwd }
const packaged = { isPackaged: true, cwd }
const article = path.resolve('/home/marie/articles/dépêche.txt')

describe('findStartupFile', () => {
  it('finds the file in the development form: electron . file', () => {
    expect(findStartupFile(['/usr/bin/electron', '.', article], dev)).toBe(article)
  })

  it('finds the file in the test form: electron out/main/index.cjs --no-sandbox file', () => {
    expect(findStartupFile(['/usr/bin/electron', 'out/main/index.cjs', '--no-sandbox', article], dev)).toBe(article)
  })

  it('finds the file in the packaged form: Factmark file', () => {
    expect(findStartupFile(['/opt/Factmark/factmark', article], packaged)).toBe(article)
  })

  it('skips Chromium switches before and after the file', () => {
    expect(
      findStartupFile(['/opt/Factmark/factmark', '--no-sandbox', article, '--lang=fr', '--enable-logging'], packaged)
    ).toBe(article)
    expect(findStartupFile(['Factmark.app/Contents/MacOS/Factmark', '-psn_0_12345', article], packaged)).toBe(article)
  })

  it('resolves a relative path against initCwd when given, else against cwd', () => {
    expect(findStartupFile(['electron', '.', 'articles/a.md'], { ...dev, initCwd: '/home/marie' })).toBe(
      path.resolve('/home/marie', 'articles/a.md')
    )
    expect(findStartupFile(['electron', '.', '../a.md'], { ...dev, initCwd: '/home/marie/docs' })).toBe(
      path.resolve('/home/marie/a.md')
    )
    expect(findStartupFile(['Factmark', 'a.md'], packaged)).toBe(path.join(cwd, 'a.md'))
  })

  it('keeps an absolute path as it is, ignoring initCwd', () => {
    expect(findStartupFile(['electron', '.', article], { ...dev, initCwd: '/elsewhere' })).toBe(article)
  })

  it('returns null when no file is named', () => {
    expect(findStartupFile(['/usr/bin/electron', '.'], dev)).toBeNull()
    expect(findStartupFile(['/usr/bin/electron', 'out/main/index.cjs', '--no-sandbox'], dev)).toBeNull()
    expect(findStartupFile(['/opt/Factmark/factmark'], packaged)).toBeNull()
    expect(findStartupFile(['/opt/Factmark/factmark', '--no-sandbox', '--enable-logging'], packaged)).toBeNull()
    expect(findStartupFile([], packaged)).toBeNull()
  })

  it('never takes the packaged executable or the dev entry for the article', () => {
    expect(findStartupFile(['/opt/Factmark/factmark'], packaged)).not.toBe('/opt/Factmark/factmark')
    expect(findStartupFile(['/usr/bin/electron', 'out/main/index.cjs'], dev)).toBeNull()
  })

  it('ignores the entry when a switch comes before it and no file is named', () => {
    expect(findStartupFile(['/usr/bin/electron', '--no-sandbox', 'out/main/index.cjs'], dev)).toBeNull()
  })
})
