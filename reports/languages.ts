/**
 * The languages families answer in: the survey definitions, the translation sheets and the
 * respondent app all offer this list. Plain data with no imports, so that the web app can
 * bundle it too.
 *
 * Finnish and Swedish are official in every wellbeing region we serve; English is the common
 * fallback. The others are the home languages most often heard in meeting places (Koivukylä:
 * about 70 % of visitors have an immigrant background).
 */

export const RESPONDENT_LANGUAGE_CODES = ['fi', 'sv', 'en', 'ar', 'ru', 'so', 'et', 'uk', 'fa', 'sq'] as const;
export type RespondentLanguageCode = (typeof RESPONDENT_LANGUAGE_CODES)[number];

export interface RespondentLanguage {
  /** BCP 47 code; Finnish is the definitions' `default` locale. */
  code: RespondentLanguageCode;
  /** The language named in itself, so a visitor finds their own without reading Finnish. */
  endonym: string;
  /** Finnish and Swedish: always offered, and a fallback when a survey lacks a language. */
  official: boolean;
  direction: 'ltr' | 'rtl';
}

export const RESPONDENT_LANGUAGES: readonly RespondentLanguage[] = [
  { code: 'fi', endonym: 'Suomi', official: true, direction: 'ltr' },
  { code: 'sv', endonym: 'Svenska', official: true, direction: 'ltr' },
  { code: 'en', endonym: 'English', official: false, direction: 'ltr' },
  { code: 'ar', endonym: 'العربية', official: false, direction: 'rtl' },
  { code: 'ru', endonym: 'Русский', official: false, direction: 'ltr' },
  { code: 'so', endonym: 'Soomaali', official: false, direction: 'ltr' },
  { code: 'et', endonym: 'Eesti', official: false, direction: 'ltr' },
  { code: 'uk', endonym: 'Українська', official: false, direction: 'ltr' },
  { code: 'fa', endonym: 'فارسی', official: false, direction: 'rtl' },
  { code: 'sq', endonym: 'Shqip', official: false, direction: 'ltr' },
];

/**
 * Languages whose texts are written by the team that maintains the instruments; every other
 * language is marked `reviewed: false` in instruments.json until a native speaker checks it.
 */
export const SOURCE_LANGUAGES: readonly string[] = ['fi', 'sv', 'en'];
