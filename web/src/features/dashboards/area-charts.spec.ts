// The router listens to the window when it loads; these tests need only names and words.
jest.mock('../../lib/router', () => ({}));

import { rangeSummary, trendAxisLabels, trendChart, trendSummary, type AreaFigure } from './area-charts';
import type { AreaLevel, CellStatus, IndicatorSeries, SeriesPoint } from './indicators-api';
import { dashboardStrings } from './strings';

// What the charts say in words (their text alternatives and axis labels), without a browser:
// an area is named highest or lowest only when it clearly is, and a gap in a line says why.

const fi = dashboardStrings('fi');
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const welcome: IndicatorSeries['indicator'] = {
  key: 'felt-welcome',
  title: { fi: 'Tervetullut olo', sv: 'Välkommen', en: 'Felt welcome' },
  description: { fi: '', sv: '', en: '' },
  instrument: 'visitor-survey',
  core: true,
  unit: 'share',
  direction: 'higher-is-better',
  scale: { kind: 'agreement', min: 1, max: 5 },
  periods: ['year'],
};

function figure(name: string, value: number | null, ci95: [number, number] | null, n = value === null ? 3 : 40): AreaFigure {
  const status: CellStatus = value !== null ? 'published' : n === 0 ? 'no-answers' : 'suppressed';
  return {
    area: { level: 'meeting-place', code: name.toLowerCase(), name: { fi: name, sv: name, en: name } },
    cell: { value, n, suppressed: status !== 'published', status, ci95 },
  };
}

describe('the headline over the bars of many areas', () => {
  test('names no area when the intervals overlap, even if one has 100 % with n = 8', () => {
    const figures = [
      figure('Martinlaakso', 1, [0.676, 1]),
      figure('Koivukylä', 0.7, [0.62, 0.78]),
      figure('Hakunila', 0.75, [0.65, 0.85]),
      figure('Myyrmäki', null, null),
      figure('Tikkurila', null, null),
    ];
    expect(rangeSummary(figures, welcome, 'fi', fi)).toBe(
      'Yksikään alue ei erotu selvästi muista (95 %:n luottamusvälit menevät päällekkäin). 2 aluetta: alle 5 vastausta.',
    );
    expect(rangeSummary(figures, welcome, 'sv', dashboardStrings('sv'))).toBe(
      'Inget område skiljer sig klart från de andra (95 % konfidensintervallen överlappar). 2 områden: färre än 5 svar.',
    );
    expect(rangeSummary(figures, welcome, 'en', dashboardStrings('en'))).toBe(
      'No area clearly stands out from the others (the 95 % intervals overlap). 2 areas: fewer than 5 answers.',
    );
  });

  test('names an area whose interval lies wholly above (or below) all the others', () => {
    const figures = [figure('Koivukylä', 0.92, [0.86, 0.97]), figure('Hakunila', 0.7, [0.6, 0.8]), figure('Tikkurila', 0.72, [0.63, 0.81])];
    expect(plain(rangeSummary(figures, welcome, 'fi', fi))).toBe('Selvästi muita korkeampi: Koivukylä 92,0 %.');
    const both = [figure('Koivukylä', 0.92, [0.86, 0.97]), figure('Hakunila', 0.7, [0.62, 0.78]), figure('Tikkurila', 0.3, [0.2, 0.4])];
    expect(plain(rangeSummary(both, welcome, 'en', dashboardStrings('en')))).toBe(
      'Clearly higher than the others: Koivukylä 92.0%. Clearly lower than the others: Tikkurila 30.0%.',
    );
  });

  test('what could not be shown is counted by why: a withheld figure is not “fewer than 5 answers”', () => {
    const figures = [
      figure('Koivukylä', 0.7, [0.6, 0.8]),
      figure('Tikkurila', 0.72, [0.63, 0.81]),
      figure('Hakunila', null, null, 31),
      figure('Martinlaakso', null, null, 3),
      figure('Myyrmäki', null, null, 72),
      figure('Savio', null, null, 0),
    ];
    expect(rangeSummary(figures, welcome, 'fi', fi)).toBe(
      'Yksikään alue ei erotu selvästi muista (95 %:n luottamusvälit menevät päällekkäin). ' +
        '2 aluetta: salattu pienemmän ryhmän suojaksi. 1 alue: alle 5 vastausta. 1 alue: ei vastauksia.',
    );
  });

  test('one figure is just told; none at all says so', () => {
    expect(plain(rangeSummary([figure('Koivukylä', 0.7, [0.6, 0.8]), figure('Hakunila', null, null)], welcome, 'fi', fi))).toBe(
      'Koivukylä 70,0 %. 1 alue: alle 5 vastausta.',
    );
    expect(rangeSummary([figure('Hakunila', null, null)], welcome, 'fi', fi)).toBe('Yhtään lukua ei voida näyttää.');
  });
});

