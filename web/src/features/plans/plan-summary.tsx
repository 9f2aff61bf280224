import { findIndicator, type LocalisedText } from '../../../../reports/indicator-catalogue';
import { ScrollTable } from '../../components/scroll-table';
import { localized, type LocalizedName } from '../../lib/i18n';
import { formatCalendarDay } from '../staff/components/date-time';
import { formatInterval, formatValue } from '../dashboards/format';
import type { Plan } from './plans-api';
import { plansStrings } from './strings';
import './plans.css';

const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** "maaliskuu 2027" for 2027-03, in the reader's language. */
export function formatMonth(month: string, lang: string): string {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[lang] ?? 'fi-FI', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, m - 1, 1)));
}

/** The catalogue's title of an indicator in the reader's language (the staff languages are fi, sv, en). */
export function indicatorTitle(title: LocalisedText, lang: string): string {
  const name: LocalizedName = { ...title };
  return localized(name, lang);
}

/** A status or result in words, in a tag whose colour only repeats the word. */
export function Tag({ kind, children }: { kind: string; children: string }) {
  return <span className={`plan-tag plan-tag--${kind}`}>{children}</span>;
}

/** The plan's activities with their computed statuses. */
export function PlanActivitiesTable({ plan, placeName, lang }: { plan: Plan; placeName: string; lang: string }) {
  const t = plansStrings(lang);
  return (
    <>
      <p className="plan-counts">{t.counts(plan.counts)}</p>
      <ScrollTable id={`plan-activities-${plan.year}`} caption={t.activitiesCaption(placeName, plan.year)} columns={[{ label: t.activity }, { label: t.dueMonth }, { label: t.status }]}>
        {plan.activities.map((activity, i) => (
          <tr key={i}>
            <th scope="row">{t.kinds[activity.kind]}</th>
            <td>{formatMonth(activity.due, lang)}</td>
            <td>
              <Tag kind={activity.status}>{t.statuses[activity.status]}</Tag>
              {activity.completedOn ? (
                <span className="dash-n"> {activity.late ? t.doneLate(formatCalendarDay(activity.completedOn, lang)) : t.doneOn(formatCalendarDay(activity.completedOn, lang))}</span>
              ) : null}
            </td>
          </tr>
        ))}
      </ScrollTable>
    </>
  );
}

/** A target in the reader's terms: "85,0 %" for a share of 0.85, "4,0" for a mean. */
export function formatTarget(target: number, unit: 'share' | 'mean', lang: string): string {
  return formatValue(target, unit, lang);
}

/** Each target beside the released figure and its interval, and whether it was met, in words. */
export function PlanTargetsTable({ plan, placeName, lang }: { plan: Plan; placeName: string; lang: string }) {
  const t = plansStrings(lang);
  if (plan.targets.length === 0) return <p>{t.noTargets}</p>;
  return (
    <ScrollTable
      id={`plan-targets-${plan.year}`}
      caption={t.targetsCaption(placeName, plan.year)}
      columns={[{ label: t.indicator }, { label: t.released, numeric: true }, { label: t.target, numeric: true }, { label: t.assessment }]}
    >
      {plan.targets.map((target) => {
        const indicator = findIndicator(target.indicator);
        const figure = target.figure;
        return (
          <tr key={target.indicator} data-indicator={target.indicator}>
            <th scope="row">
              {indicator ? indicatorTitle(indicator.title, lang) : target.indicator}
              <span className="dash-n"> ({target.direction === 'lower-is-better' ? t.lowerIsBetter : t.higherIsBetter})</span>
            </th>
            <td className="numeric">
              {figure && figure.value !== null ? (
                <>
                  {formatValue(figure.value, target.unit, lang)}
                  {figure.ci95 ? <span className="dash-n"> ({formatInterval(figure.ci95 as [number, number], target.unit, lang)})</span> : null}
                </>
              ) : (
                '–'
              )}
            </td>
            <td className="numeric">{formatTarget(target.target, target.unit, lang)}</td>
            <td>
              <Tag kind={target.assessment}>{t.assessments[target.assessment]}</Tag>
            </td>
          </tr>
        );
      })}
    </ScrollTable>
  );
}
