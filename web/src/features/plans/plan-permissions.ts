import type { Me } from '../../lib/session';
import { placeCapabilities } from '../staff/place-permissions';

// What a staff member may do with evaluation plans, as /api/auth/me advertises it.

/** Read the place's plan, statuses, targets and co-development days (its steering group too). */
export function canReadPlan(me: Me | null, place: { slug: string }): boolean {
  return placeCapabilities(me, place)?.readPlan ?? false;
}

/** Edit the plan and record co-development days. */
export function canManagePlan(me: Me | null, place: { slug: string }): boolean {
  return placeCapabilities(me, place)?.managePlan ?? false;
}
