/**
 * The IPC contract, settings: who the annotator is, the recent documents, and what the first
 * render needs. Main keeps them in a settings file in Electron's userData.
 */
import type { LanguageSetting } from '../messages/language'
import type { Annotator } from '../sidecar'
import type { ChannelsOf } from './contract'
import type { Result } from './result'

export interface RecentEntry {
  /** Opaque id main uses to find the path again. */
  id: string
  fileName: string
  /** The folder, for display only. */
  folder: string
}

/**
 * The fact-checking organisation remembered in the settings: it fills a new document's empty
 * organisation properties, and changes when the user edits them in Document properties.
 */
export interface OrganisationSettings {
  organisation: string
  organisationUrl: string
}

export interface Startup {
  annotator: Annotator | null
  organisation: OrganisationSettings
  recent: RecentEntry[]
  platform: string
  /** The language setting (the window already speaks the language it gives). */
  language: LanguageSetting
}

/** What the renderer asks main about settings. */
export interface SettingsMethods {
  /** Annotator, recent documents and platform, for the first render. */
  getStartup(): Promise<Startup>
  /** Sets the annotator's name (first run or a change); kept in the settings file. `INVALID` for an empty name. */
  setAnnotatorName(name: string): Promise<Result<Annotator>>
  /** Remembers the fact-checking organisation and its URL. `INVALID` for an over-long value. */
  setOrganisation(organisation: OrganisationSettings): Promise<Result<OrganisationSettings>>
  /**
   * Saves the language setting; main then speaks the language (menu, dialogs) and reloads the
   * window in it, reopening the document `handle` (the renderer has saved it first). Ok with the
   * setting; `WRITE_FAILED` when the settings file could not be written (the language still
   * changes for this session).
   */
  setLanguage(language: LanguageSetting, handle: string | null): Promise<Result<LanguageSetting>>
}

export const SETTINGS_CHANNELS = {
  getStartup: 'app:getStartup',
  setAnnotatorName: 'settings:setAnnotatorName',
  setOrganisation: 'settings:setOrganisation',
  setLanguage: 'settings:setLanguage'
} as const satisfies ChannelsOf<SettingsMethods>
