import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

// The service worker as one classic script at /sw.js (scope "/"), built after the app into
// the same folder. A module worker could share the app's chunks, but not every browser that
// families use runs module service workers yet.
export default defineConfig({
  root: webRoot,
  publicDir: false,
  build: {
    outDir: '../dist/web',
    emptyOutDir: false,
    sourcemap: false,
    lib: {
      entry: 'src/service-worker/service-worker.ts',
      formats: ['iife'],
      name: 'kohtaamoServiceWorker',
      fileName: () => 'sw.js',
    },
  },
});
