// The family's plain survey page (web/src/features/respond/plain-survey-runner.tsx) shows a few
// of survey-core's own texts (Previous, Next, "Page 2 of 5", "Response required.") without
// downloading survey-core: the build reads them from survey-core's translations here, one small
// chunk per language, so a phone loads only the language the family reads and the words are
// the same as where survey-core renders a survey itself. (The plugin that makes the chunks is in
// web/vite.config.mts.)
import { surveyLocalization } from 'survey-core';
import 'survey-core/i18n/finnish';
import 'survey-core/i18n/swedish';
import 'survey-core/i18n/arabic';
import 'survey-core/i18n/russian';
import 'survey-core/i18n/estonian';
import 'survey-core/i18n/ukrainian';
import 'survey-core/i18n/persian';
import { addedSurveyStrings } from '../web/src/features/respond/added-survey-strings';

export const PLAIN_SURVEY_STRING_KEYS = ['pagePrevText', 'pageNextText', 'requiredError', 'progressText'] as const;
export type PlainSurveyStrings = Record<(typeof PLAIN_SURVEY_STRING_KEYS)[number], string>;

/** survey-core's strings for `lang` (ours for Somali and Albanian; English for a language neither has). */
export function plainSurveyStrings(lang: string): PlainSurveyStrings {
  const english = surveyLocalization.locales.en as Record<string, string>;
  const own = addedSurveyStrings[lang] ?? surveyLocalization.locales[lang] ?? {};
  return Object.fromEntries(PLAIN_SURVEY_STRING_KEYS.map((key) => [key, (own as Record<string, string>)[key] ?? english[key]])) as PlainSurveyStrings;
}
