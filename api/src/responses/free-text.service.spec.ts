import { safeAcrossHalves } from './free-text.service';

describe('safeAcrossHalves', () => {
  const counts = (h1: number, h2: number) => new Map([[1, h1], [2, h2]]);

  it('shows a half-year with five or more, whatever the other half', () => {
    expect(safeAcrossHalves(counts(6, 2), 1)).toBe(true);
    expect(safeAcrossHalves(counts(6, 2), 2)).toBe(false);
  });

  it('shows a year only when no half that has answers has fewer than five (year − H1 = H2)', () => {
    expect(safeAcrossHalves(counts(6, 2), null)).toBe(false);
    expect(safeAcrossHalves(counts(6, 0), null)).toBe(true);
    expect(safeAcrossHalves(counts(5, 5), null)).toBe(true);
    expect(safeAcrossHalves(counts(3, 3), null)).toBe(false);
    expect(safeAcrossHalves(counts(0, 0), null)).toBe(false);
  });
});
