import solver from 'javascript-lp-solver';
import { CellStatus, DisclosureTable, suppressSmallCells } from './disclosure';
import { IntegerSolver, loadIntegerSolver } from './bound-inference';
import { AuditAtom, AuditCell, AuditFamily, auditRelease, EarlierCell, ReleaseAuditInput } from './release-audit';
import { seededFunction } from './seeded-random';

const SHARE = { min: 0, max: 1 };
const SCALE = { min: 1, max: 5 };
const K = 5;

/** The audit's solver (HiGHS); the intruder below uses another one (javascript-lp-solver), so it checks the audit independently. */
let integerSolver: IntegerSolver;
beforeAll(async () => {
  integerSolver = await loadIntegerSolver();
});

// --- building releases ------------------------------------------------------------------------

/** A tree of cells: a leaf lists its atoms, an inner node its children. */
type Node = { id: string; atoms: string[] } | { id: string; children: Node[]; preference?: string[] };

function treeRelease(root: Node, prefix = ''): { cells: AuditCell[]; families: AuditFamily[] } {
  const cells: AuditCell[] = [];
  const families: AuditFamily[] = [];
  const visit = (node: Node, depth: number): string[] => {
    const index = cells.length;
    cells.push({ id: prefix + node.id, atoms: [] });
    let atoms: string[];
    if ('children' in node) {
      atoms = node.children.flatMap((child) => visit(child, depth + 1));
      families.push({
        parent: prefix + node.id,
        children: node.children.map((child) => prefix + child.id),
        depth,
        ...(node.preference ? { preference: node.preference.map((id) => prefix + id) } : {}),
      });
    } else atoms = node.atoms;
    cells[index] = { id: prefix + node.id, atoms };
    return atoms;
  };
  visit(root, 0);
  return { cells, families };
}

/** Atoms from "id: [n, score, sumOfSquares]"; shares need no sum of squares. */
function atomsOf(spec: Record<string, [number, number, number?]>): AuditAtom[] {
  return Object.entries(spec).map(([id, [n, score, sumOfSquares]]) => ({ id, n, score, sumOfSquares: sumOfSquares ?? score }));
}

const asEarlier = (cells: readonly AuditCell[], status: Map<string, CellStatus>): EarlierCell[] =>
  cells.map((cell) => ({ ...cell, published: status.get(cell.id) === 'published' }));

/** The single-release pattern the stub used to give: suppressSmallCells over the new table only. */
function familyRulesOnly(input: ReleaseAuditInput): Map<string, CellStatus> {
  const atoms = new Map(input.atoms.map((atom) => [atom.id, atom]));
  const childrenOf = new Map(input.families.map((family) => [family.parent, family.children]));
  const leavesOf = (id: string): string[] => (childrenOf.has(id) ? childrenOf.get(id)!.flatMap(leavesOf) : [id]);
  const table: DisclosureTable = {
    cells: input.cells.map((cell) => ({
      id: cell.id,
      n: cell.atoms.reduce((s, id) => s + atoms.get(id)!.n, 0),
      score: cell.atoms.reduce((s, id) => s + atoms.get(id)!.score, 0),
      leaves: leavesOf(cell.id),
    })),
    families: input.families,
    scoreRange: input.scoreRange,
  };
  return suppressSmallCells(table, input.k).status;
}

// --- the intruder -----------------------------------------------------------------------------

interface ReleasedCell {
  id: string;
  atoms: readonly string[];
  published: boolean;
}

interface Finding {
  group: string;
  n: number;
  low: number;
  high: number;
}

/**
 * Linear-programming bounds on the score of every withheld cell of every release and every
 * atom with 0 < n < K, subject to each atom's bounds (score ∈ [min·n, max·n], integers) and
 * every published cell's sum. A finding is a group pinned to one value while 0 < n < K, or a
 * pinned group at the scale's end. Pins that follow from a published cell that is itself at the
 * scale's end (a published 100 %) are what that cell publishes, not a differencing result.
 */
