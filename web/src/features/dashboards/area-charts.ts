import type { ChartConfiguration } from '../../lib/charts';
import { localized } from '../../lib/i18n';
import { formatCalendarDay } from '../staff/components/date-time';
import {
  BAR_COLOUR,
  GAP_MARK_ROOM,
  gapMarks,
  hatchPattern,
  intervalWhiskers,
  OTHER_BAR_COLOUR,
  referenceLine,
  SERIES_STYLES,
  seriesIntervals,
  wrapLabel,
  type SeriesGap,
} from './chart-drawing';
import { clearExtremes } from './clear-ranking';
import { cellText, formatInterval, formatValue, missingText, numberLocale, periodLabel } from './format';
import type { AreaRef, CellStatus, IndicatorCell, IndicatorDescription, IndicatorSeries } from './indicators-api';
import type { DashboardStrings } from './strings';

// Chart.js configurations and their text alternatives, built from API figures. Suppressed
// figures are gaps (never zero bars); their labels say "fewer than 5 answers", and a gap in a
// line is marked on the axis with its reason.

export interface AreaFigure {
  area: AreaRef;
  cell: IndicatorCell;
}

function valueAxis(indicator: IndicatorDescription, lang: string) {
  const share = indicator.unit === 'share';
  const ticks = new Intl.NumberFormat(numberLocale(lang), share ? { style: 'percent', maximumFractionDigits: 0 } : { maximumFractionDigits: 1 });
  return {
    min: share ? 0 : indicator.scale.min,
    max: share ? 1 : indicator.scale.max,
    ticks: {
      callback: (value: number | string) => ticks.format(Number(value)),
      stepSize: share ? 0.2 : 1,
      maxRotation: 0,
      autoSkipPadding: 8,
    },
    grid: { color: '#d0d0d0' },
    border: { color: '#767676' },
  };
}

function tooltipLabel(cell: IndicatorCell, indicator: IndicatorDescription, lang: string, t: DashboardStrings): string {
  const text = cellText(cell, indicator.unit, lang, t);
  return cell.ci95 ? `${text} (95 %: ${formatInterval(cell.ci95, indicator.unit, lang)}, n = ${cell.n})` : text;
}

export const LINE_HEIGHT = 17;

/**
 * Horizontal bars of one indicator over areas, with interval whiskers. `highlight` draws the
 * first bar solid and the others hatched (a place among the areas around it); `reference`
 * draws a dashed line at a value (the region behind its places).
 */
export function barChart(
  figures: AreaFigure[],
  indicator: IndicatorDescription,
  lang: string,
  t: DashboardStrings,
  options: { highlightFirst?: boolean; reference?: number | null } = {},
): { config: ChartConfiguration; height: number } {
  // Narrow screens get narrower label lines, so the bars keep room.
  const width = typeof window !== 'undefined' && window.innerWidth < 640 ? 16 : 26;
  const labels = figures.map(({ area, cell }) => [...wrapLabel(localized(area.name, lang), width), cellText(cell, indicator.unit, lang, t)]);
  const hatch = options.highlightFirst ? hatchPattern(OTHER_BAR_COLOUR) : BAR_COLOUR;
  const plugins = [intervalWhiskers(figures.map(({ cell }) => cell.ci95))];
  if (options.reference !== null && options.reference !== undefined) plugins.push(referenceLine(options.reference));
  const lines = labels.reduce((sum, label) => sum + Math.max(label.length, 2), 0);
  const height = Math.max(160, lines * LINE_HEIGHT + figures.length * 14 + 60);
  const config: ChartConfiguration<'bar', (number | null)[], string[]> = {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          label: localized(indicator.title, lang),
          data: figures.map(({ cell }) => (cell.status === 'published' ? cell.value : null)),
          backgroundColor: figures.map((_, i) => (options.highlightFirst && i > 0 ? hatch : BAR_COLOUR)),
          borderColor: figures.map((_, i) => (options.highlightFirst && i > 0 ? OTHER_BAR_COLOUR : BAR_COLOUR)),
          borderWidth: 2,
          barPercentage: 0.75,
          categoryPercentage: 0.9,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: valueAxis(indicator, lang),
        y: { ticks: { autoSkip: false }, grid: { display: false }, border: { color: '#767676' } },
      },
      plugins: {
        tooltip: {
          callbacks: {
            title: (items) => localized(figures[items[0].dataIndex].area.name, lang),
            label: (item) => tooltipLabel(figures[item.dataIndex].cell, indicator, lang, t),
          },
        },
      },
    },
    plugins,
  };
  return { config: config as unknown as ChartConfiguration, height };
}

/** "Koivukylä 70,7 %; Itäinen palvelualue 80,1 %; …" for a few areas. */
export function listSummary(figures: AreaFigure[], indicator: IndicatorDescription, lang: string, t: DashboardStrings): string {
  return `${figures.map(({ area, cell }) => `${localized(area.name, lang)} ${cellText(cell, indicator.unit, lang, t)}`).join('; ')}.`;
}

function isShown(cell: IndicatorCell): boolean {
  return cell.status === 'published' && cell.value !== null;
}

/**
 * For many areas: the one clearly highest and the one clearly lowest (its 95 % interval apart
 * from every other shown area's, clear-ranking.ts), or that none stands out; and how many
 * could not be shown. A headline never names an area that is on top only by chance.
 */
