// What a survey's first screen needs from its SurveyJS definition, read without survey-core:
// the web app paints the privacy notice before survey-core (the largest download of the page)
// has arrived, and the server renders the same notice into the HTML. Plain data, no imports.

type LocalizedJson = string | Record<string, string> | undefined;

/** A localisable string of the definition in `lang` ("default" is Finnish). */
export function definitionText(value: unknown, lang: string): string {
  const text = value as LocalizedJson;
  if (!text) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? (lang === 'fi' ? undefined : text.en) ?? text.default ?? text.fi ?? '';
}

const LOCALE_KEY = /^(default|[a-z]{2,3}(-[a-zA-Z0-9]{2,8})?)$/;

/**
 * The languages a definition is written in, as survey-core's `getUsedLocales()` reports them
 * (a unit test holds the two together): every key of its localisable strings, objects whose
 * keys are all locales and whose values are all strings. Finnish is the "default".
 */
export function definitionLocales(definition: unknown): string[] {
  const found = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    const entries = Object.entries(value);
    const localisable = entries.length > 0 && entries.every(([key, text]) => LOCALE_KEY.test(key) && typeof text === 'string');
    if (localisable) {
      for (const [key] of entries) found.add(key === 'default' ? 'fi' : key);
      return;
    }
    entries.forEach(([, child]) => walk(child));
  };
  walk(definition);
  return found.size > 0 ? [...found] : ['fi'];
}

/**
 * survey-core's label of its "Complete" button in each respondent language (its own i18n files,
 * and ours for Somali and Albanian in survey-locales.ts), for the notice's "nothing is sent
 * before you press …". A unit test checks them against survey-core.
 */
const COMPLETE_BUTTON: Record<string, string> = {
  fi: 'Valmis',
  sv: 'Slutför',
  en: 'Complete',
  ar: 'إرسال البيانات',
  ru: 'Готово',
  et: 'Lõpeta',
  uk: 'Завершити',
  fa: 'تکمیل',
  so: 'Dir',
  sq: 'Dërgo',
};

/** The label of the survey's "Complete" button in `lang`: the definition's own, else survey-core's. */
export function completeButtonText(definition: Record<string, unknown>, lang: string): string {
  return definitionText(definition.completeText, lang) || COMPLETE_BUTTON[lang] || COMPLETE_BUTTON.en;
}
