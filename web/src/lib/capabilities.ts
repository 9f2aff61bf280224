import type { components } from './api-schema';

/**
 * What the account may do, computed by the server from its access policy (GET /api/auth/me).
 * The pages show and hide by these and never compare role names: the server decides every
 * request anyway.
 */
export type Capabilities = components['schemas']['CapabilitiesDto'];

/** No right at all: what an unknown or missing capability means. Pure, for the unit tests too. */
export const NO_CAPABILITIES: Capabilities = {
  wholeCountry: false,
  manageUsers: false,
  assignableRoles: [],
  manageMeetingPlaces: false,
  managePlaces: false,
  importRegistry: false,
  importResponses: false,
  readAuditLog: false,
  exportResponses: false,
  manageExportTokens: false,
  reopenRounds: false,
  readRegionEvaluations: false,
  managePlans: false,
  regions: [],
  meetingPlaces: [],
};
