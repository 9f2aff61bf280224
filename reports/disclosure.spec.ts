import {
  CellStatus,
  DisclosureTable,
  exposedCells,
  familyProblems,
  halfYearCellId,
  HalvesCellInput,
  isSuppressed,
  suppressSmallCells,
  treeByHalvesTable,
  TreeCellInput,
  treeTable,
} from './disclosure';
import { seededFunction } from './seeded-random';

const SHARE = { min: 0, max: 1 };

/** A tree written as nested leaves: internal cells get the sums of their children. */
type Spec = { id: string; n: number; k: number } | { id: string; children: Spec[] };
function tree(root: Spec): TreeCellInput[] {
  const out: TreeCellInput[] = [];
  const visit = (spec: Spec, parent: string | null): { n: number; k: number } => {
    const index = out.length;
    out.push({ id: spec.id, parent, n: 0, score: 0 });
    const totals =
      'children' in spec
        ? spec.children.map((child) => visit(child, spec.id)).reduce((a, b) => ({ n: a.n + b.n, k: a.k + b.k }), { n: 0, k: 0 })
        : { n: spec.n, k: spec.k };
    out[index] = { id: spec.id, parent, n: totals.n, score: totals.k };
    return totals;
  };
  visit(root, null);
  return out;
}

function statusesOf(table: DisclosureTable): Record<string, CellStatus> {
  const { status, rankRepairs } = suppressSmallCells(table);
  expect(exposedCells(table, status)).toEqual([]);
  expect(familyProblems(table, status)).toEqual([]);
  expect(rankRepairs).toBe(0);
  return Object.fromEntries(status);
}

