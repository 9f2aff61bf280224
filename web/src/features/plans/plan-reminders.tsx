import { Link } from '../../components/link';
import { ScrollTable } from '../../components/scroll-table';
import { localized } from '../../lib/i18n';
import { useStaffQuery } from '../../lib/use-staff-query';
import { LoadFailed } from '../staff/components/form';
import { referenceQueries } from '../staff/reference-data';
import { formatMonth, Tag } from './plan-summary';
import { plansQueries } from './plans-api';
import { plansStrings } from './strings';

/** On the staff home page: plan activities due this month or overdue at the places in the account's scope. */
export function PlanReminders({ lang }: { lang: string }) {
  const t = plansStrings(lang);
  const reminders = useStaffQuery(plansQueries.reminders());
  const places = useStaffQuery(referenceQueries.meetingPlaces());
  if (reminders.isError) return <LoadFailed lang={lang} error={reminders.error} onRetry={() => void reminders.refetch()} />;
  if (!reminders.data) return null;
  const nameOf = (slug: string, fallback: string) => {
    const place = places.data?.find((p) => p.slug === slug);
    return place ? localized(place.name, lang) : fallback;
  };
  return (
    <section aria-labelledby="plan-reminders-heading">
      <h2 id="plan-reminders-heading">{t.remindersHeading}</h2>
      {reminders.data.reminders.length === 0 ? (
        <p>{t.noReminders}</p>
      ) : (
        <ScrollTable id="plan-reminders" caption={t.remindersCaption} columns={[{ label: t.reminderPlace }, { label: t.activity }, { label: t.dueMonth }, { label: t.status }]}>
          {reminders.data.reminders.map((r, i) => {
            const name = nameOf(r.meetingPlace, r.placeName);
            return (
              <tr key={i}>
                <th scope="row">
                  <Link href={`/staff/plans?place=${encodeURIComponent(r.meetingPlace)}&year=${r.year}`} aria-label={t.openPlanOf(name, r.year)}>
                    {name}
                  </Link>
                </th>
                <td>{t.kinds[r.kind]}</td>
                <td>{formatMonth(r.due, lang)}</td>
                <td>
                  <Tag kind={r.status}>{t.statuses[r.status]}</Tag>
                </td>
              </tr>
            );
          })}
        </ScrollTable>
      )}
    </section>
  );
}
