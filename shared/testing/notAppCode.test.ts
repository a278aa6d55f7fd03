import { describe, expect, it } from 'vitest'
import { globToRegExp, isNotAppCode } from './notAppCode.js'

describe('isNotAppCode', () => {
  it.each([
    'shared/sidecar.test.ts',
    'renderer/ui/App.test.tsx',
    'electron/main/handlers.test.ts',
    'shared/anchor.bench.ts',
    'electron/main/saveCost.bench.ts',
    'shared/testing/fuzz/generators.ts',
    'shared/testing/notAppCode.js',
    'electron/testing/faultInjection.child.ts',
    'electron/testing/securityChecklist/ipc.ts',
    'electron/cli/testing/cliKit.ts',
    'e2e/app.ts',
    'e2e/security.spec.ts',
    'renderer/env.d.ts'
  ])('%s is not app code', (path) => {
    expect(isNotAppCode(path)).toBe(true)
  })

  it.each([
    'shared/sidecar.ts',
    'shared/formats/importText.ts',
    'electron/main/index.ts',
    'electron/main/faultInjection.ts',
    'electron/cli/export.ts',
    'electron/preload/index.ts',
    'renderer/ui/App.tsx',
    'renderer/editor/testingHints.ts',
    'shared/contest/x.ts'
  ])('%s is app code', (path) => {
    expect(isNotAppCode(path)).toBe(false)
  })
})

describe('globToRegExp', () => {
  it('reads **, * and {a,b} only', () => {
    expect(globToRegExp('renderer/**/*.test.{ts,tsx}').test('renderer/a/b/c.test.tsx')).toBe(true)
    expect(globToRegExp('renderer/**/*.test.{ts,tsx}').test('renderer/c.test.ts')).toBe(true)
    expect(globToRegExp('renderer/**/*.test.{ts,tsx}').test('renderer/c.test.js')).toBe(false)
    expect(globToRegExp('shared/*.ts').test('shared/a/b.ts')).toBe(false)
    expect(globToRegExp('**/*.d.ts').test('env.d.ts')).toBe(true)
    expect(globToRegExp('a.b').test('axb')).toBe(false)
  })
})
