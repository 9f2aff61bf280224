import type { StaffRole } from '../../lib/session';

export type StaffSection = 'dashboards' | 'rounds' | 'kiosks' | 'exports' | 'imports' | 'users' | 'places' | 'audit' | 'password';

export const staffSectionHref: Record<StaffSection, string> = {
  dashboards: '/staff/dashboards',
  rounds: '/staff/rounds',
  kiosks: '/staff/kiosks',
  exports: '/staff/exports',
  imports: '/staff/imports',
  users: '/staff/users',
  places: '/staff/places',
  audit: '/staff/audit',
  password: '/staff/password',
};

/**
 * What each role may open, mirroring the API's @Allow lists: the server decides, this only
 * hides links that would lead to "no access".
 */
const sectionRoles: Record<StaffSection, readonly StaffRole[]> = {
  dashboards: ['admin', 'region-analyst', 'coordinator', 'steering-group'],
  // Steering groups see their places' rounds; the others also plan them.
  rounds: ['admin', 'region-analyst', 'coordinator', 'steering-group'],
  // Kiosks are managed by whoever manages the place; never by steering groups.
  kiosks: ['admin', 'region-analyst', 'coordinator'],
  // Coordinators and steering groups export their own places' responses.
  exports: ['admin', 'region-analyst', 'coordinator', 'steering-group'],
  // Coordinators import paper-form responses of their places.
  imports: ['admin', 'region-analyst', 'coordinator'],
  users: ['admin', 'region-analyst'],
  // Coordinators edit their own place's name and address.
  places: ['admin', 'region-analyst', 'coordinator'],
  audit: ['admin'],
  password: ['admin', 'region-analyst', 'coordinator', 'steering-group'],
};

export function staffSections(role: StaffRole): StaffSection[] {
  return (Object.keys(sectionRoles) as StaffSection[]).filter((section) => sectionRoles[section].includes(role));
}

export function canOpen(role: StaffRole, section: StaffSection): boolean {
  return sectionRoles[section].includes(role);
}
