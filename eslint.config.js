// Lint rules, including the layer rules of ../shared/DESIGN.md: shared/ imports nothing of the
// other layers (and no Electron, Node built-ins or DOM-only libraries); the renderer reaches main
// only through window.factmark; the preload imports electron and shared/ipc only; the command
// line (electron/cli) never imports electron; nothing imports renderer/ or e2e/ from outside; only
// tests, benchmarks and other test support import a testing/ folder, and shared/testing/ is as
// pure as shared/. What counts as "not app code" comes from shared/testing/notAppCode.js, which
// Vitest and the security checklist read too.
import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { BENCH_FILES, NOT_APP_CODE, TEST_FILES } from './shared/testing/notAppCode.js'

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'events', 'worker_threads']

const restrict = (patterns, paths = []) => ({
  'no-restricted-imports': ['error', { patterns, paths }]
})

/** App code never imports test support. Added to each layer's app-code patterns (a later block's options replace an earlier one's). */
const noTesting = { group: ['**/testing', '**/testing/**'], message: 'Only tests import a testing/ folder.' }

const sharedPurity = [
  { group: ['**/electron/**', '**/renderer/**', '**/e2e/**'], message: 'shared/ imports nothing of the other layers.' },
  { group: ['node:*', ...nodeBuiltins], message: 'shared/ is pure: no Node built-ins.' },
  { group: ['react', 'react-dom', 'react-dom/*', 'jsdom', 'prosemirror-view'], message: 'shared/ has no DOM.' },
  // The HTML importer (shared/article/importHtml.ts) is typed against DOMPurify but is handed
  // the instance, made on the caller's window (the page's, or jsdom's in Node): a type import
  // brings no DOM, a value import would.
  { group: ['dompurify'], allowTypeImports: true, message: 'shared/ has no DOM: take DOMPurify from the caller (types only here).' }
]
const noElectronInShared = [{ name: 'electron', message: 'shared/ never imports electron.' }]
const cliLayer = { group: ['**/renderer/**', '**/e2e/**', '**/preload/**'], message: "The command line imports shared/ and main's Electron-free modules only." }
const noElectronInCli = [{ name: 'electron', message: 'The command line runs in plain Node: it never imports electron.' }]
const mainLayer = { group: ['**/renderer/**', '**/e2e/**', '**/preload/**'], message: 'Main never imports the renderer, the preload or e2e.' }

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }]
    }
  },
  {
    files: ['shared/**/*.{ts,js}'],
    ignores: NOT_APP_CODE,
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: restrict([...sharedPurity, noTesting], noElectronInShared)
  },
  {
    // Test support for shared/ runs wherever shared/ does, so it is held to the same purity.
    files: ['shared/testing/**/*.{ts,js}'],
    ignores: [...TEST_FILES, ...BENCH_FILES],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: restrict(sharedPurity, noElectronInShared)
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(
      [
        { group: ['**/electron/**', '**/e2e/**'], message: 'The renderer talks to main only through window.factmark.' },
        { group: ['node:*', ...nodeBuiltins], message: 'The renderer has no Node.' },
        noTesting
      ],
      [{ name: 'electron', message: 'The renderer talks to main only through window.factmark.' }]
    )
  },
  {
    files: ['renderer/**/*.test.{ts,tsx}', 'renderer/**/*.bench.ts', 'renderer/testing/**/*.{ts,tsx}'],
    rules: restrict([{ group: ['**/electron/**', '**/e2e/**'], message: 'Tests of the renderer stay in the renderer layer.' }])
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict(
      [
        { group: ['**/renderer/**', '**/e2e/**', '**/main/**', '**/shared/*', '!**/shared/ipc'], message: 'The preload imports electron and shared/ipc only.' },
        { group: ['**/shared/ipc/*', '!**/shared/ipc/index'], message: 'The preload imports shared/ipc (its index) only: the schemas and zod stay out of the sandboxed bundle.' },
        noTesting
      ],
      []
    )
  },
  {
    files: ['electron/main/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict([mainLayer, noTesting])
  },
  {
    files: ['electron/main/**/*.test.ts', 'electron/main/**/*.bench.ts', 'electron/testing/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict([mainLayer])
  },
  {
    files: ['electron/cli/**/*.{ts,mjs}'],
    ignores: NOT_APP_CODE,
    languageOptions: { globals: { ...globals.node } },
    rules: restrict([cliLayer, noTesting], noElectronInCli)
  },
  {
    files: ['electron/cli/**/*.test.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict([cliLayer], noElectronInCli)
  },
  {
    files: ['e2e/**/*.{ts,mjs}', '*.config.{ts,js}', 'electron/*.mjs'],
    languageOptions: { globals: { ...globals.node } }
  }
)
