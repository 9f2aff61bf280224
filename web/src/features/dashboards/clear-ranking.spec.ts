import { clearExtremes, type Interval } from './clear-ranking';

// When a dashboard may call an area the highest or the lowest: only when its 95 % interval
// lies wholly above (below) every other shown area's.

const area = (name: string, low: number, high: number) => ({ name, ci95: [low, high] as Interval });
const names = ({ highest, lowest }: { highest: { name: string } | null; lowest: { name: string } | null }) => ({
  highest: highest?.name ?? null,
  lowest: lowest?.name ?? null,
});

test('a place at 100 % with 8 answers is not clearly the highest: its interval reaches into the others’', () => {
  // 8 of 8 (Wilson interval 67.6–100 %) beside larger places at 70–80 %.
  const areas = [area('Martinlaakso', 0.676, 1), area('Koivukylä', 0.62, 0.78), area('Hakunila', 0.65, 0.85), area('Tikkurila', 0.55, 0.72)];
  expect(names(clearExtremes(areas, (a) => a.ci95))).toEqual({ highest: null, lowest: null });
});

test('an area whose interval lies wholly above all the others is clearly the highest', () => {
  const areas = [area('b', 0.5, 0.7), area('a', 0.8, 0.9), area('c', 0.4, 0.6)];
  // c's interval overlaps b's, so nothing is clearly the lowest.
  expect(names(clearExtremes(areas, (a) => a.ci95))).toEqual({ highest: 'a', lowest: null });
  const apart = [area('b', 0.5, 0.6), area('a', 0.8, 0.9), area('c', 0.1, 0.3)];
  expect(names(clearExtremes(apart, (a) => a.ci95))).toEqual({ highest: 'a', lowest: 'c' });
});

test('touching intervals overlap: the highest must lie strictly above', () => {
  const areas = [area('a', 0.7, 0.9), area('b', 0.5, 0.7)];
  expect(names(clearExtremes(areas, (a) => a.ci95))).toEqual({ highest: null, lowest: null });
  const apart = [area('a', 0.7001, 0.9), area('b', 0.5, 0.7)];
  expect(names(clearExtremes(apart, (a) => a.ci95))).toEqual({ highest: 'a', lowest: 'b' });
});

test('two areas clearly above the rest are neither of them “the highest”', () => {
  const areas = [area('a', 0.8, 0.9), area('b', 0.82, 0.95), area('c', 0.1, 0.2), area('d', 0.3, 0.4)];
  expect(names(clearExtremes(areas, (a) => a.ci95))).toEqual({ highest: null, lowest: 'c' });
});

test('nothing is named with fewer than two areas, or when an area’s uncertainty is unknown', () => {
  expect(names(clearExtremes([area('a', 0.8, 0.9)], (a) => a.ci95))).toEqual({ highest: null, lowest: null });
  expect(names(clearExtremes([], (a: { name: string; ci95: Interval }) => a.ci95))).toEqual({ highest: null, lowest: null });
  const unknown = [area('a', 0.8, 0.9), { name: 'b', ci95: null }, area('c', 0.1, 0.2)];
  expect(names(clearExtremes(unknown, (a) => a.ci95))).toEqual({ highest: null, lowest: null });
});

test('cross-check: the same answer as comparing every pair of intervals', () => {
  // A small deterministic generator (no Math.random: a failure must be reproducible).
  let seed = 15;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let run = 0; run < 2000; run += 1) {
    const count = 1 + Math.floor(random() * 6);
    const areas = Array.from({ length: count }, (_, i) => {
      const centre = Math.round(random() * 20) / 20;
      const half = Math.round(random() * 4) / 20;
      return area(String(i), centre - half, centre + half);
    });
    const above = areas.filter((a) => areas.every((b) => b === a || a.ci95[0] > b.ci95[1]));
    const below = areas.filter((a) => areas.every((b) => b === a || a.ci95[1] < b.ci95[0]));
    const expected = {
      highest: count >= 2 && above.length === 1 ? above[0].name : null,
      lowest: count >= 2 && below.length === 1 ? below[0].name : null,
    };
    expect(names(clearExtremes(areas, (a) => a.ci95))).toEqual(expected);
  }
});
