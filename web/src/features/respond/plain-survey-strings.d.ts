// Written by the build (the plugin in web/vite.config.mts, from scripts/plain-survey-strings.ts):
// survey-core's few texts that the plain survey page shows, one chunk per language.
declare module 'virtual:plain-survey-strings' {
  export function loadPlainSurveyStrings(lang: string): Promise<import('../../../../scripts/plain-survey-strings').PlainSurveyStrings>;
  /** The English texts, in the page's own chunk: the buttons when a language's chunk cannot be fetched. */
  export const englishStrings: import('../../../../scripts/plain-survey-strings').PlainSurveyStrings;
}
