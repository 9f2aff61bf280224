import { useEffect, useRef, useState, type ReactNode } from 'react';
import { LanguageSwitcher } from '../../components/language-switcher';
import { Link } from '../../components/link';
import { useDocumentLanguage, withLanguage } from '../../lib/i18n';
import { hasNavigated, useLocationHref } from '../../lib/router';
import { logOut, useSession } from '../../lib/session';
import { Loading, StatusMessage } from './components/form';
import { LoginForm } from './login-form';
import { PasswordForm } from './password-form';
import { canOpen, staffSectionHref, staffSections, type StaffSection } from './staff-nav';
import { keepLanguage, shellStrings, staffLanguages, useStaffLanguage } from './strings';
import './staff.css';

type Props = {
  /** The page's h1 and document title (without the app name). */
  title: string;
  /** The section the page belongs to: accounts that may not open it see "no access" instead of the children. */
  section?: StaffSection;
  children: ReactNode;
};

/**
 * The frame of every staff page: header, menu by capability, language switcher, the signed-in
 * account and Log out. Nobody logged in → the login form on the same URL; a temporary
 * password → the password change first.
 */
export function StaffLayout({ title, section, children }: Props) {
  const lang = useStaffLanguage();
  const t = shellStrings(lang);
  const href = useLocationHref();
  const { status, me } = useSession();
  const mainRef = useRef<HTMLElement>(null);
  const [loggingOut, setLoggingOut] = useState(false);
  const [passwordChanged, setPasswordChanged] = useState(false);
  useDocumentLanguage(lang);

  const heading =
    status === 'anonymous' ? t.loginTitle : me?.mustChangePassword ? t.passwordTitle : title;
  useEffect(() => {
    document.title = heading ? `${heading} – Kohtaamo` : 'Kohtaamo';
  }, [heading]);

  useEffect(() => {
    // After in-app navigation, start screen readers and keyboard users at the new content.
    if (hasNavigated) mainRef.current?.focus({ preventScroll: true });
  }, []);

  // Logging in, out or changing the temporary password swaps the content: move focus there.
  const mustChange = me?.mustChangePassword;
  const previous = useRef({ status, mustChange });
  useEffect(() => {
    const before = previous.current;
    previous.current = { status, mustChange };
    if (before.status === 'loading') return;
    if (before.status !== status || before.mustChange !== mustChange) {
      mainRef.current?.focus({ preventScroll: true });
    }
    // The forced password change is done: say so above the page that now appears.
    setPasswordChanged(Boolean(before.mustChange && status === 'authenticated' && mustChange === false));
  }, [status, mustChange]);

  async function onLogOut() {
    setLoggingOut(true);
    try {
      await logOut();
    } finally {
      setLoggingOut(false);
    }
  }

  const path = href.split('?')[0].replace(/\/+$/, '');
  const ready = status === 'authenticated' && me && !me.mustChangePassword;

  let content: ReactNode;
  if (status === 'loading') content = <Loading lang={lang} />;
  else if (status === 'anonymous' || !me) content = <LoginForm lang={lang} />;
  else if (me.mustChangePassword) content = <PasswordForm lang={lang} intro={t.mustChangeIntro} />;
  else if (section && !canOpen(me.capabilities, section)) content = <p className="form-error">{t.forbidden}</p>;
  else content = children;

  return (
    <div className="page staff-page">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header staff-header">
        <div className="staff-header__row">
          <div className="site-header__brand">
            <Link className="staff-header__home" href={keepLanguage('/staff', href)}>
              <span className="site-header__name">Kohtaamo</span>{' '}
              <span className="site-header__context">{t.staffArea}</span>
            </Link>
          </div>
          {status === 'authenticated' && me ? (
            <div className="staff-account">
              <span>
                <span className="visually-hidden">{t.signedInAs} </span>
                <span className="staff-account__email">{me.email}</span>{' '}
                <span className="staff-account__role">({t.roles[me.role] ?? me.role})</span>
              </span>
              <button type="button" className="button button--small staff-account__logout" onClick={onLogOut} disabled={loggingOut}>
                {loggingOut ? t.loggingOut : t.logOut}
              </button>
            </div>
          ) : null}
        </div>
        <LanguageSwitcher languages={staffLanguages} current={lang} />
      </header>
      {ready ? (
        <nav className="staff-nav" aria-label={t.mainNav}>
          <ul>
            {staffSections(me.capabilities).map((item) => {
              const target = staffSectionHref[item];
              const current = path === target || (item === 'dashboards' && path.startsWith(`${target}/`));
              return (
                <li key={item}>
                  <Link href={keepLanguage(target, href)} aria-current={current ? 'page' : undefined}>
                    {t.nav[item]}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      ) : null}
      <main id="main" tabIndex={-1} className="site-main staff-main" ref={mainRef}>
        <h1>{heading}</h1>
        <StatusMessage>{passwordChanged ? t.passwordChanged : null}</StatusMessage>
        {content}
      </main>
      <footer className="site-footer staff-footer">
        <Link href={withLanguage('/accessibility', lang)}>{t.accessibilityStatement}</Link>
      </footer>
    </div>
  );
}
