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

/** Whom a region rule is about: a principal, or the account behind an export token. */
type RegionHolder = Pick<Principal, 'role' | 'regionCodes'>;

function coversRegion(principal: RegionHolder, regionCode: string): boolean {
  return principal.role === 'region-analyst' && principal.regionCodes.includes(regionCode);
}

function coversPlace(principal: Principal, placeId: string): boolean {
  return PLACE_ROLES.includes(principal.role) && principal.meetingPlaces.some((p) => p.id === placeId);
}

/**
 * Row-level data (one row per response: responses.csv and any other per-response export) of
 * a place: admins and its region's analysts only. Rows of a small group defeat the suppression
 * of published figures, so place-scoped roles never get them; and rows never carry written
 * answers: their columns are dropped by `rowLevelColumns` (reports/csv/response-export.ts), which
 * every per-response export uses. Export tokens act as an analyst of their region.
 */
export function canReadRowLevelData(principal: Principal, place: PlaceRef): boolean {
  return principal.role === 'admin' || coversRegion(principal, place.regionCode);
}

/** The roles that may ever read row-level data, for routes' @Allow. */
export const ROW_LEVEL_ROLES: readonly Role[] = ['admin', 'region-analyst'];

/**
 * Written answers of a place (free text, the children's wishes, the adults' observations), in
 * the staff pages: its coordinators (the place's staff) and admins, as families are told.
 * Steering groups, region analysts and export tokens see figures only; no export, report or
 * PDF carries written answers.
 */
export function canReadWrittenAnswers(principal: Principal, place: PlaceRef): boolean {
  if (principal.authenticatedBy !== 'session') return false;
  return principal.role === 'admin' || (principal.role === 'coordinator' && coversPlace(principal, place.id));
}

/**
 * Participation of a place (how many answered, in which languages; never answer values): its
 * coordinators and steering group, its region's analysts and admins. Counts are not answers,
 * but the languages of a small place's families are only for those who work with it.
 */
export function canReadPlaceParticipation(principal: Principal, place: PlaceRef): boolean {
  return principal.role === 'admin' || coversRegion(principal, place.regionCode) || coversPlace(principal, place.id);
}

/** The roles that may ever read written answers, for routes' @Allow. */
export const WRITTEN_ANSWER_ROLES: readonly Role[] = ['admin', 'coordinator'];

/**
 * Region-wide reads and export tokens of a region (admins and that region's analysts). A
 * token works only while the account that made it still passes this (see ExportTokensService).
 */
export function canReadRegionResponses(principal: RegionHolder, regionCode: string): boolean {
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

/**
 * Filling in an evaluation (its answers, saving and submitting): the evaluating team, that is
 * the coordinators of the evaluator place (the place itself for a self-evaluation), and admins.
 * Its written answers (the evidence notes) are the team's: the evaluated place, its steering
 * group and the region's analysts see the scores and the report (canReadPlaceParticipation),
 * never the notes.
 */
export function canFillEvaluation(principal: Principal, evaluatorPlace: PlaceRef): boolean {
  if (principal.authenticatedBy !== 'session') return false;
  return principal.role === 'admin' || (principal.role === 'coordinator' && coversPlace(principal, evaluatorPlace.id));
}

/** Assigning a peer evaluation of a place to another place's team: admins and the place's region analysts. */
export function canAssignPeerEvaluation(principal: Principal, place: PlaceRef): boolean {
  return canManageRegion(principal, place.regionCode);
}

/**
 * The roles each kind of route lets through (@Allow), named once so that the guard and the
 * capabilities /api/auth/me advertises (capabilities.ts) read the same lists.
 */
/** Accounts: list, create, edit, temporary passwords (scope: canManageAccount). */
export const ACCOUNT_MANAGER_ROLES: readonly Role[] = ['admin', 'region-analyst'];
/** Creating places and service areas, the registry import, export tokens (scope: canManageRegion). */
export const REGION_MANAGER_ROLES: readonly Role[] = ['admin', 'region-analyst'];
/** Editing a place, planning and closing its rounds, importing its paper answers (scope: canManagePlace). */
export const PLACE_MANAGER_ROLES: readonly Role[] = ['admin', 'region-analyst', 'coordinator'];
/** Reopening a closed round: its next release is a revision, so admins only. */
export const ROUND_REOPENER_ROLES: readonly Role[] = ['admin'];
/** The audit log names every account and what it did. */
export const AUDIT_READER_ROLES: readonly Role[] = ['admin'];

/** Starting a place's self-evaluation, and its development actions (scope: canManagePlace). */
export const EVALUATION_MANAGER_ROLES: readonly Role[] = PLACE_MANAGER_ROLES;
/** Filling in and submitting an evaluation (scope: canFillEvaluation). */
export const EVALUATION_FILLER_ROLES: readonly Role[] = ['admin', 'coordinator'];
/**
 * A place's evaluation plan and its co-development days: the place's coordinators, its region's
 * analysts and admins keep them (scope: canManagePlace); every role of the place reads them
 * (canReadPlaceParticipation), so its steering group follows the plan.
 */
export const PLAN_MANAGER_ROLES: readonly Role[] = PLACE_MANAGER_ROLES;
/** Copying last year's plans to every place of a service area (scope: canManageRegion). */
export const PLAN_COPIER_ROLES: readonly Role[] = ['admin', 'region-analyst'];
/** The regional view of evaluations and actions, and its CSV (scope: canReadRegionResponses). */
export const REGION_EVALUATION_READER_ROLES: readonly Role[] = ['admin', 'region-analyst'];

/**
 * The annual report of a place (PDF and its printable page; scope: canReadPlaceParticipation):
 * its coordinators and steering group, its region's analysts and admins. Figures only.
 */
export const ANNUAL_REPORT_READER_ROLES: readonly Role[] = ['admin', 'region-analyst', 'coordinator', 'steering-group'];
/** The region version of the annual report (scope: canReadRegionResponses). */
export const REGION_ANNUAL_REPORT_READER_ROLES: readonly Role[] = ['admin', 'region-analyst'];

/** Whether the principal's role passes a route's @Allow list. */
export function hasRole(principal: Pick<Principal, 'role'>, roles: readonly Role[]): boolean {
  return roles.includes(principal.role);
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
