/**
 * The self- and peer evaluation of a meeting place (LSKL's Perheet keskiöön model, the
 * `peer-evaluation` instrument): criteria rated on the maturity scale 1–4 in four areas, by the
 * place's own team (self) and by teams of other places (peer). Pure functions: the API, the
 * regional CSV and the tests compute the comparison the same way.
 */

export const EVALUATION_AREAS = ['activity', 'structure', 'access', 'network'] as const;
export type EvaluationArea = (typeof EVALUATION_AREAS)[number];

/** A criterion of the instrument: a rating question named `crit_<area>_<topic>`. */
export interface EvaluationCriterion {
  name: string;
  area: EvaluationArea;
}

/** The area a question name belongs to, or null when it is not a criterion. */
export function criterionAreaOf(name: string): EvaluationArea | null {
  const match = /^crit_([a-z]+)_[a-z_]+$/.exec(name);
  if (!match || name.endsWith('_evidence')) return null;
  return (EVALUATION_AREAS as readonly string[]).includes(match[1]) ? (match[1] as EvaluationArea) : null;
}

/** A submitted evaluation's answers (drafts never reach the comparison). */
export interface ScoredEvaluation {
  id: string;
  evaluatorPlace: string;
  answers: Record<string, unknown>;
}

export interface PeerScore {
  evaluationId: string;
  evaluatorPlace: string;
  score: number | null;
}

export interface ComparedScore {
  self: number | null;
  peers: PeerScore[];
  /** The mean of the peers' scores that exist; null without any. */
  peerMean: number | null;
  /** self − peerMean; null unless both exist. */
  gap: number | null;
}

export interface CriterionComparison extends ComparedScore {
  criterion: string;
  area: EvaluationArea;
}

export interface AreaComparison extends ComparedScore {
  area: EvaluationArea;
}

export interface EvaluationComparison {
  criteria: CriterionComparison[];
  areas: AreaComparison[];
  /** Criteria with the largest |gap|, largest first (ties in the instrument's order). */
  largestGaps: string[];
}

/** How many criteria the comparison names as the largest disagreements. */
export const LARGEST_GAPS = 3;

function mean(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
}

function scoreOf(answers: Record<string, unknown>, criterion: string): number | null {
  const value = answers[criterion];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function compared(self: number | null, peers: PeerScore[]): ComparedScore {
  const peerMean = mean(peers.map((p) => p.score));
  return { self, peers, peerMean, gap: self !== null && peerMean !== null ? self - peerMean : null };
}

/**
 * Per criterion and per area: the self score, each peer's score and the gap. An area's score is
 * the mean of the evaluation's rated criteria in it.
 */
export function compareEvaluations(
  criteria: readonly EvaluationCriterion[],
  self: ScoredEvaluation | null,
  peers: readonly ScoredEvaluation[],
): EvaluationComparison {
  const rows = criteria.map((criterion): CriterionComparison => ({
    criterion: criterion.name,
    area: criterion.area,
    ...compared(
      self ? scoreOf(self.answers, criterion.name) : null,
      peers.map((peer) => ({ evaluationId: peer.id, evaluatorPlace: peer.evaluatorPlace, score: scoreOf(peer.answers, criterion.name) })),
    ),
  }));
  const areas = EVALUATION_AREAS.filter((area) => criteria.some((c) => c.area === area)).map((area): AreaComparison => {
    const inArea = rows.filter((row) => row.area === area);
    const peerScores = peers.map((peer, i) => ({
      evaluationId: peer.id,
      evaluatorPlace: peer.evaluatorPlace,
      score: mean(inArea.map((row) => row.peers[i].score)),
    }));
    return { area, ...compared(self ? mean(inArea.map((row) => row.self)) : null, peerScores) };
  });
  const largestGaps = rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => row.gap !== null && row.gap !== 0)
    .sort((a, b) => Math.abs(b.row.gap!) - Math.abs(a.row.gap!) || a.index - b.index)
    .slice(0, LARGEST_GAPS)
    .map(({ row }) => row.criterion);
  return { criteria: rows, areas, largestGaps };
}

/** Follow-ups of a year's development plan: 6 and 12 months from the year's last submission. */
export const FOLLOW_UP_MONTHS = [6, 12] as const;

/** `date` (YYYY-MM-DD) plus whole months; the 31st of a shorter month becomes its last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}