export function rangeSummary(figures: AreaFigure[], indicator: IndicatorDescription, lang: string, t: DashboardStrings): string {
  const shown = figures.filter(({ cell }) => isShown(cell));
  if (shown.length === 0) return t.noPublished;
  const describe = ({ area, cell }: AreaFigure) => `${localized(area.name, lang)} ${formatValue(cell.value!, indicator.unit, lang)}`;
  const parts: string[] = [];
  if (shown.length === 1) {
    parts.push(`${describe(shown[0])}.`);
  } else {
    const { highest, lowest } = clearExtremes(shown, ({ cell }) => cell.ci95);
    if (highest) parts.push(`${t.clearlyHighest}: ${describe(highest)}.`);
    if (lowest) parts.push(`${t.clearlyLowest}: ${describe(lowest)}.`);
    if (!highest && !lowest) parts.push(t.noneStandsOut);
  }
  // How many could not be shown, by why (a withheld figure may have plenty of answers).
  const reasons = new Map<string, number>();
  for (const { cell } of figures.filter((figure) => !isShown(figure.cell))) {
    const reason = missingText(cell.status, t, cell.n);
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  for (const [reason, count] of reasons) parts.push(t.missingCount(count, reason));
  return parts.join(' ');
}

const NO_POINT: IndicatorCell = { value: null, n: 0, suppressed: true, status: 'no-answers', ci95: null };

function pointAt(s: IndicatorSeries, period: string): IndicatorCell {
  return s.points.find((p) => p.period === period) ?? NO_POINT;
}

/** The short word on the axis for a missing point: withheld, no answers, not released yet. */
function gapWord(status: CellStatus, t: DashboardStrings): string {
  if (status === 'not-released') return t.notReleased;
  if (status === 'no-answers') return t.noAnswers;
  return t.gapSuppressed;
}

/**
 * The axis label of each period: the period, and under it why a series has no point there
 * ("Kohtaamispaikka:" / "salattu", the series by its level, which is shorter than its name and
 * as clear beside the legend), or just the reason when every series lacks a point there.
 * A gap in a line is never silent.
 */
export function trendAxisLabels(series: IndicatorSeries[], periods: string[], t: DashboardStrings, lang = 'fi'): string[][] {
  return periods.map((period) => {
    // A period the kiosks covered only in part says from when (its coverage is the same for every area).
    const partial = series.map((s) => pointAt(s, period).coverage).find((coverage) => coverage?.partial);
    const label = [...wrapLabel(periodLabel(period, t), 14), ...(partial ? [t.partialFrom(formatCalendarDay(partial.from, lang))] : [])];
    const gaps = series.flatMap((s) => {
      const cell = pointAt(s, period);
      return isShown(cell) ? [] : [{ s, word: gapWord(cell.status, t) }];
    });
    if (gaps.length === 0) return label;
    if (gaps.length === series.length && gaps.every((gap) => gap.word === gaps[0].word)) return [...label, gaps[0].word];
    return [...label, ...gaps.flatMap(({ s, word }) => [`${t.levelSingular[s.level]}:`, word])];
  });
}

/**
 * One line per area over the periods of the series, each published point with its 95 %
 * interval; where a figure is not shown the line has a gap, marked on the axis and named in
 * the axis label.
 */
export function trendChart(
  series: IndicatorSeries[],
  indicator: IndicatorDescription,
  lang: string,
  t: DashboardStrings,
): { config: ChartConfiguration; periods: string[]; height: number } {
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort();
  const labels = trendAxisLabels(series, periods, t, lang);
  // The plot keeps its height however many lines the axis labels take.
  const height = 280 + Math.max(1, ...labels.map((label) => label.length)) * LINE_HEIGHT;
  const cells = series.map((s) => periods.map((period) => pointAt(s, period)));
  const styleOf = (i: number) => SERIES_STYLES[i % SERIES_STYLES.length];
  const gaps: SeriesGap[] = cells.flatMap((row, i) => row.flatMap((cell, index) => (isShown(cell) ? [] : [{ index, style: styleOf(i) }])));
  const config: ChartConfiguration<'line', (number | null)[], string[]> = {
    type: 'line',
    data: {
      labels,
      datasets: series.map((s, i) => {
        const style = styleOf(i);
        return {
          label: localized(s.name, lang),
          data: cells[i].map((cell) => (isShown(cell) ? cell.value : null)),
          borderColor: style.color,
          backgroundColor: style.color,
          borderDash: style.dash,
          borderWidth: 3,
          pointStyle: style.pointStyle,
          pointRadius: 6,
          pointHoverRadius: 8,
          pointBorderColor: style.color,
          pointBorderWidth: 2,
          spanGaps: false,
        };
      }),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        y: valueAxis(indicator, lang),
        // Every period keeps its label (and the reason for any gap): no skipping, no slant. The
        // padding leaves room for the gap marks between the axis and the labels (chart-drawing.ts),
        // and the offset keeps the first and last points and their intervals off the edges.
        x: {
          offset: true,
          grid: { display: false },
          border: { color: '#767676' },
          ticks: { autoSkip: false, maxRotation: 0, padding: GAP_MARK_ROOM },
        },
      },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label}: ${tooltipLabel(cells[item.datasetIndex][item.dataIndex], indicator, lang, t)}`,
          },
        },
      },
    },
    plugins: [seriesIntervals(cells.map((row) => row.map((cell) => (isShown(cell) ? cell.ci95 : null)))), gapMarks(gaps)],
  };
  return { config: config as unknown as ChartConfiguration, periods, height };
}

export function trendSummary(series: IndicatorSeries[], periods: string[], indicator: IndicatorDescription, lang: string, t: DashboardStrings): string {
  return series
    .map((s) =>
      t.seriesSummary(
        localized(s.name, lang),
        periods
          .map((period) => {
            const point = s.points.find((p) => p.period === period);
            const text = point ? cellText(point, indicator.unit, lang, t) : t.noAnswers;
            return `${periodLabel(period, t)} ${text}`;
          })
          .join(', '),
      ),
    )
    .concat(t.trendNote)
    .join(' ');
}
