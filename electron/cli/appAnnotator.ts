/**
 * Who is importing or exporting, for the `factmark` command: the annotator given with `--as`, else
 * the app's annotator from its settings on this machine, else the system user's name.
 *
 * The app keeps its settings in `settings.json` in Electron's `userData` folder (settingsStore.ts):
 * `<appData>/<app name>`, where appData is `%APPDATA%` on Windows, `~/Library/Application Support`
 * on macOS and `$XDG_CONFIG_HOME` or `~/.config` elsewhere, and the app name is "Factmark" once
 * installed, "factmark" when run from a checkout; `FACTMARK_USER_DATA` overrides the folder, as it
 * does for the app. The file is only read here (never created, repaired or moved aside), with the
 * app's own schema; a missing, damaged or unreadable file counts as no annotator set.
 */
import * as os from 'node:os'
import * as path from 'node:path'
import { annotatorSchema, fnv1a64Hex, type Annotator } from '../../shared/sidecar'
import { inspectJsonFile } from '../main/jsonFileInspection'
import { SETTINGS_FILE_NAME, settingsSchema, type SettingsData } from '../main/settingsStore'

/** The folders the app's settings may be in on this machine, most likely first. */
export function settingsFolders(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  if (env.FACTMARK_USER_DATA) return [env.FACTMARK_USER_DATA]
  const home = os.homedir()
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.join(home, '.config'))
  return ['Factmark', 'factmark'].map((name) => path.join(appData, name))
}

/** The annotator the app on this machine is set to, or null (none set, no settings, unreadable). */
export async function appAnnotator(env: NodeJS.ProcessEnv = process.env): Promise<Annotator | null> {
  for (const folder of settingsFolders(env)) {
    try {
      const inspection = await inspectJsonFile<SettingsData>(path.join(folder, SETTINGS_FILE_NAME), (data) => {
        const parsed = settingsSchema.safeParse(data)
        return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: parsed.error.message }
      })
      if (inspection.state === 'valid' && inspection.value.annotator) return inspection.value.annotator
    } catch {
      // Unreadable settings: the app would start on defaults too, with no annotator.
    }
  }
  return null
}

/** The system user's name, as an annotator name; null when the system gives none usable. */
export function systemUserName(): string | null {
  let name: string
  try {
    name = os.userInfo().username
  } catch {
    // No user entry for this process (some containers): no name to use.
    return null
  }
  return annotatorSchema.shape.name.safeParse(name.trim()).success ? name.trim() : null
}

/**
 * The id a new tag file gets for an annotator the app's settings do not know: derived from the
 * name, so every import by the same name on any machine gives the same id.
 */
export function cliAnnotatorId(name: string): string {
  return `cli-${fnv1a64Hex(name)}`
}

/** Who the command acts as, and where the name came from. */
export interface Acting {
  /** The name to match tag files by. */
  readonly name: string
  /** The annotator of the app's settings when it is them (its id then names their tag file). */
  readonly settings: Annotator | null
  readonly from: 'option' | 'settings' | 'system'
}

/** Who the command acts as: `--as`, else the settings' annotator, else the system user; null when none. */
export async function actingAnnotator(as: string | null, env: NodeJS.ProcessEnv = process.env): Promise<Acting | null> {
  const settings = await appAnnotator(env)
  if (as !== null) return { name: as, settings: settings && settings.name === as ? settings : null, from: 'option' }
  if (settings) return { name: settings.name, settings, from: 'settings' }
  const system = systemUserName()
  return system === null ? null : { name: system, settings: null, from: 'system' }
}
