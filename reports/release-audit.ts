/**
 * The release audit (issue #14, docs/disclosure.md): one indicator of one new release,
 * checked against every earlier release of the same period before it is stored.
 *
 * Everything is expressed over atoms: disjoint groups of respondents (place × time slice
 * between release windows × batch received between earlier releases' data cutoffs). A cell of
 * any release is a union of atoms. The intruder knows every n (participation is public) and
 * every published cell's score sum (and sum of squares when an interval reveals the SD). A
 * group of atoms is *determined* when its 0/1 vector lies in the row span of the published
 * cells' vectors (atoms with n = 0 are known zeros and drop out); its score (and sum of
 * squares) is then known exactly. A determined group with answers must rest on K respondents,
 * must not be at the scale's end and (with sums of squares) must not have zero variance.
 *
 * Pure functions, exact arithmetic (BigInt elimination from ./disclosure), no I/O.
 */
import { BoundProgram, IntegerSolver, pinnedReason } from './bound-inference';
import { CellStatus, DisclosureTable, MIN_CELL_SIZE, SparseRowEchelon, SparseVector, suppressSmallCells } from './disclosure';

export interface AuditAtom {
  id: string;
  n: number;
  score: number;
  sumOfSquares: number;
}
export interface AuditCell {
  id: string;
  atoms: readonly string[];
}
export interface EarlierCell extends AuditCell {
  published: boolean;
}
export interface AuditFamily {
  parent: string;
  children: readonly string[];
  depth: number;
  preference?: readonly string[];
}
export interface ReleaseAuditInput {
  atoms: readonly AuditAtom[];
  earlier: readonly EarlierCell[];
  cells: readonly AuditCell[];
  families: readonly AuditFamily[];
  scoreRange: { min: number; max: number };
  publishesSumOfSquares: boolean;
  k?: number;
  /** For the bound check (see ./bound-inference: loadIntegerSolver). */
  solver: IntegerSolver;
}
export interface ReleaseAuditResult {
  status: Map<string, CellStatus>;
  auditRepairs: number;
}

/**
 * Caps the disjoint subsets of published cells subtracted from one published cell (remainder
 * search). Beyond it the remainders are still covered by the span test on withheld cells,
 * atoms and atom classes, but no longer enumerated one by one.
 */
const MAX_REMAINDERS_PER_CELL = 256;

/** How many candidate repairs are tested (each test rebuilds the span) before taking the first. */
const MAX_TESTED_REPAIRS = 6;

/** A group of atoms the intruder can pin down and why. */
interface Disclosure {
  /** Column indices (atoms with n > 0) of the group. */
  atoms: number[];
  reason: 'small' | 'extreme' | 'zero-variance';
  /** New published cells that take part in the combination, when known (remainders). */
  involved: string[];
  /** 'span': an equation of published sums gives it; 'bounds': inequalities pin it. */
  by: 'span' | 'bounds';
}

interface Prepared {
  /** Atoms with answers, by column. */
  columns: AuditAtom[];
  columnOf: Map<string, number>;
  k: number;
  range: { min: number; max: number };
  publishesSumOfSquares: boolean;
  solver: IntegerSolver;
}

function prepare(input: ReleaseAuditInput): Prepared {
  const columns = input.atoms.filter((atom) => atom.n > 0);
  return {
    columns,
    columnOf: new Map(columns.map((atom, index) => [atom.id, index])),
    k: input.k ?? MIN_CELL_SIZE,
    range: input.scoreRange,
    publishesSumOfSquares: input.publishesSumOfSquares,
    solver: input.solver,
  };
}

/** The columns of a cell's atoms with answers, ascending and without repeats. */
function columnsOf(atoms: readonly string[], prepared: Prepared): number[] {
  const out = new Set<number>();
  for (const id of atoms) {
    const column = prepared.columnOf.get(id);
    if (column !== undefined) out.add(column);
  }
  return [...out].sort((a, b) => a - b);
}

const vectorOf = (columns: readonly number[]): SparseVector => new Map(columns.map((column) => [column, 1n]));

