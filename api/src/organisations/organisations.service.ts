import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { localised } from '../common/localised-text.dto';
import { ProblemException } from '../common/problem';
import { MeetingPlaceDto, RegionDto } from './dto/organisation.dto';
import { MeetingPlace } from './meeting-place.entity';
import { Municipality } from './municipality.entity';
import { Region } from './region.entity';
import { ServiceArea } from './service-area.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(Region) private readonly regions: Repository<Region>,
    @InjectRepository(Municipality) private readonly municipalities: Repository<Municipality>,
    @InjectRepository(ServiceArea) private readonly serviceAreas: Repository<ServiceArea>,
    @InjectRepository(MeetingPlace) private readonly meetingPlaces: Repository<MeetingPlace>,
  ) {}

  async listRegions(): Promise<RegionDto[]> {
    const regions = await this.regions.find({ order: { code: 'ASC' } });
    return regions.map((r) => ({ code: r.code, name: localised(r.nameFi, r.nameSv, r.nameEn) }));
  }

  async listMeetingPlaces(regionCode?: string): Promise<MeetingPlaceDto[]> {
    if (regionCode && !(await this.regions.existsBy({ code: regionCode }))) {
      throw new ProblemException(404, 'region-not-found', `There is no wellbeing region with code "${regionCode}".`);
    }
    const query = this.meetingPlaces
      .createQueryBuilder('place')
      .leftJoinAndSelect('place.organisations', 'organisation')
      .innerJoin(Municipality, 'municipality', 'municipality.code = place.municipality_code')
      .orderBy('place.slug', 'ASC')
      .addOrderBy('organisation.name', 'ASC');
    if (regionCode) query.where('municipality.region_code = :regionCode', { regionCode });
    return this.toDtos(await query.getMany());
  }

  /** A place by its slug or its id; 404 when there is none. */
  async getMeetingPlace(slugOrId: string): Promise<MeetingPlaceDto> {
    const place = await this.findMeetingPlace(slugOrId);
    if (!place) throw new ProblemException(404, 'meeting-place-not-found', `There is no meeting place "${slugOrId}".`);
    const [dto] = await this.toDtos([place]);
    return dto;
  }

  findMeetingPlace(slugOrId: string): Promise<MeetingPlace | null> {
    return this.meetingPlaces.findOne({
      where: UUID.test(slugOrId) ? [{ id: slugOrId.toLowerCase() }, { slug: slugOrId }] : { slug: slugOrId },
      relations: { organisations: true },
    });
  }

  private async toDtos(places: MeetingPlace[]): Promise<MeetingPlaceDto[]> {
    const [municipalities, serviceAreas] = await Promise.all([this.municipalities.find(), this.serviceAreas.find()]);
    const regionOf = new Map(municipalities.map((m) => [m.code, m.regionCode]));
    const areaById = new Map(serviceAreas.map((a) => [a.id, a]));
    return places.map((place) => {
      const area = place.serviceAreaId ? areaById.get(place.serviceAreaId) : undefined;
      return {
        id: place.id,
        slug: place.slug,
        name: localised(place.nameFi, place.nameSv, place.nameEn),
        municipalityCode: place.municipalityCode,
        regionCode: regionOf.get(place.municipalityCode)!,
        serviceArea: area ? { id: area.id, name: localised(area.nameFi, area.nameSv, area.nameEn) } : null,
        address: place.address,
        organisations: (place.organisations ?? [])
          .map((o) => ({ name: o.name, type: o.type }))
          .sort((a, b) => a.name.localeCompare(b.name, 'fi')),
        active: place.active,
      };
    });
  }
}
