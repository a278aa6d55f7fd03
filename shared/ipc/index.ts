/**
 * The IPC contract between main and renderer, grouped by noun: settings, document, recovery, tags
 * (the annotator's sidecar), window and exchange (exports and imports); see contract.ts for how the pieces fit and what is derived.
 *
 * Expected failures come back as values ({@link Result}, result.ts) because Electron carries only
 * an error's message across the bridge. The renderer never sends a path: main hands out document
 * handles from its dialogs, the recent list and the command line; a dropped file's path is
 * resolved by the preload from the File object itself.
 *
 * Everything re-exported here is types and channel names only, so the sandboxed preload can bundle
 * it; the argument schemas main checks are in schemas.ts, which is not re-exported.
 */
export * from './result'
export * from './settings'
export * from './document'
export * from './recovery'
export * from './tags'
export * from './window'
export * from './exchange'
export * from './contract'
