import { useEffect } from 'react';
import { navigate, useLocationHref } from '../../lib/router';
import { useSession } from '../../lib/session';
import { Loading } from './components/form';
import { StaffLayout } from './staff-layout';
import { keepLanguage, shellStrings, useStaffLanguage } from './strings';

/** Only same-site staff paths: ?next= must not send anyone to another site. */
function safeNext(href: string): string {
  const next = new URLSearchParams(href.includes('?') ? href.slice(href.indexOf('?')) : '').get('next');
  return next && /^\/staff(\/|$|\?)/.test(next) && !next.startsWith('//') ? next : '/staff';
}

/**
 * /staff/login[?next=/staff/…]: the layout shows the login form; once logged in, go on to
 * `next` (or the staff start page).
 */
export default function StaffLoginPage() {
  const lang = useStaffLanguage();
  const t = shellStrings(lang);
  const href = useLocationHref();
  const { status, me } = useSession();
  const ready = status === 'authenticated' && me && !me.mustChangePassword;
  useEffect(() => {
    if (ready) navigate(keepLanguage(safeNext(href), href), { replace: true });
  }, [ready, href]);
  return (
    <StaffLayout title={t.loginTitle}>
      <Loading lang={lang} />
    </StaffLayout>
  );
}
