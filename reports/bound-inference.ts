/**
 * Integer bounds an intruder can put on a group's score (issue #14, docs/disclosure.md).
 *
 * The span test in release-audit.ts finds every group whose score follows from the published
 * sums as an *equation*. An intruder can also reason with *inequalities*: every atom's score
 * lies between min·n and max·n, so when a published cell's sum leaves its other atoms no room
 * (one group's upper bound forces another's lower bound) a withheld group can be pinned even
 * though no combination of published cells equals it. Integer linear programming over the
 * published constraints gives the tightest bounds; a group pinned to one value with
 * 0 < n < K, or pinned at the scale's end, is disclosed.
 *
 * Pure, deterministic; each bound is solved only over the atoms connected to the group through
 * published cells, which keeps the programs small (a place's atoms and the areas above it).
 */
import solver from 'javascript-lp-solver';

export interface BoundAtom {
  n: number;
  score: number;
}

export interface BoundModel {
  /** Atoms with answers, by column. */
  atoms: readonly BoundAtom[];
  /** Published cells as ascending column lists; their score sums are public. */
  published: readonly (readonly number[])[];
  range: { min: number; max: number };
}

export interface ScoreBounds {
  low: number;
  high: number;
}

/** The columns reachable from `group` through published cells, and the cells among them. */
function component(model: BoundModel, group: readonly number[]): { columns: number[]; cells: (readonly number[])[] } {
  const cellsOf = new Map<number, number[]>();
  model.published.forEach((cell, index) => {
    for (const column of cell) {
      const list = cellsOf.get(column);
      if (list) list.push(index);
      else cellsOf.set(column, [index]);
    }
  });
  const seenColumns = new Set<number>(group);
  const seenCells = new Set<number>();
  const queue = [...group];
  while (queue.length > 0) {
    for (const cellIndex of cellsOf.get(queue.pop()!) ?? []) {
      if (seenCells.has(cellIndex)) continue;
      seenCells.add(cellIndex);
      for (const column of model.published[cellIndex]) {
        if (seenColumns.has(column)) continue;
        seenColumns.add(column);
        queue.push(column);
      }
    }
  }
  return {
    columns: [...seenColumns].sort((a, b) => a - b),
    cells: [...seenCells].sort((a, b) => a - b).map((index) => model.published[index]),
  };
}

/** The smallest and largest score the group can have, given every published sum. */
export function scoreBounds(model: BoundModel, group: readonly number[]): ScoreBounds {
  const { columns, cells } = component(model, group);
  const inGroup = new Set(group);
  const constraints: Record<string, { min?: number; max?: number; equal?: number }> = {};
  const variables: Record<string, Record<string, number>> = {};
  const ints: Record<string, 1> = {};
  for (const column of columns) {
    const atom = model.atoms[column];
    const name = `a${column}`;
    constraints[`lo${column}`] = { min: model.range.min * atom.n };
    constraints[`hi${column}`] = { max: model.range.max * atom.n };
    variables[name] = { [`lo${column}`]: 1, [`hi${column}`]: 1, objective: inGroup.has(column) ? 1 : 0 };
    ints[name] = 1;
  }
  cells.forEach((cell, index) => {
    constraints[`c${index}`] = { equal: cell.reduce((sum, column) => sum + model.atoms[column].score, 0) };
    for (const column of cell) variables[`a${column}`][`c${index}`] = 1;
  });
  const solve = (opType: 'min' | 'max') => {
    const result = solver.Solve({ optimize: 'objective', opType, constraints, variables, ints }) as { feasible: boolean; result: number };
    // The true scores always satisfy the published sums: infeasible means a bug upstream.
    if (!result.feasible) throw new Error('bound inference: the published sums are inconsistent');
    return Math.round(result.result) + 0; // + 0: the solver can return -0
  };
  return { low: solve('min'), high: solve('max') };
}

/** Why the bounds give the group's answers away, or null when they do not. */
export function boundsDisclose(bounds: ScoreBounds, n: number, range: { min: number; max: number }, k: number): 'small' | 'extreme' | null {
  if (n === 0 || bounds.high !== bounds.low) return null;
  if (n < k) return 'small';
  if (bounds.low === range.min * n || bounds.high === range.max * n) return 'extreme';
  return null;
}
