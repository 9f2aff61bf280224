import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { plainSurveyStrings } from '../scripts/plain-survey-strings';
import { RESPONDENT_LANGUAGE_CODES } from '../reports/languages';
import { surveyCssSubset } from '../scripts/survey-css-subset';
import { SURVEY_STRINGS_LIST } from './src/service-worker/cache-rules';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

const PLAIN_STRINGS = 'virtual:plain-survey-strings';
const PLAIN_STRINGS_CHUNK = 'plain-survey-strings-';

/**
 * `import { loadPlainSurveyStrings } from 'virtual:plain-survey-strings'`: a promise of
 * survey-core's few texts that the plain survey page shows (scripts/plain-survey-strings.ts), in
 * a respondent language (English for any other), each language a chunk of its own, so a phone
 * downloads only the language the family reads.
 */
function plainSurveyStringsPlugin(): Plugin {
  return {
    name: 'kohtaamo-plain-survey-strings',
    resolveId(id) {
      if (id === PLAIN_STRINGS) return `\0${PLAIN_STRINGS}`;
      if (id.startsWith(`${PLAIN_STRINGS}/`)) return `\0${PLAIN_STRINGS_CHUNK}${id.slice(PLAIN_STRINGS.length + 1)}`;
      return null;
    },
    load(id) {
      if (id === `\0${PLAIN_STRINGS}`) {
        const loaders = RESPONDENT_LANGUAGE_CODES.map((lang) => `  ${JSON.stringify(lang)}: () => import(${JSON.stringify(`${PLAIN_STRINGS}/${lang}`)}),`);
        return (
          `const loaders = {\n${loaders.join('\n')}\n};\nexport function loadPlainSurveyStrings(lang) {\n  return (loaders[lang] ?? loaders.en)().then((module) => module.default);\n}\n` +
          `export const englishStrings = ${JSON.stringify(plainSurveyStrings('en'))};\n`
        );
      }
      if (id.startsWith(`\0${PLAIN_STRINGS_CHUNK}`)) {
        return `export default ${JSON.stringify(plainSurveyStrings(id.slice(PLAIN_STRINGS_CHUNK.length + 1)))};`;
      }
      return null;
    },
  };
}

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
              (/survey-core[\\/](fesm[\\/])?i18n[\\/]/.test(file.facadeModuleId ?? '') || (file.facadeModuleId ?? '').startsWith(`\0${PLAIN_STRINGS_CHUNK}`)),
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
