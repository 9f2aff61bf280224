import { drawPoint, type Plugin, type PointStyle } from '../../lib/charts';

// What the dashboards draw on top of Chart.js: 95 % interval whiskers (bars and lines), marks
// where a line has a gap, a reference line (the region's value behind its places) and a hatch
// pattern. Colours all have at least 3:1 contrast on white (WCAG 1.4.11), and every series
// differs by more than colour: marker shape, line pattern or hatching, and a text label.

const INK = '#1a1a1a';

/** The line series of a time-series chart, in the order place, service area, region, country. */
export interface SeriesStyle {
  color: string;
  pointStyle: PointStyle;
  dash: number[];
}

export const SERIES_STYLES: readonly SeriesStyle[] = [
  { color: '#0b5d4b', pointStyle: 'circle', dash: [] }, // green, 7.6:1
  { color: '#a15c00', pointStyle: 'triangle', dash: [10, 4] }, // brown, 5.2:1
  { color: '#1d4ed8', pointStyle: 'rect', dash: [3, 3] }, // blue, 6.7:1
  { color: '#1a1a1a', pointStyle: 'rectRot', dash: [12, 4, 3, 4] }, // near black, 17:1
  { color: '#6b21a8', pointStyle: 'crossRot', dash: [6, 6] }, // purple, 8.7:1
];

export const BAR_COLOUR = '#0b5d4b';
export const OTHER_BAR_COLOUR = '#4d4d4d';
export const REFERENCE_COLOUR = '#a15c00';

/** Diagonal stripes: the bars of the areas a place is compared with, unlike its own solid bar. */
export function hatchPattern(color: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return color;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(0, 8);
  ctx.lineTo(8, 0);
  ctx.moveTo(-2, 2);
  ctx.lineTo(2, -2);
  ctx.moveTo(6, 10);
  ctx.lineTo(10, 6);
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? color;
}

/**
 * One interval as a whisker: a line from `low` to `high` along `axis` (pixels) at `at` across
 * it, with a cap of ±`cap` at each end.
 */
function strokeWhisker(ctx: CanvasRenderingContext2D, axis: 'x' | 'y', at: number, low: number, high: number, cap: number): void {
  const point = (along: number, across: number): [number, number] => (axis === 'x' ? [along, across] : [across, along]);
  ctx.beginPath();
  ctx.moveTo(...point(low, at));
  ctx.lineTo(...point(high, at));
  for (const end of [low, high]) {
    ctx.moveTo(...point(end, at - cap));
    ctx.lineTo(...point(end, at + cap));
  }
  ctx.stroke();
}

/** Whiskers for the 95 % intervals of the first dataset's bars; a white halo keeps them visible on a dark bar. */
export function intervalWhiskers(intervals: ReadonlyArray<[number, number] | null>): Plugin<'bar'> {
  return {
    id: 'kohtaamoIntervals',
    afterDatasetsDraw(chart) {
      const meta = chart.getDatasetMeta(0);
      const horizontal = chart.options.indexAxis === 'y';
      const scale = horizontal ? chart.scales.x : chart.scales.y;
      if (!scale) return;
      const ctx = chart.ctx;
      ctx.save();
      for (const [width, colour] of [
        [5, '#ffffff'],
        [2, INK],
      ] as const) {
        ctx.lineWidth = width;
        ctx.strokeStyle = colour;
        meta.data.forEach((element, index) => {
          const interval = intervals[index];
          if (!interval) return;
          const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
          const low = scale.getPixelForValue(interval[0]);
          const high = scale.getPixelForValue(interval[1]);
          strokeWhisker(ctx, horizontal ? 'x' : 'y', horizontal ? y : x, low, high, 5);
        });
      }
      ctx.restore();
    },
  };
}

/**
 * Error bars for a line chart: each series' 95 % intervals (by period index) as vertical bars
 * with caps, in the series' colour, through the series' own marker. They are drawn before the
 * lines so that markers and lines stay on top. Series at the same period sit a few pixels
 * apart (still inside the marker) so that equal intervals do not hide one another.
 */
