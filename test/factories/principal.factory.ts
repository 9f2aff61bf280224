import type { Principal } from '../../api/src/access/principal';
import type { Role } from '../../api/src/access/roles';

/**
 * A logged-in principal for the pure access tests: `regions` by code, `places` as [id, regionCode]
 * (the id doubles as the slug).
 */
export const principal = (role: Role, scope: { regions?: string[]; places?: [string, string][] } = {}): Principal => ({
  userId: 'u',
  email: 'u@kohtaamo.example',
  role,
  regionCodes: scope.regions ?? [],
  meetingPlaces: (scope.places ?? []).map(([id, regionCode]) => ({ id, slug: id, regionCode })),
  mustChangePassword: false,
  authenticatedBy: 'session',
});
