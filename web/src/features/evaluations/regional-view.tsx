import { useState } from 'react';
import { ScrollTable } from '../../components/scroll-table';
import { localized } from '../../lib/i18n';
import { useStaffQuery } from '../../lib/use-staff-query';
import { Loading, LoadFailed } from '../staff/components/form';
import { formatScore } from './comparison';
import { evaluationsQueries } from './evaluations-api';
import { evaluationsStrings } from './strings';

/** The colour class of a score on the 1–4 scale (the legend says it in words too). */
function levelClass(score: number | null): string {
  if (score === null) return '';
  return `score-level score-level--${Math.min(4, Math.max(1, Math.round(score)))}`;
}

/**
 * A region analyst's view: its places × criteria (latest self / peer scores, coloured, with a
 * text legend), the places lacking this year's evaluations, actions by status, and the CSV.
 */
export function RegionalView({ regionCodes, year, lang }: { regionCodes: string[]; year: number; lang: string }) {
  const t = evaluationsStrings(lang);
  const [chosen, setChosen] = useState(regionCodes[0]);
  const view = useStaffQuery(evaluationsQueries.region(chosen, year));
  const csv = (dialect: string) => `/api/regions/${encodeURIComponent(chosen)}/evaluations.csv?year=${year}&dialect=${dialect}`;
  return (
    <section aria-labelledby="regional-heading">
      <h2 id="regional-heading">{t.regionHeading}</h2>
      {regionCodes.length > 1 ? (
        <div className="field">
          <label className="field__label" htmlFor="evaluations-region">
            {t.region}
          </label>
          <select id="evaluations-region" value={chosen} onChange={(event) => setChosen(event.target.value)}>
            {regionCodes.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <p>
        <a href={csv('rfc4180')} download>
          {t.csv}
        </a>{' '}
        ·{' '}
        <a href={csv('excel-fi')} download>
          {t.csvExcel}
        </a>
      </p>
      {view.isError ? <LoadFailed lang={lang} error={view.error} onRetry={() => void view.refetch()} /> : null}
      {view.data ? (
        <>
          <p>{t.legend}</p>
          <ScrollTable
            id="regional-evaluations"
            caption={t.regionCaption(chosen, year)}
            columns={[{ label: t.place }, ...view.data.criteria.map((c) => ({ label: localized(c.title, lang) })), { label: t.lacking }, { label: t.actionsByStatus }]}
            className="data-table regional-table"
          >
            {view.data.places.map((place) => (
              <tr key={place.meetingPlace.slug}>
                <th scope="row">{localized(place.meetingPlace.name, lang)}</th>
                {place.scores.map((score) => (
                  <td key={score.criterion} className="numeric">
                    <span className={levelClass(score.self)}>{formatScore(score.self, lang)}</span> /{' '}
                    <span className={levelClass(score.peer)}>{formatScore(score.peer, lang)}</span>
                  </td>
                ))}
                <td>{[place.lacksSelf ? t.lacksSelf : null, place.lacksPeer ? t.lacksPeer : null].filter(Boolean).join(', ') || '–'}</td>
                <td>{t.actionCounts(place.actions)}</td>
              </tr>
            ))}
          </ScrollTable>
        </>
      ) : view.isPending ? (
        <Loading lang={lang} />
      ) : null}
    </section>
  );
}