/** Why a determined group with these atoms gives answers away, or null when it is safe. */
function unsafeReason(columns: readonly number[], prepared: Prepared, k = prepared.k): Disclosure['reason'] | null {
  let n = 0;
  let score = 0;
  let squares = 0;
  for (const column of columns) {
    const atom = prepared.columns[column];
    n += atom.n;
    score += atom.score;
    squares += atom.sumOfSquares;
  }
  if (n === 0) return null;
  if (n < k) return 'small';
  // Scores are integers (positives, or sums of integer item values): exact in doubles.
  if (score === prepared.range.min * n || score === prepared.range.max * n) return 'extreme';
  // n·Σx² = (Σx)² only when every answer is the same (Cauchy–Schwarz): everyone's answer known.
  if (prepared.publishesSumOfSquares && BigInt(n) * BigInt(squares) === BigInt(score) * BigInt(score)) return 'zero-variance';
  return null;
}

interface PublishedCell {
  id: string;
  columns: number[];
  isNew: boolean;
}

/**
 * The span of the published cells, plus every atom that a published cell at the scale's end
 * (or, with sums of squares, with zero variance) pins down: when 6 of 6 said yes, each atom
 * inside is known exactly, and an intruder subtracts it from other cells as a known number.
 */
function spanOf(published: readonly PublishedCell[], prepared: Prepared): { echelon: SparseRowEchelon; known: Set<number> } {
  const echelon = new SparseRowEchelon();
  const known = new Set<number>();
  for (const cell of published) if (unsafeReason(cell.columns, prepared, 0) !== null) for (const c of cell.columns) known.add(c);
  for (const c of [...known].sort((a, b) => a - b)) echelon.add(vectorOf([c]));
  // Small vectors first, as in exposedCells: places reduce the larger areas at once.
  for (const cell of [...published].sort((a, b) => a.columns.length - b.columns.length)) echelon.add(vectorOf(cell.columns));
  return { echelon, known };
}

/**
 * Every disclosure the published cells of all releases allow, as far as the candidate set
 * reaches. Candidates:
 *  (a) every withheld cell of every release (the cells suppression promised to protect);
 *  (b) every single atom (a slice or batch with 0 < n < K is as sensitive as a small place);
 *  (c) every atom class: atoms that lie in exactly the same published cells. Every vector in
 *      the published span is constant on a class, so every determined group is a union of
 *      classes; a class is the finest group an intruder can hope to isolate ("free
 *      components"), and a determined small class is the typical differencing result
 *      (Martinlaakso's old answers = Läntinen_old − Myyrmäki);
 *  (d) remainders: each published cell minus each set of pairwise disjoint published cells
 *      inside it (across levels and releases), capped at MAX_REMAINDERS_PER_CELL per cell. These
 *      are determined by construction and are what R3/R4 talk about;
 *  (e) bounds (./bound-inference): when no equation discloses anything, integer bounds on
 *      (a), the small atoms of (b) and the classes of (c), for inequality reasoning the span cannot see.
 * This is a heuristic, not a proof: a determined union of several classes that is neither a
 * withheld cell nor a remainder of nested cells (e.g. the difference of two overlapping areas
 * after a reorganisation that happens to be 0/1) is only caught when one of its classes is.
 * The intruder property test in release-audit.spec.ts runs LP bounds on every withheld cell
 * and every small atom group over random release sequences and backs it.
 */
