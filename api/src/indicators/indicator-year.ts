import { createHash } from 'node:crypto';
import {
  CellStatus,
  DisclosureTable,
  halfYearCellId,
  HalfYearPart,
  suppressSmallCells,
  treeByHalvesTable,
  treeTable,
} from '../../../reports/disclosure';
import type { IndicatorDefinition } from '../../../reports/indicator-catalogue';
import { EMPTY_TALLY, addTallies, indicatorInterval, indicatorValue, roundTo, Tally, tallyOf } from '../../../reports/indicator-math';
import type { HalfYearCounts } from './answer-counts';
import type { AreaNode, AreaTree } from './area-tree';

/** What the API shows for one indicator, area and period. */
export interface PublishedCell {
  /** Share (0–1) or mean, rounded to 4 decimals; null when suppressed or without answers. */
  value: number | null;
  /** Respondents who answered the item; null when withheld, 0 without answers. */
  n: number | null;
  /** true whenever n < 5 (the contract), including "no answers". */
  suppressed: boolean;
  status: 'published' | 'suppressed' | 'no-answers';
  ci95: [number, number] | null;
}

export interface IndicatorCell {
  tally: Tally;
  status: CellStatus;
}

const STATUS_CODES: readonly CellStatus[] = ['empty', 'primary', 'secondary', 'published'];

/** Per published part (year, H1, H2), the status of every area, in the order of AreaTree.nodes. */
type SuppressionPattern = Partial<Record<HalfYearPart, Uint8Array>>;

/**
 * One indicator over the whole hierarchy for one calendar year: tallies pooled upward from the
 * places, and one suppression pattern over every area (and, for indicators published for the
 * year and its halves, over all three periods jointly). Every request about that indicator and
 * year sees the same pattern, whichever area it asks about.
 */
export class IndicatorYear {
  private readonly halves = new Map<string, [Tally, Tally]>();
  private readonly pattern: SuppressionPattern;

  /**
   * `patterns` remembers suppression patterns by their exact input (the hierarchy and every
   * place's n and score in both halves), so that unchanged data is not suppressed again on
   * every request; any new answer or any change to the hierarchy gives a new key.
   */
  constructor(
    readonly indicator: IndicatorDefinition,
    readonly year: number,
    tree: AreaTree,
    counts: readonly [HalfYearCounts, HalfYearCounts],
    patterns?: SuppressionPatternCache,
  ) {
    this.poolUpward(tree, counts);
    const key = patterns ? this.patternKey(tree) : '';
    const known = patterns?.get(key);
    if (known) {
      this.pattern = known;
      return;
    }
    const pattern: SuppressionPattern = {};
    const suppressed = new Map<DisclosureTable, Map<string, CellStatus>>();
    for (const { part, table, cellId } of this.disclosureTables(tree)) {
      // The year and its halves share one table: suppress it once.
      let status = suppressed.get(table);
      if (!status) suppressed.set(table, (status = suppressSmallCells(table).status));
      pattern[part] = Uint8Array.from(tree.nodes, (node) => STATUS_CODES.indexOf(status.get(cellId(node.id))!));
    }
    this.pattern = pattern;
    patterns?.set(key, pattern);
  }

  /** The tally and status of an area in the year ("year") or one of its halves. */
  cell(area: AreaNode, part: HalfYearPart): IndicatorCell {
    const [h1, h2] = this.halves.get(area.id) ?? [EMPTY_TALLY, EMPTY_TALLY];
    const tally = part === 'year' ? addTallies(h1, h2) : part === 'H1' ? h1 : h2;
    const codes = this.pattern[part];
    if (!codes) throw new Error(`${this.indicator.key} is not published for ${part} (${area.id})`);
    return { tally, status: STATUS_CODES[codes[area.index]] };
  }

  publishedCell(area: AreaNode, part: HalfYearPart): PublishedCell {
    return publish(this.cell(area, part), this.indicator);
  }

  private poolUpward(tree: AreaTree, counts: readonly [HalfYearCounts, HalfYearCounts]): void {
    const items = new Set(Object.values(this.indicator.items));
    for (const half of [0, 1] as const) {
      for (const [question, rows] of counts[half]) {
        if (!items.has(question)) continue;
        for (const row of rows) {
          const place = tree.placeNode(row.placeId);
          if (!place) continue;
          const tallies = this.talliesOf(place.id);
          tallies[half] = addTallies(tallies[half], tallyOf(row.value, row.count, this.indicator.scoring));
        }
      }
    }
    // Children before parents: each parent is the sum of its children.
    for (let i = tree.nodes.length - 1; i >= 0; i--) {
      const node = tree.nodes[i];
      if (node.children.length === 0) continue;
      const sum = this.talliesOf(node.id);
      for (const child of node.children) {
        const [c1, c2] = this.halves.get(child.id) ?? [EMPTY_TALLY, EMPTY_TALLY];
        sum[0] = addTallies(sum[0], c1);
        sum[1] = addTallies(sum[1], c2);
      }
    }
  }