describe('suppressSmallCells on a tree', () => {
  it('R1: withholds cells under 5 respondents and publishes the rest when the withheld ones protect each other', () => {
    // a (3) and b (4) are primary; together 7 ≥ 5 and 4 of 7 positive: safe as they are.
    const table = treeTable(
      tree({ id: 'P', children: [{ id: 'a', n: 3, k: 2 }, { id: 'b', n: 4, k: 2 }, { id: 'c', n: 10, k: 7 }] }),
      SHARE,
    );
    expect(statusesOf(table)).toEqual({ P: 'published', a: 'primary', b: 'primary', c: 'published' });
  });

  it('publishes n = 5 and withholds n = 4', () => {
    const table = treeTable(tree({ id: 'P', children: [{ id: 'a', n: 5, k: 3 }, { id: 'b', n: 4, k: 2 }, { id: 'c', n: 4, k: 1 }] }), SHARE);
    expect(statusesOf(table)).toEqual({ P: 'published', a: 'published', b: 'primary', c: 'primary' });
  });

  it('R2: a lone primary cell takes the smallest published sibling with it (secondary suppression)', () => {
    // Without b withheld, a = P − b − c = 20 − 8 − 9 = 3 respondents, 2 positive.
    const table = treeTable(
      tree({ id: 'P', children: [{ id: 'a', n: 3, k: 2 }, { id: 'b', n: 8, k: 5 }, { id: 'c', n: 9, k: 6 }] }),
      SHARE,
    );
    expect(statusesOf(table)).toEqual({ P: 'published', a: 'primary', b: 'secondary', c: 'published' });
  });

  it('R3: withheld cells that add up to fewer than 5 take one more (P − c − d would be 3 people)', () => {
    const table = treeTable(
      tree({
        id: 'P',
        children: [{ id: 'a', n: 1, k: 1 }, { id: 'b', n: 2, k: 1 }, { id: 'c', n: 6, k: 3 }, { id: 'd', n: 7, k: 5 }],
      }),
      SHARE,
    );
    expect(statusesOf(table)).toEqual({ P: 'published', a: 'primary', b: 'primary', c: 'secondary', d: 'published' });
  });

  it('R4: a withheld pair where everyone agreed takes the smallest sibling that breaks the 100 %', () => {
    // a and b: 5 of 5 positive, so P − c − d would say everyone there agreed. c is 6 of 6 (still
    // 100 % together), so d (4 of 7) is withheld instead, although it is larger.
    const table = treeTable(
      tree({
        id: 'P',
        children: [{ id: 'a', n: 2, k: 2 }, { id: 'b', n: 3, k: 3 }, { id: 'c', n: 6, k: 6 }, { id: 'd', n: 7, k: 4 }],
      }),
      SHARE,
    );
    expect(statusesOf(table)).toEqual({ P: 'published', a: 'primary', b: 'primary', c: 'published', d: 'secondary' });
  });

  it('R4 for 0 % and for means at the end of the scale', () => {
    const none = treeTable(
      tree({ id: 'P', children: [{ id: 'a', n: 2, k: 0 }, { id: 'b', n: 3, k: 0 }, { id: 'c', n: 6, k: 2 }] }),
      SHARE,
    );
    expect(statusesOf(none)).toMatchObject({ a: 'primary', b: 'primary', c: 'secondary' });
    // Means of 1–5 items: score = Σx. a and b answered 5 every time (Σx = 5·n).
    const means = treeTable(
      [
        { id: 'P', parent: null, n: 11, score: 10 + 15 + 24 },
        { id: 'a', parent: 'P', n: 2, score: 10 },
        { id: 'b', parent: 'P', n: 3, score: 15 },
        { id: 'c', parent: 'P', n: 6, score: 24 },
      ],
      { min: 1, max: 5 },
    );
    expect(statusesOf(means)).toMatchObject({ a: 'primary', b: 'primary', c: 'secondary' });
  });

  it('when every child is withheld and together they are 100 %, the parent is withheld: the problem moves up', () => {
    const table = treeTable(
      tree({
        id: 'R',
        children: [
          { id: 'P', children: [{ id: 'a', n: 2, k: 2 }, { id: 'b', n: 3, k: 3 }, { id: 'c', n: 6, k: 6 }] },
          { id: 'Q', children: [{ id: 'd', n: 8, k: 4 }, { id: 'e', n: 9, k: 5 }] },
        ],
      }),
      SHARE,
    );
    // P is 11 of 11; P withheld alone in R would be R − Q, so Q goes too, and then one of Q's children.
    expect(statusesOf(table)).toEqual({
      R: 'published',
      P: 'secondary',
      a: 'primary',
      b: 'primary',
      c: 'secondary',
      Q: 'secondary',
      d: 'secondary',
      e: 'published',
    });
  });

  it('a parent with one child is the same cell: withheld with it, all the way down', () => {
    // R → M1 → A1 → p1 is one chain of the same 3 people. M1 alone in R needs M2 withheld, and
    // M2's only child p2 is the same cell as M2.
    const table = treeTable(
      tree({
        id: 'R',
        children: [
          { id: 'M1', children: [{ id: 'A1', children: [{ id: 'p1', n: 3, k: 1 }] }] },
          { id: 'M2', children: [{ id: 'p2', n: 12, k: 8 }] },
          { id: 'M3', children: [{ id: 'p3', n: 0, k: 0 }] },
        ],
      }),
      SHARE,
    );
    expect(statusesOf(table)).toEqual({
      R: 'published',
      M1: 'primary',
      A1: 'primary',
      p1: 'primary',
      M2: 'secondary',
      p2: 'secondary',
      M3: 'empty',
      p3: 'empty',
    });
  });

  it('a parent with one answering child among empty ones is the same cell too', () => {
    const table = treeTable(
      tree({ id: 'R', children: [{ id: 'A', children: [{ id: 'p', n: 4, k: 1 }, { id: 'q', n: 0, k: 0 }] }, { id: 'B', n: 9, k: 3 }, { id: 'C', n: 7, k: 3 }] }),
      SHARE,
    );
    expect(statusesOf(table)).toEqual({ R: 'published', A: 'primary', p: 'primary', q: 'empty', B: 'published', C: 'secondary' });
  });

  it('places without a service area form a group of their own, so the municipality total still closes', () => {
    // Vantaa = area A + the places without an area (group U). q alone in U is the same cell as U;
    // U alone in Vantaa would be Vantaa − A, so A is withheld, and with it one of its places.
    const table = treeTable(
      tree({
        id: 'municipality:092',
        children: [
          { id: 'area:A', children: [{ id: 'p1', n: 6, k: 4 }, { id: 'p2', n: 7, k: 5 }] },
          { id: 'unassigned:092', children: [{ id: 'q', n: 3, k: 1 }] },
        ],
      }),
      SHARE,
    );
    expect(statusesOf(table)).toEqual({
      'municipality:092': 'published',
      'area:A': 'secondary',
      p1: 'secondary',
      p2: 'published',
      'unassigned:092': 'primary',
      q: 'primary',
    });
  });

  it('never uses a cell without answers as a secondary suppression (R0)', () => {
    const table = treeTable(
      tree({ id: 'P', children: [{ id: 'a', n: 3, k: 1 }, { id: 'empty', n: 0, k: 0 }, { id: 'b', n: 6, k: 3 }] }),
      SHARE,
    );
    expect(statusesOf(table)).toEqual({ P: 'published', a: 'primary', empty: 'empty', b: 'secondary' });
  });
});

