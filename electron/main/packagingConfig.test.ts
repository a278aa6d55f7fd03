/**
 * The packaging configuration in package.json (`build`, read by electron-builder): the fuses every
 * packaged build flips (Electron's security checklist, item 19), and the files that go into the
 * app's asar: the built app and its resources, never sources, tests or the package's own output.
 * `npm run package:check-fuses` reads the same fuses back from a packaged binary.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

interface PackageJson {
  main: string
  scripts: Record<string, string>
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
  build: {
    appId?: string
    productName?: string
    asar?: boolean
    files?: string[]
    directories?: { output?: string }
    electronFuses?: Record<string, boolean>
    electronDist?: string
    electronVersion?: string
    linux?: { target?: string[] }
  }
}

// The shape is checked by the tests below; this is the boundary where the JSON becomes typed.
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson

/**
 * A glob as electron-builder reads one in `files` (minimatch, relative to the project): `**`
 * spans folders, `*` and `?` stay inside one.
 */
function globToRegExp(glob: string): RegExp {
  let pattern = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (glob.startsWith('**/', i)) {
      pattern += '(?:.*/)?'
      i += 2
    } else if (glob.startsWith('**', i)) {
      pattern += '.*'
      i += 1
    } else if (c === '*') pattern += '[^/]*'
    else if (c === '?') pattern += '[^/]'
    else pattern += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${pattern}$`)
}

/** Whether `files` takes `path`: the last pattern that matches decides, `!` excludes. */
function isPackaged(files: string[], path: string): boolean {
  let included = false
  for (const entry of files) {
    const negated = entry.startsWith('!')
    if (globToRegExp(negated ? entry.slice(1) : entry).test(path)) included = !negated
  }
  return included
}

/** Paths under electron/resources/ that main reads at runtime, from the string literals of index.ts. */
function resourcesReadByMain(): string[] {
  const text = readFileSync(join(ROOT, 'electron/main/index.ts'), 'utf8')
  const file = ts.createSourceFile('index.ts', text, ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const visit = (node: ts.Node) => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && node.text.startsWith('electron/resources/')) found.push(node.text)
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

describe('glob matching used by these tests', () => {
  it('reads ** across folders and * within one, and lets a later ! exclude', () => {
    expect(isPackaged(['out/**'], 'out/main/index.cjs')).toBe(true)
    expect(isPackaged(['out/**'], 'outside/x')).toBe(false)
    expect(isPackaged(['**/*.ts'], 'electron/main/index.ts')).toBe(true)
    expect(isPackaged(['src/*.ts'], 'src/a/b.ts')).toBe(false)
    expect(isPackaged(['out/**', '!out/**/*.map'], 'out/main/index.cjs.map')).toBe(false)
  })
})

describe('packaging configuration (package.json build)', () => {
  it('flips exactly the secure set of fuses', () => {
    expect(pkg.build.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('packs the app into an asar, which the asar fuses rely on', () => {
    expect(pkg.build.asar).toBe(true)
    expect(pkg.build.appId).toBe('org.factmark.app')
    expect(pkg.build.productName).toBe('Factmark')
  })

  it('takes the built app and its resources', () => {
    const files = pkg.build.files ?? []
    expect(files).toEqual(expect.arrayContaining(['out/**', 'electron/resources/**']))
    for (const path of [pkg.main, 'out/preload/index.cjs', 'out/renderer/index.html', 'out/renderer/assets/index-abc123.js', ...resourcesReadByMain()]) {
      expect({ path, packaged: isPackaged(files, path) }).toEqual({ path, packaged: true })
    }
    expect(resourcesReadByMain()).toContain('electron/resources/russie-coree-du-nord.fr.txt')
  })

  it('leaves out sources, tests and tooling', () => {
    const files = pkg.build.files ?? []
    for (const path of [
      'e2e/security.spec.ts',
      'e2e/app.ts',
      'electron/main/index.ts',
      'electron/main/security.test.ts',
      'electron/preload/index.ts',
      'electron/launch.mjs',
      'electron/package/checkFuses.mjs',
      'renderer/main.tsx',
      'renderer/index.html',
      'shared/ipc.ts',
      'node_modules/zod/index.ts',
      'node_modules/@types/node/index.d.ts',
      'package-lock.json',
      'tsconfig.json',
      '.ci/run',
      '.git/config',
      'test-results/shot.png'
    ]) {
      expect({ path, packaged: isPackaged(files, path) }).toEqual({ path, packaged: false })
    }
  })

  it('writes its output outside what it packs', () => {
    const output = pkg.build.directories?.output ?? 'dist'
    expect(isPackaged(pkg.build.files ?? [], `${output}/linux-unpacked/resources/app.asar`)).toBe(false)
  })

  it('targets the Electron the project depends on (no pinned runtime in the committed config)', () => {
    expect(pkg.build.electronDist).toBeUndefined()
    expect(pkg.build.electronVersion).toBeUndefined()
    expect(pkg.devDependencies.electron).toBeDefined()
    expect(pkg.dependencies.electron).toBeUndefined()
    expect(pkg.devDependencies['electron-builder']).toBeDefined()
  })

  it('builds a Linux folder now, AppImage and deb later', () => {
    expect(pkg.build.linux?.target).toEqual(['dir', 'AppImage', 'deb'])
    expect(pkg.scripts.package).toBe('npm run build && electron-builder --linux dir')
  })
})
