import { findIndicator } from '../../../reports/indicator-catalogue';
import type { AnswerCount, HalfYearCounts } from './answer-counts';
import { AreaTree } from './area-tree';
import { IndicatorYear, publish, SuppressionPatternCache } from './indicator-year';

const PLACE = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const region = { code: '04', nameFi: 'Vantaa ja Kerava', nameSv: 'Vanda och Kervo', nameEn: 'Vantaa and Kerava' };
const tree = () =>
  new AreaTree(
    [region],
    [
      { code: '092', regionCode: '04', nameFi: 'Vantaa', nameSv: 'Vanda', nameEn: 'Vantaa' },
      { code: '245', regionCode: '04', nameFi: 'Kerava', nameSv: 'Kervo', nameEn: 'Kerava' },
    ],
    [{ id: 'itainen', municipalityCode: '092', nameFi: 'Itäinen', nameSv: null, nameEn: null, active: true }],
    [
      { id: PLACE(1), slug: 'koivukyla', municipalityCode: '092', serviceAreaId: 'itainen', nameFi: 'Koivukylä', nameSv: null, nameEn: null, active: true },
      { id: PLACE(2), slug: 'hakunila', municipalityCode: '092', serviceAreaId: 'itainen', nameFi: 'Hakunila', nameSv: null, nameEn: null, active: true },
      { id: PLACE(3), slug: 'tikkurila', municipalityCode: '092', serviceAreaId: null, nameFi: 'Tikkurila', nameSv: null, nameEn: null, active: false },
      { id: PLACE(4), slug: 'savio', municipalityCode: '245', serviceAreaId: null, nameFi: 'Savio', nameSv: null, nameEn: null, active: true },
    ],
  );

/** Answer counts of one item: place → [value, count] pairs. */
function counts(question: string, byPlace: Record<number, [number, number][]>): HalfYearCounts {
  const rows: AnswerCount[] = Object.entries(byPlace).flatMap(([place, pairs]) =>
    pairs.map(([value, count]) => ({ question, placeId: PLACE(Number(place)), value, count })),
  );
  return new Map([[question, rows]]);
}
const NONE: HalfYearCounts = new Map();

describe('AreaTree', () => {
  it('hangs places under their service area, or under their municipality\'s unassigned group', () => {
    const t = tree();
    const vantaa = t.find('municipality', '092')!;
    expect(vantaa.children.map((c) => [c.id, c.code, c.unassigned])).toEqual([
      ['service-area:itainen', 'itainen', false],
      ['unassigned:092', null, true],
    ]);
    expect(t.find('meeting-place', 'tikkurila')!.parent!.id).toBe('unassigned:092');
    expect(t.find('meeting-place', PLACE(1))!.code).toBe('koivukyla');
    expect(t.find('service-area', 'nope')).toBeUndefined();
    expect(t.descendantsAt(t.root, 'service-area').map((a) => a.id)).toEqual(['service-area:itainen', 'unassigned:092', 'unassigned:245']);
    expect(t.hasActivePlace(t.find('service-area', 'itainen')!)).toBe(true);
    expect(t.hasActivePlace(vantaa.children[1])).toBe(false);
  });

  it('changes its signature when the hierarchy changes', () => {
    expect(tree().signature).toBe(tree().signature);
    const moved = new AreaTree([region], [{ code: '092', regionCode: '04', nameFi: 'Vantaa', nameSv: 'Vanda', nameEn: 'Vantaa' }], [], []);
    expect(moved.signature).not.toBe(tree().signature);
  });
});

