import { settings, surveyLocalization } from 'survey-core';
// Somali and Albanian strings are ours (small); survey-core's own are loaded per language below.
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
 * survey-core's own strings (Next, Complete, "Page 2 of 5", "please answer") for each respondent
 * language, one chunk per language: a phone downloads only the language the family reads.
 * English is built in.
 */
const surveyStrings: Record<string, () => Promise<unknown>> = {
  fi: () => import('survey-core/i18n/finnish'),
  sv: () => import('survey-core/i18n/swedish'),
  ar: () => import('survey-core/i18n/arabic'),
  ru: () => import('survey-core/i18n/russian'),
  et: () => import('survey-core/i18n/estonian'),
  uk: () => import('survey-core/i18n/ukrainian'),
  fa: () => import('survey-core/i18n/persian'),
};
const loading = new Map<string, Promise<void>>();
const ready = new Set<string>(['en', 'so', 'sq']);

/** Whether survey-core can already show its buttons and messages in `locale`. */
export function hasSurveyStrings(locale: string): boolean {
  return ready.has(locale);
}

/**
 * Makes survey-core's strings for `locale` available. A definition may offer a language
 * survey-core has no strings for (e.g. Kurdish): its buttons then read in English, not in the
 * default Finnish.
 */
export function loadSurveyStrings(locale: string): Promise<void> {
  let loaded = loading.get(locale);
  if (!loaded) {
    const load = surveyStrings[locale];
    loaded = (load ? load() : Promise.resolve()).then(() => {
      surveyLocalization.locales[locale] ??= surveyLocalization.locales.en;
      ready.add(locale);
    });
    // A failed download (offline before it was cached) is tried again next time.
    loaded.catch(() => loading.delete(locale));
    loading.set(locale, loaded);
  }
  return loaded;
}