function findDisclosures(
  prepared: Prepared,
  published: readonly PublishedCell[],
  withheld: readonly { id: string; columns: number[] }[],
  siblings: readonly (readonly string[])[],
  limit = 1,
): Disclosure[] {
  const { echelon, known } = spanOf(published, prepared);
  const determined = (columns: readonly number[]) => columns.length > 0 && echelon.reduce(vectorOf(columns)).size === 0;
  const out: Disclosure[] = [];
  const seen = new Set<string>();
  const consider = (columns: number[], involved: string[], byConstruction: boolean) => {
    const key = columns.join(',');
    // Inside published cells at the scale's end: given away by those cells themselves (which
    // the family rules allow for n ≥ K), not by differencing.
    if (columns.length === 0 || seen.has(key) || columns.every((c) => known.has(c))) return;
    const reason = unsafeReason(columns, prepared);
    if (!reason) return;
    if (!byConstruction && !determined(columns)) return;
    seen.add(key);
    out.push({ atoms: columns, reason, involved, by: 'span' });
  };
  // The repair loop needs one disclosure at a time: stop looking once one is found.
  const done = () => out.length >= limit;
  // (a) withheld cells
  for (const cell of withheld) if (!done()) consider(cell.columns, [], false);
  // (b) atoms
  for (let column = 0; column < prepared.columns.length && !done(); column++) consider([column], [], false);
  // (c) classes
  const signature = new Map<number, number[]>();
  published.forEach((cell, index) => {
    for (const column of cell.columns) {
      const list = signature.get(column);
      if (list) list.push(index);
      else signature.set(column, [index]);
    }
  });
  const classes = new Map<string, number[]>();
  for (const [column, rows] of signature) {
    const key = rows.join(',');
    const list = classes.get(key);
    if (list) list.push(column);
    else classes.set(key, [column]);
  }
  for (const columns of classes.values()) if (!done()) consider([...columns].sort((a, b) => a - b), [], false);
  // (d) remainders. Outers: every published cell, and every pair of published siblings of a
  // new family taken together (the late answers of two places minus their area's earlier
  // total is a remainder that no single cell contains).
  const byId = new Map(published.map((cell) => [cell.id, cell]));
  const outers: PublishedCell[] = [...published];
  for (const family of siblings) {
    const open = family.filter((id) => byId.has(id)).map((id) => byId.get(id)!);
    for (let i = 0; i < open.length; i++) {
      for (let j = i + 1; j < open.length; j++) {
        const union = [...new Set([...open[i].columns, ...open[j].columns])].sort((a, b) => a - b);
        if (union.length === open[i].columns.length + open[j].columns.length) outers.push({ id: `${open[i].id}+${open[j].id}`, columns: union, isNew: true });
      }
    }
  }
  // Each cell's vector as text once, and columns marked in typed arrays rather than sets: at a
  // national release (~1,500 cells, thousands of atoms) comparing joined vectors pairwise and
  // Set lookups were most of the audit's time. The same cells are visited in the same order.
  const keyOf = new Map(published.map((cell) => [cell, cell.columns.join(',')]));
  const inOuter = new Uint8Array(prepared.columns.length);
  const used = new Uint8Array(prepared.columns.length);
  for (const outer of outers) {
    if (done()) break;
    for (const c of outer.columns) inOuter[c] = 1;
    const distinct = new Set<string>();
    const inside = published
      .filter((cell) => cell.columns.length < outer.columns.length && cell.columns.every((c) => inOuter[c] === 1))
      // distinct vectors only (the same area in two releases is one constraint): the first of each
      .filter((cell) => {
        const key = keyOf.get(cell)!;
        if (distinct.has(key)) return false;
        distinct.add(key);
        return true;
      })
      .map((cell) => ({ cell }))
      .sort((a, b) => b.cell.columns.length - a.cell.columns.length || (a.cell.id < b.cell.id ? -1 : 1));
    for (const c of outer.columns) inOuter[c] = 0;
    let budget = MAX_REMAINDERS_PER_CELL;
    const chosen: number[] = [];
    // The chosen inner cells are pairwise disjoint, so a column is marked by at most one of them.
    const visit = (from: number) => {
      if (budget-- <= 0 || done()) return;
      if (chosen.length > 0) {
        const remainder = outer.columns.filter((c) => used[c] === 0);
        const involved = [...outer.id.split('+').map((id) => byId.get(id)!), ...chosen.map((i) => inside[i].cell)]
          .filter((cell) => cell.isNew)
          .map((cell) => cell.id);
        consider(remainder, involved, true);
      }
      for (let i = from; i < inside.length && budget > 0; i++) {
        const candidate = inside[i].cell.columns;
        if (candidate.some((c) => used[c] === 1)) continue;
        chosen.push(i);
        for (const c of candidate) used[c] = 1;
        visit(i + 1);
        for (const c of candidate) used[c] = 0;
        chosen.pop();
      }
    };
    visit(0);
  }
  // (e) bounds: only when no equation gives anything away, since a test may solve integer
  // programs. The candidates are the groups an intruder wants: withheld cells, small atoms and
  // atom classes.
  if (!done()) {
    const candidates = [
      ...withheld.map((cell) => cell.columns),
      ...prepared.columns.map((atom, column) => (atom.n < prepared.k ? [column] : [])),
      ...[...classes.values()].map((columns) => [...columns].sort((a, b) => a - b)),
    ];
    const program = boundProgram(published, prepared);
    try {
      const tested = new Set<string>();
      for (const columns of candidates) {
        if (done()) break;
        const key = columns.join(',');
        if (columns.length === 0 || tested.has(key) || columns.every((c) => known.has(c))) continue;
        tested.add(key);
        const reason = boundsReason(columns, program, prepared);
        if (reason) out.push({ atoms: columns, reason, involved: [], by: 'bounds' });
      }
    } finally {
      program[Symbol.dispose]();
    }
  }
  return out;
}

