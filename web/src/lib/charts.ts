import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

// The one Chart.js registration of the app. Only what the dashboards draw is registered (bar
// and line charts on category × linear axes, with tooltips), so tree-shaking leaves the rest of
// Chart.js out. Legends are HTML next to the chart, not the canvas plugin: they can be read by
// screen readers and show each series' marker and line pattern. Only the dashboards import this
// module, and they are loaded lazily: respondent pages never download chart code.

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip);

Chart.defaults.font.family =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";
Chart.defaults.font.size = 13;
// Axis text and ticks in the page's text colour (#1a1a1a, 17:1 on white), grid lines light.
Chart.defaults.color = '#1a1a1a';
Chart.defaults.borderColor = '#d0d0d0';
Chart.defaults.maintainAspectRatio = false;
if (typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) {
  Chart.defaults.animation = false;
}

export { Chart };
// Marker shapes drawn outside a dataset (where a line has a gap), as Chart.js draws its points.
export { drawPoint } from 'chart.js/helpers';
export type { ChartConfiguration, ChartDataset, Plugin, PointStyle } from 'chart.js';
