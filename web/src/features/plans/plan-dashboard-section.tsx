import { Link } from '../../components/link';
import { useSession } from '../../lib/session';
import { useStaffQuery } from '../../lib/use-staff-query';
import { LoadFailed } from '../staff/components/form';
import { canReadPlan } from './plan-permissions';
import { PlanActivitiesTable, PlanTargetsTable } from './plan-summary';
import { plansQueries } from './plans-api';
import { plansStrings } from './strings';

/**
 * On a place's dashboard: the evaluation plan of the year shown (status of each activity) and
 * its targets beside the released figures, met or not in words. For whoever reads the plan.
 */
export function PlanDashboardSection({ slug, placeName, year, lang }: { slug: string; placeName: string; year: number; lang: string }) {
  const { me } = useSession();
  return canReadPlan(me, { slug }) ? <PlanOnDashboard slug={slug} placeName={placeName} year={year} lang={lang} /> : null;
}

function PlanOnDashboard({ slug, placeName, year, lang }: { slug: string; placeName: string; year: number; lang: string }) {
  const t = plansStrings(lang);
  const plan = useStaffQuery(plansQueries.plan(slug, year));
  if (plan.isError) return <LoadFailed lang={lang} error={plan.error} onRetry={() => void plan.refetch()} />;
  if (!plan.data) return null;
  return (
    <section aria-labelledby="dash-plan" className="dash-section">
      <h2 id="dash-plan">{t.dashboardHeading(year)}</h2>
      {plan.data.exists ? (
        <>
          <h3>{t.targetsHeading(year)}</h3>
          <PlanTargetsTable plan={plan.data} placeName={placeName} lang={lang} />
          <PlanActivitiesTable plan={plan.data} placeName={placeName} lang={lang} />
        </>
      ) : (
        <p>{t.noPlan}</p>
      )}
      <p>
        <Link href={`/staff/plans?place=${encodeURIComponent(slug)}&year=${year}`}>{t.openPlan}</Link>
      </p>
    </section>
  );
}
