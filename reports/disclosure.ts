/**
 * Small-cell protection for published indicators (docs/disclosure.md).
 *
 * Pure functions over a table of cells that add up: every cell is the sum of the leaf cells
 * (meeting places, or meeting places × half-years) it covers, and every family says "the
 * parent is the sum of these children". `suppressSmallCells` withholds cells under K = 5
 * respondents (primary suppression) and then enough others that none can be recovered by
 * adding or subtracting published cells (secondary suppression). `exposedCells` is the
 * independent check: a rank test over 0/1 vectors with exact integer elimination.
 *
 * Nothing here knows about places or indicators; api/src/indicators builds the tables.
 */

/**
 * K: the smallest number of respondents a published figure may rest on. THL's Sotkanet and
 * most Finnish agencies use 5 for survey figures about people; answers here are about
 * families who are easy to recognise in a small meeting place.
 */
export const MIN_CELL_SIZE = 5;

/**
 * - empty: no answers (R0); published as "no answers", never used as a secondary suppression.
 * - primary: 0 < n < K (R1).
 * - secondary: n ≥ K but withheld so that a primary cell cannot be recovered (R2–R4).
 * - published.
 * The difference between primary and secondary is internal: publishing it would reveal n < K.
 */
export type CellStatus = 'empty' | 'primary' | 'secondary' | 'published';

export interface DisclosureCell {
  id: string;
  /** Respondents who answered the item. */
  n: number;
  /** Σ of the respondents' scores: positives for a share, Σx for a mean. */
  score: number;
  /** Ids of the leaf cells this cell adds up (a leaf lists itself): the cell's 0/1 vector. */
  leaves: readonly string[];
}

/** "parent = Σ children". */
export interface DisclosureFamily {
  parent: string;
  children: readonly string[];
  /** Depth of the parent in the hierarchy (national 0); deeper families are handled first. */
  depth: number;
  /**
   * Which cells to withhold first when the family needs a secondary suppression (the parent
   * may be among them). Without it: the smallest published child, else the parent.
   */
  preference?: readonly string[];
}

export interface DisclosureTable {
  cells: readonly DisclosureCell[];
  families: readonly DisclosureFamily[];
  /**
   * The range of one respondent's score: [0, 1] for shares, the item's scale for means. A set
   * of cells whose scores add up to min·n or max·n is "extreme" (R4): everyone's answer is known.
   */
  scoreRange: { min: number; max: number };
}

export interface SuppressionResult {
  status: Map<string, CellStatus>;
  /**
   * Suppressions added because the rank test found a cell the family rules left exposed. In a
   * plain tree the family rules are exact and this stays 0; with a second dimension (year =
   * H1 + H2) it is the safety net.
   */
  rankRepairs: number;
}

export const isSuppressed = (status: CellStatus | undefined): boolean => status === 'primary' || status === 'secondary';

/**
 * The suppression pattern of a table. Deterministic: the same data always gives the same
 * pattern, whichever area a request is about, so that no one can collect different patterns
 * and combine them.
 */
export function suppressSmallCells(table: DisclosureTable, k = MIN_CELL_SIZE): SuppressionResult {
  const cells = indexCells(table);
  const status = new Map<string, CellStatus>();
  for (const cell of table.cells) status.set(cell.id, cell.n === 0 ? 'empty' : cell.n < k ? 'primary' : 'published');
  // Deepest first; families at the same depth keep the table's order.
  const families = table.families
    .map((family, index) => ({ family, index }))
    .sort((a, b) => b.family.depth - a.family.depth || a.index - b.index)
    .map(({ family }) => family);
  const familiesOf = new Map<string, number[]>();
  families.forEach((family, position) => {
    for (const id of [family.parent, ...family.children]) {
      const list = familiesOf.get(id);
      if (list) list.push(position);
      else familiesOf.set(id, [position]);
    }
  });

  // "Repeat until nothing changes" as a work list: always the deepest family that may have a
  // problem next, and after a suppression only the families of that cell are looked at again.
  const dirty = new MinHeap(families.map((_, position) => position));
  const suppress = (id: string) => {
    status.set(id, 'secondary');
    for (const position of familiesOf.get(id) ?? []) dirty.push(position);
  };
  let rankRepairs = 0;
  for (;;) {
    for (let position = dirty.pop(); position !== undefined; position = dirty.pop()) {
      const family = families[position];
      for (let fix = repairFor(family, cells, status, table.scoreRange, k); fix; fix = repairFor(family, cells, status, table.scoreRange, k)) {
        suppress(fix);
      }
    }
    const exposed = exposedCells(table, status);
    if (exposed.length === 0) break;
    suppress(rankRepairFor(exposed[0], table, cells, status));
    rankRepairs += 1;
  }
  return { status, rankRepairs };
}