describe('IndicatorYear', () => {
  const feltWelcome = findIndicator('felt-welcome')!;

  it('pools respondents upward over both halves and suppresses over the whole tree', () => {
    const t = tree();
    // Koivukylä 3 + 1 agree of 8, Hakunila 2 of 3, Tikkurila 4 of 6, Savio nothing.
    const year = new IndicatorYear(feltWelcome, 2026, t, [
      counts('felt_welcome', { 1: [[5, 3], [2, 2]], 2: [[4, 2], [1, 1]] }),
      counts('felt_welcome', { 1: [[4, 1], [3, 2]], 3: [[5, 4], [1, 2]] }),
    ]);
    const at = (level: Parameters<AreaTree['find']>[0], code: string | null) => year.publishedCell(t.find(level, code)!, 'year');
    expect(at('meeting-place', 'koivukyla')).toEqual({ value: null, n: null, suppressed: true, status: 'suppressed', ci95: null });
    expect(at('meeting-place', 'hakunila')).toMatchObject({ status: 'suppressed' });
    expect(at('service-area', 'itainen')).toMatchObject({ value: 0.5455, n: 11, status: 'published' });
    expect(at('meeting-place', 'tikkurila')).toMatchObject({ value: 0.6667, n: 6 });
    expect(at('municipality', '092')).toMatchObject({ value: 0.5882, n: 17 });
    expect(at('region', '04')).toMatchObject({ value: 0.5882, n: 17 });
    expect(at('meeting-place', 'savio')).toEqual({ value: null, n: 0, suppressed: true, status: 'no-answers', ci95: null });
    expect(() => year.cell(t.root, 'H1')).toThrow(/not published for H1/);
  });

  it('publishes half-year indicators per half and year-and-half indicators jointly', () => {
    const t = tree();
    const childHeard = new IndicatorYear(findIndicator('child-heard')!, 2026, t, [counts('felt_heard', { 1: [[3, 6]] }), NONE]);
    expect(childHeard.publishedCell(t.find('meeting-place', 'koivukyla')!, 'H1')).toMatchObject({ value: 1, n: 6 });
    expect(childHeard.publishedCell(t.find('meeting-place', 'koivukyla')!, 'H2')).toMatchObject({ status: 'no-answers' });
    expect(() => childHeard.cell(t.root, 'year')).toThrow();

    // Koivukylä: 20 in H1, 3 in H2; Hakunila 10 and 8. Koivukylä's H2 would be its year − H1.
    const instant = new IndicatorYear(findIndicator('instant-positive')!, 2026, t, [
      counts('mood', { 1: [[3, 14], [1, 6]], 2: [[3, 6], [2, 4]] }),
      counts('mood', { 1: [[3, 2], [1, 1]], 2: [[3, 4], [2, 4]] }),
    ]);
    const status = (slug: string, part: 'year' | 'H1' | 'H2') => instant.publishedCell(t.find('meeting-place', slug)!, part).status;
    expect([status('koivukyla', 'H1'), status('koivukyla', 'H2'), status('koivukyla', 'year')]).toEqual(['published', 'suppressed', 'suppressed']);
    expect([status('hakunila', 'H1'), status('hakunila', 'H2'), status('hakunila', 'year')]).toEqual(['published', 'suppressed', 'suppressed']);
    expect(instant.publishedCell(t.find('service-area', 'itainen')!, 'year')).toMatchObject({ n: 41, status: 'published' });
  });

  it('reuses a pattern for the same input and computes a new one for new answers', () => {
    const t = tree();
    const cache = new SuppressionPatternCache(2);
    const data: [HalfYearCounts, HalfYearCounts] = [counts('felt_welcome', { 1: [[5, 3]], 2: [[4, 9]] }), NONE];
    const a = new IndicatorYear(feltWelcome, 2026, t, data, cache);
    const b = new IndicatorYear(feltWelcome, 2026, t, data, cache);
    expect(b.cell(t.root, 'year')).toEqual(a.cell(t.root, 'year'));
    const more = new IndicatorYear(feltWelcome, 2026, t, [counts('felt_welcome', { 1: [[5, 5]], 2: [[4, 9]] }), NONE], cache);
    expect(more.publishedCell(t.find('meeting-place', 'koivukyla')!, 'year')).toMatchObject({ n: 5, status: 'published' });
    expect(a.publishedCell(t.find('meeting-place', 'koivukyla')!, 'year')).toMatchObject({ status: 'suppressed' });
  });

  it('gives a mean with its t interval', () => {
    const t = tree();
    const cell = { tally: { n: 5, positives: 0, sum: 21, sumOfSquares: 91 }, status: 'published' as const };
    // 5, 4, 4, 3, 5
    expect(publish(cell, findIndicator('network-collaboration')!)).toEqual({ value: 4.2, n: 5, suppressed: false, status: 'published', ci95: [3.1611, 5] });
    expect(t.nodes.length).toBe(11);
  });
});
