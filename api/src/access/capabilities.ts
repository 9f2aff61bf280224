import {
  ACCOUNT_MANAGER_ROLES,
  AUDIT_READER_ROLES,
  canManageAccount,
  canFillEvaluation,
  canManagePlace,
  canManageRegion,
  canReadPlaceParticipation,
  canReadRegionResponses,
  canReadRowLevelData,
  canReadWrittenAnswers,
  EVALUATION_FILLER_ROLES,
  EVALUATION_MANAGER_ROLES,
  hasRole,
  PLACE_MANAGER_ROLES,
  PLAN_COPIER_ROLES,
  PLAN_MANAGER_ROLES,
  PlaceRef,
  REGION_EVALUATION_READER_ROLES,
  REGION_MANAGER_ROLES,
  ROUND_REOPENER_ROLES,
  ROW_LEVEL_ROLES,
  WRITTEN_ANSWER_ROLES,
} from './access-policy';
import type { Principal } from './principal';
import { ROLES, Role } from './roles';

/**
 * What the principal may do, as /api/auth/me advertises it so that the staff pages show and
 * hide by capability and never by role name. Each flag is the route's @Allow list and the
 * scope rule its service applies (access-policy.ts), evaluated here: the server still decides
 * every request, these only spare the user links and buttons that would answer 403.
 */
export interface Capabilities {
  /** Covers every region (nothing narrows its scope). */
  wholeCountry: boolean;
  /** Accounts: list, create and edit those it may manage. */
  manageUsers: boolean;
  /** Roles it may give an account (a region analyst: place roles only). */
  assignableRoles: Role[];
  /** Create meeting places and service areas in some region. */
  manageMeetingPlaces: boolean;
  /** Edit some place (name, address) and plan or close its rounds. */
  managePlaces: boolean;
  importRegistry: boolean;
  /** Import paper answers (row by row, for places it manages). */
  importResponses: boolean;
  readAuditLog: boolean;
  /** Row-level response exports (responses.csv, responses.xlsx) of some region. */
  exportResponses: boolean;
  manageExportTokens: boolean;
  reopenRounds: boolean;
  /** The regional view of self- and peer evaluations of some region. */
  readRegionEvaluations: boolean;
  /** Keep the evaluation plan and record co-development days of some place. */
  managePlans: boolean;
  /** Regions where it has any regional right. */
  regions: RegionCapabilities[];
  /** Places where it may do more than read the aggregated figures everyone reads. */
  meetingPlaces: PlaceCapabilities[];
}

export interface RegionCapabilities {
  code: string;
  /** Create places and service areas, change their structure, make export tokens there. */
  manage: boolean;
  /** Row-level exports of the region's places. */
  exportResponses: boolean;
  /** The regional view of evaluations and its CSV; assigning peer evaluations of its places; the region's annual report. */
  readEvaluations: boolean;
  /** Copy last year's evaluation plans to the places of a service area. */
  copyPlans: boolean;
}

export interface PlaceCapabilities {
  id: string;
  slug: string;
  regionCode: string;
  /** Written answers (free text) of the place. */
  readFreeText: boolean;
  /** Participation: rounds, answers per language; and the place's annual report. */
  readParticipation: boolean;
  /** Edit the place, plan and close its rounds, import its paper answers. */
  managePlace: boolean;
  /** Row-level exports narrowed to the place. */
  exportResponses: boolean;
  /** Start the place's self-evaluation and keep its development plan. */
  manageEvaluations: boolean;
  /** Fill in the evaluations the place's team makes (its self-evaluation, its peer assignments). */
  fillEvaluations: boolean;
  /** Read the evaluation plan, its statuses and targets, and the co-development days. */
  readPlan: boolean;
  /** Edit the evaluation plan and record co-development days. */
  managePlan: boolean;
}

export interface KnownPlace extends PlaceRef {
  slug: string;
}

/**
 * The capabilities of a principal, given every region code and every place (with its region)
 * there is. Only regions and places where it has some right are listed.
 */
export function capabilitiesOf(principal: Principal, regionCodes: readonly string[], places: readonly KnownPlace[]): Capabilities {
  const regions = regionCodes
    .map((code) => ({
      code,
      manage: hasRole(principal, REGION_MANAGER_ROLES) && canManageRegion(principal, code),
      exportResponses: hasRole(principal, ROW_LEVEL_ROLES) && canReadRegionResponses(principal, code),
      readEvaluations: hasRole(principal, REGION_EVALUATION_READER_ROLES) && canReadRegionResponses(principal, code),
      copyPlans: hasRole(principal, PLAN_COPIER_ROLES) && canManageRegion(principal, code),
    }))
    .filter((r) => r.manage || r.exportResponses || r.readEvaluations || r.copyPlans);
  const meetingPlaces = places
    .map((place) => ({
      id: place.id,
      slug: place.slug,
      regionCode: place.regionCode,
      readFreeText: hasRole(principal, WRITTEN_ANSWER_ROLES) && canReadWrittenAnswers(principal, place),
      readParticipation: canReadPlaceParticipation(principal, place),
      managePlace: hasRole(principal, PLACE_MANAGER_ROLES) && canManagePlace(principal, place),
      exportResponses: hasRole(principal, ROW_LEVEL_ROLES) && canReadRowLevelData(principal, place),
      manageEvaluations: hasRole(principal, EVALUATION_MANAGER_ROLES) && canManagePlace(principal, place),
      fillEvaluations: hasRole(principal, EVALUATION_FILLER_ROLES) && canFillEvaluation(principal, place),
      readPlan: canReadPlaceParticipation(principal, place),
      managePlan: hasRole(principal, PLAN_MANAGER_ROLES) && canManagePlace(principal, place),
    }))
    .filter((p) => p.readFreeText || p.readParticipation || p.managePlace || p.exportResponses || p.fillEvaluations);
  const manageUsers = hasRole(principal, ACCOUNT_MANAGER_ROLES);
  return {
    wholeCountry: regionCodes.length > 0 && regionCodes.every((code) => canReadRegionResponses(principal, code)),
    manageUsers,
    // A role it may give: one it could manage an account of, scoped to one of its own regions.
    assignableRoles: manageUsers ? ROLES.filter((role) => canManageAccount(principal, { role, regionCodes: principal.regionCodes.slice(0, 1) })) : [],
    manageMeetingPlaces: regions.some((r) => r.manage),
    managePlaces: meetingPlaces.some((p) => p.managePlace),
    importRegistry: hasRole(principal, REGION_MANAGER_ROLES) && regions.some((r) => r.manage),
    importResponses: hasRole(principal, PLACE_MANAGER_ROLES) && meetingPlaces.some((p) => p.managePlace),
    readAuditLog: hasRole(principal, AUDIT_READER_ROLES),
    exportResponses: regions.some((r) => r.exportResponses),
    manageExportTokens: hasRole(principal, REGION_MANAGER_ROLES) && regions.some((r) => r.exportResponses),
    reopenRounds: hasRole(principal, ROUND_REOPENER_ROLES),
    readRegionEvaluations: regions.some((r) => r.readEvaluations),
    managePlans: meetingPlaces.some((p) => p.managePlan),
    regions,
    meetingPlaces,
  };
}
