/**
 * The static half of Electron's security checklist (electron/electron docs/tutorial/security.md):
 * pure checks from sources to a list of problems, over the text of electron/, renderer/ and shared/,
 * parsed with TypeScript's compiler API (the page with jsdom). electron/main/securityChecklist.test.ts
 * runs them on the real sources, one test per item, and proves each can fail. Test code only.
 */
export * from './sources'
export * from './syntax'
export * from './windows'
export * from './loads'
export * from './page'
export * from './csp'
export * from './permissions'
export * from './navigation'
export * from './openExternal'
export * from './ipc'
export * from './preload'
export * from './versions'
