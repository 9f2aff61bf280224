import { languageName, localizedWithLanguage, messages, type LocalizedName } from '../lib/i18n';

/**
 * A name or title from the API in the page's language. Where it has no translation, the
 * fallback is marked up in its own language (screen readers pronounce it right) and says so
 * visibly: the family is never switched to another language without being told.
 */
export function LocalizedText({ value, lang }: { value: LocalizedName | string; lang: string }) {
  const shown = localizedWithLanguage(value, lang);
  if (shown.lang === lang) return <>{shown.text}</>;
  return (
    <span>
      <span lang={shown.lang}>{shown.text}</span>{' '}
      <span className="untranslated-note">({messages(lang).notTranslated(languageName(shown.lang))})</span>
    </span>
  );
}
