/**
 * Who logs in (families never do):
 * - admin: everything.
 * - region-analyst: scoped to regions; all data of their places, exports, place and user management there.
 * - coordinator: scoped to meeting places; runs rounds and kiosks, manages the place's data, reads its free text.
 * - steering-group: scoped to meeting places; reads dashboards and free text of its places.
 */
export const ROLES = ['admin', 'region-analyst', 'coordinator', 'steering-group'] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose scope is a list of meeting places (the others: regions, or nothing for admin). */
export const PLACE_ROLES: readonly Role[] = ['coordinator', 'steering-group'];
