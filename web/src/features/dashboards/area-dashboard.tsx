import { useMemo, type ReactNode } from 'react';
import { Link } from '../../components/link';
import { ApiError } from '../../lib/api';
import { localized } from '../../lib/i18n';
import { useStaffQuery } from '../../lib/use-staff-query';
import { Loading, LoadFailed } from '../staff/components/form';
import { StaffLayout } from '../staff/staff-layout';
import { useStaffLanguage } from '../staff/strings';
import { barChart, rangeSummary, type AreaFigure } from './area-charts';
import { BAR_COLOUR, REFERENCE_COLOUR } from './chart-drawing';
import { ChartFigure } from './chart-figure';
import { chartIndicator, DashboardControls } from './dashboard-controls';
import { dashboardHref, pickLevel, useDashboardQuery, type DashboardQuery, type SortDirection } from './dashboard-query';
import { FigureDownloads } from './figure-downloads';
import { AreaHalfYearly } from './half-yearly-section';
import { PrintStamp } from './print-stamp';
import { Breadcrumbs, FiguresTable, FigureWithN, Footnotes, IndicatorName, indicatorNotes, NoteMark, ReleaseNote } from './figures';
import { cellText, periodLabel } from './format';
import { type AreaAddress, type AreaLevel, type ChildLevel, type ComparisonRow, type IndicatorComparison, type IndicatorDescription } from './indicators-api';
import { dashboardStrings, type DashboardStrings } from './strings';
import { UpdatingNote } from './updating-note';
import { sortRows } from './sort-rows';
import { dashboardQueries } from './dashboard-queries';

// A region (its places, service areas or municipalities) or the whole country (its regions)
// side by side: a bar chart of one indicator and a sortable table of all of them.

const REGION_LEVELS = ['meeting-place', 'service-area', 'municipality'] as const;
const NATIONAL_LEVELS = ['region', 'municipality', 'meeting-place'] as const;

export function AreaDashboard({ area }: { area: AreaAddress }) {
  const lang = useStaffLanguage();
  const t = dashboardStrings(lang);
  const [query, update] = useDashboardQuery();
  const levels: readonly ChildLevel[] = area.level === 'national' ? NATIONAL_LEVELS : REGION_LEVELS;
  const level = pickLevel(query.level, levels);
  const comparison = useStaffQuery(dashboardQueries.comparison(area, query.period, level));
  const shown = comparison.data;

  let title = area.level === 'national' ? t.nationalTitle : t.dashboards;
  let content;
  if (comparison.isError) {
    content =
      comparison.error instanceof ApiError && (comparison.error.status === 404 || comparison.error.status === 400) ? (
        <p className="form-error">{t.areaNotFound}</p>
      ) : (
        <LoadFailed lang={lang} error={comparison.error} onRetry={() => void comparison.refetch()} />
      );
  } else if (shown) {
    if (area.level !== 'national') title = localized(shown.name, lang);
    content = (
      <AreaContent
        data={shown}
        area={area}
        levels={levels}
        level={level}
        query={query}
        update={update}
        lang={lang}
        t={t}
        updating={comparison.isPlaceholderData}
      />
    );
  } else {
    content = <Loading lang={lang} />;
  }
  return <StaffLayout title={title}>{content}</StaffLayout>;
}

type ContentProps = {
  data: IndicatorComparison;
  area: AreaAddress;
  levels: readonly ChildLevel[];
  level: AreaLevel;
  query: DashboardQuery;
  update: ReturnType<typeof useDashboardQuery>[1];
  lang: string;
  t: DashboardStrings;
  updating: boolean;
};