describe('differencing attacks', () => {
  const region = () =>
    treeTable(
      tree({
        id: 'region',
        children: [
          { id: 'small', n: 4, k: 4 },
          { id: 'mid', n: 9, k: 6 },
          { id: 'big', n: 30, k: 21 },
        ],
      }),
      SHARE,
    );

  it('with primary suppression only, the small place is the region minus its published siblings', () => {
    const table = region();
    const primaryOnly = new Map<string, CellStatus>([
      ['region', 'published'],
      ['small', 'primary'],
      ['mid', 'published'],
      ['big', 'published'],
    ]);
    expect(exposedCells(table, primaryOnly)).toEqual(['small']);
    expect(familyProblems(table, primaryOnly).map((f) => f.parent)).toEqual(['region']);
  });

  it('after secondary suppression the same subtraction gives two places together, not the small one', () => {
    const table = region();
    const { status } = suppressSmallCells(table);
    expect(Object.fromEntries(status)).toEqual({ region: 'published', small: 'primary', mid: 'secondary', big: 'published' });
    // The intruder's best: region − published = small + mid = 13 people, 10 positive.
    const published = table.cells.filter((c) => status.get(c.id) === 'published' && c.id !== 'region');
    const region_ = table.cells.find((c) => c.id === 'region')!;
    const residual = { n: region_.n - published.reduce((s, c) => s + c.n, 0), k: region_.score - published.reduce((s, c) => s + c.score, 0) };
    expect(residual).toEqual({ n: 13, k: 10 });
    expect(residual).not.toEqual({ n: 4, k: 4 });
    expect(exposedCells(table, status)).toEqual([]);
  });

  it('the rank test sees through several levels: national − other regions − published municipalities', () => {
    const table = treeTable(
      tree({
        id: 'national',
        children: [
          { id: 'r1', children: [{ id: 'm1', n: 3, k: 3 }, { id: 'm2', n: 20, k: 10 }] },
          { id: 'r2', children: [{ id: 'm3', n: 12, k: 5 }] },
        ],
      }),
      SHARE,
    );
    const naive = new Map<string, CellStatus>([
      ['national', 'published'],
      ['r1', 'secondary'],
      ['m1', 'primary'],
      ['m2', 'published'],
      ['r2', 'published'],
      ['m3', 'published'],
    ]);
    // m1 = national − r2 − m2 although r1 is withheld.
    expect(exposedCells(table, naive)).toEqual(['m1', 'r1']);
    expect(statusesOf(table)).toEqual({ national: 'published', r1: 'published', m1: 'primary', m2: 'secondary', r2: 'published', m3: 'published' });
  });
});

