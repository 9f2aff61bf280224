import {
  changeText,
  figureText,
  formatDate,
  formatFigure,
  formatInterval,
  isReportLanguage,
  reportStrings,
  type ReportLanguage,
} from '../../../../reports/annual-report';
import { ScrollTable } from '../../components/scroll-table';
import { localized } from '../../lib/i18n';
import { navigate, useLocationHref } from '../../lib/router';
import { useSession } from '../../lib/session';
import { together, useStaffQuery } from '../../lib/use-staff-query';
import { Loading, LoadFailed } from '../staff/components/form';
import { PlacePicker, pickPlace } from '../staff/components/place-picker';
import { recentYears, YearPicker } from '../staff/components/year-picker';
import { byName, referenceQueries } from '../staff/reference-data';
import { StaffLayout } from '../staff/staff-layout';
import { useStaffLanguage } from '../staff/strings';
import { annualReportsQueries, placePdfHref, regionPdfHref, type AnnualReport, type RegionAnnualReport } from './annual-reports-api';
import { annualReportStrings } from './strings';
import './annual-report.css';

// /staff/annual-report?place=<slug>&year=<year> (or ?region=<code>&year=<year>): the steering
// group's annual report on screen and, printed, on A4; the same data as the PDF beside it
// (rendered by the server). Released figures only, suppressed as everywhere, no written answers.

export default function AnnualReportPage() {
  const lang = useStaffLanguage();
  return (
    <StaffLayout title={annualReportStrings(lang).title} section="annualReports">
      <AnnualReportView lang={lang} />
    </StaffLayout>
  );
}

