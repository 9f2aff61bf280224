import { boundsDisclose, scoreBounds } from './bound-inference';

const SHARE = { min: 0, max: 1 };

describe('scoreBounds: what inequalities give away that no equation does', () => {
  // x (2 answers), y (4), w (6): A = x + y = 5 yes, B = y + w = 3 yes (y moved between areas).
  // No sum of published cells equals x, yet y ≤ 3 (from B) forces x ≥ 2: both of x said yes.
  const model = {
    atoms: [
      { n: 2, score: 2 },
      { n: 4, score: 3 },
      { n: 6, score: 0 },
    ],
    published: [
      [0, 1],
      [1, 2],
    ],
    range: SHARE,
  };

  it('pins a small group through another group’s upper bound', () => {
    expect(scoreBounds(model, [0])).toEqual({ low: 2, high: 2 });
    expect(boundsDisclose(scoreBounds(model, [0]), 2, SHARE, 5)).toBe('small');
  });

  it('pins a large group at the scale’s end (R4) the same way', () => {
    expect(scoreBounds(model, [2])).toEqual({ low: 0, high: 0 });
    expect(boundsDisclose(scoreBounds(model, [2]), 6, SHARE, 5)).toBe('extreme');
  });

  it('leaves a group with room alone', () => {
    const loose = { ...model, atoms: [{ n: 2, score: 1 }, { n: 4, score: 3 }, { n: 6, score: 2 }] };
    // A = 4, B = 5: x ∈ [0, 2], so nothing is pinned.
    expect(scoreBounds(loose, [0])).toEqual({ low: 0, high: 2 });
    expect(boundsDisclose(scoreBounds(loose, [0]), 2, SHARE, 5)).toBeNull();
  });

  it('solves only over the atoms connected to the group', () => {
    // An unrelated published cell with an impossible sum would make the whole program
    // infeasible; it is not part of x's component, so x's bounds are unaffected.
    const withStranger = { ...model, atoms: [...model.atoms, { n: 1, score: 1 }], published: [...model.published, [3]] };
    expect(scoreBounds(withStranger, [0])).toEqual({ low: 2, high: 2 });
  });

  it('a mean on a 1–5 scale is bounded by the scale', () => {
    const scale = { min: 1, max: 5 };
    // x (2 answers) + y (1) = 11 and y + z (5) = 6: z ≥ 5 forces y = 1, so x = 10, both at the top.
    const means = {
      atoms: [{ n: 2, score: 10 }, { n: 1, score: 1 }, { n: 5, score: 5 }],
      published: [
        [0, 1],
        [1, 2],
      ],
      range: scale,
    };
    expect(scoreBounds(means, [0])).toEqual({ low: 10, high: 10 });
    expect(boundsDisclose(scoreBounds(means, [0]), 2, scale, 5)).toBe('small');
  });
});