  /** Everything the pattern depends on: the indicator's rules, the hierarchy, the places' figures. */
  private patternKey(tree: AreaTree): string {
    const { scoring } = this.indicator;
    const hash = createHash('sha256').update(`${this.indicator.key}|${JSON.stringify(this.indicator.periods)}|${tree.signature}|`);
    for (const node of tree.nodes) {
      if (node.level !== 'meeting-place') continue;
      const [h1, h2] = this.halves.get(node.id) ?? [EMPTY_TALLY, EMPTY_TALLY];
      const score = (t: Tally) => (scoring.type === 'share' ? t.positives : t.sum);
      hash.update(`${node.id}:${h1.n},${score(h1)},${h2.n},${score(h2)};`);
    }
    return `${this.indicator.key}|${this.year}|${hash.digest('base64')}`;
  }

  private talliesOf(id: string): [Tally, Tally] {
    let tallies = this.halves.get(id);
    if (!tallies) this.halves.set(id, (tallies = [EMPTY_TALLY, EMPTY_TALLY]));
    return tallies;
  }

  /** The tables the indicator's periods need, with the cell id of an area in each part. */
  private disclosureTables(tree: AreaTree): { part: HalfYearPart; table: DisclosureTable; cellId: (areaId: string) => string }[] {
    const { scoring, scale, periods } = this.indicator;
    const scoreOf = (tally: Tally) => (scoring.type === 'share' ? tally.positives : tally.sum);
    const range = scoring.type === 'share' ? { min: 0, max: 1 } : { min: scale.min, max: scale.max };
    const halvesOf = (node: AreaNode) => this.halves.get(node.id) ?? [EMPTY_TALLY, EMPTY_TALLY];
    const parentOf = (node: AreaNode) => node.parent?.id ?? null;
    if (periods.includes('year') && periods.includes('half-year')) {
      // One table for the year and both halves together: year = H1 + H2 for every area.
      const table = treeByHalvesTable(
        tree.nodes.map((node) => {
          const [h1, h2] = halvesOf(node);
          return { id: node.id, parent: parentOf(node), halves: [{ n: h1.n, score: scoreOf(h1) }, { n: h2.n, score: scoreOf(h2) }] as const };
        }),
        range,
      );
      return (['year', 'H1', 'H2'] as const).map((part) => ({ part, table, cellId: (id: string) => halfYearCellId(id, part) }));
    }
    const parts: { part: HalfYearPart; tally: (node: AreaNode) => Tally }[] = [];
    if (periods.includes('year')) parts.push({ part: 'year', tally: (node) => addTallies(...halvesOf(node)) });
    if (periods.includes('half-year')) {
      parts.push({ part: 'H1', tally: (node) => halvesOf(node)[0] }, { part: 'H2', tally: (node) => halvesOf(node)[1] });
    }
    return parts.map(({ part, tally }) => ({
      part,
      table: treeTable(
        tree.nodes.map((node) => {
          const t = tally(node);
          return { id: node.id, parent: parentOf(node), n: t.n, score: scoreOf(t) };
        }),
        range,
      ),
      cellId: (id: string) => id,
    }));
  }
}

/** What may be shown of a cell: nothing of a withheld one beyond the fact. */
export function publish(cell: IndicatorCell, indicator: IndicatorDefinition): PublishedCell {
  if (cell.status === 'empty') return { value: null, n: 0, suppressed: true, status: 'no-answers', ci95: null };
  if (cell.status !== 'published') return { value: null, n: null, suppressed: true, status: 'suppressed', ci95: null };
  const value = indicatorValue(cell.tally, indicator.scoring)!;
  const interval = indicatorInterval(cell.tally, indicator.scoring, indicator.scale);
  return {
    value: roundTo(value),
    n: cell.tally.n,
    suppressed: false,
    status: 'published',
    ci95: interval ? [roundTo(interval[0]), roundTo(interval[1])] : null,
  };
}

/** Suppression patterns by their input; bounded, least recently used first out. */
export class SuppressionPatternCache {
  private readonly entries = new Map<string, SuppressionPattern>();

  constructor(private readonly capacity = 256) {}

  get(key: string): SuppressionPattern | undefined {
    const found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
    }
    return found;
  }

  set(key: string, pattern: SuppressionPattern): void {
    this.entries.delete(key);
    this.entries.set(key, pattern);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
