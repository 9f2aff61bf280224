import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { languageName, messages, rememberLanguage, withLanguage } from '../lib/i18n';
import { handleLinkClick, useLocationHref } from '../lib/router';

type Props = { languages: readonly string[]; current: string };

/**
 * One tap on every page opens the list of languages, each written in itself ("Soomaali",
 * "Українська", "فارسی") so a visitor finds their own without reading Finnish. Links rather
 * than a <select>: they work with any assistive technology, and a shared link keeps its
 * language. A choice made here is remembered on the family's own phone (never on a kiosk).
 */
export function LanguageSwitcher({ languages, current }: Props) {
  const href = useLocationHref();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const navRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!open) return;
    // A tap elsewhere closes the list, as a menu would.
    const closeOutside = (event: PointerEvent) => {
      if (!navRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  if (languages.length < 2) return null;
  // The label in every offered chrome language, so it is findable before switching.
  const label = [...new Set(languages.map((l) => messages(l).languages))].join(' · ');

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    toggleRef.current?.focus();
  };
  const choose = (event: MouseEvent<HTMLAnchorElement>, lang: string) => {
    rememberLanguage(lang, href);
    setOpen(false);
    // Switching language replaces the history entry: Back leaves the page.
    handleLinkClick(event, { replace: true });
  };

  return (
    <nav ref={navRef} className="language-switcher" aria-label={label} onKeyDown={closeOnEscape}>
      <button
        ref={toggleRef}
        type="button"
        className="language-switcher__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((was) => !was)}
      >
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
          <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2" />
          <path
            d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          />
        </svg>
        <span className="visually-hidden">{messages(current).languages}: </span>
        <span lang={current}>{languageName(current)}</span>
      </button>
      <ul id={listId} hidden={!open}>
        {languages.map((lang) => (
          <li key={lang}>
            <a
              href={withLanguage(href, lang)}
              lang={lang}
              hrefLang={lang}
              aria-current={lang === current ? 'true' : undefined}
              onClick={(event) => choose(event, lang)}
            >
              {languageName(lang)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
