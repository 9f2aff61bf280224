import type { MeetingPlace } from '../../lib/api';
import type { Me } from '../../lib/session';

// What a staff member may do at a place, mirroring the API's access policy
// (api/src/access/access-policy.ts): the server decides, these only show and hide.

/** Written answers can identify people: families are told only the place's staff (its coordinators) and admins read them. */
export function canReadFreeText(me: Me | null, place: MeetingPlace): boolean {
  if (!me) return false;
  if (me.role === 'admin') return true;
  return me.role === 'coordinator' && me.scope.meetingPlaces.includes(place.slug);
}

/** Participation (responses per language, rounds) as the API's canReadPlaceParticipation allows it. */
export function canReadParticipation(me: Me | null, place: MeetingPlace): boolean {
  if (!me) return false;
  if (me.role === 'admin') return true;
  if (me.role === 'region-analyst') return me.scope.regions.includes(place.regionCode);
  return me.scope.meetingPlaces.includes(place.slug);
}

/** Planning and closing the place's rounds, editing it: the API's canManagePlace. */
export function canManagePlace(me: Me | null, place: MeetingPlace): boolean {
  if (!me) return false;
  if (me.role === 'admin') return true;
  if (me.role === 'region-analyst') return me.scope.regions.includes(place.regionCode);
  return me.role === 'coordinator' && me.scope.meetingPlaces.includes(place.slug);
}