/** A binary min-heap of family positions that ignores a position already waiting. */
class MinHeap {
  private readonly items: number[] = [];
  private readonly waiting = new Set<number>();

  constructor(initial: number[]) {
    for (const item of initial) this.push(item);
  }

  push(item: number): void {
    if (this.waiting.has(item)) return;
    this.waiting.add(item);
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (items[parent] <= items[i]) break;
      [items[parent], items[i]] = [items[i], items[parent]];
      i = parent;
    }
  }

  pop(): number | undefined {
    const items = this.items;
    if (items.length === 0) return undefined;
    const top = items[0];
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      for (let i = 0; ; ) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && items[left] < items[smallest]) smallest = left;
        if (right < items.length && items[right] < items[smallest]) smallest = right;
        if (smallest === i) break;
        [items[smallest], items[i]] = [items[i], items[smallest]];
        i = smallest;
      }
    }
    this.waiting.delete(top);
    return top;
  }
}

/** The families that break R2–R4 (and "a parent with one child is the same cell") under a pattern. */
export function familyProblems(table: DisclosureTable, status: Map<string, CellStatus>, k = MIN_CELL_SIZE): DisclosureFamily[] {
  const cells = indexCells(table);
  return table.families.filter((family) => needsRepair(family, cells, status, table.scoreRange, k));
}

/**
 * The rank test: the suppressed cells that published cells give away. Each cell is a 0/1
 * vector over the leaf cells that have answers (leaves without answers are known zeros); a
 * suppressed cell is exposed when its vector lies in the span of the published vectors,
 * i.e. when some combination of published cells adds and subtracts to exactly it. Exact
 * elimination over the integers (BigInt), no floating point.
 */
export function exposedCells(table: DisclosureTable, status: Map<string, CellStatus>): string[] {
  const cells = indexCells(table);
  const columns = new Map<string, number>();
  const vectorOf = (cell: DisclosureCell): SparseVector => {
    const vector: SparseVector = new Map();
    for (const leaf of cell.leaves) {
      if ((cells.get(leaf)?.n ?? 0) === 0) continue;
      let column = columns.get(leaf);
      if (column === undefined) {
        column = columns.size;
        columns.set(leaf, column);
      }
      vector.set(column, 1n);
    }
    return vector;
  };
  const published = table.cells
    .filter((cell) => status.get(cell.id) === 'published' && cell.n > 0)
    // Small vectors first: places reduce the larger areas to their withheld parts at once.
    .sort((a, b) => a.leaves.length - b.leaves.length);
  const echelon = new SparseRowEchelon();
  for (const cell of published) echelon.add(vectorOf(cell));
  return table.cells
    .filter((cell) => isSuppressed(status.get(cell.id)))
    .filter((cell) => echelon.reduce(vectorOf(cell)).size === 0)
    .map((cell) => cell.id)
    .sort();
}

// --- the family rules -----------------------------------------------------------------------

function indexCells(table: DisclosureTable): Map<string, DisclosureCell> {
  return new Map(table.cells.map((cell) => [cell.id, cell]));
}

const total = (cells: DisclosureCell[]) => cells.reduce((sum, cell) => sum + cell.n, 0);

/** R4: the cells together are 0 % or 100 % (a mean at the end of the scale). */
function isExtreme(cells: DisclosureCell[], range: { min: number; max: number }): boolean {
  const n = total(cells);
  const score = cells.reduce((sum, cell) => sum + cell.score, 0);
  return n > 0 && (score === range.min * n || score === range.max * n);
}

/**
 * What an intruder learns from a family with a published parent is the sum of its suppressed
 * children (parent − published children). That residual must not be a single cell (R2), must
 * rest on K respondents (R3) and must not be extreme (R4). When the parent is suppressed,
 * the family only gives away the parent itself, and only if every child is published (R2; a
 * parent with a single child is the same cell). This reads "S = suppressed cells in F ∪ {p}"
 * of the pseudo-code: with p in S, Σn(S) ≥ n(p) ≥ K unless every cell of F is primary.
 */
