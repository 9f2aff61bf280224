import { setupLocale, surveyLocalization } from 'survey-core';
import { addedSurveyStrings } from './added-survey-strings';

// Our Somali and Albanian strings for survey-core (it ships none): missing keys read in English
// rather than in the default Finnish.

const english = surveyLocalization.locales.en as Record<string, string>;

setupLocale({ localeCode: 'so', strings: { ...english, ...addedSurveyStrings.so }, nativeName: 'Soomaali', englishName: 'Somali' });
setupLocale({ localeCode: 'sq', strings: { ...english, ...addedSurveyStrings.sq }, nativeName: 'Shqip', englishName: 'Albanian' });