const boundProgram = (published: readonly PublishedCell[], prepared: Prepared) =>
  new BoundProgram(prepared.solver, { atoms: prepared.columns, published: published.map((cell) => cell.columns), range: prepared.range });

/** Why integer bounds over the published sums give the group away, or null. */
function boundsReason(columns: readonly number[], program: BoundProgram, prepared: Prepared): Disclosure['reason'] | null {
  // Without a published cell touching the group, its bounds are the scale's: never pinned.
  const group = new Set(columns);
  if (!program.model.published.some((cell) => cell.some((c) => group.has(c)))) return null;
  return pinnedReason(program, columns, prepared.k);
}

/**
 * The statuses of the new release's cells. Starts from the family rules (suppressSmallCells
 * over the new table), then audits all releases together and withholds one more new cell per
 * disclosure until none is left. Terminates: each round withholds a new published cell, and
 * with every new cell withheld the new release adds no information to the earlier, already
 * audited ones.
 */
export function auditRelease(input: ReleaseAuditInput): ReleaseAuditResult {
  const prepared = prepare(input);
  const k = prepared.k;
  const atoms = new Map(input.atoms.map((atom) => [atom.id, atom]));
  const childrenOf = new Map(input.families.map((family) => [family.parent, family.children]));
  const leavesOf = (id: string): string[] => (childrenOf.has(id) ? childrenOf.get(id)!.flatMap(leavesOf) : [id]);
  const sizeOf = (ids: readonly string[]) => ids.reduce((sum, id) => sum + (atoms.get(id)?.n ?? 0), 0);
  const table: DisclosureTable = {
    cells: input.cells.map((cell) => ({
      id: cell.id,
      n: sizeOf(cell.atoms),
      score: cell.atoms.reduce((sum, id) => sum + (atoms.get(id)?.score ?? 0), 0),
      leaves: leavesOf(cell.id),
    })),
    families: input.families,
    scoreRange: input.scoreRange,
  };
  const status = suppressSmallCells(table, k).status;

  const depthOf = new Map<string, number>();
  for (const family of input.families) {
    depthOf.set(family.parent, Math.max(depthOf.get(family.parent) ?? -1, family.depth));
    for (const child of family.children) depthOf.set(child, Math.max(depthOf.get(child) ?? -1, family.depth + 1));
  }
  const newCells = input.cells.map((cell) => ({ id: cell.id, columns: columnsOf(cell.atoms, prepared), n: sizeOf(cell.atoms) }));
  const earlierCells = input.earlier.map((cell) => ({ id: cell.id, columns: columnsOf(cell.atoms, prepared), published: cell.published }));
  // Deepest first, then fewest respondents, then id: the order in which new cells are withheld.
  const repairOrder = [...newCells].sort(
    (a, b) => (depthOf.get(b.id) ?? Infinity) - (depthOf.get(a.id) ?? Infinity) || a.n - b.n || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

  // A new cell that the earlier releases already determine (a place's year that is its
  // released round, say) is public whatever this release says: withholding it protects
  // nothing, so it is published and never chosen as a repair.
  const earlierPublished: PublishedCell[] = earlierCells
    .filter((cell) => cell.published && cell.columns.length > 0)
    .map((cell) => ({ ...cell, isNew: false }));
  const earlierSpan = spanOf(earlierPublished, prepared).echelon;
  const alreadyPublic = new Set(
    newCells.filter((cell) => cell.columns.length > 0 && earlierSpan.reduce(vectorOf(cell.columns)).size === 0).map((cell) => cell.id),
  );
  for (const id of alreadyPublic) if (status.get(id) === 'secondary') status.set(id, 'published');

  const siblingsOf = input.families.map((family) => family.children);
  let auditRepairs = 0;
  for (;;) {
    const isPublished = (id: string) => status.get(id) === 'published';
    const published: PublishedCell[] = [
      ...earlierPublished,
      ...newCells.filter((cell) => isPublished(cell.id) && cell.columns.length > 0).map((cell) => ({ id: cell.id, columns: cell.columns, isNew: true })),
    ];
    const withheld = [
      ...earlierCells.filter((cell) => !cell.published),
      ...newCells.filter((cell) => status.get(cell.id) === 'primary' || status.get(cell.id) === 'secondary'),
    ];
    const [disclosure] = findDisclosures(prepared, published, withheld, siblingsOf);
    if (!disclosure) break;
    const next = repairFor(disclosure, repairOrder.filter((cell) => !alreadyPublic.has(cell.id)), isPublished, published, prepared);
    // Nothing new left to withhold: the earlier releases alone disclose this; the new one can't help.
    if (!next) break;
    status.set(next, 'secondary');
    auditRepairs += 1;
  }
  return { status, auditRepairs };
}

/**
 * The new published cell to withhold for a disclosure. Candidates in order: the new cells of
 * the disclosing remainder if known, then the new cells that share atoms with the disclosed
 * group, then those inside the smallest published cell around it, then any new published
 * cell; each list deepest first, then smallest n. The first
 * candidate whose withholding leaves the group undetermined wins; if none does alone, the
 * first candidate is withheld and the loop comes back for more.
 */
function repairFor(
  disclosure: Disclosure,
  order: readonly { id: string; columns: number[] }[],
  isPublished: (id: string) => boolean,
  published: readonly PublishedCell[],
  prepared: Prepared,
): string | null {
  const open = order.filter((cell) => isPublished(cell.id) && cell.columns.length > 0);
  const involved = new Set(disclosure.involved);
  const group = new Set(disclosure.atoms);
  // The group's neighbourhood: the smallest published cell around it. Its other parts are
  // what a bound inference leans on (a remainder left with no room), so they come next.
  const around = published
    .filter((cell) => cell.columns.some((c) => group.has(c)))
    .reduce<PublishedCell | null>((smallest, cell) => (!smallest || cell.columns.length < smallest.columns.length ? cell : smallest), null);
  const near = new Set(around?.columns ?? []);
  const tier = (cell: { id: string; columns: number[] }) =>
    involved.has(cell.id) ? 0 : cell.columns.some((c) => group.has(c)) ? 1 : cell.columns.some((c) => near.has(c)) ? 2 : 3;
  const candidates = [0, 1, 2, 3].flatMap((level) => open.filter((cell) => tier(cell) === level));
  const target = vectorOf(disclosure.atoms);
  const fixes = (id: string) => {
    const rest = published.filter((cell) => cell.id !== id);
    if (disclosure.by === 'span') return spanOf(rest, prepared).echelon.reduce(target).size > 0;
    const program = boundProgram(rest, prepared);
    try {
      return boundsReason(disclosure.atoms, program, prepared) === null;
    } finally {
      program[Symbol.dispose]();
    }
  };
  // Testing a candidate rebuilds the span or the program: only the first few are tried.
  return (candidates.slice(0, MAX_TESTED_REPAIRS).find((cell) => fixes(cell.id)) ?? candidates[0])?.id ?? null;
}