function AreaContent({ data, area, levels, level, query, update, lang, t, updating }: ContentProps) {
  const indicators = data.indicators;
  const selected = chartIndicator(query.indicator, indicators);
  const periodText = periodLabel(data.period, t);
  const marks = indicatorNotes(indicators);
  const crumbs = [{ name: t.wholeCountry, href: dashboardHref('/staff/dashboards/national', query) }, { name: localized(data.name, lang) }];

  return (
    <div className="dash" aria-busy={updating}>
      <PrintStamp
        area={area.level === 'national' ? t.wholeCountry : localized(data.name, lang)}
        periodText={periodText}
        cells={data.total.indicators}
        lang={lang}
        t={t}
      />
      {area.level !== 'national' ? <Breadcrumbs label={t.breadcrumbs} items={crumbs} /> : null}
      <DashboardControls
        t={t}
        lang={lang}
        period={query.period}
        onPeriod={(period) => update({ period })}
        levels={{
          value: level,
          options: levels,
          // A new level has other rows: start from the default order.
          onChange: (next) => update({ level: next, sort: null, dir: null }),
        }}
        indicators={selected ? { value: selected.key, options: indicators, onChange: (indicator) => update({ indicator }) } : undefined}
      />
      <UpdatingNote updating={updating} lang={lang} />

      {selected ? (
        <section className="dash-section" aria-labelledby="dash-bars">
          <h2 id="dash-bars">{localized(selected.title, lang)}</h2>
          <AreaBars data={data} indicator={selected} level={level} lang={lang} t={t} periodText={periodText} />
        </section>
      ) : null}

      <section className="dash-section dash-print-wide" aria-labelledby="dash-all">
        <h2 id="dash-all">{t.indicatorsHeading(periodText)}</h2>
        <ReleaseNote cells={data.total.indicators} lang={lang} t={t} />
        <SortableTable data={data} level={level} query={query} update={update} lang={lang} t={t} marks={marks} periodText={periodText} />
        {area.level === 'national' && level === 'region' ? <p className="dash-missing">{t.regionsMissing}</p> : null}
      </section>

      <AreaHalfYearly data={data} lang={lang} t={t} />

      <FigureDownloads level={level} period={data.period} lang={lang} t={t} />

      <Footnotes indicators={indicators} marks={marks} lang={lang} t={t} />
    </div>
  );
}

function figuresOf(rows: ComparisonRow[], key: string): AreaFigure[] {
  return rows.flatMap((row) => {
    const cell = row.indicators.find((i) => i.key === key);
    return cell ? [{ area: row, cell }] : [];
  });
}

function AreaBars({
  data,
  indicator,
  level,
  lang,
  t,
  periodText,
}: {
  data: IndicatorComparison;
  indicator: IndicatorDescription;
  level: AreaLevel;
  lang: string;
  t: DashboardStrings;
  periodText: string;
}) {
  // In order, best first (least loneliness first); areas without a figure last, by name. The
  // order is no verdict: the whiskers show which differences are within chance, and the text
  // names an area only when it clearly stands out (rangeSummary).
  const figures = useMemo(() => {
    const dir: SortDirection = indicator.direction === 'lower-is-better' ? 'ascending' : 'descending';
    return figuresOf(sortRows(data.areas, indicator.key, dir, lang, (row) => localized(row.name, lang)), indicator.key);
  }, [data, indicator, lang]);
  const total = data.total.indicators.find((i) => i.key === indicator.key) ?? null;
  const reference = total && total.status === 'published' ? total.value : null;
  const { config, height } = useMemo(
    () => barChart(figures, indicator, lang, t, { reference }),
    [figures, indicator, lang, t, reference],
  );
  const totalName = localized(data.name, lang);
  const title = t.barCaption(localized(indicator.title, lang), t.levels[level], periodText);
  const totalText = total ? cellText(total, indicator.unit, lang, t) : t.noAnswers;
  const summary = `${rangeSummary(figures, indicator, lang, t)} ${t.referenceLine(totalName, totalText)}.`;
  return (
    <ChartFigure
      title={title}
      summary={summary}
      config={config}
      height={height}
      legend={
        <ul className="dash-legend">
          <li>
            <svg className="dash-swatch" width="40" height="16" viewBox="0 0 40 16" aria-hidden="true" focusable="false">
              <rect x="2" y="3" width="36" height="10" fill={BAR_COLOUR} />
            </svg>
            <span>{t.levels[level]}</span>
          </li>
          {reference !== null ? (
            <li>
              <svg className="dash-swatch" width="40" height="16" viewBox="0 0 40 16" aria-hidden="true" focusable="false">
                <line x1="20" y1="0" x2="20" y2="16" stroke={REFERENCE_COLOUR} strokeWidth="3" strokeDasharray="5 3" />
              </svg>
              <span>
                {totalName}: {totalText}
              </span>
            </li>
          ) : null}
        </ul>
      }
      tableLabel={t.showTable}
      table={
        <FiguresTable
          figures={total ? [...figures, { area: data.total, cell: total }] : figures}
          indicator={indicator}
          lang={lang}
          t={t}
          caption={title}
        />
      }
    />
  );
}

