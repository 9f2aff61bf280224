import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MeetingPlace } from '../../api/src/organisations/meeting-place.entity';
import { ServiceArea } from '../../api/src/organisations/service-area.entity';

let sequence = 0;

/** A service area in Vantaa unless told otherwise. */
export async function createServiceArea(dataSource: DataSource, overrides: Partial<ServiceArea> = {}): Promise<ServiceArea> {
  sequence += 1;
  return dataSource.getRepository(ServiceArea).save({
    id: `test-area-${sequence}`,
    municipalityCode: '092',
    nameFi: `Testialue ${sequence}`,
    nameSv: null,
    nameEn: null,
    active: true,
    ...overrides,
  });
}

/** An active meeting place in Vantaa (region 04) unless told otherwise. */
export async function createMeetingPlace(dataSource: DataSource, overrides: Partial<MeetingPlace> = {}): Promise<MeetingPlace> {
  sequence += 1;
  return dataSource.getRepository(MeetingPlace).save({
    id: randomUUID(),
    slug: `test-place-${sequence}`,
    nameFi: `Testipaikka ${sequence}`,
    nameSv: null,
    nameEn: null,
    municipalityCode: '092',
    serviceAreaId: null,
    address: null,
    active: true,
    organisations: [],
    ...overrides,
  });
}
