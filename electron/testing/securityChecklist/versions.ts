/** Checklist items 16 and 19: a supported Electron, and the fuses a packaged build flips. */

export const DAY_MS = 24 * 60 * 60 * 1000
/** Electron 28.0.0 came out on 5 December 2023; since then a major every 8 weeks, one skipped each winter. */
export const ELECTRON_28_RELEASED = Date.UTC(2023, 11, 5)

/** A rough estimate of the newest stable Electron major on `today` (off by one at most around a release). */
export function estimateLatestElectronMajor(today: Date): number {
  const days = Math.floor((today.getTime() - ELECTRON_28_RELEASED) / DAY_MS)
  return 28 + Math.floor(days / 56) - Math.floor(days / 365)
}

/**
 * The declared Electron is one of the three supported majors (with one more for the estimate's
 * error), and the installed package is the declared major.
 */
export function checkElectronVersion(declared: string, installed: string, today: Date): string[] {
  const problems: string[] = []
  const declaredMajor = Number(/\d+/.exec(declared)?.[0] ?? NaN)
  const installedMajor = Number(installed.split('.')[0])
  const oldestSupported = estimateLatestElectronMajor(today) - 3
  if (!Number.isInteger(declaredMajor)) problems.push(`electron ${declared} names no major version`)
  else if (declaredMajor < oldestSupported) problems.push(`electron ${declared} is older than the supported majors (about ${oldestSupported}+ today)`)
  if (installedMajor !== declaredMajor) problems.push(`the installed electron ${installed} is not the declared ${declared}`)
  return problems
}

/** The fuses every packaged build flips (Electron's fuses tutorial, @electron/fuses FuseV1Options). */
export const SECURE_FUSES: Record<string, boolean> = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false
}

/** A JSON object's entries, or undefined for anything else. */
export function jsonObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : undefined
}

export function checkFuses(packageJson: unknown): string[] {
  const build = jsonObject(jsonObject(packageJson)?.build)
  const fuses = jsonObject(build?.electronFuses)
  if (!build || !fuses) return ['package.json has no build.electronFuses']
  const problems: string[] = []
  for (const [fuse, expected] of Object.entries(SECURE_FUSES)) {
    if (fuses[fuse] !== expected) problems.push(`fuse ${fuse} is ${String(fuses[fuse])}, not ${expected}`)
  }
  if (build.asar === false) problems.push('asar is off, so asar integrity and only-load-from-asar protect nothing')
  return problems
}
