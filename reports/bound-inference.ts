/**
 * Integer bounds an intruder can put on a group's score (issue #14, docs/disclosure.md).
 *
 * The span test in release-audit.ts finds every group whose score follows from the published
 * sums as an *equation*. An intruder can also reason with *inequalities*: every atom's score
 * lies between min·n and max·n, so when a published cell's sum leaves its other atoms no room
 * (one group's upper bound forces another's lower bound) a withheld group can be pinned even
 * though no combination of published cells equals it. Integer programming over the published
 * sums gives the tightest bounds; a group pinned to one value with 0 < n < K, or pinned at the
 * scale's end, is disclosed.
 *
 * The solver is HiGHS (MIT) compiled to WebAssembly. One native model holds the published sums
 * and is reused for every group checked against them: only a "step" row changes from group to
 * group, which keeps a check at a few milliseconds where parsing a fresh model took tens.
 */
import highsLoader, { type Highs } from 'highs';

export type IntegerSolver = Pick<Highs, 'createModel' | 'constants' | 'infinity'>;

let runtime: Promise<IntegerSolver> | null = null;

/** Loads the solver once per process (WebAssembly instantiates asynchronously). */
export function loadIntegerSolver(): Promise<IntegerSolver> {
  runtime ??= highsLoader();
  return runtime;
}

export interface BoundAtom {
  n: number;
  score: number;
}

export interface BoundModel {
  /** Atoms with answers, by column. */
  atoms: readonly BoundAtom[];
  /** Published cells as column lists; their score sums are public. */
  published: readonly (readonly number[])[];
  range: { min: number; max: number };
}

export interface ScoreBounds {
  low: number;
  high: number;
}

/**
 * The published sums as one integer program: a column per atom (an integer in [min·n, max·n]),
 * a row per published cell fixed at its sum, and a last "step" row over the group under test.
 * Dispose it (or use `using`) to free the native memory.
 */
export class BoundProgram implements Disposable {
  private readonly native: ReturnType<IntegerSolver['createModel']>;
  private readonly stepRow: number;
  /** Each atom's class: the published cells it lies in (the same for every group checked). */
  private readonly signature = new Map<number, string>();

  constructor(
    private readonly solver: IntegerSolver,
    readonly model: BoundModel,
  ) {
    const columns = model.atoms.length;
    const rows = model.published.length + 1;
    const starts = [0];
    const indices: number[] = [];
    for (const cell of model.published) {
      indices.push(...[...cell].sort((a, b) => a - b));
      starts.push(indices.length);
    }
    starts.push(indices.length); // the step row starts empty
    const sums = model.published.map((cell) => cell.reduce((sum, column) => sum + model.atoms[column].score, 0));
    this.native = solver.createModel({
      numCols: columns,
      numRows: rows,
      colCost: new Array<number>(columns).fill(0),
      colLower: model.atoms.map((atom) => model.range.min * atom.n),
      colUpper: model.atoms.map((atom) => model.range.max * atom.n),
      rowLower: [...sums, -solver.infinity],
      rowUpper: [...sums, solver.infinity],
      matrix: { format: 'csr', numRows: rows, numCols: columns, starts, indices, values: new Array<number>(indices.length).fill(1) },
      integrality: new Array(columns).fill(solver.constants.variableType.integer),
    });
    this.native.options.set('output_flag', false);
    this.stepRow = rows - 1;
    model.published.forEach((cell, index) => {
      for (const column of cell) this.signature.set(column, `${this.signature.get(column) ?? ''}${index},`);
    });
  }

