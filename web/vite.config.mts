import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { isPlainSurveyStringsChunk, plainSurveyStringsPlugin } from '../scripts/plain-survey-strings';
import { surveyCssSubset } from '../scripts/survey-css-subset';
import { SURVEY_STRINGS_LIST } from './src/service-worker/cache-rules';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

// The built files are served by the Nest app on the same origin as /api, so the
// Content-Security-Policy can stay at 'self': no inline scripts, no CDNs, no web fonts.
export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [
    react(),
    plainSurveyStringsPlugin(),
    {
      // Only survey-core's rules for the question types our surveys use (scripts/survey-css-subset.ts).
      name: 'kohtaamo-survey-css-subset',
      enforce: 'pre',
      transform(code, id) {
        return /survey-core\.fontless\.min\.css$/.test(id) ? { code: surveyCssSubset(code), map: null } : null;
      },
    },
    {
      // The service worker keeps every language's survey strings once a survey page is opened
      // (the plain page's, under 1 kB each, and survey-core's, about 2 kB): a family that leaves
      // the page before its own language's chunk arrived, or switches language later offline,
      // still sees the buttons in that language.
      name: 'kohtaamo-survey-strings-list',
      generateBundle(_options, bundle) {
        const assets = Object.values(bundle)
          .filter(
            (file) =>
              file.type === 'chunk' &&
              (/survey-core[\\/](fesm[\\/])?i18n[\\/]/.test(file.facadeModuleId ?? '') || isPlainSurveyStringsChunk(file.facadeModuleId)),
          )
          .map((file) => `/${file.fileName}`)
          .sort();
        this.emitFile({ type: 'asset', fileName: SURVEY_STRINGS_LIST.slice(1), source: JSON.stringify({ assets }) });
      },
    },
  ],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // The polyfill would be bundled code, not inline, but every browser we support
    // has modulepreload; leaving it out keeps the entry chunk smaller.
    modulePreload: { polyfill: false },
    // Keep assets as files: a data: URL for a font or image would need a wider CSP.
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 1600,
    // Two pages: the app, and the kiosk tablet's own light page (no React, no survey-core).
    rollupOptions: {
      input: { main: fileURLToPath(new URL('index.html', import.meta.url)), kiosk: fileURLToPath(new URL('kiosk.html', import.meta.url)) },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
  preview: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