describe('the rank test', () => {
  it('catches an exposure the family rules cannot see (a non-tree table) and repairs it', () => {
    // Three published sums over leaves a, b, c: a = (P1 − P2 + P3) / 2 although every family
    // has two withheld cells.
    const table: DisclosureTable = {
      cells: [
        { id: 'a', n: 3, score: 1, leaves: ['a'] },
        { id: 'b', n: 6, score: 3, leaves: ['b'] },
        { id: 'c', n: 7, score: 4, leaves: ['c'] },
        { id: 'P1', n: 9, score: 4, leaves: ['a', 'b'] },
        { id: 'P2', n: 13, score: 7, leaves: ['b', 'c'] },
        { id: 'P3', n: 10, score: 5, leaves: ['a', 'c'] },
      ],
      families: [
        { parent: 'P1', children: ['a', 'b'], depth: 1 },
        { parent: 'P2', children: ['b', 'c'], depth: 1 },
        { parent: 'P3', children: ['a', 'c'], depth: 1 },
      ],
      scoreRange: SHARE,
    };
    const familiesOnly = new Map<string, CellStatus>([
      ['a', 'primary'],
      ['b', 'secondary'],
      ['c', 'secondary'],
      ['P1', 'published'],
      ['P2', 'published'],
      ['P3', 'published'],
    ]);
    expect(familyProblems(table, familiesOnly)).toEqual([]);
    expect(exposedCells(table, familiesOnly)).toEqual(['a', 'b', 'c']);
    const { status, rankRepairs } = suppressSmallCells(table);
    expect(rankRepairs).toBe(1);
    expect(Object.fromEntries(status)).toEqual({ ...Object.fromEntries(familiesOnly), P1: 'secondary' });
    expect(exposedCells(table, status)).toEqual([]);
  });

  it('treats places without answers as known zeros', () => {
    const table = treeTable(tree({ id: 'P', children: [{ id: 'a', n: 3, k: 1 }, { id: 'z', n: 0, k: 0 }] }), SHARE);
    const status = new Map<string, CellStatus>([
      ['P', 'published'],
      ['a', 'primary'],
      ['z', 'empty'],
    ]);
    expect(exposedCells(table, status)).toEqual(['a']);
  });

  it('equals rule R2 on trees: exposed exactly when some family has one withheld cell', () => {
    const random = seededFunction(7);
    for (let round = 0; round < 300; round++) {
      const nodes = randomTree(random);
      const table = treeTable(nodes, SHARE);
      const status = new Map<string, CellStatus>();
      for (const node of nodes) status.set(node.id, node.n === 0 ? 'empty' : random() < 0.3 ? 'secondary' : 'published');
      const r2Broken = table.families.some((family) => {
        const members = [family.parent, ...family.children].filter((id) => nodes.find((node) => node.id === id)!.n > 0);
        const parentN = nodes.find((node) => node.id === family.parent)!.n;
        return parentN > 0 && members.filter((id) => isSuppressed(status.get(id))).length === 1;
      });
      expect([round, exposedCells(table, status).length > 0]).toEqual([round, r2Broken]);
    }
  });
});

describe('suppression on random trees', () => {
  it('always ends with no exposed cell, no family problem and no rank repair', () => {
    const random = seededFunction(42);
    for (let round = 0; round < 300; round++) {
      const nodes = randomTree(random);
      const table = treeTable(nodes, SHARE);
      const { status, rankRepairs } = suppressSmallCells(table);
      expect([round, exposedCells(table, status), familyProblems(table, status).length, rankRepairs]).toEqual([round, [], 0, 0]);
      for (const node of nodes) {
        expect([node.id, node.n > 0 && node.n < 5, status.get(node.id) === 'primary']).toEqual([node.id, node.n > 0 && node.n < 5, node.n > 0 && node.n < 5]);
        if (node.n === 0) expect(status.get(node.id)).toBe('empty');
      }
    }
  });

  it('gives the same pattern for the same data, whatever the order of the cells', () => {
    const random = seededFunction(3);
    const nodes = randomTree(random);
    const shuffledFamilies = (table: DisclosureTable): DisclosureTable => ({ ...table, cells: [...table.cells].reverse() });
    const a = suppressSmallCells(treeTable(nodes, SHARE)).status;
    const b = suppressSmallCells(shuffledFamilies(treeTable(nodes, SHARE))).status;
    expect(Object.fromEntries(b)).toEqual(Object.fromEntries(a));
  });
});

