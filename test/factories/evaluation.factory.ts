/** The 16 criteria of peer-evaluation v2, in the instrument's order. */
export const CRITERIA = [
  'crit_activity_encounter',
  'crit_activity_togetherness',
  'crit_activity_participation',
  'crit_activity_guidance',
  'crit_activity_information',
  'crit_structure_family_centre',
  'crit_structure_planning_evaluation',
  'crit_structure_coordination',
  'crit_access_opening_hours',
  'crit_access_free_of_charge',
  'crit_access_premises',
  'crit_access_competence',
  'crit_access_languages',
  'crit_network_membership',
  'crit_network_practices',
  'crit_network_knowledge',
] as const;

/** Complete answers: every criterion `score` unless overridden, and both summary texts. */
export function completeEvaluation(score: number, overrides: Record<string, unknown> = {}, team = 'tiimi'): Record<string, unknown> {
  return {
    ...Object.fromEntries(CRITERIA.map((name) => [name, score])),
    strengths: `Vahvuudet (${team})`,
    development_targets: `Kehittämiskohteet (${team})`,
    ...overrides,
  };
}
