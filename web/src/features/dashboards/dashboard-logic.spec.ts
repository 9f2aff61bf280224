import { cellText, describeChange, formatInterval, formatValue } from './format';
import type { ComparisonRow } from './indicators-api';
import { sortRows } from './sort-rows';
import { dashboardStrings } from './strings';

// How the dashboards word their figures, without a browser: the formats people read, which way
// a change counts as better, the periods offered, and where withheld figures sort.

const fi = dashboardStrings('fi');
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const MINUS = '\u2212';

test('shares read as percentages with one decimal, means with one decimal, in the reader’s locale', () => {
  expect(plain(formatValue(0.7071, 'share', 'fi'))).toBe('70,7 %');
  expect(plain(formatValue(0.7071, 'share', 'sv'))).toBe('70,7 %');
  expect(plain(formatValue(0.7071, 'share', 'en'))).toBe('70.7%');
  expect(formatValue(4, 'mean', 'fi')).toBe('4,0');
  expect(formatValue(3.5625, 'mean', 'en')).toBe('3.6');
  expect(plain(formatInterval([0.611, 0.7876], 'share', 'fi'))).toBe('61,1–78,8 %');
  expect(formatInterval([3.385, 4.615], 'mean', 'fi')).toBe('3,4–4,6');
});

test('a withheld figure is words, never 0 or blank', () => {
  const suppressed = { value: null, status: 'suppressed' as const };
  expect(cellText(suppressed, 'share', 'fi', fi)).toBe('alle 5 vastausta');
  expect(cellText(suppressed, 'mean', 'sv', dashboardStrings('sv'))).toBe('färre än 5 svar');
  expect(cellText(suppressed, 'share', 'en', dashboardStrings('en'))).toBe('fewer than 5 answers');
  expect(cellText({ value: null, status: 'no-answers' }, 'share', 'fi', fi)).toBe('ei vastauksia');
  // Languages without dashboard strings fall back to English.
  expect(cellText(suppressed, 'share', 'ar', dashboardStrings('ar'))).toBe('fewer than 5 answers');
});

test('a clear change is better or worse by the indicator’s direction: less loneliness is better', () => {
  const clear = (value: number, low: number, high: number) => ({ value, ci95: [low, high] as [number, number], clear: true, comparable: true });
  expect(describeChange(clear(-0.1168, -0.2, -0.03), 'share', 'lower-is-better', 'fi', fi)).toEqual({
    direction: 'down',
    verdict: 'better',
    amount: `${MINUS}11,7 prosenttiyksikköä`,
    interval: `${MINUS}20,0 … ${MINUS}3,0 prosenttiyksikköä`,
    text: 'laski 11,7 prosenttiyksikköä, parempi',
  });
  expect(describeChange(clear(0.05, 0.01, 0.09), 'share', 'lower-is-better', 'fi', fi)).toMatchObject({ direction: 'up', verdict: 'worse' });
  expect(describeChange(clear(0.1198, 0.02, 0.2), 'share', 'higher-is-better', 'fi', fi)).toMatchObject({
    direction: 'up',
    verdict: 'better',
    amount: '+12,0 prosenttiyksikköä',
  });
  // Means change in points of the 1–5 scale.
  expect(describeChange(clear(0.8333, 0.2, 1.4), 'mean', 'higher-is-better', 'en', dashboardStrings('en'))).toMatchObject({
    amount: '+0.8 points',
    text: 'up 0.8 points, better',
  });
});

test('a change whose interval includes zero is “no clear change”, however large; a reworded question is not comparable', () => {
  // The example: +0.7 points at n = 19 was shown as "better" in bold green.
  const noise = { value: 0.007, ci95: [-0.29, 0.3] as [number, number], clear: false, comparable: true };
  expect(describeChange(noise, 'share', 'higher-is-better', 'fi', fi)).toMatchObject({
    verdict: 'no-clear-change',
    text: 'nousi 0,7 prosenttiyksikköä, ei selvää muutosta',
  });
  expect(describeChange({ ...noise, value: 0.4, ci95: [-0.16, 0.73] }, 'share', 'higher-is-better', 'en', dashboardStrings('en'))).toMatchObject({
    verdict: 'no-clear-change',
    text: 'up 40.0 percentage points, no clear change',
  });
  expect(describeChange({ ...noise, value: 0.0004 }, 'share', 'higher-is-better', 'fi', fi)).toMatchObject({ direction: 'same', text: 'ennallaan, ei selvää muutosta' });
  expect(describeChange({ value: 0.2, ci95: [0.1, 0.3], clear: false, comparable: false }, 'share', 'higher-is-better', 'sv', dashboardStrings('sv'))).toMatchObject({
    verdict: 'not-comparable',
    text: 'steg 20,0 procentenheter, inte jämförbar: frågan ändrades',
  });
});

test('sorting by a figure puts withheld and empty cells last in both directions', () => {
  const row = (code: string, value: number | null, status: 'published' | 'suppressed' | 'no-answers' = value === null ? 'suppressed' : 'published'): ComparisonRow => ({
    level: 'meeting-place',
    code,
    name: { fi: code, sv: code, en: code },
    active: true,
    indicators: [{ key: 'loneliness', value, n: value === null ? 0 : 20, suppressed: value === null, status, ci95: null, releasedAt: null, coverage: null, previous: null, change: null }],
  });
  const rows = [row('b', 0.3), row('x', null), row('a', 0.5), row('c', 0.3), row('y', null, 'no-answers')];
  const codes = (sorted: ComparisonRow[]) => sorted.map((r) => r.code);
  const name = (r: ComparisonRow) => r.name.fi;
  expect(codes(sortRows(rows, 'loneliness', 'descending', 'fi', name))).toEqual(['a', 'b', 'c', 'x', 'y']);
  expect(codes(sortRows(rows, 'loneliness', 'ascending', 'fi', name))).toEqual(['b', 'c', 'a', 'x', 'y']);
  expect(codes(sortRows(rows, 'name', 'descending', 'fi', name))).toEqual(['y', 'x', 'c', 'b', 'a']);
});
