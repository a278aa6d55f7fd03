/**
 * The one definition of "not app code": tests, benchmarks, test support (`testing/` folders),
 * e2e journeys and type declarations. Vitest runs the tests and benchmarks named here, ESLint keeps
 * app code from importing test support, and the security checklist skips these files when it
 * reads the app's sources. Plain JavaScript so that eslint.config.js (run by Node, without a
 * TypeScript loader) can import it; notAppCode.d.ts gives its types. No imports: pure like shared/.
 */

/** Unit tests, as Vitest finds them. */
export const TEST_FILES = ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}']

/** Benchmarks (`npm run bench`): they print figures and assert nothing. */
export const BENCH_FILES = ['shared/**/*.bench.ts', 'electron/**/*.bench.ts', 'renderer/**/*.bench.ts']

/** Test support (every `testing/` folder): fuzz harness, kits, fault-injection child, the checklist analyser. Imported by tests only. */
export const TESTING_FOLDERS = ['shared/testing/**', 'electron/**/testing/**', 'renderer/testing/**']

/** Everything that never runs in the app, as globs from the project root. */
export const NOT_APP_CODE = [
  ...TEST_FILES,
  ...BENCH_FILES,
  ...TESTING_FOLDERS,
  'e2e/**',
  '**/*.spec.ts',
  '**/*.d.ts'
]

/**
 * A glob of the forms used above (`**`, `*`, `{a,b}`) as a regular expression over a whole path
 * with `/` separators. Nothing else is special.
 */
export function globToRegExp(glob) {
  let pattern = ''
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]
    if (glob.startsWith('**/', i)) {
      pattern += '(?:.*/)?'
      i += 2
    } else if (glob.startsWith('**', i)) {
      pattern += '.*'
      i += 1
    } else if (char === '*') pattern += '[^/]*'
    else if (char === '{') pattern += '(?:'
    else if (char === '}') pattern += ')'
    else if (char === ',') pattern += '|'
    else pattern += char.replace(/[.+?^$()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${pattern}$`)
}

const NOT_APP_CODE_PATTERNS = NOT_APP_CODE.map(globToRegExp)

/** Whether the file at `path` (from the project root, with `/`) is not app code. */
export function isNotAppCode(path) {
  return NOT_APP_CODE_PATTERNS.some((pattern) => pattern.test(path))
}
