// Lint rules, including the layer rules of ../shared/DESIGN.md: shared/ imports nothing of the
// other layers (and no Electron, Node built-ins or DOM-only libraries); the renderer reaches main
// only through window.factmark; the preload imports electron and shared/ipc only; the command
// line (electron/cli) never imports electron; nothing imports renderer/ or e2e/ from outside.
import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'events', 'worker_threads']

const restrict = (patterns, paths = []) => ({
  'no-restricted-imports': ['error', { patterns, paths }]
})

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
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts', 'shared/**/*.bench.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: restrict(
      [
        { group: ['**/electron/**', '**/renderer/**', '**/e2e/**'], message: 'shared/ imports nothing of the other layers.' },
        { group: ['node:*', ...nodeBuiltins], message: 'shared/ is pure: no Node built-ins.' },
        { group: ['react', 'react-dom', 'react-dom/*', 'jsdom', 'prosemirror-view'], message: 'shared/ has no DOM.' },
        // The HTML importer (shared/article/importHtml.ts) is typed against DOMPurify but is handed
        // the instance, made on the caller's window (the page's, or jsdom's in Node): a type import
        // brings no DOM, a value import would.
        { group: ['dompurify'], allowTypeImports: true, message: 'shared/ has no DOM: take DOMPurify from the caller (types only here).' }
      ],
      [{ name: 'electron', message: 'shared/ never imports electron.' }]
    )
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(
      [
        { group: ['**/electron/**', '**/e2e/**'], message: 'The renderer talks to main only through window.factmark.' },
        { group: ['node:*', ...nodeBuiltins], message: 'The renderer has no Node.' }
      ],
      [{ name: 'electron', message: 'The renderer talks to main only through window.factmark.' }]
    )
  },
  {
    files: ['renderer/**/*.test.{ts,tsx}', 'renderer/**/*.bench.ts'],
    rules: restrict([{ group: ['**/electron/**', '**/e2e/**'], message: 'Tests of the renderer stay in the renderer layer.' }])
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict(
      [{ group: ['**/renderer/**', '**/e2e/**', '**/main/**', '**/shared/*', '!**/shared/ipc'], message: 'The preload imports electron and shared/ipc only.' }],
      []
    )
  },
  {
    files: ['electron/main/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict([{ group: ['**/renderer/**', '**/e2e/**', '**/preload/**'], message: 'Main never imports the renderer, the preload or tests.' }])
  },
  {
    files: ['electron/cli/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict(
      [{ group: ['**/renderer/**', '**/e2e/**', '**/preload/**'], message: 'The command line imports shared/ and main\'s Electron-free modules only.' }],
      [{ name: 'electron', message: 'The command line runs in plain Node: it never imports electron.' }]
    )
  },
  {
    files: ['e2e/**/*.{ts,mjs}', '*.config.{ts,js}', 'electron/*.mjs'],
    languageOptions: { globals: { ...globals.node } }
  }
)
