/**
 * The app's settings: the annotator's name, the recent documents and the window's place, kept in
 * `settings.json` in a folder the caller gives (Electron's `userData`).
 *
 * The file is held by lowdb over a {@link DurableJsonFile}: writes are atomic and backed up, and a
 * damaged file is moved aside and replaced by a backup or by defaults, so the app always starts.
 * Changes apply in memory at once; a write that fails is reported but the change stays for this
 * session.
 */
import { createHash, randomUUID } from 'node:crypto'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { Low } from 'lowdb'
import { z } from 'zod'
import type { OrganisationSettings, Result, RecentEntry } from '../../shared/ipc'
import { documentPropertiesSchema } from '../../shared/model/documentProperties'
import { LANGUAGE_SETTINGS, msg, type LanguageSetting } from '../../shared/messages'
import { annotatorSchema, type Annotator } from '../../shared/sidecar'
import { DurableJsonFile, type DurableFileNotice } from './durableJsonFile'
import { explainFileError, type Validation } from './jsonFileInspection'

export const SETTINGS_FILE_NAME = 'settings.json'
export const MAX_RECENT = 12

const recentSchema = z.object({
  id: z.string().min(1).max(64),
  path: z.string().min(1),
  fileName: z.string().min(1),
  openedAt: z.string().datetime({ offset: true })
})

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean()
})

/** The fact-checking organisation, as the document properties validate it; empty until the user gives it. */
const organisationSchema = documentPropertiesSchema.pick({ organisation: true, organisationUrl: true })

export const settingsSchema = z.object({
  schemaVersion: z.literal(1),
  annotator: annotatorSchema.nullable(),
  // A longer list (edited by hand) is cut rather than treated as damage.
  recent: z.array(recentSchema).transform((list) => list.slice(0, MAX_RECENT)),
  window: windowStateSchema.nullable(),
  // Added after version 1 was released: a file without it reads as no organisation given.
  organisation: organisationSchema.default({ organisation: '', organisationUrl: '' }),
  // The app's language: follow the system, or one language. Files from before it follow the system.
  language: z.enum(LANGUAGE_SETTINGS).default('system')
})

export type SettingsData = z.infer<typeof settingsSchema>
export type StoredRecent = z.infer<typeof recentSchema>
export type WindowState = z.infer<typeof windowStateSchema>

/** Settings of a first start. */
export function defaultSettings(): SettingsData {
  return {
    schemaVersion: 1,
    annotator: null,
    recent: [],
    window: null,
    organisation: { organisation: '', organisationUrl: '' },
    language: 'system'
  }
}

/** The recent-list id of a path: the first 16 hex digits of its SHA-256, stable across runs. */
export function recentId(filePath: string): string {
  return createHash('sha256').update(path.resolve(filePath)).digest('hex').slice(0, 16)
}

/** The settings of one folder, loaded; see {@link openSettings}. */
export interface Settings {
  /** The settings file's path. */
  readonly path: string
  /**
   * A sentence for the user when the settings file could not be used as it was (damaged and
   * moved aside, or unreadable), else null.
   */
  readonly notice: string | null
  /** A copy of the current settings. */
  get(): SettingsData
  /**
   * Sets the annotator's name (trimmed). The first time, the annotator gets a random id; a rename
   * keeps it. INVALID for an empty or over-long name (nothing changes); WRITE_FAILED when saving
   * fails (the name is kept for this session).
   */
  setAnnotatorName(name: string): Promise<Result<Annotator>>
  /**
   * Remembers the fact-checking organisation and its URL (trimmed). INVALID when one is longer
   * than a document property may be (nothing changes); WRITE_FAILED when saving fails.
   */
  setOrganisation(organisation: OrganisationSettings): Promise<Result<OrganisationSettings>>
  /**
   * Puts a document at the top of the recent list (once per path, at most {@link MAX_RECENT}).
   * WRITE_FAILED when saving fails (the list is updated for this session).
   */
  addRecent(filePath: string): Promise<Result<StoredRecent>>
  /** The recent entry with this id, full path included, or null. */
  findRecent(id: string): StoredRecent | null
  /** Removes an entry (e.g. its file is gone); ok with false when there was none. */
  removeRecent(id: string): Promise<Result<boolean>>
  /** The recent list as the renderer sees it: no paths beyond the folder, newest first. */
  recentEntries(): RecentEntry[]
  /** Remembers the window's bounds; INVALID for impossible bounds. */
  setWindowState(state: WindowState): Promise<Result<null>>
  /**
   * Sets the app's language (`system` or one with a catalogue); INVALID for anything else
   * (nothing changes), WRITE_FAILED when saving fails (the language is kept for this session).
   */
  setLanguage(language: string): Promise<Result<LanguageSetting>>
}