function residualIsUnsafe(
  parentSuppressed: boolean,
  suppressedChildren: DisclosureCell[],
  range: { min: number; max: number },
  k: number,
): boolean {
  if (parentSuppressed) return suppressedChildren.length === 0;
  if (suppressedChildren.length === 0) return false;
  return suppressedChildren.length === 1 || total(suppressedChildren) < k || isExtreme(suppressedChildren, range);
}

interface FamilyState {
  parent: DisclosureCell;
  parentSuppressed: boolean;
  suppressedChildren: DisclosureCell[];
  publishedChildren: DisclosureCell[];
}

function familyState(
  family: DisclosureFamily,
  cells: Map<string, DisclosureCell>,
  status: Map<string, CellStatus>,
): FamilyState | null {
  const parent = cells.get(family.parent);
  if (!parent || parent.n === 0) return null;
  // F: the children with answers; empty children are known zeros and change nothing.
  const withAnswers = family.children.map((id) => cells.get(id)).filter((c): c is DisclosureCell => !!c && c.n > 0);
  return {
    parent,
    parentSuppressed: isSuppressed(status.get(parent.id)),
    suppressedChildren: withAnswers.filter((c) => isSuppressed(status.get(c.id))),
    publishedChildren: withAnswers.filter((c) => status.get(c.id) === 'published'),
  };
}

function needsRepair(
  family: DisclosureFamily,
  cells: Map<string, DisclosureCell>,
  status: Map<string, CellStatus>,
  range: { min: number; max: number },
  k: number,
): boolean {
  const state = familyState(family, cells, status);
  return !!state && residualIsUnsafe(state.parentSuppressed, state.suppressedChildren, range, k);
}

/**
 * The next cell to suppress in a family, or null when it is safe. The smallest published child
 * that makes the family safe (fewest respondents withheld; ties by id so that the pattern is
 * stable); if no single child does, the smallest, and the loop comes back for more. Without
 * published children the parent is suppressed: the problem moves one level up. A family with
 * a `preference` tries its cells in that order instead.
 */
function repairFor(
  family: DisclosureFamily,
  cells: Map<string, DisclosureCell>,
  status: Map<string, CellStatus>,
  range: { min: number; max: number },
  k: number,
): string | null {
  const state = familyState(family, cells, status);
  if (!state || !residualIsUnsafe(state.parentSuppressed, state.suppressedChildren, range, k)) return null;
  const safeAfter = (candidate: DisclosureCell) =>
    candidate === state.parent
      ? !residualIsUnsafe(true, state.suppressedChildren, range, k)
      : !residualIsUnsafe(state.parentSuppressed, [...state.suppressedChildren, candidate], range, k);
  if (family.preference) {
    const open = new Set([...state.publishedChildren, ...(state.parentSuppressed ? [] : [state.parent])]);
    const candidates = family.preference.map((id) => cells.get(id)).filter((c): c is DisclosureCell => !!c && open.has(c));
    if (candidates.length > 0) return (candidates.find(safeAfter) ?? candidates[0]).id;
    return null;
  }
  if (state.publishedChildren.length > 0) {
    const candidates = [...state.publishedChildren].sort(bySizeThenId);
    return (candidates.find(safeAfter) ?? candidates[0]).id;
  }
  return state.parentSuppressed ? null : state.parent.id;
}

const bySizeThenId = (a: DisclosureCell, b: DisclosureCell) => a.n - b.n || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A cell the rank test found exposed although every family is safe (possible only with a
 * second dimension): suppress the smallest published cell that shares a family with it, or
 * failing that shares leaves with it. One of them always exists, since a vector with no
 * published neighbour is not in the published span.
 */
