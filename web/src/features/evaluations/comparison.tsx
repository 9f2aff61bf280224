import { ScrollTable } from '../../components/scroll-table';
import { localized } from '../../lib/i18n';
import { useStaffQuery } from '../../lib/use-staff-query';
import { Loading, LoadFailed } from '../staff/components/form';
import { evaluationsQueries, type Comparison as ComparisonData, type CriterionComparison } from './evaluations-api';
import { evaluationsStrings, type EvaluationsStrings } from './strings';

/** Scores on the 1–4 maturity scale, with one decimal (means and gaps). */
export function formatScore(value: number | null | undefined, lang: string, signed = false): string {
  if (value === null || value === undefined) return '–';
  const text = value.toLocaleString(lang, { maximumFractionDigits: 1 });
  return signed && value > 0 ? `+${text}` : text;
}

/**
 * The year's comparison of self and peer evaluations: per criterion and per area, the largest
 * gaps marked, a chart with the table as its data, and the teams' report text; prints as the
 * A4 report for the steering group.
 */
export function ComparisonSection({
  slug,
  year,
  lang,
  canAddAction,
  onAddAction,
}: {
  slug: string;
  year: number;
  lang: string;
  canAddAction: boolean;
  onAddAction: (criterion: string) => void;
}) {
  const t = evaluationsStrings(lang);
  const comparison = useStaffQuery(evaluationsQueries.comparison(slug, year));
  if (comparison.isError) return <LoadFailed lang={lang} error={comparison.error} onRetry={() => void comparison.refetch()} />;
  if (!comparison.data) return <Loading lang={lang} />;
  const data = comparison.data;
  const hasSubmitted = data.criteria.some((c) => c.self !== null || c.peers.length > 0);
  return (
    <section aria-labelledby="comparison-heading" className="evaluation-report">
      <h2 id="comparison-heading">{t.comparisonHeading(year)}</h2>
      <h2 className="print-only">{t.reportHeading(localized(data.meetingPlace.name, lang), year)}</h2>
      {hasSubmitted ? <ComparisonTables data={data} t={t} lang={lang} canAddAction={canAddAction} onAddAction={onAddAction} /> : <p>{t.noComparison}</p>}
    </section>
  );
}

function ComparisonTables({
  data,
  t,
  lang,
  canAddAction,
  onAddAction,
}: {
  data: ComparisonData;
  t: EvaluationsStrings;
  lang: string;
  canAddAction: boolean;
  onAddAction: (criterion: string) => void;
}) {
  const place = localized(data.meetingPlace.name, lang);
  const peers = data.criteria[0]?.peers ?? [];
  const largest = new Set(data.largestGaps);
  const peerColumns = peers.map((p) => ({ label: t.peer(p.evaluatorPlace), numeric: true }));
  return (
    <>
      <p>{t.comparisonIntro}</p>
      <button type="button" className="button button--secondary no-print" onClick={() => window.print()}>
        {t.print}
      </button>
      <ScrollTable
        id="comparison-criteria"
        caption={t.criteriaCaption(place, data.year)}
        columns={[
          { label: t.criterion },
          { label: t.self, numeric: true },
          ...peerColumns,
          { label: t.peerMean, numeric: true },
          { label: t.gap, numeric: true },
          ...(canAddAction ? [{ label: t.addAction }] : []),
        ]}
      >
        {data.criteria.map((row) => (
          <CriterionRow key={row.criterion} row={row} largest={largest.has(row.criterion)} t={t} lang={lang} canAddAction={canAddAction} onAddAction={onAddAction} />
        ))}
      </ScrollTable>
      <GapChart criteria={data.criteria} t={t} lang={lang} />
      <ScrollTable
        id="comparison-areas"
        caption={t.areasCaption(place, data.year)}
        columns={[{ label: t.area }, { label: t.self, numeric: true }, ...peerColumns, { label: t.peerMean, numeric: true }, { label: t.gap, numeric: true }]}
      >
        {data.areas.map((row) => (
          <tr key={row.area}>
            <th scope="row">{localized(row.title, lang)}</th>
            <ScoreCells row={row} lang={lang} />
            <td className="numeric">{formatScore(row.gap, lang, true)}</td>
          </tr>
        ))}
      </ScrollTable>
      <TeamTexts data={data} t={t} />
    </>
  );
}

function CriterionRow({
  row,
  largest,
  t,
  lang,
  canAddAction,
  onAddAction,
}: {
  row: CriterionComparison;
  largest: boolean;
  t: EvaluationsStrings;
  lang: string;
  canAddAction: boolean;
  onAddAction: (criterion: string) => void;
}) {
  const title = localized(row.title, lang);
  return (
    <tr className={largest ? 'gap-largest' : undefined}>
      <th scope="row">{title}</th>
      <ScoreCells row={row} lang={lang} />
      <td className="numeric">
        {formatScore(row.gap, lang, true)}
        {largest ? <strong className="gap-flag"> ({t.largestGap})</strong> : null}
      </td>
      {canAddAction ? (
        <td>
          <button type="button" className="button button--secondary no-print" aria-label={t.addActionFor(title)} onClick={() => onAddAction(row.criterion)}>
            {t.addAction}
          </button>
        </td>
      ) : null}
    </tr>
  );
}

/** A row's self score, each peer's score and the peers' mean. */
function ScoreCells({ row, lang }: { row: Pick<CriterionComparison, 'self' | 'peers' | 'peerMean'>; lang: string }) {
  return (
    <>
      <td className="numeric">{formatScore(row.self, lang)}</td>
      {row.peers.map((p) => (
        <td key={p.evaluationId} className="numeric">
          {formatScore(p.score, lang)}
        </td>
      ))}
      <td className="numeric">{formatScore(row.peerMean, lang)}</td>
    </>
  );
}

/** Self and the peers' mean as bars on the 0–4 scale; the criteria table above is its data. */
function GapChart({ criteria, t, lang }: { criteria: CriterionComparison[]; t: EvaluationsStrings; lang: string }) {
  const width = (value: number | null) => `${((value ?? 0) / 4) * 100}%`;
  return (
    <figure className="gap-chart" aria-hidden="true">
      <figcaption>{t.chartTitle}</figcaption>
      {criteria.map((row) => (
        <div key={row.criterion} className="gap-chart__row">
          <span className="gap-chart__label">{localized(row.title, lang)}</span>
          <span className="gap-chart__bars">
            <span className="gap-chart__bar gap-chart__bar--self" style={{ width: width(row.self) }} />
            <span className="gap-chart__bar gap-chart__bar--peer" style={{ width: width(row.peerMean) }} />
          </span>
        </div>
      ))}
      <p className="gap-chart__legend">
        <span className="gap-chart__key gap-chart__bar--self" /> {t.self} <span className="gap-chart__key gap-chart__bar--peer" /> {t.peerMean}
      </p>
    </figure>
  );
}

/** The strengths and development targets each team wrote: the report's text. */
function TeamTexts({ data, t }: { data: ComparisonData; t: EvaluationsStrings }) {
  return (
    <div className="team-texts">
      {data.summaries.map((summary) => (
        <section key={`${summary.kind}-${summary.evaluatorPlace}`} aria-label={t.byTeam(t.kinds[summary.kind], summary.evaluatorPlace)}>
          <h3>{t.byTeam(t.kinds[summary.kind], summary.evaluatorPlace)}</h3>
          <h4>{t.strengths}</h4>
          <p>{summary.strengths ?? '–'}</p>
          <h4>{t.developmentTargets}</h4>
          <p>{summary.developmentTargets ?? '–'}</p>
        </section>
      ))}
    </div>
  );
}
