import { useState } from 'react';
import { ScrollTable } from '../../components/scroll-table';
import { localized } from '../../lib/i18n';
import { useStaffQuery } from '../../lib/use-staff-query';
import { Loading, LoadFailed } from '../staff/components/form';
import { cellText, formatCount, formatInterval } from '../dashboards/format';
import { dashboardStrings } from '../dashboards/strings';
import { roundsQueries } from './rounds-api';
import { roundsStrings } from './strings';

/** A released round's figures at its place, loaded when the reader opens them. */
export function RoundFigures({ id, lang, label, what }: { id: string; lang: string; label: string; what: string }) {
  const t = roundsStrings(lang);
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {label}
        <span className="visually-hidden">: {t.figuresOf(what)}</span>
      </summary>
      {open ? <RoundFiguresTable id={id} lang={lang} what={what} /> : null}
    </details>
  );
}

function RoundFiguresTable({ id, lang, what }: { id: string; lang: string; what: string }) {
  const t = roundsStrings(lang);
  const d = dashboardStrings(lang);
  const summary = useStaffQuery(roundsQueries.summary(id));
  if (summary.isError) return <LoadFailed lang={lang} error={summary.error} onRetry={() => void summary.refetch()} />;
  if (!summary.data) return <Loading lang={lang} />;
  return (
    <ScrollTable
      id={`round-${id}`}
      caption={t.figuresOf(what)}
      columns={[{ label: d.indicator }, { label: d.value, numeric: true }, { label: d.interval }, { label: d.answers, numeric: true }]}
    >
      {summary.data.indicators.map((indicator) => (
        <tr key={indicator.key}>
          <th scope="row">{localized(indicator.title, lang)}</th>
          <td className="numeric">{cellText(indicator, indicator.unit, lang, d)}</td>
          <td>{indicator.status === 'published' && indicator.ci95 ? formatInterval(indicator.ci95, indicator.unit, lang) : '–'}</td>
          <td className="numeric">{indicator.n !== null ? formatCount(indicator.n, lang) : '–'}</td>
        </tr>
      ))}
    </ScrollTable>
  );
}
