import { useMemo } from 'react';
import { Link } from '../../components/link';
import { ApiError } from '../../lib/api';
import { localized } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { useStaffQuery } from '../../lib/use-staff-query';
import { annualReportStrings } from '../annual-reports/strings';
import { PlanDueSection } from '../evaluations/plan-due-section';
import { PlanDashboardSection } from '../plans/plan-dashboard-section';
import { Loading, LoadFailed } from '../staff/components/form';
import { canReadFreeText, canReadParticipation } from '../staff/place-permissions';
import { StaffLayout } from '../staff/staff-layout';
import { useStaffLanguage } from '../staff/strings';
import { barChart, listSummary, trendChart, trendSummary, type AreaFigure } from './area-charts';
import { SERIES_STYLES } from './chart-drawing';
import { ChartFigure, SeriesLegend } from './chart-figure';
import { chartIndicator, DashboardControls } from './dashboard-controls';
import { dashboardHref, useDashboardQuery, type DashboardQuery } from './dashboard-query';
import { Breadcrumbs, FigureCells, FigureHeaderCells, FiguresTable, FigureWithN, Footnotes, IndicatorName, indicatorNotes, ReleaseNote } from './figures';
import { formatInterval, periodLabel } from './format';
import { periodTypeOf, previousPeriodName } from '../../../../reports/periods';
import { FreeTextSection } from './free-text-section';
import { PlaceHalfYearly } from './half-yearly-section';
import { PrintStamp } from './print-stamp';
import { RespondentLanguagesSection } from './respondent-languages-section';
import { UpdatingNote } from './updating-note';
import { dashboardQueries, type PlaceFigures } from './dashboard-queries';
import type { AreaIndicators, IndicatorDescription, IndicatorResult } from './indicators-api';
import { dashboardStrings, type DashboardStrings } from './strings';

/** /staff/dashboards/place/<slug>: one meeting place for its steering group. */
export function PlaceDashboard({ slug }: { slug: string }) {
  const lang = useStaffLanguage();
  const t = dashboardStrings(lang);
  const [query, update] = useDashboardQuery();
  const figures = useStaffQuery(dashboardQueries.place(slug, query.period));
  const shown = figures.data;

  let title = t.dashboards;
  let content;
  if (figures.isError) {
    content =
      figures.error instanceof ApiError && figures.error.status === 404 ? (
        <p className="form-error">{t.placeNotFound}</p>
      ) : (
        <LoadFailed lang={lang} error={figures.error} onRetry={() => void figures.refetch()} />
      );
  } else if (shown) {
    title = localized(shown.place.name, lang);
    content = (
      <PlaceContent data={shown} query={query} update={update} lang={lang} t={t} updating={figures.isPlaceholderData} />
    );
  } else {
    content = <Loading lang={lang} />;
  }
  return <StaffLayout title={title}>{content}</StaffLayout>;
}

type ContentProps = {
  data: PlaceFigures;
  query: DashboardQuery;
  update: ReturnType<typeof useDashboardQuery>[1];
  lang: string;
  t: DashboardStrings;
  /** Newer figures are loading; these are the previous ones. */
  updating: boolean;
};