function rankRepairFor(
  exposedId: string,
  table: DisclosureTable,
  cells: Map<string, DisclosureCell>,
  status: Map<string, CellStatus>,
): string {
  const publishedWithAnswers = (id: string) => status.get(id) === 'published' && (cells.get(id)?.n ?? 0) > 0;
  const related = new Set<string>();
  for (const family of table.families) {
    const members = [family.parent, ...family.children];
    if (members.includes(exposedId)) for (const id of members) if (publishedWithAnswers(id)) related.add(id);
  }
  if (related.size === 0) {
    const leaves = new Set(cells.get(exposedId)!.leaves);
    for (const cell of table.cells) {
      if (publishedWithAnswers(cell.id) && cell.leaves.some((leaf) => leaves.has(leaf))) related.add(cell.id);
    }
  }
  const [smallest] = [...related].map((id) => cells.get(id)!).sort(bySizeThenId);
  if (!smallest) throw new Error(`No published cell to suppress next to the exposed cell ${exposedId}`);
  return smallest.id;
}

// --- exact elimination ------------------------------------------------------------------------

export type SparseVector = Map<number, bigint>;

const abs = (x: bigint) => (x < 0n ? -x : x);
function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Divides by the gcd of the entries and makes the first (pivot) entry positive. */
function normalise(vector: SparseVector, pivot?: number): SparseVector {
  let divisor = 0n;
  for (const value of vector.values()) divisor = gcd(divisor, value);
  if (pivot !== undefined && (vector.get(pivot) ?? 0n) < 0n) divisor = -divisor;
  if (divisor === 0n || divisor === 1n) return vector;
  const out: SparseVector = new Map();
  for (const [column, value] of vector) out.set(column, value / divisor);
  return out;
}

/** a·x − b·y, dropping zeros. */
function combine(a: bigint, x: SparseVector, b: bigint, y: SparseVector): SparseVector {
  const out: SparseVector = new Map();
  for (const [column, value] of x) out.set(column, a * value);
  for (const [column, value] of y) {
    const next = (out.get(column) ?? 0n) - b * value;
    if (next === 0n) out.delete(column);
    else out.set(column, next);
  }
  return out;
}

/**
 * Reduced row echelon form over the rationals, kept fraction-free with integer rows. Each row
 * is zero in every other row's pivot column, so reducing a vector needs one pass over its
 * pivot columns.
 */
export class SparseRowEchelon {
  private readonly rows = new Map<number, SparseVector>();
  /** column → pivots of the rows with a non-zero there (besides their own pivot). */
  private readonly rowsWithColumn = new Map<number, Set<number>>();

  reduce(vector: SparseVector): SparseVector {
    const v: SparseVector = new Map(vector);
    for (const column of vector.keys()) {
      const row = this.rows.get(column);
      const value = v.get(column);
      if (!row || value === undefined) continue;
      // v ← pivot·v − value·row, in place: only the row's columns change when pivot = 1.
      const pivot = row.get(column)!;
      if (pivot !== 1n) for (const [c, x] of v) v.set(c, pivot * x);
      for (const [c, x] of row) {
        const next = (v.get(c) ?? 0n) - value * x;
        if (next === 0n) v.delete(c);
        else v.set(c, next);
      }
    }
    return normalise(v);
  }

  /** Adds a vector; false when it was already in the span. */
  add(vector: SparseVector): boolean {
    const reduced = this.reduce(vector);
    if (reduced.size === 0) return false;
    const pivot = Math.min(...reduced.keys());
    const row = normalise(reduced, pivot);
    // Keep the form reduced: clear the new pivot column from the rows that have it.
    for (const other of [...(this.rowsWithColumn.get(pivot) ?? [])]) {
      const old = this.rows.get(other)!;
      this.unindex(other, old);
      const updated = normalise(combine(row.get(pivot)!, old, old.get(pivot)!, row), other);
      this.rows.set(other, updated);
      this.index(other, updated);
    }
    this.rows.set(pivot, row);
    this.index(pivot, row);
    return true;
  }

  private index(pivot: number, row: SparseVector): void {
    for (const column of row.keys()) {
      if (column === pivot) continue;
      let set = this.rowsWithColumn.get(column);
      if (!set) this.rowsWithColumn.set(column, (set = new Set()));
      set.add(pivot);
    }
  }

  private unindex(pivot: number, row: SparseVector): void {
    for (const column of row.keys()) this.rowsWithColumn.get(column)?.delete(pivot);
  }
}

// --- table builders ---------------------------------------------------------------------------

export interface TreeCellInput {
  id: string;
  parent: string | null;
  n: number;
  score: number;
}