function intrude(atoms: readonly AuditAtom[], released: readonly ReleasedCell[], range: { min: number; max: number }, k = K): Finding[] {
  const byId = new Map(atoms.filter((atom) => atom.n > 0).map((atom) => [atom.id, atom]));
  const live = (ids: readonly string[]) => [...new Set(ids)].filter((id) => byId.has(id)).sort();
  const sum = (ids: string[], f: (a: AuditAtom) => number) => ids.reduce((s, id) => s + f(byId.get(id)!), 0);
  const published = released.filter((cell) => cell.published).map((cell) => live(cell.atoms)).filter((ids) => ids.length > 0);
  const extremeCover = published.filter((ids) => {
    const n = sum(ids, (a) => a.n);
    const score = sum(ids, (a) => a.score);
    return score === range.min * n || score === range.max * n;
  });
  const constraints: Record<string, { equal?: number; min?: number; max?: number }> = {};
  const variables: Record<string, Record<string, number>> = {};
  const ints: Record<string, 1> = {};
  for (const [id, atom] of byId) {
    constraints[`lo:${id}`] = { min: range.min * atom.n };
    constraints[`hi:${id}`] = { max: range.max * atom.n };
    variables[id] = { [`lo:${id}`]: 1, [`hi:${id}`]: 1 };
    ints[id] = 1;
  }
  published.forEach((ids, index) => {
    constraints[`c${index}`] = { equal: sum(ids, (a) => a.score) };
    for (const id of ids) variables[id][`c${index}`] = 1;
  });
  const groups = new Map<string, string[]>();
  for (const cell of released) if (!cell.published) groups.set(cell.id, live(cell.atoms));
  for (const atom of byId.values()) if (atom.n < k) groups.set(`atom ${atom.id}`, [atom.id]);
  const findings: Finding[] = [];
  for (const [group, ids] of groups) {
    if (ids.length === 0) continue;
    // Every atom inside a published 0 % or 100 % cell is that cell's own publication (the
    // family rules allow it for n ≥ K), so a group made only of such atoms is not a finding,
    // even when it takes two such cells to cover it.
    if (ids.every((id) => extremeCover.some((cover) => cover.includes(id)))) continue;
    const bound = (opType: 'min' | 'max') => {
      const vars: Record<string, Record<string, number>> = {};
      for (const [id, coefficients] of Object.entries(variables)) vars[id] = { ...coefficients, obj: ids.includes(id) ? 1 : 0 };
      const result = solver.Solve({ optimize: 'obj', opType, constraints, variables: vars, ints }) as { feasible: boolean; result: number };
      if (!result.feasible) throw new Error('the published figures must be consistent');
      return result.result;
    };
    const low = bound('min');
    const high = bound('max');
    const n = sum(ids, (a) => a.n);
    const pinned = high - low < 0.5;
    const atEnd = Math.abs(low - range.min * n) < 1e-6 || Math.abs(high - range.max * n) < 1e-6;
    if (pinned && (n < k || atEnd)) findings.push({ group, n, low, high });
  }
  return findings;
}

/** Runs a sequence of releases through the audit; returns every release's cells and statuses. */
function runReleases(
  atoms: AuditAtom[],
  releases: { cells: AuditCell[]; families: AuditFamily[] }[],
  range: { min: number; max: number },
  publishesSumOfSquares = false,
) {
  const earlier: EarlierCell[] = [];
  const results: Map<string, CellStatus>[] = [];
  let repairs = 0;
  for (const release of releases) {
    const { status, auditRepairs } = auditRelease({ atoms, earlier, ...release, scoreRange: range, publishesSumOfSquares, solver: integerSolver });
    results.push(status);
    repairs += auditRepairs;
    earlier.push(...asEarlier(release.cells, status));
  }
  return { released: earlier, results, repairs };
}

const isPublished = (status: Map<string, CellStatus>, id: string) => status.get(id) === 'published';

// --- the attacks of issue #14 -----------------------------------------------------------------