function PlaceContent({ data, query, update, lang, t, updating }: ContentProps) {
  const { me } = useSession();
  const { place, areas } = data;
  const own = areas[0];
  const indicators = own.indicators;
  const selected = chartIndicator(query.indicator, indicators);
  const region = areas.find((a) => a.level === 'region');
  const regionName = region ? localized(region.name, lang) : place.regionCode;
  const marks = indicatorNotes(indicators);
  const periodText = periodLabel(own.period, t);
  const previous = previousPeriodName(own.period);

  return (
    <div className="dash" aria-busy={updating}>
      <PrintStamp area={localized(place.name, lang)} periodText={periodText} cells={indicators} lang={lang} t={t} />
      <Breadcrumbs
        label={t.breadcrumbs}
        items={[
          { name: t.wholeCountry, href: dashboardHref('/staff/dashboards/national', query) },
          { name: regionName, href: dashboardHref(`/staff/dashboards/region/${encodeURIComponent(place.regionCode)}`, query) },
          { name: localized(place.name, lang) },
        ]}
      />
      <p className="dash-context">
        {areas
          .slice(1, -1)
          .map((a) => `${t.levelSingular[a.level]}: ${localized(a.name, lang)}`)
          .join(' · ')}
      </p>
      {canReadParticipation(me, place) ? (
        <p className="dash-annual-report dash-noprint">
          <Link href={`/staff/annual-report?place=${encodeURIComponent(place.slug)}&year=${own.period.slice(0, 4)}`}>{annualReportStrings(lang).openReport(own.period.slice(0, 4))}</Link>
        </p>
      ) : null}
      <DashboardControls
        t={t}
        lang={lang}
        period={query.period}
        onPeriod={(period) => update({ period })}
        indicators={selected ? { value: selected.key, options: indicators, onChange: (indicator) => update({ indicator }) } : undefined}
      />
      <UpdatingNote updating={updating} lang={lang} />

      <section aria-labelledby="dash-key-figures" className="dash-section">
        <h2 id="dash-key-figures">{t.indicatorsHeading(periodText)}</h2>
        <ReleaseNote cells={indicators} lang={lang} t={t} />
        <div className="table-scroll" role="region" aria-labelledby="dash-key-caption" tabIndex={0}>
          <table className="data-table dash-table" data-testid="key-figures">
            <caption id="dash-key-caption">
              {localized(place.name, lang)}, {periodText}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.indicator}</th>
                <FigureHeaderCells t={t} />
                <th scope="col">{t.changeFrom(periodLabel(previous, t))}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((indicator) => (
                <tr key={indicator.key} data-indicator={indicator.key}>
                  <th scope="row">
                    <IndicatorName indicator={indicator} lang={lang} t={t} withDescription noteMark={marks.get(indicator.key)} />
                  </th>
                  <FigureCells indicator={indicator} lang={lang} t={t} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <PlaceHalfYearly data={own} lang={lang} t={t} />

      <PlanDashboardSection slug={place.slug} placeName={localized(place.name, lang)} year={Number(own.period.slice(0, 4))} lang={lang} />

      <PlanDueSection slug={place.slug} placeName={localized(place.name, lang)} lang={lang} />

      <section aria-labelledby="dash-compare" className="dash-section">
        <h2 id="dash-compare">{t.compareHeading}</h2>
        {selected ? <CompareChart areas={areas} indicator={selected} lang={lang} t={t} periodText={periodText} /> : null}
        <CompareTable areas={areas} lang={lang} t={t} periodText={periodText} marks={marks} />
      </section>

      {selected ? (
        <section aria-labelledby="dash-trend" className="dash-section">
          <h2 id="dash-trend">{t.trendHeading}</h2>
          <TrendSection areas={areas} indicator={selected} lang={lang} t={t} />
        </section>
      ) : null}

      <Footnotes indicators={indicators} marks={marks} lang={lang} t={t} />

      {canReadParticipation(me, place) ? (
        <RespondentLanguagesSection slug={place.slug} period={own.period} lang={lang} t={t} />
      ) : null}
      {canReadFreeText(me, place) ? <FreeTextSection slug={place.slug} period={own.period} lang={lang} t={t} /> : null}
    </div>
  );
}

function figuresOf(areas: AreaIndicators[], key: string): AreaFigure[] {
  return areas.flatMap((area) => {
    const cell = area.indicators.find((i) => i.key === key);
    return cell ? [{ area, cell }] : [];
  });
}

function CompareChart({
  areas,
  indicator,
  lang,
  t,
  periodText,
}: {
  areas: AreaIndicators[];
  indicator: IndicatorDescription;
  lang: string;
  t: DashboardStrings;
  periodText: string;
}) {
  const figures = figuresOf(areas, indicator.key);
  const { config, height } = useMemo(
    () => barChart(figuresOf(areas, indicator.key), indicator, lang, t, { highlightFirst: true }),
    [areas, indicator, lang, t],
  );
  const title = `${localized(indicator.title, lang)}, ${periodText}`;
  return (
    <ChartFigure
      title={title}
      summary={listSummary(figures, indicator, lang, t)}
      config={config}
      height={height}
      tableLabel={t.showTable}
      table={<FiguresTable figures={figures} indicator={indicator} lang={lang} t={t} caption={title} />}
    />
  );
}

function CompareTable({
  areas,
  lang,
  t,
  periodText,
  marks,
}: {
  areas: AreaIndicators[];
  lang: string;
  t: DashboardStrings;
  periodText: string;
  marks: Map<string, number>;
}) {
  const indicators: IndicatorResult[] = areas[0].indicators;
  return (
    <div className="table-scroll" role="region" aria-labelledby="dash-compare-caption" tabIndex={0}>
      <table className="data-table dash-table" data-testid="compare-table">
        <caption id="dash-compare-caption">{t.compareCaption(periodText)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.indicator}</th>
            {areas.map((area) => (
              <th scope="col" className="numeric" key={`${area.level}:${area.code}`}>
                {localized(area.name, lang)}
                {area.level !== 'meeting-place' ? <span className="dash-n">{t.levelSingular[area.level]}</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => (
            <tr key={indicator.key} data-indicator={indicator.key}>
              <th scope="row">
                <IndicatorName indicator={indicator} lang={lang} t={t} noteMark={marks.get(indicator.key)} />
              </th>
              {areas.map((area) => {
                const cell = area.indicators.find((i) => i.key === indicator.key);
                return (
                  <td className="numeric" key={`${area.level}:${area.code}`}>
                    <FigureWithN cell={cell} unit={indicator.unit} lang={lang} t={t} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TrendSection({
  areas,
  indicator,
  lang,
  t,
}: {
  areas: AreaIndicators[];
  indicator: IndicatorDescription;
  lang: string;
  t: DashboardStrings;
}) {
  const period = areas[0].period;
  // The place, its service area, its region and the country: the municipality is left out of
  // the chart to keep it readable (it is in the table above).
  const shown = areas.filter((a) => a.level !== 'municipality');
  const granularity = periodTypeOf(period);
  const trend = useStaffQuery(dashboardQueries.trend(shown, indicator.key, granularity));
  const series = trend.data;
  const chart = useMemo(() => (series ? trendChart(series, indicator, lang, t) : null), [series, indicator, lang, t]);
  if (trend.isError) return <LoadFailed lang={lang} error={trend.error} onRetry={() => void trend.refetch()} />;
  if (!series) return <Loading lang={lang} />;
  const { config, periods, height } = chart!;
  const title = t.trendCaption(localized(indicator.title, lang));
  return (
    <ChartFigure
      title={title}
      summary={trendSummary(series, periods, indicator, lang, t)}
      config={config}
      height={height}
      legend={
        <SeriesLegend
          items={series.map((s, i) => ({ name: localized(s.name, lang), style: SERIES_STYLES[i % SERIES_STYLES.length] }))}
          intervalLabel={t.interval}
        />
      }
      tableLabel={t.showTable}
      table={
        <div className="table-scroll">
          <table className="data-table dash-table">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.periodColumn}</th>
                {series.map((s) => (
                  <th scope="col" className="numeric" key={`${s.level}:${s.code}`}>
                    {localized(s.name, lang)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {periods.map((p) => (
                <tr key={p}>
                  <th scope="row">{periodLabel(p, t)}</th>
                  {series.map((s) => {
                    const point = s.points.find((x) => x.period === p);
                    return (
                      <td className="numeric" key={`${s.level}:${s.code}`}>
                        <FigureWithN cell={point} unit={indicator.unit} lang={lang} t={t} />
                        {/* The interval the chart draws through the point. */}
                        {point?.ci95 ? <span className="dash-n">95 %: {formatInterval(point.ci95, indicator.unit, lang)}</span> : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      }
    />
  );
}
