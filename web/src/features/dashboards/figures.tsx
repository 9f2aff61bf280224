import { Link } from '../../components/link';
import { formatCalendarDay, formatDate } from '../staff/components/date-time';
import { localized } from '../../lib/i18n';
import { describeChange, formatCount, formatInterval, formatValue, missingText, periodLabel, verdictText } from './format';
import type { AreaFigure } from './area-charts';
import type { IndicatorCell, IndicatorChange, IndicatorDescription, IndicatorUnit } from './indicators-api';
import { releasedAtOf } from './print-stamp';
import type { DashboardStrings } from './strings';

// Small pieces every dashboard shows: a figure, its change, the notes under a table.

/** A value, or "fewer than 5 answers" / "no answers" in words (never 0, never empty). */
export function Figure({ cell, unit, lang, t }: { cell: IndicatorCell; unit: IndicatorUnit; lang: string; t: DashboardStrings }) {
  if (cell.status === 'published' && cell.value !== null) {
    return <span className="dash-value">{formatValue(cell.value, unit, lang)}</span>;
  }
  return <span className={`dash-missing dash-missing--${cell.status}`}>{missingText(cell.status, t, cell.n)}</span>;
}

/** A value with its n underneath, for the cells of comparison tables; an area without the indicator has no answers. */
export function FigureWithN({ cell, unit, lang, t }: { cell: IndicatorCell | undefined | null; unit: IndicatorUnit; lang: string; t: DashboardStrings }) {
  if (!cell) return <span className="dash-missing">{t.noAnswers}</span>;
  return (
    <>
      <Figure cell={cell} unit={unit} lang={lang} t={t} />
      {cell.n !== null && cell.n > 0 ? <span className="dash-n">{t.nAnswers(formatCount(cell.n, lang))}</span> : null}
    </>
  );
}

export function IntervalText({ cell, unit, lang, t }: { cell: IndicatorCell; unit: IndicatorUnit; lang: string; t: DashboardStrings }) {
  if (cell.ci95) return <>{formatInterval(cell.ci95, unit, lang)}</>;
  return <span className="dash-missing">{cell.status === 'published' ? '–' : missingText(cell.status, t, cell.n)}</span>;
}

export function CountText({ cell, lang, t }: { cell: IndicatorCell; lang: string; t: DashboardStrings }) {
  // Participation is shown whatever the status: suppression protects values, not counts.
  if (cell.n !== null && cell.n > 0) return <>{formatCount(cell.n, lang)}</>;
  return <span className="dash-missing">{missingText(cell.status, t, cell.n)}</span>;
}

/**
 * The change from the previous period: an arrow for the way the figure went and words for
 * whether that is better, worse or no clear change (so neither the arrow nor the colour
 * carries the meaning alone), with the change's own 95 % interval under it. Only a clear
 * change of a comparable question is coloured; noise reads as noise.
 */
export function ChangeText({
  row,
  indicator,
  lang,
  t,
}: {
  row: IndicatorChange;
  indicator: IndicatorDescription;
  lang: string;
  t: DashboardStrings;
}) {
  if (row.change !== null && row.status === 'published') {
    const change = describeChange(row.change, indicator.unit, indicator.direction, lang, t);
    const clear = change.verdict === 'better' || change.verdict === 'worse';
    const arrow = !clear ? '≈' : change.direction === 'up' ? '▲' : '▼';
    return (
      <span className={`dash-change dash-change--${change.verdict}`} data-verdict={change.verdict}>
        <span className="dash-change__arrow" aria-hidden="true">
          {arrow}
        </span>{' '}
        <span className="dash-change__amount">{change.amount}</span>, <span className="dash-change__verdict">{verdictText(change.verdict, t)}</span>
        <span className="dash-change__interval">{t.changeInterval(change.interval)}</span>
      </span>
    );
  }
  if (row.status !== 'published') return <span className="dash-missing">{t.notComparable}</span>;
  if (row.coverage?.partial) return <span className="dash-missing">{t.currentPartial(formatCalendarDay(row.coverage.from, lang))}</span>;
  if (!row.previous) return <span className="dash-missing">{t.noPrevious}</span>;
  const previousPeriod = periodLabel(row.previous.period, t);
  if (row.previous.coverage?.partial) {
    return <span className="dash-missing">{t.previousPartial(previousPeriod, formatCalendarDay(row.previous.coverage.from, lang))}</span>;
  }
  if (row.previous.suppressed) return <span className="dash-missing">{t.previousSuppressed(previousPeriod)}</span>;
  return <span className="dash-missing">{t.notComparable}</span>;
}

/** The column headers matching FigureCells (and FiguresTable): value, interval, answers. */
export function FigureHeaderCells({ t }: { t: DashboardStrings }) {
  return (
    <>
      <th scope="col" className="numeric">
        {t.value}
      </th>
      <th scope="col" className="numeric">
        {t.interval}
      </th>
      <th scope="col" className="numeric">
        {t.answers}
      </th>
    </>
  );
}

