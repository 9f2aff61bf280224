import { Link } from '../../components/link';
import { useLocationHref } from '../../lib/router';
import { useSession } from '../../lib/session';
import { PlanReminders } from '../plans/plan-reminders';
import { StaffLayout } from './staff-layout';
import { canOpen, staffSectionHref, staffSections } from './staff-nav';
import { keepLanguage, shellStrings, useStaffLanguage } from './strings';

/** /staff: what this role can do, as large links. */
export default function StaffHomePage() {
  const lang = useStaffLanguage();
  const t = shellStrings(lang);
  const href = useLocationHref();
  const { me } = useSession();
  return (
    <StaffLayout title={t.staffArea}>
      <p>{t.landingIntro}</p>
      {me ? (
        <ul className="landing-list">
          {staffSections(me.capabilities).map((section) => (
            <li key={section}>
              <Link href={keepLanguage(staffSectionHref[section], href)}>
                <strong>{t.nav[section]}</strong>
                <span>{t.landing[section]}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {/* What the evaluation plans of the account's places have due or overdue. */}
      {me && canOpen(me.capabilities, 'plans') ? <PlanReminders lang={lang} /> : null}
    </StaffLayout>
  );
}
