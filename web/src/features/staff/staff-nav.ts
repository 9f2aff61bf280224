import type { Capabilities } from '../../lib/session';

export type StaffSection = 'dashboards' | 'rounds' | 'evaluations' | 'plans' | 'annualReports' | 'kiosks' | 'exports' | 'imports' | 'users' | 'places' | 'audit' | 'password';

export const staffSectionHref: Record<StaffSection, string> = {
  dashboards: '/staff/dashboards',
  rounds: '/staff/rounds',
  evaluations: '/staff/evaluations',
  plans: '/staff/plans',
  annualReports: '/staff/annual-report',
  kiosks: '/staff/kiosks',
  exports: '/staff/exports',
  imports: '/staff/imports',
  users: '/staff/users',
  places: '/staff/places',
  audit: '/staff/audit',
  password: '/staff/password',
};

/**
 * Which sections the account may open, from the capabilities the server advertises: the
 * server decides, this only hides links that would lead to "no access".
 */
const sectionOpen: Record<StaffSection, (c: Capabilities) => boolean> = {
  // Aggregated figures and the indicator exports: every account.
  dashboards: () => true,
  // Steering groups see their places' rounds; those who manage a place also plan them. The
  // page lists only the places whose participation the account reads.
  rounds: () => true,
  // The self- and peer evaluation: whoever reads a place's participation (its evaluations,
  // comparison and plan), the teams that fill in evaluations, and the region analysts' view.
  evaluations: (c) => c.readRegionEvaluations || c.meetingPlaces.some((p) => p.readParticipation || p.fillEvaluations),
  // The evaluation plan and co-development days: whoever reads a place's plan (its steering
  // group too), and region analysts who copy plans for a service area.
  plans: (c) => c.meetingPlaces.some((p) => p.readPlan) || c.regions.some((r) => r.copyPlans),
  // Kiosks are registered and disconnected by whoever manages a place; never by steering groups.
  // The annual report: the place's own people and its region's analysts (the place's
  // participation), and the region version for the region's analysts.
  annualReports: (c) => c.readRegionEvaluations || c.meetingPlaces.some((p) => p.readParticipation),
  kiosks: (c) => c.managePlaces,
  exports: () => true,
  // Coordinators import paper-form responses of their places.
  imports: (c) => c.importRegistry || c.importResponses,
  users: (c) => c.manageUsers,
  // Coordinators edit their own place's name and address.
  places: (c) => c.manageMeetingPlaces || c.managePlaces,
  audit: (c) => c.readAuditLog,
  password: () => true,
};

export function staffSections(capabilities: Capabilities): StaffSection[] {
  return (Object.keys(sectionOpen) as StaffSection[]).filter((section) => sectionOpen[section](capabilities));
}

export function canOpen(capabilities: Capabilities, section: StaffSection): boolean {
  return sectionOpen[section](capabilities);
}