describe('auditRelease: the attacks of issue #14 recover nothing', () => {
  it('1. cross-release differencing: Martinlaakso and Myyrmäki are not both published after late answers at Martinlaakso', () => {
    // Earlier: Läntinen 11 published, Martinlaakso 2 (1 yes) and Myyrmäki 9 withheld.
    // Then three answers (2 yes) arrive at Martinlaakso: batch 2.
    const atoms = atomsOf({ 'M|1': [2, 1], 'Y|1': [9, 4], 'M|2': [3, 2] });
    const first = treeRelease({ id: 'L', children: [{ id: 'M', atoms: ['M|1'] }, { id: 'Y', atoms: ['Y|1'] }] }, 'r1:');
    const second = treeRelease({ id: 'L', children: [{ id: 'M', atoms: ['M|1', 'M|2'] }, { id: 'Y', atoms: ['Y|1'] }] }, 'r2:');
    const { released, results, repairs } = runReleases(atoms, [first, second], SHARE);
    expect(Object.fromEntries(results[0])).toEqual({ 'r1:L': 'published', 'r1:M': 'primary', 'r1:Y': 'secondary' });
    // The family rules alone publish both places (5 and 9) in the second release: the attack.
    const naive = familyRulesOnly({ atoms, earlier: [], ...second, scoreRange: SHARE, publishesSumOfSquares: false, solver: integerSolver });
    expect([naive.get('r2:M'), naive.get('r2:Y')]).toEqual(['published', 'published']);
    // The audit does not: M_old = L_old − Y is no longer available.
    expect(isPublished(results[1], 'r2:M') && isPublished(results[1], 'r2:Y')).toBe(false);
    expect(repairs).toBeGreaterThan(0);
    expect(intrude(atoms, released, SHARE)).toEqual([]);
  });

  it('1. a late batch with 0 < n < K is as sensitive as a small place: P_new − P_old is not published', () => {
    const atoms = atomsOf({ 'a|1': [3, 1], 'b|1': [6, 3], 'c|1': [12, 6], 'c|2': [4, 2] });
    const tree = (prefix: string, late: boolean) =>
      treeRelease(
        { id: 'P', children: [{ id: 'a', atoms: ['a|1'] }, { id: 'b', atoms: ['b|1'] }, { id: 'c', atoms: late ? ['c|1', 'c|2'] : ['c|1'] }] },
        prefix,
      );
    const { released, results } = runReleases(atoms, [tree('r1:', false), tree('r2:', true)], SHARE);
    expect(isPublished(results[0], 'r1:P') && isPublished(results[0], 'r1:c')).toBe(true);
    expect(isPublished(results[1], 'r2:P')).toBe(false);
    expect(isPublished(results[1], 'r2:c')).toBe(false);
    expect(intrude(atoms, released, SHARE)).toEqual([]);
  });

  it('2. remainders across levels: municipality 36/19 − place 20/10 − place 7/0 does not leave 9/9 withheld', () => {
    // Mun → A {P1 20/10, W 4/4}, B {P2 7/0, Z {z1 2/2, z2 3/3}}; A's and B's families withhold
    // the area itself first (preference), so the family rules withhold A, B, W and Z and
    // publish Mun, P1 and P2: Mun − P1 − P2 = W + Z = 9 of 9 positive.
    const atoms = atomsOf({ P1: [20, 10], W: [4, 4], P2: [7, 0], z1: [2, 2], z2: [3, 3] });
    const release = treeRelease({
      id: 'Mun',
      children: [
        { id: 'A', preference: ['A', 'P1'], children: [{ id: 'P1', atoms: ['P1'] }, { id: 'W', atoms: ['W'] }] },
        {
          id: 'B',
          preference: ['B', 'P2'],
          children: [{ id: 'P2', atoms: ['P2'] }, { id: 'Z', children: [{ id: 'z1', atoms: ['z1'] }, { id: 'z2', atoms: ['z2'] }] }],
        },
      ],
    });
    const input: ReleaseAuditInput = { atoms, earlier: [], ...release, scoreRange: SHARE, publishesSumOfSquares: false, solver: integerSolver };
    const naive = familyRulesOnly(input);
    expect(['Mun', 'P1', 'P2'].map((id) => naive.get(id))).toEqual(['published', 'published', 'published']);
    expect(['A', 'B', 'W', 'Z'].every((id) => naive.get(id) !== 'published')).toBe(true);
    const { status, auditRepairs } = auditRelease(input);
    expect(['Mun', 'P1', 'P2'].every((id) => isPublished(status, id))).toBe(false);
    expect(auditRepairs).toBeGreaterThan(0);
    expect(intrude(atoms, asEarlier(release.cells, status), SHARE)).toEqual([]);
  });

  it('3. sums of squares: n = 2, sum 7, sum of squares 25 ({3, 4}) is not left determined', () => {
    // Means on a 1–5 scale; a's two answers 3 and 4 arrive first, three more (5, 5, 1) later.
    const atoms = atomsOf({ 'a|1': [2, 7, 25], 'b|1': [9, 27, 89], 'a|2': [3, 11, 51] });
    const first = treeRelease({ id: 'P', children: [{ id: 'a', atoms: ['a|1'] }, { id: 'b', atoms: ['b|1'] }] }, 'r1:');
    const second = treeRelease({ id: 'P', children: [{ id: 'a', atoms: ['a|1', 'a|2'] }, { id: 'b', atoms: ['b|1'] }] }, 'r2:');
    const { released, results } = runReleases(atoms, [first, second], SCALE, true);
    // P_old − b (score and sum of squares) would give 7 and 25: only if both are published.
    expect(isPublished(results[0], 'r1:P') && isPublished(results[1], 'r2:b')).toBe(false);
    expect(intrude(atoms, released, SCALE)).toEqual([]);
  });

  it('3. sums of squares: a determined withheld group where everyone answered alike is a disclosure', () => {
    // a (2 × 3) and b (4 × 3) are withheld together, 6 answers, mean 3: safe for R3/R4, but
    // P − c also gives their sum of squares 54 = 18²/6, so all six answered 3.
    const atoms = atomsOf({ a: [2, 6, 18], b: [4, 12, 36], c: [10, 31, 107] });
    const release = treeRelease({ id: 'P', children: [{ id: 'a', atoms: ['a'] }, { id: 'b', atoms: ['b'] }, { id: 'c', atoms: ['c'] }] });
    const withSquares = auditRelease({ atoms, earlier: [], ...release, scoreRange: SCALE, publishesSumOfSquares: true, solver: integerSolver });
    expect(isPublished(withSquares.status, 'P') && isPublished(withSquares.status, 'c')).toBe(false);
    expect(withSquares.auditRepairs).toBe(1);
    // Without intervals (no sum of squares published) a mean of 3 over 6 answers reveals nothing.
    const without = auditRelease({ atoms, earlier: [], ...release, scoreRange: SCALE, publishesSumOfSquares: false, solver: integerSolver });
    expect(Object.fromEntries(without.status)).toEqual({ P: 'published', a: 'primary', b: 'primary', c: 'published' });
    expect(without.auditRepairs).toBe(0);
  });

  it('4. reorganisation: moving a place to another service area does not give away a withheld place', () => {
    // Earlier: A {p1 3/2, p2 8/4}, B {p3 10/5, p4 9/3}: p1 primary, p2 its secondary, A published.
    // Then p2 moves to B. Alone, the new tree would publish p2, and A_old − p2 = p1 (3, 2 positive).
    const atoms = atomsOf({ p1: [3, 2], p2: [8, 4], p3: [10, 5], p4: [9, 3] });
    const before = treeRelease(
      { id: 'R', children: [{ id: 'A', children: [{ id: 'p1', atoms: ['p1'] }, { id: 'p2', atoms: ['p2'] }] }, { id: 'B', children: [{ id: 'p3', atoms: ['p3'] }, { id: 'p4', atoms: ['p4'] }] }] },
      'r1:',
    );
    const after = treeRelease(
      {
        id: 'R',
        children: [
          { id: 'A', children: [{ id: 'p1', atoms: ['p1'] }] },
          { id: 'B', children: [{ id: 'p2', atoms: ['p2'] }, { id: 'p3', atoms: ['p3'] }, { id: 'p4', atoms: ['p4'] }] },
        ],
      },
      'r2:',
    );
    const { released, results } = runReleases(atoms, [before, after], SHARE);
    expect(isPublished(results[0], 'r1:A')).toBe(true);
    expect(isPublished(results[0], 'r1:p1')).toBe(false);
    expect(isPublished(results[1], 'r2:p2')).toBe(false);
    expect(intrude(atoms, released, SHARE)).toEqual([]);
  });

  it('5. an earlier withheld cell stays protected when the year table follows the half-year', () => {
    // H1: P {a 2/1, b 7/3, c 12/6}: a primary, b secondary. The year adds 5 answers at a and
    // none at b: alone, the year would publish b (= b's H1) and so a's H1 = P_H1 − b − c.
    const atoms = atomsOf({ 'a|H1': [2, 1], 'b|H1': [7, 3], 'c|H1': [12, 6], 'a|H2': [5, 3], 'c|H2': [8, 4] });
    const h1 = treeRelease({ id: 'P', children: [{ id: 'a', atoms: ['a|H1'] }, { id: 'b', atoms: ['b|H1'] }, { id: 'c', atoms: ['c|H1'] }] }, 'H1:');
    const year = treeRelease(
      { id: 'P', children: [{ id: 'a', atoms: ['a|H1', 'a|H2'] }, { id: 'b', atoms: ['b|H1'] }, { id: 'c', atoms: ['c|H1', 'c|H2'] }] },
      'Y:',
    );
    const { released, results } = runReleases(atoms, [h1, year], SHARE);
    expect(Object.fromEntries(results[0])).toEqual({ 'H1:P': 'published', 'H1:a': 'primary', 'H1:b': 'secondary', 'H1:c': 'published' });
    const naive = familyRulesOnly({ atoms, earlier: [], ...year, scoreRange: SHARE, publishesSumOfSquares: false, solver: integerSolver });
    expect(naive.get('Y:b')).toBe('published');
    expect(isPublished(results[1], 'Y:b')).toBe(false);
    expect(intrude(atoms, released, SHARE)).toEqual([]);
  });

  it('publishes a cell an earlier release already made public (a place’s year that is its released round), and withholds around it instead', () => {
    const atoms = atomsOf({ big: [20, 12], small: [3, 2] });
    const earlier: EarlierCell[] = [{ id: 'round:P', atoms: ['big'], published: true }];
    const release = treeRelease({ id: 'M', children: [{ id: 'P', atoms: ['big'] }, { id: 'Q', atoms: ['small'] }] });
    const { status } = auditRelease({ atoms, earlier, ...release, scoreRange: SHARE, publishesSumOfSquares: false, solver: integerSolver });
    // Withholding P would protect nothing (its round says the same); M is what would give Q away.
    expect(Object.fromEntries(status)).toEqual({ M: 'secondary', P: 'published', Q: 'primary' });
  });

  it('LIMITATION (not preventable): four padded answers of known value make a place with one real answer publishable', () => {
    // Someone answers four times "no" at a place that has one real answer. The audit sees five
    // respondents in one batch and cannot tell them apart, so it publishes 1 of 5; the padder
    // subtracts their own four "no" and learns the real answer was "yes".
    const atoms = atomsOf({ real: [1, 1], padded: [4, 0], other: [10, 5] });
    const merged = atomsOf({ 'p|1': [5, 1], other: [10, 5] });
    const release = treeRelease({ id: 'P', children: [{ id: 'p', atoms: ['p|1'] }, { id: 'q', atoms: ['other'] }] });
    const { status } = auditRelease({ atoms: merged, earlier: [], ...release, scoreRange: SHARE, publishesSumOfSquares: false, solver: integerSolver });
    expect(status.get('p')).toBe('published');
    const [real, padded] = atoms;
    expect(1 - padded.score).toBe(real.score);
  });
});

