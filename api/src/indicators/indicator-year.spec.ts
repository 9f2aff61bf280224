import { findIndicator } from '../../../reports/indicator-catalogue';
import type { AnswerCount, HalfYearCounts } from './answer-counts';
import { AreaTree } from './area-tree';
import { IndicatorYear } from './indicator-year';

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

  it('pools respondents upward over both halves (live participation)', () => {
    const t = tree();
    const year = new IndicatorYear(feltWelcome, 2026, t, [
      counts('felt_welcome', { 1: [[5, 3], [2, 1]], 2: [[4, 2]] }),
      counts('felt_welcome', { 1: [[4, 2]], 4: [[1, 1]] }),
    ]);
    const at = (level: Parameters<AreaTree['find']>[0], code: string | null, part: 'year' | 'H1' | 'H2' = 'year') => year.tally(t.find(level, code)!, part);
    expect(at('meeting-place', 'koivukyla')).toMatchObject({ n: 6, positives: 5 });
    expect(at('meeting-place', 'koivukyla', 'H2')).toMatchObject({ n: 2, positives: 2 });
    expect(at('service-area', 'itainen')).toMatchObject({ n: 8, positives: 7 });
    expect(at('region', '04')).toMatchObject({ n: 9, positives: 7 });
    expect(at('national', null, 'H1')).toMatchObject({ n: 6 });
    expect(at('meeting-place', 'tikkurila')).toMatchObject({ n: 0 });
  });
});
