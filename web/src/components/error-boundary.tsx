import { Component, type ReactNode } from 'react';
import { messages, pickLanguage, chromeLanguages, requestedLanguage } from '../lib/i18n';
import { PageLayout } from './page-layout';
import { removePrerendered } from '../lib/prerendered';

type State = { failed: boolean };

/**
 * Catches what would otherwise be a blank screen: a code chunk that could not be loaded
 * (the phone went offline between pages) or a bug while rendering.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: unknown): void {
    console.error('Kohtaamo: page failed', error);
    // The server's copy of the page must not hide the error.
    removePrerendered();
  }

  render() {
    if (!this.state.failed) return this.props.children;
    const lang = pickLanguage(chromeLanguages, requestedLanguage(window.location.search));
    const t = messages(lang);
    return (
      <PageLayout lang={lang} title={t.loadFailed}>
        <div className="card message-card">
          <h1>{t.loadFailed}</h1>
          <p>
            <button type="button" className="button" onClick={() => window.location.reload()}>
              {t.tryAgain}
            </button>
          </p>
        </div>
      </PageLayout>
    );
  }
}
