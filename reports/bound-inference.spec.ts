import { BoundModel, BoundProgram, IntegerSolver, loadIntegerSolver, pinnedReason } from './bound-inference';
import { seededFunction } from './seeded-random';

const SHARE = { min: 0, max: 1 };

let solver: IntegerSolver;
beforeAll(async () => {
  solver = await loadIntegerSolver();
});

/** Runs `check` on a program of the model and frees it afterwards. */
function withProgram<T>(model: BoundModel, check: (program: BoundProgram) => T): T {
  const program = new BoundProgram(solver, model);
  try {
    return check(program);
  } finally {
    program[Symbol.dispose]();
  }
}

describe('BoundProgram: what inequalities give away that no equation does', () => {
  // x (2 answers), y (4), w (6): A = x + y = 5 yes, B = y + w = 3 yes (y moved between areas).
  // No sum of published cells equals x, yet y ≤ 3 (from B) forces x ≥ 2: both of x said yes.
  const model: BoundModel = {
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
    withProgram(model, (program) => {
      expect(program.bounds([0])).toEqual({ low: 2, high: 2 });
      expect(pinnedReason(program, [0], 5)).toBe('small');
    });
  });

  it('pins a large group at the scale’s end (R4) the same way', () => {
    withProgram(model, (program) => {
      expect(program.bounds([2])).toEqual({ low: 0, high: 0 });
      expect(pinnedReason(program, [2], 5)).toBe('extreme');
    });
  });

  it('leaves a group with room alone', () => {
    // A = 4, B = 5: x ∈ [0, 2], so nothing is pinned.
    const loose = { ...model, atoms: [{ n: 2, score: 1 }, { n: 4, score: 3 }, { n: 6, score: 2 }] };
    withProgram(loose, (program) => {
      expect(program.bounds([0])).toEqual({ low: 0, high: 2 });
      expect(pinnedReason(program, [0], 5)).toBeNull();
    });
  });

  it('a large group not at the scale’s end is never a finding, whatever its bounds', () => {
    const large = { atoms: [{ n: 6, score: 3 }], published: [[0]], range: SHARE };
    withProgram(large, (program) => {
      expect(program.bounds([0])).toEqual({ low: 3, high: 3 });
      expect(pinnedReason(program, [0], 5)).toBeNull();
    });
  });

  it('a mean on a 1–5 scale is bounded by the scale', () => {
    const scale = { min: 1, max: 5 };
    // x (2 answers) + y (1) = 11 and y + z (5) = 6: z ≥ 5 forces y = 1, so x = 10, both at the top.
    const means: BoundModel = {
      atoms: [{ n: 2, score: 10 }, { n: 1, score: 1 }, { n: 5, score: 5 }],
      published: [
        [0, 1],
        [1, 2],
      ],
      range: scale,
    };
    withProgram(means, (program) => {
      expect(program.bounds([0])).toEqual({ low: 10, high: 10 });
      expect(pinnedReason(program, [0], 5)).toBe('small');
    });
  });

  it('one program answers for many groups in turn (the step row is reset between them)', () => {
    // A = x + y = 4 and B = y + w = 5: x and w have room, x + y is A itself.
    const loose = { ...model, atoms: [{ n: 2, score: 1 }, { n: 4, score: 3 }, { n: 6, score: 2 }] };
    withProgram(loose, (program) => {
      expect([program.isPinned([0]), program.isPinned([0, 1]), program.isPinned([0]), program.isPinned([2])]).toEqual([false, true, false, false]);
    });
  });
});

describe('isPinned: the fast answer agrees with the exact bounds', () => {
  it.each(Array.from({ length: 60 }, (_, i) => i))('random model %i', (seed) => {
    const random = seededFunction(seed);
    const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
    const size = int(3, 8);
    // Skewed answers (mostly all-yes or all-no atoms) make pins common.
    const atoms = Array.from({ length: size }, () => {
      const n = int(1, 4);
      const p = [0, 0.5, 1][int(0, 2)];
      let score = 0;
      for (let i = 0; i < n; i++) score += random() < p ? 1 : 0;
      return { n, score };
    });
    const published = Array.from({ length: int(1, 4) }, () => {
      const cell = Array.from({ length: size }, (_, c) => c).filter(() => random() < 0.5);
      return cell.length > 0 ? cell : [int(0, size - 1)];
    });
    withProgram({ atoms, published, range: SHARE }, (program) => {
      for (let column = 0; column < size; column++) {
        for (const group of [[column], [...new Set([column, (column + 1) % size])]]) {
          const { low, high } = program.bounds(group);
          expect(program.isPinned(group)).toBe(low === high);
        }
      }
    });
  });
});
