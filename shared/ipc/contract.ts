/**
 * The IPC contract between main and renderer, assembled from its nouns (settings.ts, document.ts,
 * recovery.ts, tags.ts, window.ts, exchange.ts). Each noun declares its methods once, as an interface with a
 * doc comment per method, and the channel each travels on; schemas.ts gives each channel's
 * argument schema. Everything else is derived here: the API the preload exposes
 * ({@link FactmarkApi}), the type of main's handlers ({@link MainHandlers}) and the list the
 * preload and main loop over ({@link METHOD_NAMES}). A new method is one entry in its noun; a
 * noun without a channel for a method, a channel without a schema, or a handler that returns
 * the wrong shape does not type-check.
 *
 * Types and channel names only (no zod), so the sandboxed preload can bundle it.
 */
import { EXCHANGE_CHANNELS, type ExchangeMethods } from './exchange'
import { DOCUMENT_CHANNELS, type DocumentMethods, type OpenedDocument } from './document'
import { RECOVERY_CHANNELS, type RecoveryMethods } from './recovery'
import type { Result } from './result'
import { SETTINGS_CHANNELS, type SettingsMethods } from './settings'
import { TAGS_CHANNELS, type TagsMethods } from './tags'
import { WINDOW_CHANNELS, type AppCommand, type WindowMethods } from './window'

/** A noun's channel table: exactly one `noun:verb` channel name per method. */
export type ChannelsOf<Methods> = { readonly [K in keyof Methods]: `${string}:${string}` }

/** Every invoke method (renderer asks, main answers), as it travels: arguments in, a promise of the result. */
export interface InvokeMethods extends SettingsMethods, DocumentMethods, RecoveryMethods, TagsMethods, WindowMethods, ExchangeMethods {}

export type MethodName = keyof InvokeMethods

/** Channel names, `noun:verb`, for each invoke method. */
export const CHANNELS = {
  ...SETTINGS_CHANNELS,
  ...DOCUMENT_CHANNELS,
  ...RECOVERY_CHANNELS,
  ...TAGS_CHANNELS,
  ...WINDOW_CHANNELS,
  ...EXCHANGE_CHANNELS
} as const satisfies ChannelsOf<InvokeMethods>

export type Channel = (typeof CHANNELS)[MethodName]

/** Whether `name` is a method of the contract. */
export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(CHANNELS, name)
}

/** Every invoke method's name, in contract order: what the preload and main's registration loop over. */
export const METHOD_NAMES: readonly MethodName[] = Object.keys(CHANNELS).filter(isMethodName)

/** The arguments of a method, as main's schema hands them to the handler. */
export type MethodArgs<K extends MethodName> = Parameters<InvokeMethods[K]>

/** What a method resolves to. */
export type MethodResult<K extends MethodName> = Awaited<ReturnType<InvokeMethods[K]>>

/**
 * Main's handler of each method in `K` (all by default): the validated arguments in, the
 * method's result out (or a promise of it). A handler object `satisfies` this, so a missing
 * handler, an extra one or a wrong result does not type-check.
 */
export type MainHandlers<K extends MethodName = MethodName> = {
  [P in K]: (...args: MethodArgs<P>) => MethodResult<P> | Promise<MethodResult<P>>
}

export type SettingsHandlers = MainHandlers<keyof SettingsMethods>
export type DocumentHandlers = MainHandlers<keyof DocumentMethods>
export type RecoveryHandlers = MainHandlers<keyof RecoveryMethods>
export type TagsHandlers = MainHandlers<keyof TagsMethods>
export type WindowHandlers = MainHandlers<keyof WindowMethods>
export type ExchangeHandlers = MainHandlers<keyof ExchangeMethods>

/** The preload's function for each invoke method: sends the arguments on its channel, resolves to main's answer. */
export type Invokers = { [K in MethodName]: (...args: MethodArgs<K>) => Promise<MethodResult<K>> }

/** What the preload adds or changes on top of the invokers. */
export interface PreloadMethods {
  /** Opens a file dropped on the window; the preload resolves its path from the File object. */
  openDroppedFile(file: File): Promise<Result<OpenedDocument>>
  /** Subscribes to commands from main; returns the unsubscribe function. */
  onCommand(listener: (command: AppCommand) => void): () => void
}

/** The API the preload exposes as `window.factmark`: every invoke method, with the preload's own in place. */
export type FactmarkApi = Omit<Invokers, keyof PreloadMethods> & PreloadMethods
