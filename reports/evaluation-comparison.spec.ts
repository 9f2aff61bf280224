import { addMonths, compareEvaluations, criterionAreaOf, type EvaluationCriterion } from './evaluation-comparison';

const CRITERIA: EvaluationCriterion[] = [
  { name: 'crit_activity_participation', area: 'activity' },
  { name: 'crit_activity_peer_support', area: 'activity' },
  { name: 'crit_structure_staff', area: 'structure' },
  { name: 'crit_network_partners', area: 'network' },
];

const evaluation = (id: string, evaluatorPlace: string, scores: number[]) => ({
  id,
  evaluatorPlace,
  answers: Object.fromEntries(CRITERIA.map((c, i) => [c.name, scores[i]])),
});

describe('compareEvaluations', () => {
  // Self 3 3 2 4; peers 2 4 1 4 and 1 3 2 4 (peer means 1.5 3.5 1.5 4).
  const self = evaluation('s', 'koivukyla', [3, 3, 2, 4]);
  const peers = [evaluation('p1', 'tikkurila', [2, 4, 1, 4]), evaluation('p2', 'hakunila', [1, 3, 2, 4])];
  const result = compareEvaluations(CRITERIA, self, peers);

  it('gives each criterion the self score, every peer score and self minus the peers’ mean', () => {
    expect(result.criteria.map((row) => [row.criterion, row.self, row.peers.map((p) => p.score), row.peerMean, row.gap])).toEqual([
      ['crit_activity_participation', 3, [2, 1], 1.5, 1.5],
      ['crit_activity_peer_support', 3, [4, 3], 3.5, -0.5],
      ['crit_structure_staff', 2, [1, 2], 1.5, 0.5],
      ['crit_network_partners', 4, [4, 4], 4, 0],
    ]);
  });

  it('scores an area as the mean of its criteria, for the self and for each peer', () => {
    const activity = result.areas.find((area) => area.area === 'activity')!;
    // Self (3 + 3) / 2 = 3; peer 1 (2 + 4) / 2 = 3, peer 2 (1 + 3) / 2 = 2; mean 2.5; gap 0.5.
    expect([activity.self, activity.peers.map((p) => p.score), activity.peerMean, activity.gap]).toEqual([3, [3, 2], 2.5, 0.5]);
    // Only areas with criteria appear (no 'access' here).
    expect(result.areas.map((area) => area.area)).toEqual(['activity', 'structure', 'network']);
  });

  it('names the largest disagreements by size, ties in the instrument’s order, never a zero gap', () => {
    expect(result.largestGaps).toEqual(['crit_activity_participation', 'crit_activity_peer_support', 'crit_structure_staff']);
    const agreeing = compareEvaluations(CRITERIA, self, [evaluation('p', 'tikkurila', [3, 3, 2, 4])]);
    expect(agreeing.largestGaps).toEqual([]);
  });

  it('without peers, or without a self-evaluation, the gap is unknown rather than zero', () => {
    expect(compareEvaluations(CRITERIA, self, []).criteria[0]).toMatchObject({ self: 3, peerMean: null, gap: null });
    expect(compareEvaluations(CRITERIA, null, peers).criteria[0]).toMatchObject({ self: null, peerMean: 1.5, gap: null });
  });

  it('a peer that left a criterion unrated does not count in that criterion’s mean', () => {
    const partial = { ...evaluation('p3', 'myyrmaki', [4, 4, 4, 4]), answers: { crit_activity_participation: 4 } };
    const row = compareEvaluations(CRITERIA, self, [peers[0], partial]).criteria[1];
    expect([row.peers.map((p) => p.score), row.peerMean]).toEqual([[4, null], 4]);
  });
});

describe('criterionAreaOf', () => {
  it('reads the area from a criterion’s name and ignores evidence notes and other questions', () => {
    expect(criterionAreaOf('crit_access_opening_hours')).toBe('access');
    expect(criterionAreaOf('crit_access_opening_hours_evidence')).toBeNull();
    expect(criterionAreaOf('strengths')).toBeNull();
    expect(criterionAreaOf('crit_unknown_topic')).toBeNull();
  });
});

describe('addMonths', () => {
  it('keeps the day, or takes the month’s last day when it is shorter', () => {
    expect(addMonths('2026-03-15', 6)).toBe('2026-09-15');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-12-07', 12)).toBe('2027-12-07');
  });
});
