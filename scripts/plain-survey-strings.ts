// The family's plain survey page (web/src/features/respond/plain-survey-runner.tsx) shows a few
// of survey-core's own texts (Previous, Next, "Page 2 of 5", "Response required.") without
// downloading survey-core: the build reads them from survey-core's translations here, one small
// chunk per language, so a phone loads only the language the family reads and the words are
// the same as where survey-core renders a survey itself.
import type { Plugin } from 'vite';
import { surveyLocalization } from 'survey-core';
import 'survey-core/i18n/finnish';
import 'survey-core/i18n/swedish';
import 'survey-core/i18n/arabic';
import 'survey-core/i18n/russian';
import 'survey-core/i18n/estonian';
import 'survey-core/i18n/ukrainian';
import 'survey-core/i18n/persian';
import { RESPONDENT_LANGUAGE_CODES } from '../reports/languages';
import { addedSurveyStrings } from '../web/src/features/respond/added-survey-strings';

export const PLAIN_SURVEY_STRING_KEYS = ['pagePrevText', 'pageNextText', 'requiredError', 'progressText'] as const;
export type PlainSurveyStrings = Record<(typeof PLAIN_SURVEY_STRING_KEYS)[number], string>;

/** survey-core's strings for `lang` (ours for Somali and Albanian; English for a language neither has). */
export function plainSurveyStrings(lang: string): PlainSurveyStrings {
  const english = surveyLocalization.locales.en as Record<string, string>;
  const own = addedSurveyStrings[lang] ?? surveyLocalization.locales[lang] ?? {};
  return Object.fromEntries(PLAIN_SURVEY_STRING_KEYS.map((key) => [key, (own as Record<string, string>)[key] ?? english[key]])) as PlainSurveyStrings;
}

const INDEX = 'virtual:plain-survey-strings';
const PREFIX = 'plain-survey-strings-';

/**
 * `import { loadPlainSurveyStrings } from 'virtual:plain-survey-strings'`: a promise of the
 * strings in a respondent language (English for any other), each language a chunk of its own
 * named `plain-survey-strings-<lang>-<hash>.js`.
 */
export function plainSurveyStringsPlugin(): Plugin {
  return {
    name: 'kohtaamo-plain-survey-strings',
    resolveId(id) {
      if (id === INDEX) return `\0${INDEX}`;
      if (id.startsWith(`${INDEX}/`)) return `\0${PREFIX}${id.slice(INDEX.length + 1)}`;
      return null;
    },
    load(id) {
      if (id === `\0${INDEX}`) {
        const loaders = RESPONDENT_LANGUAGE_CODES.map((lang) => `  ${JSON.stringify(lang)}: () => import(${JSON.stringify(`${INDEX}/${lang}`)}),`);
        return [
          `const loaders = {\n${loaders.join('\n')}\n};`,
          `export function loadPlainSurveyStrings(lang) {`,
          `  return (loaders[lang] ?? loaders.en)().then((module) => module.default);`,
          `}`,
        ].join('\n');
      }
      if (id.startsWith(`\0${PREFIX}`)) return `export default ${JSON.stringify(plainSurveyStrings(id.slice(PREFIX.length + 1)))};`;
      return null;
    },
  };
}

/** Whether a built chunk is one of the languages' strings (the service worker keeps them all). */
export function isPlainSurveyStringsChunk(facadeModuleId: string | null | undefined): boolean {
  return (facadeModuleId ?? '').startsWith(`\0${PREFIX}`);
}
