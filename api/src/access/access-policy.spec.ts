import { canFillEvaluation, canManageAccount, canManagePlace, canManageRegion, canReadRegionResponses, canReadRowLevelData, canReadWrittenAnswers } from './access-policy';
import { principal } from '../../../test/factories/principal.factory';

const admin = principal('admin');
const analyst = principal('region-analyst', { regions: ['04'] });
const coordinator = principal('coordinator', { places: [['koivukyla', '04']] });
const steering = principal('steering-group', { places: [['koivukyla', '04']] });
const koivukyla = { id: 'koivukyla', regionCode: '04' };
const hakunila = { id: 'hakunila', regionCode: '04' };
const hervanta = { id: 'hervanta', regionCode: '08' };

describe('access policy', () => {
  it.each([
    ['admin', admin, [true, true, true]],
    ['region-analyst of 04', analyst, [true, true, false]],
    ['coordinator of koivukyla', coordinator, [false, false, false]],
    ['steering group of koivukyla', steering, [false, false, false]],
  ])('row-level data: %s reads koivukyla, hakunila, hervanta → %j', (_, who, expected) => {
    expect([koivukyla, hakunila, hervanta].map((place) => canReadRowLevelData(who, place))).toEqual(expected);
  });

  it.each([
    ['admin', admin, [true, true, true]],
    ['region-analyst of 04', analyst, [false, false, false]],
    ['coordinator of koivukyla', coordinator, [true, false, false]],
    ['steering group of koivukyla', steering, [false, false, false]],
  ])('written answers: %s reads koivukyla, hakunila, hervanta → %j', (_, who, expected) => {
    expect([koivukyla, hakunila, hervanta].map((place) => canReadWrittenAnswers(who, place))).toEqual(expected);
  });

  it('never gives written answers to an export token', () => {
    expect(canReadWrittenAnswers({ ...admin, authenticatedBy: 'bearer' }, koivukyla)).toBe(false);
    expect(canReadWrittenAnswers({ ...coordinator, authenticatedBy: 'bearer' }, koivukyla)).toBe(false);
  });

  it('region-wide response exports: admin and the analysts of that region', () => {
    expect([admin, analyst, coordinator].map((who) => canReadRegionResponses(who, '04'))).toEqual([true, true, false]);
    expect(canReadRegionResponses(analyst, '08')).toBe(false);
  });

  it("manages a place's own data: admin, the region's analyst, the place's coordinator — never the steering group", () => {
    expect([admin, analyst, coordinator, steering].map((who) => canManagePlace(who, koivukyla))).toEqual([true, true, true, false]);
    expect([admin, analyst, coordinator].map((who) => canManagePlace(who, hervanta))).toEqual([true, false, false]);
    expect(canManagePlace(coordinator, hakunila)).toBe(false);
  });

  it('manages a region (new places and service areas): admin and its analysts only', () => {
    expect([admin, analyst, coordinator].map((who) => canManageRegion(who, '04'))).toEqual([true, true, false]);
    expect(canManageRegion(analyst, '08')).toBe(false);
  });

  it.each([
    [{ role: 'coordinator', regionCodes: ['04'] }, true],
    [{ role: 'steering-group', regionCodes: ['04'] }, true],
    [{ role: 'coordinator', regionCodes: ['04', '08'] }, false],
    [{ role: 'coordinator', regionCodes: [] }, false],
    [{ role: 'region-analyst', regionCodes: ['04'] }, false],
    [{ role: 'admin', regionCodes: [] }, false],
  ] as const)('a region analyst of 04 manages %j: %s', (account, expected) => {
    expect(canManageAccount(analyst, { role: account.role, regionCodes: [...account.regionCodes] })).toBe(expected);
    expect(canManageAccount(admin, { role: account.role, regionCodes: [...account.regionCodes] })).toBe(true);
    expect(canManageAccount(coordinator, { role: account.role, regionCodes: [...account.regionCodes] })).toBe(false);
  });

  it('fills in an evaluation: the evaluating place’s coordinators and admins, in a session; never analysts or steering groups', () => {
    expect([admin, analyst, coordinator, steering].map((who) => canFillEvaluation(who, koivukyla))).toEqual([true, false, true, false]);
    expect(canFillEvaluation(coordinator, hakunila)).toBe(false);
    expect(canFillEvaluation({ ...coordinator, authenticatedBy: 'bearer' }, koivukyla)).toBe(false);
  });
});
