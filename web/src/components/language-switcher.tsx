import { languageName, messages, withLanguage } from '../lib/i18n';
import { handleLinkClick, useLocationHref } from '../lib/router';

type Props = { languages: readonly string[]; current: string };

/**
 * Always visible, each language written in itself. Links rather than a <select>: one tap on a
 * phone, and they work with any assistive technology.
 */
export function LanguageSwitcher({ languages, current }: Props) {
  const href = useLocationHref();
  if (languages.length < 2) return null;
  // The label in every offered chrome language, so it is findable before switching.
  const label = [...new Set(languages.map((l) => messages(l).languages))].join(' · ');
  return (
    <nav className="language-switcher" aria-label={label}>
      <ul>
        {languages.map((lang) => (
          <li key={lang}>
            <a
              href={withLanguage(href, lang)}
              lang={lang}
              hrefLang={lang}
              aria-current={lang === current ? 'true' : undefined}
              // Switching language replaces the history entry: Back leaves the page.
              onClick={(event) => handleLinkClick(event, { replace: true })}
            >
              {languageName(lang)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