function AnnualReportView({ lang }: { lang: string }) {
  const t = annualReportStrings(lang);
  const reportLang: ReportLanguage = isReportLanguage(lang) ? lang : 'fi';
  const { me } = useSession();
  const href = useLocationHref();
  const places = useStaffQuery(referenceQueries.meetingPlaces());
  const regions = useStaffQuery(referenceQueries.regions());
  const loading = together(places, regions);
  if (!me) return null;
  if (loading.error) return <LoadFailed lang={lang} error={loading.error} onRetry={loading.retry} />;
  if (!places.data || !regions.data) return <Loading lang={lang} />;

  const params = new URLSearchParams(href.includes('?') ? href.slice(href.indexOf('?')) : '');
  const years = recentYears();
  const year = years.includes(Number(params.get('year'))) ? Number(params.get('year')) : years[0];
  const readable = new Set(me.capabilities.meetingPlaces.filter((p) => p.readParticipation).map((p) => p.slug));
  const { offered, place } = pickPlace(places.data, (p) => readable.has(p.slug), params.get('place') ?? '', lang);
  const regionCodes = new Set(me.capabilities.regions.filter((r) => r.readEvaluations).map((r) => r.code));
  const offeredRegions = regions.data.filter((r) => regionCodes.has(r.code)).sort(byName((r: (typeof regions.data)[number]) => localized(r.name, lang), lang));
  const region = offeredRegions.find((r) => r.code === params.get('region'));

  /** Changes the query (and so the report), keeping the others and ?lang. */
  const choose = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(window.location.search);
    for (const [name, value] of Object.entries(changes)) {
      if (value === null) next.delete(name);
      else next.set(name, value);
    }
    navigate(`/staff/annual-report?${next.toString()}`, { replace: true });
  };

  return (
    <>
      <div className="annual-report__controls">
        <p>{t.intro}</p>
        <YearPicker id="annual-report-year" label={t.year} years={years} year={year} onChoose={(y) => choose({ year: String(y) })} />
        {offeredRegions.length > 0 ? (
          <div className="field">
            <label className="field__label" htmlFor="annual-report-region">
              {t.regionReport}
            </label>
            <select id="annual-report-region" value={region?.code ?? ''} onChange={(event) => choose({ region: event.target.value || null })}>
              <option value="">{t.placeReport}</option>
              {offeredRegions.map((r) => (
                <option key={r.code} value={r.code}>
                  {localized(r.name, lang)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {!region && place ? <PlacePicker id="annual-report-place" label={t.place} places={offered} chosen={place} onChoose={(slug) => choose({ place: slug })} lang={lang} /> : null}
      </div>
      {region ? (
        <RegionReport key={`${region.code}-${year}`} code={region.code} year={year} lang={reportLang} />
      ) : place ? (
        <PlaceReport key={`${place.slug}-${year}`} slug={place.slug} year={year} lang={reportLang} />
      ) : (
        <p>{t.noPlaces}</p>
      )}
    </>
  );
}

function ReportActions({ pdfHref, year, lang }: { pdfHref: string; year: number; lang: ReportLanguage }) {
  const t = annualReportStrings(lang);
  return (
    <p className="annual-report__actions">
      <button type="button" className="button" onClick={() => window.print()}>
        {t.print}
      </button>{' '}
      <a className="button button--secondary" href={pdfHref} download>
        {t.downloadPdf(year)}
      </a>
    </p>
  );
}

function PlaceReport({ slug, year, lang }: { slug: string; year: number; lang: ReportLanguage }) {
  const report = useStaffQuery(annualReportsQueries.ofPlace(slug, year));
  if (report.isError) return <LoadFailed lang={lang} error={report.error} onRetry={() => void report.refetch()} />;
  if (!report.data) return <Loading lang={lang} />;
  const data = report.data;
  const r = reportStrings(lang);
  const placeName = localized(data.meetingPlace.name, lang);
  return (
    <article className="annual-report printable" aria-labelledby="annual-report-heading">
      <h2 id="annual-report-heading">
        {r.title(data.year)}: {placeName}
      </h2>
      <p className="annual-report__subtitle">{localized(data.region.name, lang)}</p>
      <p className="annual-report__note">
        {r.forSteeringGroup}. {r.made(formatDate(data.generatedAt, lang))} {r.disclosureNote}
      </p>
      <ReportActions pdfHref={placePdfHref(data.meetingPlace.slug, data.year, lang)} year={data.year} lang={lang} />
      <section aria-labelledby="annual-report-indicators">
        <h3 id="annual-report-indicators">{r.indicators}</h3>
        <IndicatorTable id="annual-report-year-table" caption={r.indicators} indicators={data.indicators} previousLabel={r.lastYear} lang={lang} />
        {data.halfYearly
          .filter((half) => half.indicators.some((i) => i.status !== 'no-answers'))
          .map((half) => (
            <IndicatorTable key={half.period} id={`annual-report-${half.period}`} caption={r.halfYear(half.period)} indicators={half.indicators} previousLabel={r.previous} lang={lang} />
          ))}
      </section>
      <Planning data={data} lang={lang} />
      <Rounds data={data} lang={lang} />
      <Evaluation data={data} lang={lang} />
      <CoDevelopment data={data} lang={lang} />
      <Actions data={data} lang={lang} />
    </article>
  );
}

type Indicator = AnnualReport['indicators'][number];

function IndicatorTable({ id, caption, indicators, previousLabel, lang }: { id: string; caption: string; indicators: Indicator[]; previousLabel: string; lang: ReportLanguage }) {
  const r = reportStrings(lang);
  const shown = indicators.filter((i) => i.status !== 'no-answers' || i.previous !== null || i.target !== null);
  const unanswered = indicators.filter((i) => !shown.includes(i));
  return (
    <>
      {shown.length === 0 ? (
        <p>{r.noIndicators}</p>
      ) : (
        <ScrollTable
          id={id}
          caption={caption}
          columns={[{ label: r.indicator }, { label: r.value, numeric: true }, { label: r.interval }, { label: r.n, numeric: true }, { label: previousLabel }, { label: r.change }, { label: r.target }]}
        >
          {shown.map((i) => (
            <tr key={i.key}>
              <th scope="row">{i.title[lang]}</th>
              <td className="numeric">{figureText(i, i.unit, lang)}</td>
              <td>{i.status === 'published' && i.ci95 ? formatInterval(i.ci95, i.unit, lang) : '–'}</td>
              <td className="numeric">{i.n}</td>
              <td>{i.previous ? figureText(i.previous, i.unit, lang) : '–'}</td>
              <td>{i.change ? changeText(i.change, i.unit, i.direction, lang) : '–'}</td>
              <td>{i.target ? `${formatFigure(i.target.target, i.unit, lang)}: ${r.assessment[i.target.assessment]}` : r.noTarget}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
      {unanswered.length > 0 ? (
        <p className="annual-report__note">
          {r.withoutAnswers}: {unanswered.map((i) => i.title[lang]).join(', ')}.
        </p>
      ) : null}
    </>
  );
}

function Planning({ data, lang }: { data: AnnualReport; lang: ReportLanguage }) {
  const r = reportStrings(lang);
  const plan = data.planning?.plan;
  return (
    <section aria-labelledby="annual-report-plan">
      <h3 id="annual-report-plan">{r.plan}</h3>
      {!data.planning ? (
        <p>{r.planningMissing}</p>
      ) : !plan || plan.activities.length === 0 ? (
        <p>{r.noPlan}</p>
      ) : (
        <ScrollTable id="annual-report-plan-table" caption={r.plan} columns={[{ label: r.activity }, { label: r.due }, { label: r.statusColumn }]}>
          {plan.activities.map((a, index) => (
            <tr key={index}>
              <th scope="row">{r.activityKinds[a.kind] ?? a.kind}</th>
              <td>{a.due.split('-').reverse().map(Number).join('/')}</td>
              <td>{r.activityStatus[a.status]}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </section>
  );
}

function Rounds({ data, lang }: { data: AnnualReport; lang: ReportLanguage }) {
  const r = reportStrings(lang);
  return (
    <section aria-labelledby="annual-report-rounds">
      <h3 id="annual-report-rounds">{r.rounds}</h3>
      {data.rounds.length === 0 ? <p>{r.noRounds}</p> : null}
      {data.rounds.map((round) => {
        const days = `${formatDate(round.startsOn, lang)}–${formatDate(round.endsOn, lang)}`;
        const heading = `${days} (${r.roundStatus[round.status] ?? round.status}) · ${r.children}: ${round.respondents}`;
        return round.released ? (
          <ScrollTable
            key={round.startsOn}
            id={`annual-report-round-${round.startsOn}`}
            caption={heading}
            columns={[{ label: r.indicator }, { label: r.value, numeric: true }, { label: r.interval }, { label: r.n, numeric: true }]}
          >
            {round.indicators.map((i) => (
              <tr key={i.key}>
                <th scope="row">{i.title[lang]}</th>
                <td className="numeric">{figureText(i, i.unit, lang)}</td>
                <td>{i.status === 'published' && i.ci95 ? formatInterval(i.ci95, i.unit, lang) : '–'}</td>
                <td className="numeric">{i.n}</td>
              </tr>
            ))}
          </ScrollTable>
        ) : (
          <p key={round.startsOn}>
            {heading}. {r.notReleased}
          </p>
        );
      })}
    </section>
  );
}

function Evaluation({ data, lang }: { data: AnnualReport; lang: ReportLanguage }) {
  const r = reportStrings(lang);
  const { evaluations, areas, criteria, largestGaps } = data.evaluation;
  const score = (value: number | null) => (value === null ? '–' : formatFigure(value, 'mean', lang));
  const gap = (value: number | null) => (value === null ? '–' : `${value > 0 ? '+' : ''}${formatFigure(value, 'mean', lang)}`);
  const scored = areas.some((a) => a.self !== null || a.peerMean !== null);
  const titles = new Map(criteria.map((c) => [c.criterion, c.title[lang]]));
  return (
    <section aria-labelledby="annual-report-evaluation">
      <h3 id="annual-report-evaluation">{r.evaluation}</h3>
      {evaluations.length === 0 ? (
        <p>{r.noEvaluations}</p>
      ) : (
        <ScrollTable id="annual-report-evaluations" caption={r.evaluation} columns={[{ label: r.evaluationKind }, { label: r.evaluator }, { label: r.statusColumn }]}>
          {evaluations.map((e, index) => (
            <tr key={index}>
              <th scope="row">{r.evaluationKinds[e.kind]}</th>
              <td>{e.evaluatorPlace[lang]}</td>
              <td>{r.evaluationStatus[e.status]}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
      {scored ? (
        <>
          <ScrollTable id="annual-report-areas" caption={r.area} columns={[{ label: r.area }, { label: r.self, numeric: true }, { label: r.peers, numeric: true }, { label: r.gap, numeric: true }]}>
            {areas.map((a) => (
              <tr key={a.area}>
                <th scope="row">{a.title[lang]}</th>
                <td className="numeric">{score(a.self)}</td>
                <td className="numeric">{score(a.peerMean)}</td>
                <td className="numeric">{gap(a.gap)}</td>
              </tr>
            ))}
          </ScrollTable>
          <ScrollTable id="annual-report-criteria" caption={r.criterion} columns={[{ label: r.criterion }, { label: r.self, numeric: true }, { label: r.peers, numeric: true }, { label: r.gap, numeric: true }]}>
            {criteria.map((c) => (
              <tr key={c.criterion}>
                <th scope="row">{c.title[lang]}</th>
                <td className="numeric">{score(c.self)}</td>
                <td className="numeric">{score(c.peerMean)}</td>
                <td className="numeric">{gap(c.gap)}</td>
              </tr>
            ))}
          </ScrollTable>
          {largestGaps.length > 0 ? (
            <p>
              {r.largestGaps}: {largestGaps.map((name) => titles.get(name) ?? name).join('; ')}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function CoDevelopment({ data, lang }: { data: AnnualReport; lang: ReportLanguage }) {
  const r = reportStrings(lang);
  const days = data.planning?.coDevelopmentDays ?? [];
  return (
    <section aria-labelledby="annual-report-co-development">
      <h3 id="annual-report-co-development">{r.coDevelopment}</h3>
      {!data.planning ? (
        <p>{r.planningMissing}</p>
      ) : days.length === 0 ? (
        <p>{r.noCoDevelopment}</p>
      ) : (
        <ScrollTable
          id="annual-report-co-development-table"
          caption={r.coDevelopment}
          columns={[
            { label: r.date },
            { label: r.families, numeric: true },
            { label: r.children, numeric: true },
            { label: r.staff, numeric: true },
            { label: r.partners, numeric: true },
            { label: r.themes },
            { label: r.outcomes },
          ]}
        >
          {days.map((day, index) => (
            <tr key={index}>
              <th scope="row">{formatDate(day.date, lang)}</th>
              <td className="numeric">{day.participants.families}</td>
              <td className="numeric">{day.participants.children}</td>
              <td className="numeric">{day.participants.staff}</td>
              <td className="numeric">{day.participants.partners}</td>
              <td>
                <ul>
                  {day.themes.map((theme, i) => (
                    <li key={i}>{theme}</li>
                  ))}
                </ul>
              </td>
              <td>{day.outcomes}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </section>
  );
}

function Actions({ data, lang }: { data: AnnualReport; lang: ReportLanguage }) {
  const r = reportStrings(lang);
  return (
    <section aria-labelledby="annual-report-actions">
      <h3 id="annual-report-actions">{r.actions}</h3>
      {data.actions.length === 0 ? (
        <p>{r.noActions}</p>
      ) : (
        <ScrollTable id="annual-report-actions-table" caption={r.actions} columns={[{ label: r.action }, { label: r.owner }, { label: r.due }, { label: r.statusColumn }]}>
          {data.actions.map((a, index) => (
            <tr key={index}>
              <th scope="row">{a.title}</th>
              <td>{a.owner}</td>
              <td>{formatDate(a.dueDate, lang)}</td>
              <td>{a.overdue ? `${r.actionStatus[a.status]}, ${r.overdue}` : r.actionStatus[a.status]}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </section>
  );
}

function RegionReport({ code, year, lang }: { code: string; year: number; lang: ReportLanguage }) {
  const report = useStaffQuery(annualReportsQueries.ofRegion(code, year));
  if (report.isError) return <LoadFailed lang={lang} error={report.error} onRetry={() => void report.refetch()} />;
  if (!report.data) return <Loading lang={lang} />;
  const data: RegionAnnualReport = report.data;
  const r = reportStrings(lang);
  const regionName = localized(data.region.name, lang);
  const cell = (figures: RegionAnnualReport['total'], key: string, unit: 'share' | 'mean') => {
    const figure = figures.find((f) => f.key === key);
    return figure ? `${figureText(figure, unit, lang)}${figure.status === 'published' ? ` (n ${figure.n})` : ''}` : '–';
  };
  return (
    <article className="annual-report annual-report--region printable" aria-labelledby="annual-report-heading">
      <h2 id="annual-report-heading">
        {r.regionTitle(data.year)}: {regionName}
      </h2>
      <p className="annual-report__note">
        {r.forRegion}. {r.made(formatDate(data.generatedAt, lang))} {r.disclosureNote} {data.planningAvailable ? '' : r.planningMissing}
      </p>
      <ReportActions pdfHref={regionPdfHref(data.region.code, data.year, lang)} year={data.year} lang={lang} />
      {data.places.length === 0 ? (
        <p>{r.noPlaces}</p>
      ) : (
        <ScrollTable
          id="annual-report-region-table"
          caption={r.forRegion}
          columns={[
            { label: r.place },
            ...data.indicators.map((i) => ({ label: i.title[lang] })),
            { label: r.planCounts },
            { label: r.evaluationsDone },
            { label: r.actionCounts },
            { label: r.coDevelopmentDays, numeric: true },
          ]}
        >
          {data.places.map((p) => (
            <tr key={p.meetingPlace.slug}>
              <th scope="row">{localized(p.meetingPlace.name, lang)}</th>
              {data.indicators.map((i) => (
                <td key={i.key}>{cell(p.indicators, i.key, i.unit)}</td>
              ))}
              <td>{p.plan ? `${p.plan.done} / ${p.plan.overdue} / ${p.plan.upcoming + p.plan.due + p.plan.done + p.plan.overdue}` : '–'}</td>
              <td>{`${p.evaluations.self ? r.yes : r.no} / ${p.evaluations.peers}`}</td>
              <td>{`${p.actions.done} / ${p.actions.planned + p.actions['in-progress'] + p.actions.done + p.actions.dropped} / ${p.actions.overdue}`}</td>
              <td className="numeric">{p.coDevelopmentDays === null ? '–' : p.coDevelopmentDays}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{r.regionTotal}</th>
            {data.indicators.map((i) => (
              <td key={i.key}>{cell(data.total, i.key, i.unit)}</td>
            ))}
            <td />
            <td />
            <td />
            <td />
          </tr>
        </ScrollTable>
      )}
    </article>
  );
}