function SortableTable({
  data,
  level,
  query,
  update,
  lang,
  t,
  marks,
  periodText,
}: {
  data: IndicatorComparison;
  level: AreaLevel;
  query: DashboardQuery;
  update: ReturnType<typeof useDashboardQuery>[1];
  lang: string;
  t: DashboardStrings;
  marks: Map<string, number>;
  periodText: string;
}) {
  const indicators = data.indicators;
  const sort = query.sort && (query.sort === 'name' || indicators.some((i) => i.key === query.sort)) ? query.sort : 'name';
  // Names read A→Ö first; figures highest first.
  const dir: SortDirection = query.dir ?? (sort === 'name' ? 'ascending' : 'descending');
  const rows = useMemo(() => sortRows(data.areas, sort, dir, lang, (row) => localized(row.name, lang)), [data, sort, dir, lang]);

  const header = (key: string, label: ReactNode, className?: string, after?: ReactNode) => {
    const active = sort === key;
    const next: SortDirection = active ? (dir === 'ascending' ? 'descending' : 'ascending') : key === 'name' ? 'ascending' : 'descending';
    return (
      <th scope="col" className={className} aria-sort={active ? dir : undefined} key={key}>
        <button type="button" className="dash-sort" onClick={() => update({ sort: key, dir: next })}>
          <span>{label}</span>
          <span className="dash-sort__icon" aria-hidden="true">
            {active ? (dir === 'ascending' ? '▲' : '▼') : '↕'}
          </span>
        </button>
        {after}
      </th>
    );
  };

  const nameCell = (row: ComparisonRow) => {
    const name = localized(row.name, lang);
    const href =
      row.level === 'meeting-place' && row.code
        ? dashboardHref(`/staff/dashboards/place/${encodeURIComponent(row.code)}`, query)
        : row.level === 'region' && row.code
          ? dashboardHref(`/staff/dashboards/region/${encodeURIComponent(row.code)}`, query)
          : null;
    return (
      <th scope="row">
        {href ? <Link href={href}>{name}</Link> : name}
        {!row.active ? <span className="tag tag--inactive dash-tag">{t.closed}</span> : null}
      </th>
    );
  };

  return (
    <div className="table-scroll" role="region" aria-labelledby="dash-area-caption" tabIndex={0}>
      <table className="data-table dash-table dash-table--wide" data-testid="area-table">
        <caption id="dash-area-caption">{t.regionTableCaption(t.levels[level], periodText)}</caption>
        <thead>
          <tr>
            {header('name', t.levelSingular[level])}
            {indicators.map((indicator) =>
              header(
                indicator.key,
                <IndicatorName indicator={indicator} lang={lang} t={t} />,
                'numeric',
                // The note's link stays outside the sort button (no nested controls).
                marks.has(indicator.key) ? <NoteMark mark={marks.get(indicator.key)!} /> : null,
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.level}:${row.code ?? localized(row.name, 'fi')}`} data-area={row.code ?? ''}>
              {nameCell(row)}
              {indicators.map((indicator) => {
                const cell = row.indicators.find((i) => i.key === indicator.key);
                return (
                  <td className="numeric" key={indicator.key} data-indicator={indicator.key}>
                    <FigureWithN cell={cell} unit={indicator.unit} lang={lang} t={t} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="dash-total" data-area={data.total.code ?? 'national'}>
            <th scope="row">
              {t.total}: {localized(data.total.name, lang)}
            </th>
            {indicators.map((indicator) => {
              const cell = data.total.indicators.find((i) => i.key === indicator.key);
              return (
                <td className="numeric" key={indicator.key} data-indicator={indicator.key}>
                  <FigureWithN cell={cell} unit={indicator.unit} lang={lang} t={t} />
                </td>
              );
            })}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
