/**
 * Who logs in (families never do):
 * - admin: everything.
 * - region-analyst: scoped to regions; figures and row-level data (no written answers) of their
 *   places, exports and export tokens, place and user management there.
 * - coordinator: scoped to meeting places; runs rounds and kiosks, manages the place's data, reads
 *   its written answers (the place's staff).
 * - steering-group: scoped to meeting places; reads the dashboards (figures) of its places.
 */
export const ROLES = ['admin', 'region-analyst', 'coordinator', 'steering-group'] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose scope is a list of meeting places (the others: regions, or nothing for admin). */
export const PLACE_ROLES: readonly Role[] = ['coordinator', 'steering-group'];
