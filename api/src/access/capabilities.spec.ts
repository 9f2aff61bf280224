import { capabilitiesOf } from './capabilities';
import { principal } from '../../../test/factories/principal.factory';
import type { Principal } from './principal';

const REGIONS = ['04', '08'];
const PLACES = [
  { id: 'hakunila', slug: 'hakunila', regionCode: '04' },
  { id: 'hervanta', slug: 'hervanta', regionCode: '08' },
  { id: 'koivukyla', slug: 'koivukyla', regionCode: '04' },
];
const of = (who: Principal) => capabilitiesOf(who, REGIONS, PLACES);
const global = (who: Principal) => {
  const { regions: _regions, meetingPlaces: _places, ...rest } = of(who);
  return rest;
};
const placeRights = (who: Principal) =>
  of(who).meetingPlaces.map((p) => [p.slug, p.readFreeText, p.readParticipation, p.managePlace, p.exportResponses, p.manageEvaluations, p.fillEvaluations, p.readPlan, p.managePlan]);

describe('capabilities', () => {
  it('admin: everything, everywhere', () => {
    const admin = principal('admin');
    expect(global(admin)).toEqual({
      wholeCountry: true,
      manageUsers: true,
      assignableRoles: ['admin', 'region-analyst', 'coordinator', 'steering-group'],
      manageMeetingPlaces: true,
      managePlaces: true,
      importRegistry: true,
      importResponses: true,
      readAuditLog: true,
      exportResponses: true,
      manageExportTokens: true,
      reopenRounds: true,
      readRegionEvaluations: true,
      managePlans: true,
    });
    expect(of(admin).regions).toEqual([
      { code: '04', manage: true, exportResponses: true, readEvaluations: true, copyPlans: true },
      { code: '08', manage: true, exportResponses: true, readEvaluations: true, copyPlans: true },
    ]);
    expect(placeRights(admin)).toEqual([
      ['hakunila', true, true, true, true, true, true, true, true],
      ['hervanta', true, true, true, true, true, true, true, true],
      ['koivukyla', true, true, true, true, true, true, true, true],
    ]);
  });

  it('region analyst of 04: its region and places, place roles only, no written answers', () => {
    const analyst = principal('region-analyst', { regions: ['04'] });
    expect(global(analyst)).toEqual({
      wholeCountry: false,
      manageUsers: true,
      assignableRoles: ['coordinator', 'steering-group'],
      manageMeetingPlaces: true,
      managePlaces: true,
      importRegistry: true,
      importResponses: true,
      readAuditLog: false,
      exportResponses: true,
      manageExportTokens: true,
      reopenRounds: false,
      readRegionEvaluations: true,
      managePlans: true,
    });
    expect(of(analyst).regions).toEqual([{ code: '04', manage: true, exportResponses: true, readEvaluations: true, copyPlans: true }]);
    expect(placeRights(analyst)).toEqual([
      ['hakunila', false, true, true, true, true, false, true, true],
      ['koivukyla', false, true, true, true, true, false, true, true],
    ]);
  });

  it('coordinator of koivukyla: manages and reads its place only', () => {
    const coordinator = principal('coordinator', { places: [['koivukyla', '04']] });
    expect(global(coordinator)).toEqual({
      wholeCountry: false,
      manageUsers: false,
      assignableRoles: [],
      manageMeetingPlaces: false,
      managePlaces: true,
      importRegistry: false,
      importResponses: true,
      readAuditLog: false,
      exportResponses: false,
      manageExportTokens: false,
      reopenRounds: false,
      readRegionEvaluations: false,
      managePlans: true,
    });
    expect(of(coordinator).regions).toEqual([]);
    expect(placeRights(coordinator)).toEqual([['koivukyla', true, true, true, false, true, true, true, true]]);
  });

  it('steering group of koivukyla: reads its participation, nothing else', () => {
    const steering = principal('steering-group', { places: [['koivukyla', '04']] });
    expect(Object.entries(global(steering)).filter(([, value]) => value === true || (Array.isArray(value) && value.length > 0))).toEqual([]);
    expect(placeRights(steering)).toEqual([['koivukyla', false, true, false, false, false, false, true, false]]);
  });
});