// --- the property test ------------------------------------------------------------------------

interface Scenario {
  atoms: AuditAtom[];
  releases: { cells: AuditCell[]; families: AuditFamily[] }[];
  range: { min: number; max: number };
}

/**
 * A random tree (2–4 levels, many small places, skewed answers), atoms place × half-year ×
 * batch, and 2–3 releases: H1 at its close, a revision of H1 with late answers (sometimes
 * after a reorganisation), and the year with H2 and more late answers.
 */
function scenario(seed: number): Scenario {
  const random = seededFunction(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const levels = int(2, 4);
  type Shape = { id: string; children: Shape[] };
  let counter = 0;
  const build = (level: number): Shape => {
    const id = level === levels - 1 ? `p${counter++}` : `n${counter++}`;
    if (level === levels - 1) return { id, children: [] };
    const width = level === levels - 2 ? int(2, 4) : int(1, 3);
    return { id, children: Array.from({ length: width }, () => build(level + 1)) };
  };
  const root = build(0);
  const places: string[] = [];
  const collect = (s: Shape) => (s.children.length === 0 ? places.push(s.id) : s.children.forEach(collect));
  collect(root);
  const shares = random() < 0.7;
  const range = shares ? SHARE : SCALE;
  const atoms: AuditAtom[] = [];
  for (const place of places) {
    const p = [0, 0.1, 0.5, 0.9, 1][int(0, 4)];
    for (const [slice, batch] of [['H1', 0], ['H1', 1], ['H2', 2], ['H1', 2]] as const) {
      const big = batch === 0 && random() < 0.4;
      const n = big ? int(5, 14) : random() < 0.3 ? 0 : int(1, 4);
      let score = 0;
      let squares = 0;
      for (let i = 0; i < n; i++) {
        const x = shares ? (random() < p ? 1 : 0) : random() < p ? 5 : int(1, 5);
        score += x;
        squares += x * x;
      }
      atoms.push({ id: `${place}|${slice}|${batch}`, n, score, sumOfSquares: squares });
    }
  }
  // A reorganisation: the last place moves under another parent of the places' level.
  const reorganised = (): Shape => {
    const copy = (s: Shape): Shape => ({ id: s.id, children: s.children.map(copy) });
    const tree = copy(root);
    const parents: Shape[] = [];
    const walk = (s: Shape) => {
      if (s.children.some((c) => c.children.length === 0)) parents.push(s);
      s.children.forEach(walk);
    };
    walk(tree);
    if (parents.length < 2) return tree;
    const from = parents.find((s) => s.children.length > 1);
    if (!from) return tree;
    const moved = from.children.pop()!;
    parents.find((s) => s !== from)!.children.push(moved);
    return tree;
  };
  const releaseOf = (shape: Shape, prefix: string, slices: string[], batch: number) => {
    const toNode = (s: Shape): Node =>
      s.children.length === 0
        ? { id: s.id, atoms: atoms.filter((a) => { const [place, slice, b] = a.id.split('|'); return place === s.id && slices.includes(slice) && Number(b) <= batch; }).map((a) => a.id) }
        : { id: s.id, children: s.children.map(toNode) };
    return treeRelease(toNode(shape), prefix);
  };
  const later = random() < 0.5 ? reorganised() : root;
  const releases = [releaseOf(root, 'r1:', ['H1'], 0), releaseOf(later, 'r2:', ['H1'], 1)];
  if (random() < 0.6) releases.push(releaseOf(later, 'r3:', ['H1', 'H2'], 2));
  return { atoms, releases, range };
}

describe('auditRelease: an intruder with LP bounds finds nothing in random release sequences', () => {
  const seeds = Array.from({ length: Number(process.env.AUDIT_SEEDS ?? 40) }, (_, i) => 1000 + i);

  const check = (seed: number) => {
    const { atoms, releases, range } = scenario(seed);
    const { released, results } = runReleases(atoms, releases, range, range === SCALE);
    const n = new Map(atoms.map((a) => [a.id, a.n]));
    releases.forEach((release, r) => {
      for (const cell of release.cells) {
        const size = cell.atoms.reduce((s, id) => s + n.get(id)!, 0);
        // Never a published cell with 0 < n < K.
        if (size > 0 && size < K) expect(results[r].get(cell.id)).toBe('primary');
      }
    });
    expect(intrude(atoms, released, range)).toEqual([]);
    // Deterministic: the same input gives the same pattern.
    expect(runReleases(atoms, releases, range, range === SCALE).results.map((s) => Object.fromEntries(s))).toEqual(
      results.map((s) => Object.fromEntries(s)),
    );
  };

  it.each(seeds)('seed %i', check);
});