describe('the trend chart over periods', () => {
  const point = (period: string, status: CellStatus, value: number | null = null, ci95: [number, number] | null = null, n = 40): SeriesPoint => ({
    period,
    key: 'felt-welcome',
    value,
    n,
    suppressed: status !== 'published',
    status,
    ci95,
    releasedAt: null,
    coverage: null,
  });
  const seriesOf = (level: AreaLevel, name: string, points: SeriesPoint[]): IndicatorSeries => ({
    level,
    code: level === 'national' ? null : name.toLowerCase(),
    name: { fi: name, sv: name, en: name },
    indicator: welcome,
    granularity: 'year',
    points,
  });
  const place = seriesOf('meeting-place', 'Koivukylä', [
    point('2023', 'no-answers', null, null, 0),
    point('2024', 'published', 0.7, [0.6, 0.8]),
    point('2025', 'suppressed', null, null, 12),
    point('2026', 'not-released'),
  ]);
  const country = seriesOf('national', 'Koko maa', [
    point('2023', 'published', 0.8, [0.78, 0.82]),
    point('2024', 'published', 0.81, [0.79, 0.83]),
    point('2025', 'published', 0.79, [0.77, 0.81]),
    point('2026', 'not-released'),
  ]);
  const periods = ['2023', '2024', '2025', '2026'];

  test('a gap in a line is labelled on the axis with its reason; a gap in every line just with the reason', () => {
    expect(trendAxisLabels([place, country], periods, fi)).toEqual([
      ['2023', 'Kohtaamispaikka:', 'ei vastauksia'],
      ['2024'],
      ['2025', 'Kohtaamispaikka:', 'salattu'],
      ['2026', 'ei vielä julkaistu'],
    ]);
    expect(trendAxisLabels([place, country], periods, dashboardStrings('sv'))[2]).toEqual(['2025', 'Mötesplats:', 'skyddad']);
    expect(trendAxisLabels([place, country], periods, dashboardStrings('en'))[2]).toEqual(['2025', 'Meeting place:', 'withheld']);
  });

  test('a period the kiosks covered only in part says from when', () => {
    const partly = (s: IndicatorSeries) => ({
      ...s,
      points: s.points.map((p) => (p.period === '2024' ? { ...p, coverage: { from: '2024-12-06', to: '2024-12-31', partial: true } } : p)),
    });
    expect(trendAxisLabels([partly(place), partly(country)], periods, fi, 'fi')[1]).toEqual(['2024', 'vain 6.12.2024 alkaen']);
    expect(trendAxisLabels([partly(place)], periods, dashboardStrings('en'), 'en')[1]).toEqual(['2024', 'from 06/12/2024 only']);
  });

  test('published points carry their 95 % interval; withheld ones are gaps, never zero', () => {
    const { config, height } = trendChart([place, country], welcome, 'fi', fi);
    // Three lines of axis label at most (2023, 2025): the chart grows to keep its plot.
    expect(height).toBe(280 + 3 * 17);
    expect(config.data.datasets.map((d) => d.data)).toEqual([
      [null, 0.7, null, null],
      [0.8, 0.81, 0.79, null],
    ]);
    expect((config.plugins ?? []).map((p) => p.id)).toEqual(['kohtaamoSeriesIntervals', 'kohtaamoGapMarks']);
  });

  test('the text alternative says why each point is missing and what the bars are', () => {
    expect(plain(trendSummary([place, country], periods, welcome, 'fi', fi))).toBe(
      'Koivukylä: 2023 ei vastauksia, 2024 70,0 %, 2025 salattu pienemmän ryhmän suojaksi, 2026 ei vielä julkaistu. ' +
        'Koko maa: 2023 80,0 %, 2024 81,0 %, 2025 79,0 %, 2026 ei vielä julkaistu. ' +
        'Pystyjanat ovat 95 %:n luottamusvälejä. Jos kauden lukua ei näytetä, viivassa on aukko ja syy lukee vaaka-akselilla.',
    );
  });
});
