import type { ChartConfiguration } from '../../lib/charts';
import { localized } from '../../lib/i18n';
import {
  BAR_COLOUR,
  hatchPattern,
  intervalWhiskers,
  OTHER_BAR_COLOUR,
  referenceLine,
  SERIES_STYLES,
  wrapLabel,
} from './chart-drawing';
import { cellText, formatInterval, formatValue, numberLocale, periodLabel } from './format';
import type { AreaRef, IndicatorCell, IndicatorDescription, IndicatorSeries } from './indicators-api';
import type { DashboardStrings } from './strings';

// Chart.js configurations and their text alternatives, built from API figures. Suppressed
// figures are gaps (never zero bars); their labels say "fewer than 5 answers".

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

/** For many areas: the highest and lowest, and how many could not be shown. */
export function rangeSummary(figures: AreaFigure[], indicator: IndicatorDescription, lang: string, t: DashboardStrings): string {
  const shown = figures.filter(({ cell }) => cell.status === 'published' && cell.value !== null);
  const missing = figures.length - shown.length;
  if (shown.length === 0) return t.noPublished;
  const sorted = [...shown].sort((a, b) => b.cell.value! - a.cell.value!);
  const describe = ({ area, cell }: AreaFigure) => `${localized(area.name, lang)} ${formatValue(cell.value!, indicator.unit, lang)}`;
  const parts = [`${t.highest}: ${describe(sorted[0])}.`];
  if (sorted.length > 1) parts.push(`${t.lowest}: ${describe(sorted[sorted.length - 1])}.`);
  if (missing > 0) parts.push(t.suppressedCount(missing));
  return parts.join(' ');
}

/** One line per area over the periods of the series; gaps where a figure is not shown. */
export function trendChart(
  series: IndicatorSeries[],
  indicator: IndicatorDescription,
  lang: string,
  t: DashboardStrings,
): { config: ChartConfiguration; periods: string[] } {
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort();
  const cellAt = (s: IndicatorSeries, period: string): IndicatorCell =>
    s.points.find((p) => p.period === period) ?? { value: null, n: 0, suppressed: true, status: 'no-answers', ci95: null };
  const config: ChartConfiguration<'line', (number | null)[], string> = {
    type: 'line',
    data: {
      labels: periods.map((p) => periodLabel(p, t)),
      datasets: series.map((s, i) => {
        const style = SERIES_STYLES[i % SERIES_STYLES.length];
        return {
          label: localized(s.name, lang),
          data: periods.map((p) => {
            const cell = cellAt(s, p);
            return cell.status === 'published' ? cell.value : null;
          }),
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
        x: { grid: { display: false }, border: { color: '#767676' } },
      },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label}: ${tooltipLabel(cellAt(series[item.datasetIndex], periods[item.dataIndex]), indicator, lang, t)}`,
          },
        },
      },
    },
  };
  return { config: config as unknown as ChartConfiguration, periods };
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
    .join(' ');
}
