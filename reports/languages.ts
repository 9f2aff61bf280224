/**
 * The languages families answer in: the survey definitions, the translation sheets and the
 * respondent app all offer this list, with the rules for choosing among them. No imports, so
 * that the web app can bundle it too.
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

/** The language of a BCP 47 tag without its region or script: "sv-FI" → "sv". */
export function baseLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0];
}

/**
 * The language to show of `available`: the one asked for (`?lang=`), else the first of the
 * reader's preferences we have (the phone's remembered choice and browser languages in the web
 * app, Accept-Language on the server), matched exactly or by base language. Someone who prefers
 * none of ours gets English rather than Finnish (a phone that speaks Turkish more likely reads
 * English); with no preferences at all, Finnish (the definitions' default), else the first one.
 */
export function chooseLanguage(available: readonly string[], requested: string | null, preferred: readonly string[]): string {
  const candidates = [requested, ...preferred].filter((x): x is string => Boolean(x));
  for (const candidate of candidates) {
    const exact = available.find((a) => a.toLowerCase() === candidate.toLowerCase());
    if (exact) return exact;
    const base = available.find((a) => a === baseLanguage(candidate));
    if (base) return base;
  }
  if (preferred.length > 0 && available.includes('en')) return 'en';
  if (available.includes('fi')) return 'fi';
  return available[0] ?? 'fi';
}

/**
 * A name given in several languages ({fi, sv, en, …}) in `lang`, falling back to English (except
 * for Swedish), then Finnish; also says which language the text is in, to mark a fallback.
 */
export function localizedText(
  name: { [lang: string]: string | undefined } | string | null | undefined,
  lang: string,
): { text: string; lang: string } {
  if (!name) return { text: '', lang };
  // A bare string is a proper name without translations: it belongs to no other language.
  if (typeof name === 'string') return { text: name, lang };
  const order = [lang, ...(lang !== 'fi' && lang !== 'sv' ? ['en'] : []), 'fi', 'en'];
  const found = order.find((candidate) => name[candidate]);
  return found ? { text: name[found]!, lang: found } : { text: '', lang };
}