  /**
   * Whether the published sums pin the group to one score (the same answer as
   * `bounds(group).low === high`, found faster). A group can only be pinned to its true score,
   * so it is enough to show that it can move one step: first by a swap inside a class (an atom
   * of the group and one outside it that lie in exactly the same published cells trade a unit)
   * without the solver, else by asking whether one step up, then one step down, is feasible.
   * When the solver proves neither, the group counts as pinned: the audit then withholds more
   * rather than less.
   */
  isPinned(group: readonly number[]): boolean {
    if (swapMoves(this.model, this.signature, group)) return false;
    const truth = group.reduce((sum, column) => sum + this.model.atoms[column].score, 0);
    return this.withStep(group, () => {
      for (const [lower, upper] of [
        [truth + 1, this.solver.infinity],
        [-this.solver.infinity, truth - 1],
      ]) {
        this.native.changeRowBounds(this.stepRow, lower, upper);
        if (this.run() === this.solver.constants.modelStatus.optimal) return false;
      }
      return true;
    });
  }

  /** The smallest and largest score the group can have (exact; for tests and explanations). */
  bounds(group: readonly number[]): ScoreBounds {
    const optimum = (sense: 'minimize' | 'maximize') => {
      for (const column of group) this.native.changeColCost(column, 1);
      this.native.changeObjectiveSense(this.solver.constants.objectiveSense[sense]);
      const status = this.run();
      // Read before the costs go back to zero: changing them changes the reported objective.
      const value = Math.round(this.native.getObjectiveValue()) + 0; // + 0: never -0
      for (const column of group) this.native.changeColCost(column, 0);
      // The true scores always satisfy the published sums: anything else is a bug upstream.
      if (status !== this.solver.constants.modelStatus.optimal) throw new Error('bound inference: the published sums are inconsistent');
      return value;
    };
    return { low: optimum('minimize'), high: optimum('maximize') };
  }

  [Symbol.dispose](): void {
    this.native.dispose();
  }

  private run(): number {
    this.native.clearSolver();
    this.native.run();
    return this.native.getModelStatus();
  }

  /** Puts the group into the step row for the duration of `check`. */
  private withStep<T>(group: readonly number[], check: () => T): T {
    for (const column of group) this.native.changeCoefficient(this.stepRow, column, 1);
    try {
      return check();
    } finally {
      for (const column of group) this.native.changeCoefficient(this.stepRow, column, 0);
      this.native.changeRowBounds(this.stepRow, -this.solver.infinity, this.solver.infinity);
    }
  }
}

/** Whether trading one unit between an atom in the group and a class-mate outside it moves the group either way. */
function swapMoves(model: BoundModel, signature: ReadonlyMap<number, string>, group: readonly number[]): boolean {
  const inGroup = new Set(group);
  // Per class: can a group atom go up while an outside one goes down, and the other way round?
  const up = new Map<string, { inside: boolean; outside: boolean }>();
  const down = new Map<string, { inside: boolean; outside: boolean }>();
  for (let column = 0; column < model.atoms.length; column++) {
    const key = signature.get(column) ?? '';
    const atom = model.atoms[column];
    const canRise = atom.score < model.range.max * atom.n;
    const canFall = atom.score > model.range.min * atom.n;
    const u = up.get(key) ?? { inside: false, outside: false };
    const d = down.get(key) ?? { inside: false, outside: false };
    if (inGroup.has(column)) {
      u.inside ||= canRise;
      d.inside ||= canFall;
    } else {
      u.outside ||= canFall;
      d.outside ||= canRise;
    }
    up.set(key, u);
    down.set(key, d);
  }
  const any = (classes: Map<string, { inside: boolean; outside: boolean }>) => [...classes.values()].some((c) => c.inside && c.outside);
  return any(up) || any(down);
}

/** Why a group gives answers away through the program's bounds: too few answers, or all at the scale's end. */
export function pinnedReason(program: BoundProgram, group: readonly number[], k: number): 'small' | 'extreme' | null {
  const { model } = program;
  const n = group.reduce((sum, column) => sum + model.atoms[column].n, 0);
  const truth = group.reduce((sum, column) => sum + model.atoms[column].score, 0);
  const atEnd = truth === model.range.min * n || truth === model.range.max * n;
  // Pinned means pinned to the truth: a large group not at the end is safe whatever its bounds.
  if (n === 0 || (n >= k && !atEnd)) return null;
  if (!program.isPinned(group)) return null;
  return n < k ? 'small' : 'extreme';
}
