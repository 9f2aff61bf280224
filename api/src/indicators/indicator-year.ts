import type { HalfYearPart } from '../../../reports/disclosure';
import type { IndicatorDefinition } from '../../../reports/indicator-catalogue';
import { addTallies, EMPTY_TALLY, Tally, tallyOf } from '../../../reports/indicator-math';
import type { HalfYearCounts } from './answer-counts';
import type { AreaNode, AreaTree } from './area-tree';

/**
 * One indicator's live tallies over the whole hierarchy for one calendar year, pooled upward
 * from the places. Live figures are never published (releases are, api/src/releases): these
 * give the participation of a period still open — how many have answered so far.
 */
export class IndicatorYear {
  private readonly halves = new Map<string, [Tally, Tally]>();

  constructor(
    readonly indicator: IndicatorDefinition,
    readonly year: number,
    tree: AreaTree,
    counts: readonly [HalfYearCounts, HalfYearCounts],
  ) {
    const items = new Set(Object.values(indicator.items));
    for (const half of [0, 1] as const) {
      for (const [question, rows] of counts[half]) {
        if (!items.has(question)) continue;
        for (const row of rows) {
          const place = tree.placeNode(row.placeId);
          if (!place) continue;
          const tallies = this.talliesOf(place.id);
          tallies[half] = addTallies(tallies[half], tallyOf(row.value, row.count, indicator.scoring));
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

  /** The tally of an area in the year or one of its halves. */
  tally(area: AreaNode, part: HalfYearPart): Tally {
    const [h1, h2] = this.halves.get(area.id) ?? [EMPTY_TALLY, EMPTY_TALLY];
    return part === 'year' ? addTallies(h1, h2) : part === 'H1' ? h1 : h2;
  }

  private talliesOf(id: string): [Tally, Tally] {
    let tallies = this.halves.get(id);
    if (!tallies) this.halves.set(id, (tallies = [EMPTY_TALLY, EMPTY_TALLY]));
    return tallies;
  }
}
