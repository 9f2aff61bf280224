import { Link } from '../../components/link';
import { ScrollTable } from '../../components/scroll-table';
import { useSession } from '../../lib/session';
import { useStaffQuery } from '../../lib/use-staff-query';
import { formatCalendarDay } from '../staff/components/date-time';
import { LoadFailed } from '../staff/components/form';
import { showsEvaluationsOf } from './evaluation-permissions';
import { evaluationsQueries } from './evaluations-api';
import { evaluationsStrings } from './strings';

/**
 * On a place's dashboard: what its development plan has open — actions planned or in progress
 * and the 6- and 12-month follow-ups, by due date, overdue ones marked — and a link to the plan.
 * Shown to those who see the place's evaluations.
 */
export function PlanDueSection({ slug, placeName, lang }: { slug: string; placeName: string; lang: string }) {
  const { me } = useSession();
  return showsEvaluationsOf(me, { slug }) ? <PlanDue slug={slug} placeName={placeName} lang={lang} /> : null;
}

function PlanDue({ slug, placeName, lang }: { slug: string; placeName: string; lang: string }) {
  const t = evaluationsStrings(lang);
  const plan = useStaffQuery(evaluationsQueries.actions(slug));
  if (plan.isError) return <LoadFailed lang={lang} error={plan.error} onRetry={() => void plan.refetch()} />;
  if (!plan.data) return null;
  const items = [
    ...plan.data.actions
      .filter((action) => action.status === 'planned' || action.status === 'in-progress')
      .map((action) => ({ key: action.id, what: action.title, status: t.actionStatuses[action.status], dueDate: action.dueDate, overdue: action.overdue })),
    ...plan.data.followUps.map((f) => ({ key: `${f.year}-${f.months}`, what: t.followUp(f.months, f.year), status: '', dueDate: f.dueDate, overdue: f.overdue })),
  ].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return (
    <section aria-labelledby="dash-plan-due" className="dash-section">
      <h2 id="dash-plan-due">{t.dueHeading}</h2>
      {items.length === 0 ? (
        <p>{t.nothingDue}</p>
      ) : (
        <ScrollTable id="plan-due" caption={t.dueCaption(placeName)} columns={[{ label: t.dueItem }, { label: t.dueDate }, { label: t.actionStatus }]}>
          {items.map((item) => (
            <tr key={item.key}>
              <th scope="row">{item.what}</th>
              <td>
                {formatCalendarDay(item.dueDate, lang)}
                {item.overdue ? <strong> ({t.overdue})</strong> : null}
              </td>
              <td>{item.status || '–'}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
      <p>
        <Link href={`/staff/evaluations?place=${encodeURIComponent(slug)}`}>{t.openPlan}</Link>
      </p>
    </section>
  );
}
