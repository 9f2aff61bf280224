import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Chart, type ChartConfiguration } from '../../lib/charts';
import type { SeriesStyle } from './chart-drawing';

// A chart is a <figure>: a caption, a one-paragraph text alternative that says what the chart
// shows (the canvas is role="img", named by the caption and described by that paragraph),
// the canvas, an HTML legend where there are several series, and the figures as a table.

/** Printable width of A4 portrait with 15 mm margins, in CSS pixels. */
const PRINT_WIDTH = 680;

type CanvasProps = {
  config: ChartConfiguration;
  label: string;
  describedBy: string;
  height: number;
};

function ChartCanvas({ config, label, describedBy, height }: CanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const chart = new Chart(canvas, config);
    // Charts draw at screen size; for paper, redraw at the printable width and a higher pixel
    // ratio (Chart.js's own advice), then go back.
    const beforePrint = () => {
      chart.options.devicePixelRatio = 3;
      chart.resize(PRINT_WIDTH, height);
    };
    const afterPrint = () => {
      chart.options.devicePixelRatio = undefined;
      chart.resize();
    };
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
      chart.destroy();
    };
  }, [config, height]);

  return (
    <div className="dash-chart" style={{ height: `${height}px` }}>
      <canvas ref={canvasRef} role="img" aria-label={label} aria-describedby={describedBy} />
    </div>
  );
}

type FigureProps = {
  title: string;
  /** The text alternative: what a sighted reader would take from the chart. */
  summary: string;
  config: ChartConfiguration;
  height: number;
  legend?: ReactNode;
  tableLabel: string;
  /** The chart's figures; rendered inside a <details> under the chart. */
  table: ReactNode;
};

export function ChartFigure({ title, summary, config, height, legend, tableLabel, table }: FigureProps) {
  const id = useId();
  const summaryId = `${id}-summary`;
  return (
    <figure className="dash-figure">
      <figcaption>
        <span className="dash-figure__title">{title}</span>
        <span className="dash-figure__summary" id={summaryId}>
          {summary}
        </span>
      </figcaption>
      {legend}
      <ChartCanvas config={config} label={title} describedBy={summaryId} height={height} />
      <details className="dash-details">
        <summary>{tableLabel}</summary>
        {table}
      </details>
    </figure>
  );
}

/** A legend entry drawn like the series itself: line pattern and marker shape. */
export function SeriesSwatch({ style }: { style: SeriesStyle }) {
  return (
    <svg className="dash-swatch" width="40" height="16" viewBox="0 0 40 16" aria-hidden="true" focusable="false">
      <line x1="2" y1="8" x2="38" y2="8" stroke={style.color} strokeWidth="3" strokeDasharray={style.dash.join(' ') || undefined} />
      <Marker style={style} />
    </svg>
  );
}

function Marker({ style }: { style: SeriesStyle }) {
  const c = style.color;
  switch (style.pointStyle) {
    case 'triangle':
      return <polygon points="20,2 26,13 14,13" fill={c} />;
    case 'rect':
      return <rect x="15" y="3" width="10" height="10" fill={c} />;
    case 'rectRot':
      return <polygon points="20,1 27,8 20,15 13,8" fill={c} />;
    case 'crossRot':
      return <path d="M15 3 L25 13 M25 3 L15 13" stroke={c} strokeWidth="3" />;
    default:
      return <circle cx="20" cy="8" r="5" fill={c} />;
  }
}

/** The series, and what the vertical bars through the points are when the chart draws them. */
export function SeriesLegend({ items, intervalLabel }: { items: Array<{ name: string; style: SeriesStyle }>; intervalLabel?: string }) {
  return (
    <ul className="dash-legend">
      {items.map((item) => (
        <li key={item.name}>
          <SeriesSwatch style={item.style} />
          <span>{item.name}</span>
        </li>
      ))}
      {intervalLabel ? (
        <li>
          <svg className="dash-swatch" width="40" height="16" viewBox="0 0 40 16" aria-hidden="true" focusable="false">
            <path d="M20 1 V15 M15 1 H25 M15 15 H25" stroke="#1a1a1a" strokeWidth="2" fill="none" />
          </svg>
          <span>{intervalLabel}</span>
        </li>
      ) : null}
    </ul>
  );
}
