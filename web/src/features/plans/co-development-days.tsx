import { ScrollTable } from '../../components/scroll-table';
import { useStaffQuery } from '../../lib/use-staff-query';
import { formatCalendarDay } from '../staff/components/date-time';
import { Loading, LoadFailed } from '../staff/components/form';
import { plansQueries } from './plans-api';
import { plansStrings } from './strings';

/** A place's co-development days of a year, latest first, with the actions agreed on each. */
export function CoDevelopmentDays({ slug, placeName, year, lang }: { slug: string; placeName: string; year: number; lang: string }) {
  const t = plansStrings(lang);
  const days = useStaffQuery(plansQueries.days(slug, year));
  if (days.isError) return <LoadFailed lang={lang} error={days.error} onRetry={() => void days.refetch()} />;
  if (!days.data) return <Loading lang={lang} />;
  if (days.data.length === 0) return <p>{t.noDays}</p>;
  return (
    <ScrollTable
      id="co-development-days"
      caption={t.daysCaption(placeName, year)}
      columns={[{ label: t.date }, { label: t.participants }, { label: t.themes }, { label: t.outcomes }, { label: t.agreedActions }]}
    >
      {days.data.map((day) => (
        <tr key={day.id}>
          <th scope="row">{formatCalendarDay(day.date, lang)}</th>
          <td>{t.participantCounts(day.participants.families, day.participants.children, day.participants.staff, day.participants.partners)}</td>
          <td>{day.themes.join(', ') || '–'}</td>
          <td>{day.outcomes || '–'}</td>
          <td>
            {day.actions.length === 0 ? (
              t.noAgreedActions
            ) : (
              <ul>
                {day.actions.map((action) => (
                  <li key={action.id}>
                    {action.title} ({action.owner}, {formatCalendarDay(action.dueDate, lang)})
                  </li>
                ))}
              </ul>
            )}
          </td>
        </tr>
      ))}
    </ScrollTable>
  );
}
