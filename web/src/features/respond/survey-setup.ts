import { settings, surveyLocalization } from 'survey-core';
// survey-core's own strings (Next, Complete, "Page 2 of 5", "please answer") for every
// respondent language; English is built in, Somali and Albanian are ours.
import 'survey-core/i18n/finnish';
import 'survey-core/i18n/swedish';
import 'survey-core/i18n/arabic';
import 'survey-core/i18n/russian';
import 'survey-core/i18n/estonian';
import 'survey-core/i18n/ukrainian';
import 'survey-core/i18n/persian';
import './survey-locales';
// The fontless theme: the default one loads Open Sans from Google, which the CSP forbids
// (and which would tell Google who answers).
import 'survey-core/survey-core.fontless.min.css';
import './respond.css';

// Definitions write Finnish as the "default" locale.
surveyLocalization.defaultLocale = 'fi';

// Real headings under the page's <h1>, so screen-reader users can jump from question to
// question (survey-core renders plain <div>s by default).
settings.titleTags.page = 'h2';
settings.titleTags.panel = 'h3';
settings.titleTags.question = 'h3';

/**
 * A definition may offer a language survey-core has no strings for (e.g. Somali): its
 * buttons should then read in English, not fall back to the default Finnish.
 */
export function ensureSurveyStrings(locales: readonly string[]): void {
  for (const locale of locales) {
    if (!surveyLocalization.locales[locale]) {
      surveyLocalization.locales[locale] = surveyLocalization.locales.en;
    }
  }
}
