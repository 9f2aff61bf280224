import type { PlaceRef } from '../access/access-policy';
import type { Principal } from '../access/principal';
import { ProblemException } from '../common/problem';
import { parsePeriod } from '../../../reports/periods';
import type { MeetingPlaceDto } from '../organisations/dto/organisation.dto';
import type { OrganisationsService } from '../organisations/organisations.service';

/**
 * A place's data for one fixed period (its written answers, its respondents' languages): the
 * period parsed, the place found, and the reader checked with the access rule for that data.
 */
export async function readablePlacePeriod(
  organisations: OrganisationsService,
  principal: Principal,
  slugOrId: string,
  periodText: string,
  allowed: (principal: Principal, place: PlaceRef) => boolean,
  outOfScope: string,
): Promise<{ place: MeetingPlaceDto; period: NonNullable<ReturnType<typeof parsePeriod>> }> {
  const period = parsePeriod(periodText);
  if (!period) {
    throw new ProblemException(400, 'validation', 'Invalid period.', [
      { field: 'period', message: 'period must be a year such as 2026 or a half-year such as 2026-H1' },
    ]);
  }
  const place = await organisations.getMeetingPlace(slugOrId);
  if (!allowed(principal, place)) throw new ProblemException(403, 'out-of-scope', outOfScope);
  return { place, period };
}
