import type { FactmarkApi } from '../shared/ipc'

declare global {
  interface Window {
    /** The preload's API (electron/preload/index.ts); the page's only way to reach main. */
    readonly factmark: FactmarkApi
  }
}