describe('year and half-years published together', () => {
  const id = halfYearCellId;
  const nodes: HalvesCellInput[] = [
    { id: 'A', parent: null, halves: [{ n: 30, score: 20 }, { n: 11, score: 6 }] },
    { id: 'a', parent: 'A', halves: [{ n: 20, score: 14 }, { n: 3, score: 2 }] },
    { id: 'b', parent: 'A', halves: [{ n: 10, score: 6 }, { n: 8, score: 4 }] },
  ];

  it('H2 of a cannot be recovered as its year minus H1, nor through the area', () => {
    const table = treeByHalvesTable(nodes, SHARE);
    const { status, rankRepairs } = suppressSmallCells(table);
    expect(rankRepairs).toBe(0);
    expect(exposedCells(table, status)).toEqual([]);
    expect(Object.fromEntries(status)).toEqual({
      [id('A', 'year')]: 'published',
      [id('A', 'H1')]: 'published',
      [id('A', 'H2')]: 'published',
      // a's year would give H2 = year − H1: the year goes, then b's year in the area, then b's H2
      // so that b's year is not H1 + H2. The closed first half keeps every figure.
      [id('a', 'year')]: 'secondary',
      [id('a', 'H1')]: 'published',
      [id('a', 'H2')]: 'primary',
      [id('b', 'year')]: 'secondary',
      [id('b', 'H1')]: 'published',
      [id('b', 'H2')]: 'secondary',
    });
  });

  it('a year with one half empty is the same cell as the other half', () => {
    const table = treeByHalvesTable(
      [
        { id: 'A', parent: null, halves: [{ n: 0, score: 0 }, { n: 12, score: 6 }] },
        { id: 'a', parent: 'A', halves: [{ n: 0, score: 0 }, { n: 4, score: 2 }] },
        { id: 'b', parent: 'A', halves: [{ n: 0, score: 0 }, { n: 8, score: 4 }] },
      ],
      SHARE,
    );
    const { status } = suppressSmallCells(table);
    for (const node of ['A', 'a', 'b']) expect(status.get(id(node, 'year'))).toBe(status.get(id(node, 'H2')));
    expect(status.get(id('a', 'H1'))).toBe('empty');
    expect(exposedCells(table, status)).toEqual([]);
  });

  it('on random trees: nothing exposed, and the first half keeps its own pattern when every place answered in both', () => {
    const random = seededFunction(11);
    for (let round = 0; round < 150; round++) {
      const shape = randomTree(random, 1);
      const halves = shape.map((node) => ({ ...node, halves: [] as { n: number; score: number }[] }));
      // Leaves get two random halves; internal nodes the sums.
      const childrenOf = (nodeId: string) => halves.filter((node) => node.parent === nodeId);
      const fill = (node: (typeof halves)[number]): void => {
        const children = childrenOf(node.id);
        if (children.length === 0) {
          node.halves = [0, 1].map(() => {
            const n = 1 + Math.floor(random() * 14);
            return { n, score: Math.floor(random() * (n + 1)) };
          });
          return;
        }
        children.forEach(fill);
        node.halves = [0, 1].map((h) => ({
          n: children.reduce((s, c) => s + c.halves[h].n, 0),
          score: children.reduce((s, c) => s + c.halves[h].score, 0),
        }));
      };
      fill(halves.find((node) => node.parent === null)!);
      const input: HalvesCellInput[] = halves.map((node) => ({ id: node.id, parent: node.parent, halves: [node.halves[0], node.halves[1]] }));
      const table = treeByHalvesTable(input, SHARE);
      const joint = suppressSmallCells(table);
      expect([round, exposedCells(table, joint.status)]).toEqual([round, []]);
      if (joint.rankRepairs > 0) continue;
      const firstHalfAlone = suppressSmallCells(
        treeTable(input.map((node) => ({ id: node.id, parent: node.parent, n: node.halves[0].n, score: node.halves[0].score })), SHARE),
      ).status;
      for (const node of input) {
        expect([round, node.id, isSuppressed(joint.status.get(id(node.id, 'H1')))]).toEqual([round, node.id, isSuppressed(firstHalfAlone.get(node.id))]);
      }
    }
  });
});

// --- helpers ----------------------------------------------------------------------------------


/** A random national → region → municipality → area → place tree, with some empty and single-child parents. */
function randomTree(random: () => number, minLeafN = 0): TreeCellInput[] {
  const spec: Spec = {
    id: 'national',
    children: range(1 + Math.floor(random() * 3)).map((r) => ({
      id: `r${r}`,
      children: range(1 + Math.floor(random() * 3)).map((m) => ({
        id: `r${r}m${m}`,
        children: range(1 + Math.floor(random() * 3)).map((a) => ({
          id: `r${r}m${m}a${a}`,
          children: range(1 + Math.floor(random() * 4)).map((p) => {
            const n = random() < 0.15 && minLeafN === 0 ? 0 : Math.max(minLeafN, Math.floor(random() * 16));
            const k = random() < 0.2 ? n : Math.floor(random() * (n + 1));
            return { id: `r${r}m${m}a${a}p${p}`, n, k };
          }),
        })),
      })),
    })),
  };
  return tree(spec);
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
