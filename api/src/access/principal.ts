import type { Role } from './roles';

/** A meeting place in someone's scope, with the region it lies in (for regional rules). */
export interface ScopedPlace {
  id: string;
  slug: string;
  regionCode: string;
}

/** The logged-in account a request acts for, loaded fresh on every request. */
export interface Principal {
  userId: string;
  email: string;
  role: Role;
  /** region-analyst: the regions it covers. Empty for other roles. */
  regionCodes: string[];
  /** coordinator, steering-group: the places it covers. Empty for other roles. */
  meetingPlaces: ScopedPlace[];
  mustChangePassword: boolean;
  authenticatedBy: 'session' | 'bearer';
  /** The session's token hash, when authenticated by the session cookie. */
  sessionId?: string;
  /** The export token, when authenticated by one (Authorization: Bearer). */
  exportTokenId?: string;
}
