import type { Me, PlaceCapabilities } from '../../lib/session';

// What a staff member may do at a place, as the server's capabilities say (GET /api/auth/me,
// computed by the API's access policy): these only show and hide, the server decides.

/** The account's capabilities at a place (by slug or id); none when it is not listed. */
export function placeCapabilities(me: Me | null, place: { slug: string; id?: string }): PlaceCapabilities | undefined {
  return me?.capabilities.meetingPlaces.find((p) => p.slug === place.slug || (place.id !== undefined && p.id === place.id));
}

/** Written answers can identify people: families are told only the place's staff (its coordinators) and admins read them. */
export function canReadFreeText(me: Me | null, place: { slug: string; id?: string }): boolean {
  return placeCapabilities(me, place)?.readFreeText ?? false;
}

/** Participation (responses per language, rounds). */
export function canReadParticipation(me: Me | null, place: { slug: string; id?: string }): boolean {
  return placeCapabilities(me, place)?.readParticipation ?? false;
}

/** Planning and closing the place's rounds, editing it. */
export function canManagePlace(me: Me | null, place: { slug: string; id?: string }): boolean {
  return placeCapabilities(me, place)?.managePlace ?? false;
}

/** Region-wide management (places, service areas, export tokens) in a region. */
export function canManageRegion(me: Me | null, regionCode: string): boolean {
  return me?.capabilities.regions.some((r) => r.code === regionCode && r.manage) ?? false;
}

/** Row-level response exports of a region. */
export function canExportRegionResponses(me: Me | null, regionCode: string): boolean {
  return me?.capabilities.regions.some((r) => r.code === regionCode && r.exportResponses) ?? false;
}
