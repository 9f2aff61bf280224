import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AreaTree, MeetingPlaceRow, MunicipalityRow, RegionRow, ServiceAreaRow } from '../indicators/area-tree';
import { MeetingPlace } from '../organisations/meeting-place.entity';
import { Municipality } from '../organisations/municipality.entity';
import { Region } from '../organisations/region.entity';
import { ServiceArea } from '../organisations/service-area.entity';

/** The reporting hierarchy as rows: what a release freezes, and what AreaTree is built from. */
export interface Hierarchy {
  regions: RegionRow[];
  municipalities: MunicipalityRow[];
  serviceAreas: ServiceAreaRow[];
  places: MeetingPlaceRow[];
}

export const treeOf = (h: Hierarchy): AreaTree => new AreaTree(h.regions, h.municipalities, h.serviceAreas, h.places);

/** Reads the hierarchy as it is now: a few hundred rows. */
@Injectable()
export class HierarchyReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async current(): Promise<Hierarchy> {
    const [regions, municipalities, serviceAreas, places] = await Promise.all([
      this.dataSource.getRepository(Region).find({ select: ['code', 'nameFi', 'nameSv', 'nameEn'] }),
      this.dataSource.getRepository(Municipality).find({ select: ['code', 'nameFi', 'nameSv', 'nameEn', 'regionCode'] }),
      this.dataSource.getRepository(ServiceArea).find({ select: ['id', 'municipalityCode', 'nameFi', 'nameSv', 'nameEn', 'active'] }),
      this.dataSource.getRepository(MeetingPlace).find({
        select: ['id', 'slug', 'nameFi', 'nameSv', 'nameEn', 'municipalityCode', 'serviceAreaId', 'active'],
      }),
    ]);
    const plain = <T>(rows: T[]) => rows.map((row) => ({ ...row }));
    return { regions: plain(regions), municipalities: plain(municipalities), serviceAreas: plain(serviceAreas), places: plain(places) };
  }
}