/** A plain hierarchy (place → service area → municipality → region → national) as a table. */
export function treeTable(nodes: readonly TreeCellInput[], scoreRange: { min: number; max: number }): DisclosureTable {
  const shape = treeShape(nodes);
  return {
    cells: nodes.map((node) => ({ id: node.id, n: node.n, score: node.score, leaves: shape.leavesOf.get(node.id)! })),
    families: shape.parents.map((id) => ({ parent: id, children: shape.childrenOf.get(id)!, depth: shape.depthOf.get(id)! })),
    scoreRange,
  };
}

export interface HalvesCellInput {
  id: string;
  parent: string | null;
  /** The first and the second half-year; the year is their sum. */
  halves: readonly [{ n: number; score: number }, { n: number; score: number }];
}

export type HalfYearPart = 'year' | 'H1' | 'H2';
export const halfYearCellId = (id: string, part: HalfYearPart) => `${id}@${part}`;

/**
 * A hierarchy published for a year and both its halves: a second dimension. Besides the tree
 * families of each period, every area has the family "year = H1 + H2", so that a half cannot
 * be recovered as the year minus the other half, nor the year as the sum of its halves.
 */
export function treeByHalvesTable(nodes: readonly HalvesCellInput[], scoreRange: { min: number; max: number }): DisclosureTable {
  const shape = treeShape(nodes);
  const cells: DisclosureCell[] = [];
  const families: DisclosureFamily[] = [];
  for (const node of nodes) {
    const [h1, h2] = node.halves;
    const leaves = shape.leavesOf.get(node.id)!;
    const halfLeaves = (part: HalfYearPart) => leaves.map((leaf) => halfYearCellId(leaf, part));
    cells.push(
      { id: halfYearCellId(node.id, 'year'), n: h1.n + h2.n, score: h1.score + h2.score, leaves: [...halfLeaves('H1'), ...halfLeaves('H2')] },
      { id: halfYearCellId(node.id, 'H1'), n: h1.n, score: h1.score, leaves: halfLeaves('H1') },
      { id: halfYearCellId(node.id, 'H2'), n: h2.n, score: h2.score, leaves: halfLeaves('H2') },
    );
    // Handled before the tree families whose parent is this node. The year and then the later
    // half are withheld first, so that a closed half-year keeps the pattern it had on its own:
    // its figures do not disappear when the next half starts with a few answers.
    families.push({
      parent: halfYearCellId(node.id, 'year'),
      children: [halfYearCellId(node.id, 'H1'), halfYearCellId(node.id, 'H2')],
      depth: shape.depthOf.get(node.id)! + 0.5,
      preference: [halfYearCellId(node.id, 'year'), halfYearCellId(node.id, 'H2'), halfYearCellId(node.id, 'H1')],
    });
  }
  for (const part of ['year', 'H1', 'H2'] as const) {
    for (const id of shape.parents) {
      families.push({
        parent: halfYearCellId(id, part),
        children: shape.childrenOf.get(id)!.map((child) => halfYearCellId(child, part)),
        depth: shape.depthOf.get(id)!,
      });
    }
  }
  return { cells, families, scoreRange };
}

interface TreeShape {
  childrenOf: Map<string, string[]>;
  depthOf: Map<string, number>;
  leavesOf: Map<string, string[]>;
  /** Nodes with children, in input order. */
  parents: string[];
}

function treeShape(nodes: readonly { id: string; parent: string | null }[]): TreeShape {
  const childrenOf = new Map<string, string[]>(nodes.map((node) => [node.id, []]));
  for (const node of nodes) {
    if (node.parent === null) continue;
    const siblings = childrenOf.get(node.parent);
    if (!siblings) throw new Error(`Cell ${node.id} has an unknown parent ${node.parent}`);
    siblings.push(node.id);
  }
  const depthOf = new Map<string, number>();
  const leavesOf = new Map<string, string[]>();
  const visit = (id: string, depth: number): string[] => {
    depthOf.set(id, depth);
    const children = childrenOf.get(id)!;
    const leaves = children.length === 0 ? [id] : children.flatMap((child) => visit(child, depth + 1));
    leavesOf.set(id, leaves);
    return leaves;
  };
  for (const node of nodes) if (node.parent === null) visit(node.id, 0);
  if (depthOf.size !== nodes.length) throw new Error('The cells do not form a tree');
  return { childrenOf, depthOf, leavesOf, parents: nodes.filter((node) => childrenOf.get(node.id)!.length > 0).map((node) => node.id) };
}
