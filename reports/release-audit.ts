/**
 * TEMPORARY stand-in with the interface of the release audit (being written in branch
 * issue-14-audit): the new release's own family rules only, no cross-release checks.
 */
import { CellStatus, DisclosureTable, suppressSmallCells } from './disclosure';

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
}
export interface ReleaseAuditResult {
  status: Map<string, CellStatus>;
  auditRepairs: number;
}

export function auditRelease(input: ReleaseAuditInput): ReleaseAuditResult {
  const atoms = new Map(input.atoms.map((atom) => [atom.id, atom]));
  const childrenOf = new Map(input.families.map((family) => [family.parent, family.children]));
  const leavesOf = (id: string): string[] => (childrenOf.has(id) ? childrenOf.get(id)!.flatMap(leavesOf) : [id]);
  const table: DisclosureTable = {
    cells: input.cells.map((cell) => {
      let n = 0;
      let score = 0;
      for (const id of cell.atoms) {
        n += atoms.get(id)?.n ?? 0;
        score += atoms.get(id)?.score ?? 0;
      }
      return { id: cell.id, n, score, leaves: leavesOf(cell.id) };
    }),
    families: input.families,
    scoreRange: input.scoreRange,
  };
  return { status: suppressSmallCells(table, input.k).status, auditRepairs: 0 };
}
