import type { Principal } from './principal';
import { PLACE_ROLES, Role } from './roles';
import { ProblemException } from '../common/problem';

/**
 * Scope rules, as pure functions of the principal and the thing acted on. The global guard
 * checks the role (@Allow); services call these with the loaded resource.
 *
 * Aggregated, suppressed indicators of every place are readable by every logged-in role (so
 * places can compare themselves); what follows here guards response-level data, free text,
 * response exports and management actions.
 */
export interface PlaceRef {
  id: string;
  regionCode: string;
}

function coversRegion(principal: Principal, regionCode: string): boolean {
  return principal.role === 'region-analyst' && principal.regionCodes.includes(regionCode);
}

function coversPlace(principal: Principal, placeId: string): boolean {
  return PLACE_ROLES.includes(principal.role) && principal.meetingPlaces.some((p) => p.id === placeId);
}

/** Response-level data and free text of a place: its own staff roles and its region's analysts. */
export function canReadPlaceResponses(principal: Principal, place: PlaceRef): boolean {
  return principal.role === 'admin' || coversRegion(principal, place.regionCode) || coversPlace(principal, place.id);
}

/** Response-level exports of a whole region (region analysts of that region). */
export function canReadRegionResponses(principal: Principal, regionCode: string): boolean {
  return principal.role === 'admin' || coversRegion(principal, regionCode);
}

/** Creating places and service areas, and editing their structure (municipality, service area, active). */
export function canManageRegion(principal: Principal, regionCode: string): boolean {
  return principal.role === 'admin' || coversRegion(principal, regionCode);
}

/** A place's own data: rounds, kiosks, name, address and partner organisations. */
export function canManagePlace(principal: Principal, place: PlaceRef): boolean {
  return canManageRegion(principal, place.regionCode) || (principal.role === 'coordinator' && coversPlace(principal, place.id));
}

/** What a user management action is about: the account's role and the regions of its scope. */
export interface AccountRef {
  role: Role;
  /** The analyst's regions, or the regions of the account's meeting places. */
  regionCodes: string[];
}

/**
 * Admins manage every account. A region analyst manages coordinator and steering-group
 * accounts whose places all lie in its regions: it can never reach an admin, another analyst,
 * or someone who also works for a place outside its regions.
 */
export function canManageAccount(principal: Principal, account: AccountRef): boolean {
  if (principal.role === 'admin') return true;
  if (principal.role !== 'region-analyst' || !PLACE_ROLES.includes(account.role)) return false;
  return account.regionCodes.length > 0 && account.regionCodes.every((code) => principal.regionCodes.includes(code));
}

export class OutOfScopeProblem extends ProblemException {
  constructor(detail = 'This is outside the places and regions your account covers.') {
    super(403, 'out-of-scope', detail);
  }
}

/** Throws 403 out-of-scope unless allowed. */
export function assertAllowed(allowed: boolean, detail?: string): void {
  if (!allowed) throw new OutOfScopeProblem(detail);
}
