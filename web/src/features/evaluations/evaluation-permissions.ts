import type { Me } from '../../lib/session';
import { placeCapabilities } from '../staff/place-permissions';

// What a staff member may do in the evaluation cycle, as /api/auth/me advertises it.

/** Start the place's self-evaluation and keep its development plan. */
export function canManageEvaluations(me: Me | null, place: { slug: string }): boolean {
  return placeCapabilities(me, place)?.manageEvaluations ?? false;
}

/** The regional view, and assigning peer evaluations of the region's places. */
export function canReadRegionEvaluations(me: Me | null, regionCode: string): boolean {
  return me?.capabilities.regions.some((r) => r.code === regionCode && r.readEvaluations) ?? false;
}

/** Places whose evaluations the account sees: those whose participation it reads or whose team evaluates. */
export function showsEvaluationsOf(me: Me | null, place: { slug: string }): boolean {
  const capabilities = placeCapabilities(me, place);
  return Boolean(capabilities?.readParticipation || capabilities?.fillEvaluations);
}