export function seriesIntervals(intervals: ReadonlyArray<ReadonlyArray<readonly [number, number] | null>>): Plugin<'line'> {
  return {
    id: 'kohtaamoSeriesIntervals',
    beforeDatasetsDraw(chart) {
      const { x: xScale, y: yScale } = chart.scales;
      if (!xScale || !yScale) return;
      const ctx = chart.ctx;
      const spread = 3;
      const cap = 5;
      ctx.save();
      intervals.forEach((series, k) => {
        const colour = String(chart.data.datasets[k]?.borderColor ?? INK);
        const offset = (k - (intervals.length - 1) / 2) * spread;
        for (const [width, stroke] of [
          [5, '#ffffff'],
          [2, colour],
        ] as const) {
          ctx.lineWidth = width;
          ctx.strokeStyle = stroke;
          series.forEach((interval, index) => {
            if (!interval) return;
            const x = xScale.getPixelForValue(index) + offset;
            const low = yScale.getPixelForValue(interval[0]);
            const high = yScale.getPixelForValue(interval[1]);
            strokeWhisker(ctx, 'y', x, low, high, cap);
          });
        }
      });
      ctx.restore();
    },
  };
}

/** A period where a series has no figure: which series, and at which period index. */
export interface SeriesGap {
  index: number;
  style: SeriesStyle;
}

/** Space between the horizontal axis and its labels, where gap marks are drawn. */
export const GAP_MARK_ROOM = 18;

/**
 * Marks where a line has a gap: the series' marker, hollow, just under the horizontal axis at
 * that period, above the axis label that says why. Under the axis, not on it: a mark on the
 * axis line would read as a value of 0. Several gaps at one period sit side by side in the
 * order of the legend.
 */
export function gapMarks(gaps: readonly SeriesGap[]): Plugin<'line'> {
  return {
    id: 'kohtaamoGapMarks',
    afterDatasetsDraw(chart) {
      const xScale = chart.scales.x;
      if (!xScale) return;
      const ctx = chart.ctx;
      const step = 14;
      ctx.save();
      ctx.fillStyle = '#ffffff';
      ctx.lineWidth = 2;
      ctx.setLineDash([]);
      for (const index of new Set(gaps.map((gap) => gap.index))) {
        const here = gaps.filter((gap) => gap.index === index);
        here.forEach((gap, j) => {
          const x = xScale.getPixelForValue(index) + (j - (here.length - 1) / 2) * step;
          ctx.strokeStyle = gap.style.color;
          drawPoint(ctx, { pointStyle: gap.style.pointStyle, radius: 5, borderWidth: 2, rotation: 0 }, x, xScale.top + GAP_MARK_ROOM / 2 + 1);
        });
      }
      ctx.restore();
    },
  };
}

/** A dashed line across a horizontal bar chart at `value`, e.g. the region behind its places. */
export function referenceLine(value: number): Plugin<'bar'> {
  return {
    id: 'kohtaamoReference',
    afterDatasetsDraw(chart) {
      const scale = chart.options.indexAxis === 'y' ? chart.scales.x : chart.scales.y;
      if (!scale) return;
      const { top, bottom, left, right } = chart.chartArea;
      const at = scale.getPixelForValue(value);
      const ctx = chart.ctx;
      ctx.save();
      ctx.strokeStyle = REFERENCE_COLOUR;
      ctx.lineWidth = 3;
      ctx.setLineDash([8, 5]);
      ctx.beginPath();
      if (chart.options.indexAxis === 'y') {
        ctx.moveTo(at, top);
        ctx.lineTo(at, bottom);
      } else {
        ctx.moveTo(left, at);
        ctx.lineTo(right, at);
      }
      ctx.stroke();
      ctx.restore();
    },
  };
}

/** Breaks a long area name into lines for a category axis. */
export function wrapLabel(text: string, width = 26): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
