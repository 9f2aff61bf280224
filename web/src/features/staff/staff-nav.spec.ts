import { NO_CAPABILITIES } from '../../lib/capabilities';
import { canOpen, staffSections } from './staff-nav';

const none = NO_CAPABILITIES;

describe('staff sections by capability', () => {
  it('an account that may do nothing extra sees the figures, rounds, exports and its password', () => {
    expect(staffSections(none)).toEqual(['dashboards', 'rounds', 'exports', 'password']);
  });

  it('a place manager also sets up kiosks, imports paper answers and edits its places', () => {
    expect(staffSections({ ...none, managePlaces: true, importResponses: true })).toEqual([
      'dashboards',
      'rounds',
      'kiosks',
      'exports',
      'imports',
      'places',
      'password',
    ]);
  });

  it('evaluations open for whoever reads a place or the region’s evaluations', () => {
    const place = { id: 'p', slug: 'p', regionCode: '04', readFreeText: false, readParticipation: true, managePlace: false, exportResponses: false, manageEvaluations: false, fillEvaluations: false, readPlan: true, managePlan: false };
    expect([canOpen(none, 'evaluations'), canOpen({ ...none, meetingPlaces: [place] }, 'evaluations'), canOpen({ ...none, readRegionEvaluations: true }, 'evaluations')]).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('plans open for whoever reads a place’s plan or copies plans in a region', () => {
    const place = { id: 'p', slug: 'p', regionCode: '04', readFreeText: false, readParticipation: true, managePlace: false, exportResponses: false, manageEvaluations: false, fillEvaluations: false, readPlan: true, managePlan: false };
    const region = { code: '04', manage: false, exportResponses: false, readEvaluations: false, copyPlans: true };
    expect([canOpen(none, 'plans'), canOpen({ ...none, meetingPlaces: [place] }, 'plans'), canOpen({ ...none, regions: [region] }, 'plans')]).toEqual([false, true, true]);
  });

  it('users and the audit log open only with their capability', () => {
    expect([canOpen(none, 'users'), canOpen({ ...none, manageUsers: true }, 'users')]).toEqual([false, true]);
    expect([canOpen(none, 'audit'), canOpen({ ...none, readAuditLog: true }, 'audit')]).toEqual([false, true]);
  });
});