/** A key-figure row's cells after its name: the value, its interval, n and the change. */
export function FigureCells({ indicator, lang, t }: { indicator: IndicatorChange & IndicatorDescription; lang: string; t: DashboardStrings }) {
  return (
    <>
      <td className="numeric">
        <Figure cell={indicator} unit={indicator.unit} lang={lang} t={t} />
      </td>
      <td className="numeric">
        <IntervalText cell={indicator} unit={indicator.unit} lang={lang} t={t} />
      </td>
      <td className="numeric">
        <CountText cell={indicator} lang={lang} t={t} />
      </td>
      <td>
        <ChangeText row={indicator} indicator={indicator} lang={lang} t={t} />
      </td>
    </>
  );
}

/** The indicator's name, and "lower is better" where that is so. */
export function IndicatorName({
  indicator,
  lang,
  t,
  withDescription = false,
  noteMark,
}: {
  indicator: IndicatorDescription;
  lang: string;
  t: DashboardStrings;
  withDescription?: boolean;
  noteMark?: number;
}) {
  return (
    <>
      <span className="dash-indicator">{localized(indicator.title, lang)}</span>
      {noteMark ? <NoteMark mark={noteMark} /> : null}
      {indicator.direction === 'lower-is-better' ? <span className="dash-direction"> ({t.lowerIsBetter})</span> : null}
      {withDescription ? <span className="dash-desc">{localized(indicator.description, lang)}</span> : null}
    </>
  );
}

/** A superscript link to a numbered note under the table. */
export function NoteMark({ mark }: { mark: number }) {
  return (
    <sup className="dash-note-mark">
      <a href={`#dash-note-${mark}`} aria-label={`(${mark})`}>
        {mark}
      </a>
    </sup>
  );
}

/** Numbered notes for indicators with a caveat (a reworded question), keyed by indicator. */
export function indicatorNotes(indicators: IndicatorDescription[]): Map<string, number> {
  const marks = new Map<string, number>();
  for (const indicator of indicators) if (indicator.note) marks.set(indicator.key, marks.size + 1);
  return marks;
}

/**
 * Where the figures come from: "Released 16.1.2027" for a release, or, while the period is
 * open, why only participation is shown.
 */
export function ReleaseNote({ cells, lang, t }: { cells: IndicatorCell[]; lang: string; t: DashboardStrings }) {
  const releasedAt = releasedAtOf(cells);
  const partial = cells.map((cell) => cell.coverage).find((coverage) => coverage?.partial);
  if (releasedAt) {
    return (
      <>
        <p className="dash-release">{t.releasedOn(formatDate(releasedAt, lang))}</p>
        {partial ? <p className="dash-release dash-release--partial">{t.coverageNote(formatCalendarDay(partial.from, lang), formatCalendarDay(partial.to, lang))}</p> : null}
      </>
    );
  }
  if (cells.some((cell) => cell.status === 'not-released')) return <p className="dash-release dash-release--open">{t.notReleasedNote}</p>;
  return null;
}

export function Footnotes({
  indicators,
  marks,
  lang,
  t,
}: {
  indicators: IndicatorDescription[];
  marks: Map<string, number>;
  lang: string;
  t: DashboardStrings;
}) {
  return (
    <div className="dash-footnotes">
      <p>{t.footnoteShare}</p>
      <p>{t.footnoteSuppressed}</p>
      <p>{t.footnoteInterval}</p>
      <p>{t.footnoteChange}</p>
      {marks.size > 0 ? (
        <ol className="dash-notes">
          {indicators
            .filter((indicator) => marks.has(indicator.key))
            .map((indicator) => (
              <li key={indicator.key} id={`dash-note-${marks.get(indicator.key)}`} value={marks.get(indicator.key)}>
                {localized(indicator.title, lang)}: {localized(indicator.note, lang)}
              </li>
            ))}
        </ol>
      ) : null}
    </div>
  );
}

export function Breadcrumbs({ items, label }: { items: Array<{ name: string; href?: string }>; label: string }) {
  return (
    <nav className="dash-breadcrumbs" aria-label={label}>
      <ol>
        {items.map((item, index) => (
          <li key={index}>
            {item.href ? (
              <Link href={item.href}>{item.name}</Link>
            ) : (
              <span aria-current="page">{item.name}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The figures of one chart: area, value, interval and n. */
export function FiguresTable({
  figures,
  indicator,
  lang,
  t,
  caption,
}: {
  figures: AreaFigure[];
  indicator: IndicatorDescription;
  lang: string;
  t: DashboardStrings;
  caption: string;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table dash-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.area}</th>
            <FigureHeaderCells t={t} />
          </tr>
        </thead>
        <tbody>
          {figures.map(({ area, cell }) => (
            <tr key={`${area.level}:${area.code}`}>
              <th scope="row">{localized(area.name, lang)}</th>
              <td className="numeric">
                <Figure cell={cell} unit={indicator.unit} lang={lang} t={t} />
              </td>
              <td className="numeric">
                <IntervalText cell={cell} unit={indicator.unit} lang={lang} t={t} />
              </td>
              <td className="numeric">
                <CountText cell={cell} lang={lang} t={t} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
