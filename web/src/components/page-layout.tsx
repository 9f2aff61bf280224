import { useEffect, type ReactNode } from 'react';
import { ApiError } from '../lib/api';
import { chromeLanguageFor, chromeLanguages, messages, plural, useDocumentLanguage, withLanguage } from '../lib/i18n';
import { usePendingCount } from '../lib/outbox';
import { hasNavigated } from '../lib/router';
import { LanguageSwitcher } from './language-switcher';
import { Link } from './link';

type Props = {
  lang: string;
  /** Languages the switcher offers; by default those the page chrome is written in. */
  languages?: readonly string[];
  /** The document title (WCAG 2.4.2), without the app name. */
  title: string;
  /** Shown next to the app name, e.g. the meeting place. */
  context?: string;
  /** Pages that report delivery themselves hide the global "waiting to be sent" note. */
  showOutbox?: boolean;
  children: ReactNode;
};

export function PageLayout({
  lang,
  languages = chromeLanguages,
  title,
  context,
  showOutbox = true,
  children,
}: Props) {
  const t = messages(lang);
  useDocumentLanguage(lang);
  useEffect(() => {
    document.title = title ? `${title} – Kohtaamo` : 'Kohtaamo';
  }, [title]);
  useEffect(() => {
    // After in-app navigation, start screen readers and keyboard users at the new content.
    if (hasNavigated) document.getElementById('main')?.focus({ preventScroll: true });
  }, []);

  return (
    <div className="page">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <div className="site-header__brand">
          <span className="site-header__name">Kohtaamo</span>
          {context ? <span className="site-header__context">{context}</span> : null}
        </div>
        <LanguageSwitcher languages={languages} current={lang} />
      </header>
      {showOutbox ? <OutboxNote lang={lang} /> : null}
      <main id="main" tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <Link href={withLanguage('/accessibility', lang)}>{t.accessibilityStatement}</Link>
      </footer>
    </div>
  );
}

function OutboxNote({ lang }: { lang: string }) {
  const pending = usePendingCount();
  return (
    <div role="status" className={pending > 0 ? 'outbox-note' : 'visually-hidden'}>
      {pending > 0 ? plural(chromeLanguageFor(lang), pending, messages(lang).outboxPending) : ''}
    </div>
  );
}

/** A friendly page for things that do not exist, never a blank screen. */
export function MessagePage({
  lang,
  title,
  text,
  action,
}: {
  lang: string;
  title: string;
  text: string;
  action?: { href: string; label: string };
}) {
  return (
    <PageLayout lang={lang} title={title}>
      <div className="card message-card">
        <h1>{title}</h1>
        <p>{text}</p>
        {action ? (
          <p>
            <Link className="button" href={action.href}>
              {action.label}
            </Link>
          </p>
        ) : null}
      </div>
    </PageLayout>
  );
}

export function LoadingPage({ lang }: { lang: string }) {
  const t = messages(lang);
  return (
    <PageLayout lang={lang} title={t.loading}>
      <p className="loading" role="status">
        {t.loading}
      </p>
    </PageLayout>
  );
}

/** The network or the server failed while loading: say so and offer a retry. */
export function LoadFailedPage({ lang, onRetry }: { lang: string; onRetry: () => void }) {
  const t = messages(lang);
  return (
    <PageLayout lang={lang} title={t.loadFailed}>
      <div className="card message-card" role="alert">
        <h1>{t.loadFailed}</h1>
        <p>
          <button type="button" className="button" onClick={onRetry}>
            {t.tryAgain}
          </button>
        </p>
      </div>
    </PageLayout>
  );
}

/**
 * A page whose data did not load: a refusal of the server (4xx: no such place or survey) is
 * the friendly `notFound` page, anything else (the network, a 5xx) offers a retry.
 */
export function FailedPage({
  lang,
  error,
  notFound,
  onRetry,
}: {
  lang: string;
  error: unknown;
  notFound: { title: string; text: string; action: { href: string; label: string } };
  onRetry: () => void;
}) {
  if (error instanceof ApiError && error.status < 500) return <MessagePage lang={lang} {...notFound} />;
  return <LoadFailedPage lang={lang} onRetry={onRetry} />;
}
