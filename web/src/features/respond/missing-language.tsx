import { Link } from '../../components/link';
import { languageName, messages, withLanguage } from '../../lib/i18n';
import { handleLinkClick } from '../../lib/router';
import { RESPONDENT_LANGUAGES } from '../../../../reports/languages';

/** English and the official languages, which every family instrument has. */
const FALLBACK_LANGUAGES = ['en', ...RESPONDENT_LANGUAGES.filter((l) => l.official).map((l) => l.code)];

/**
 * The survey lacks the language the family chose: say so in that language and let them pick
 * English or an official language, rather than switching silently to Finnish.
 */
export function MissingLanguage({
  wanted,
  available,
  href,
}: {
  wanted: string;
  available: readonly string[];
  href: string;
}) {
  const t = messages(wanted);
  const offered = FALLBACK_LANGUAGES.filter((code) => available.includes(code));
  const alternatives = offered.length > 0 ? offered : available;
  return (
    <div className="card missing-language" lang={wanted}>
      <h1>{t.missingLanguage(languageName(wanted))}</h1>
      <p>{t.missingLanguageChoose}</p>
      <ul className="missing-language__choices">
        {alternatives.map((code) => (
          <li key={code}>
            <Link
              className="button"
              href={withLanguage(href, code)}
              lang={code}
              hrefLang={code}
              onClick={(event) => handleLinkClick(event, { replace: true })}
            >
              {languageName(code)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
