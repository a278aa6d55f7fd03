import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// One build serves both the Electron we depend on and the 33.x runtime used where the
// current binary cannot be downloaded, so targets stay at node20 / chrome130.
export default defineConfig({
  main: {
    build: {
      target: 'node20',
      outDir: 'out/main',
      // CommonJS, so the main script runs before the app is ready (protocol and sandbox setup
      // must); lowdb and steno are ESM-only, so they are bundled instead of required.
      externalizeDeps: { exclude: ['lowdb', 'steno'] },
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/main/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  preload: {
    build: {
      target: 'node20',
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    // The hints worker (renderer/editor/hints.worker.ts) is an ES module chunk of its own, served
    // from the app's origin: the CSP's worker-src 'self' allows exactly that.
    worker: { format: 'es' },
    build: {
      target: 'chrome130',
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') }
    }
  }
})