/**
 * Opens (reading once) the settings in `folder`, creating the folder if needed. Never fails: a missing file
 * gives defaults, a damaged one is moved aside and replaced by its newest valid backup or
 * defaults, an unreadable one gives defaults and a {@link Settings.notice}.
 */
export async function openSettings(folder: string, options: { now?: () => Date } = {}): Promise<Settings> {
  const now = options.now ?? (() => new Date())
  const filePath = path.join(path.resolve(folder), SETTINGS_FILE_NAME)
  try {
    await fs.mkdir(path.dirname(filePath), { recursive: true })
  } catch {
    // The app must start anyway: defaults are used and the first save reports the problem.
  }
  const file = new DurableJsonFile<SettingsData>({ path: filePath, validate: validateSettings, now })
  const low = new Low<SettingsData>(file, defaultSettings())
  let notice: string | null = null
  try {
    await low.read()
    if (file.lastNotice) notice = describeNotice(file.lastNotice)
  } catch (error) {
    // The app must start: run on defaults and tell the user; writes will report their own failure.
    notice = msg.settings.unreadable({ path: filePath, reason: explainFileError(error) })
  }

  async function save<T>(value: T): Promise<Result<T>> {
    try {
      await low.write()
      return { ok: true, value }
    } catch (error) {
      return {
        ok: false,
        error: { code: 'WRITE_FAILED', message: msg.settings.saveFailed({ path: filePath, reason: explainFileError(error) }) }
      }
    }
  }

  return {
    path: filePath,
    notice,
    get: () => structuredClone(low.data),

    async setAnnotatorName(name) {
      const parsed = annotatorSchema.shape.name.safeParse(name)
      if (!parsed.success) {
        return { ok: false, error: { code: 'INVALID', message: msg.settings.nameLength } }
      }
      const annotator: Annotator = { id: low.data.annotator?.id ?? randomUUID(), name: parsed.data }
      low.data.annotator = annotator
      return save({ ...annotator })
    },

    async setOrganisation(organisation) {
      const parsed = organisationSchema.safeParse({ organisation: organisation.organisation.trim(), organisationUrl: organisation.organisationUrl.trim() })
      if (!parsed.success) return { ok: false, error: { code: 'INVALID', message: msg.settings.organisationInvalid } }
      low.data.organisation = parsed.data
      return save({ ...parsed.data })
    },

    async addRecent(filePath) {
      const resolved = path.resolve(filePath)
      const entry: StoredRecent = {
        id: recentId(resolved),
        path: resolved,
        fileName: path.basename(resolved),
        openedAt: now().toISOString()
      }
      low.data.recent = [entry, ...low.data.recent.filter((r) => r.path !== resolved && r.id !== entry.id)].slice(0, MAX_RECENT)
      return save({ ...entry })
    },

    findRecent(id) {
      const found = low.data.recent.find((r) => r.id === id)
      return found ? { ...found } : null
    },

    async removeRecent(id) {
      const before = low.data.recent.length
      low.data.recent = low.data.recent.filter((r) => r.id !== id)
      if (low.data.recent.length === before) return { ok: true, value: false }
      return save(true)
    },

    recentEntries() {
      return low.data.recent.map((r) => ({ id: r.id, fileName: r.fileName, folder: path.dirname(r.path) }))
    },

    async setWindowState(state) {
      const parsed = windowStateSchema.safeParse(state)
      if (!parsed.success) return { ok: false, error: { code: 'INVALID', message: msg.settings.badWindowBounds } }
      low.data.window = parsed.data
      return save(null)
    },

    async setLanguage(language) {
      const parsed = settingsSchema.shape.language.safeParse(language)
      if (!parsed.success || language === undefined) return { ok: false, error: { code: 'INVALID', message: msg.settings.badLanguage } }
      low.data.language = parsed.data
      return save(parsed.data)
    }
  }
}

function validateSettings(data: unknown): Validation<SettingsData> {
  const result = settingsSchema.safeParse(data)
  if (result.success) return { ok: true, value: result.data }
  const issue = result.error.issues[0]
  return { ok: false, message: msg.files.issueAt({ path: issue.path.length ? issue.path.join('.') : null, issue: issue.message }) }
}

function describeNotice(notice: DurableFileNotice): string {
  switch (notice.kind) {
    case 'recovered-from-backup':
      return msg.settings.recoveredFromBackup(notice)
    case 'corrupt-no-backup':
      return msg.settings.damagedNoBackup(notice)
    case 'corrupt-moved-aside-on-write':
      return msg.settings.damagedOnWrite(notice)
  }
}
