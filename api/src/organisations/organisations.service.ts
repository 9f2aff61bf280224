import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { EntityManager, In, QueryFailedError, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { assertAllowed, canManagePlace, canManageRegion } from '../access/access-policy';
import type { Principal } from '../access/principal';
import { localised } from '../common/localised-text.dto';
import { ProblemException, ValidationProblem } from '../common/problem';
import { queryPrepared } from '../database/prepared-statements';
import { TransactionRunner } from '../database/transaction-runner';
import { CreateMeetingPlaceDto, OrganisationInputDto, UpdateMeetingPlaceDto } from './dto/meeting-place-input.dto';
import { MeetingPlaceDto, MunicipalityDto, RegionDto } from './dto/organisation.dto';
import { MeetingPlace } from './meeting-place.entity';
import { Municipality } from './municipality.entity';
import { Organisation } from './organisation.entity';
import { Region } from './region.entity';
import { looksLikeId, serviceAreaProblem, slugProblem } from './registry-rules';
import { ServiceArea } from './service-area.entity';

/** How a structural record came to change, for its audit entry. */
export interface StructureChange {
  created: boolean;
  /** The fields an update changed. */
  changed?: string[];
  /** The import that made the change, when not its own endpoint (e.g. "import.registry"). */
  via?: string;
}

/** The whole reporting structure, as the registry import plans a file against it. */
export interface StructureSnapshot {
  regionCodes: Set<string>;
  municipalities: Municipality[];
  serviceAreas: ServiceArea[];
  meetingPlaces: MeetingPlace[];
}

// An id never looks like a slug, so a name matches one of the two at most.
const PLACE_REF_SQL = 'SELECT id, active FROM meeting_place WHERE slug = ? OR id = ? LIMIT 1';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(Region) private readonly regions: Repository<Region>,
    @InjectRepository(Municipality) private readonly municipalities: Repository<Municipality>,
    @InjectRepository(ServiceArea) private readonly serviceAreas: Repository<ServiceArea>,
    @InjectRepository(MeetingPlace) private readonly meetingPlaces: Repository<MeetingPlace>,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** The region of a municipality, or undefined for an unknown municipality code. */
  async regionCodeOf(municipalityCode: string): Promise<string | undefined> {
    return (await this.regionCodesOf([municipalityCode])).get(municipalityCode);
  }

  /**
   * The regions of municipalities, in one primary-key query. Read from the database every time,
   * not kept: the registry import adds municipalities, and so may another instance.
   */
  async regionCodesOf(municipalityCodes: Iterable<string>): Promise<Map<string, string>> {
    const codes = [...new Set(municipalityCodes)];
    if (codes.length === 0) return new Map();
    const found = await this.municipalities.find({ select: ['code', 'regionCode'], where: { code: In(codes) } });
    return new Map(found.map((m) => [m.code, m.regionCode]));
  }

  /**
   * Every region code and every meeting place with its region (slug, id): what a principal's
   * capabilities are computed over (access/capabilities.ts). Two small queries.
   */
  async accessMap(): Promise<{ regionCodes: string[]; places: { id: string; slug: string; regionCode: string }[] }> {
    const [regions, places] = await Promise.all([
      this.regions.find({ select: ['code'], order: { code: 'ASC' } }),
      this.meetingPlaces.find({ select: ['id', 'slug', 'municipalityCode'], order: { slug: 'ASC' } }),
    ]);
    const regionOf = await this.regionCodesOf(places.map((p) => p.municipalityCode));
    return {
      regionCodes: regions.map((r) => r.code),
      places: places.map((p) => ({ id: p.id, slug: p.slug, regionCode: regionOf.get(p.municipalityCode)! })),
    };
  }

  async listRegions(): Promise<RegionDto[]> {
    const regions = await this.regions.find({ order: { code: 'ASC' } });
    return regions.map((r) => ({ code: r.code, name: localised(r.nameFi, r.nameSv, r.nameEn) }));
  }

  async listMunicipalities(regionCode?: string): Promise<MunicipalityDto[]> {
    if (regionCode && !(await this.regions.existsBy({ code: regionCode }))) {
      throw new ProblemException(404, 'region-not-found', `There is no wellbeing region with code "${regionCode}".`);
    }
    const municipalities = await this.municipalities.find({ where: regionCode ? { regionCode } : {}, order: { code: 'ASC' } });
    return municipalities.map((m) => ({ code: m.code, regionCode: m.regionCode, name: localised(m.nameFi, m.nameSv, m.nameEn) }));
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

  /**
   * Just the id and whether it is open: what taking an answer needs, without the joins. Read
   * for every answer, so by a kept statement (prepared-statements.ts).
   */
  async findMeetingPlaceRef(slugOrId: string): Promise<Pick<MeetingPlace, 'id' | 'active'> | null> {
    const [row] = await queryPrepared<{ id: string; active: boolean | number }>(this.meetingPlaces.manager, PLACE_REF_SQL, [slugOrId, slugOrId.toLowerCase()]);
    return row ? { id: row.id, active: Boolean(row.active) } : null;
  }

  findMeetingPlace(slugOrId: string): Promise<MeetingPlace | null> {
    return this.meetingPlaces.findOne({
      where: looksLikeId(slugOrId) ? [{ id: slugOrId.toLowerCase() }, { slug: slugOrId }] : { slug: slugOrId },
      relations: { organisations: true },
    });
  }

  /** Places by slug or id, in one query; the map is keyed by the key each was asked for. */
  async findMeetingPlaces(slugsOrIds: string[]): Promise<Map<string, MeetingPlace>> {
    if (slugsOrIds.length === 0) return new Map();
    const ids = slugsOrIds.filter(looksLikeId).map((id) => id.toLowerCase());
    const places = await this.meetingPlaces.find({ where: [{ slug: In(slugsOrIds) }, ...(ids.length ? [{ id: In(ids) }] : [])] });
    const found = new Map<string, MeetingPlace>();
    for (const key of slugsOrIds) {
      const place = places.find((p) => p.slug === key) ?? (looksLikeId(key) ? places.find((p) => p.id === key.toLowerCase()) : undefined);
      if (place) found.set(key, place);
    }
    return found;
  }

  /** Admin, or the analyst of the municipality's region. */
  async createMeetingPlace(principal: Principal, dto: CreateMeetingPlaceDto): Promise<MeetingPlaceDto> {
    const regionCode = await this.requireMunicipality(dto.municipalityCode);
    assertAllowed(canManageRegion(principal, regionCode), 'You can add meeting places only in your own regions.');
    const badSlug = slugProblem(dto.slug);
    if (badSlug) throw new ValidationProblem([{ field: 'slug', ...badSlug }]);
    if (await this.meetingPlaces.existsBy({ slug: dto.slug })) throw slugTaken(dto.slug);
    const serviceAreaId = dto.serviceArea ? await this.requireServiceArea(dto.serviceArea, dto.municipalityCode, null) : null;

    const id = randomUUID();
    try {
      await this.transactions.run(async (manager) => {
        await manager.save(MeetingPlace, {
          id,
          slug: dto.slug,
          nameFi: dto.name.fi,
          nameSv: dto.name.sv ?? null,
          nameEn: dto.name.en ?? null,
          municipalityCode: dto.municipalityCode,
          serviceAreaId,
          address: dto.address ?? null,
          active: true,
          organisations: await this.findOrCreateOrganisations(manager, dto.organisations ?? []),
        });
        await recordStructureChange(this.audit, manager, principal, 'meeting-place', dto.slug, { created: true });
      });
    } catch (error) {
      // Two admins creating the same slug at once: the unique index decides.
      if (error instanceof QueryFailedError && (await this.meetingPlaces.existsBy({ slug: dto.slug }))) throw slugTaken(dto.slug);
      throw error;
    }
    return this.getMeetingPlace(id);
  }

  /**
   * Name, address and organisations: admin, the region's analyst or the place's coordinator.
   * Municipality, service area and active (the reporting structure): admin or the region's analyst.
   */
  async updateMeetingPlace(principal: Principal, slugOrId: string, dto: UpdateMeetingPlaceDto): Promise<MeetingPlaceDto> {
    const place = await this.findMeetingPlace(slugOrId);
    if (!place) throw new ProblemException(404, 'meeting-place-not-found', `There is no meeting place "${slugOrId}".`);
    const regionCode = (await this.regionCodeOf(place.municipalityCode))!;
    const structural = dto.municipalityCode != null || dto.serviceArea !== undefined || dto.active != null;
    if (structural) {
      assertAllowed(
        canManageRegion(principal, regionCode),
        canManagePlace(principal, { id: place.id, regionCode })
          ? "Only an admin or the region's analyst can change a place's municipality, service area or status."
          : undefined,
      );
    } else {
      assertAllowed(canManagePlace(principal, { id: place.id, regionCode }));
    }

    const changed: string[] = [];
    const municipalityCode = dto.municipalityCode ?? place.municipalityCode;
    if (municipalityCode !== place.municipalityCode) {
      const newRegion = await this.requireMunicipality(municipalityCode);
      assertAllowed(canManageRegion(principal, newRegion), 'You can move a place only within your own regions.');
      place.municipalityCode = municipalityCode;
      changed.push('municipalityCode');
    }
    if (dto.serviceArea !== undefined || changed.includes('municipalityCode')) {
      const wanted = dto.serviceArea === undefined ? place.serviceAreaId : dto.serviceArea;
      const serviceAreaId = wanted ? await this.requireServiceArea(wanted, municipalityCode, place.serviceAreaId) : null;
      if (serviceAreaId !== place.serviceAreaId) changed.push('serviceArea');
      place.serviceAreaId = serviceAreaId;
    }
    if (dto.name) {
      const name = { nameFi: dto.name.fi, nameSv: dto.name.sv ?? null, nameEn: dto.name.en ?? null };
      if (name.nameFi !== place.nameFi || name.nameSv !== place.nameSv || name.nameEn !== place.nameEn) changed.push('name');
      Object.assign(place, name);
    }
    if (dto.address !== undefined && (dto.address ?? null) !== place.address) {
      place.address = dto.address ?? null;
      changed.push('address');
    }
    if (dto.active != null && dto.active !== place.active) {
      place.active = dto.active;
      changed.push('active');
    }
    await this.transactions.run(async (manager) => {
      if (dto.organisations) {
        const before = place.organisations.map((o) => o.id).sort().join();
        place.organisations = await this.findOrCreateOrganisations(manager, dto.organisations);
        if (place.organisations.map((o) => o.id).sort().join() !== before) changed.push('organisations');
      }
      if (changed.length === 0) return;
      await manager.save(MeetingPlace, place);
      await recordStructureChange(this.audit, manager, principal, 'meeting-place', place.slug, { created: false, changed });
    });
    return this.getMeetingPlace(place.id);
  }

  /** Every place's id and slug with the region it lies in, in one query (what scope checks need). */
  meetingPlaceRefs(): Promise<{ id: string; slug: string; regionCode: string }[]> {
    return this.meetingPlaces
      .createQueryBuilder('p')
      .innerJoin(Municipality, 'm', 'm.code = p.municipality_code')
      .select(['p.id AS id', 'p.slug AS slug', 'm.region_code AS "regionCode"'])
      .getRawMany();
  }

  async structureSnapshot(): Promise<StructureSnapshot> {
    const [regions, municipalities, serviceAreas, meetingPlaces] = await Promise.all([
      this.regions.find({ select: ['code'] }),
      this.municipalities.find(),
      this.serviceAreas.find(),
      this.meetingPlaces.find(),
    ]);
    return { regionCodes: new Set(regions.map((r) => r.code)), municipalities, serviceAreas, meetingPlaces };
  }

  /**
   * Creates or updates a municipality in the caller's transaction (the registry import writes a
   * whole file in one), with its audit entry. The caller has checked the rules against the
   * structure as its file leaves it.
   */
  async saveMunicipality(manager: EntityManager, principal: Principal, municipality: Municipality, change: StructureChange): Promise<void> {
    await manager.upsert(Municipality, municipality, ['code']);
    await recordStructureChange(this.audit, manager, principal, 'municipality', municipality.code, change);
  }

  /** Creates (with a new id) or updates a meeting place in the caller's transaction, with its audit entry. */
  async saveMeetingPlace(
    manager: EntityManager,
    principal: Principal,
    place: Omit<MeetingPlace, 'id' | 'organisations'> & { id?: string },
    change: StructureChange,
  ): Promise<void> {
    if (change.created) await manager.insert(MeetingPlace, { ...place, id: randomUUID() });
    else await manager.update(MeetingPlace, { id: place.id }, place);
    await recordStructureChange(this.audit, manager, principal, 'meeting-place', place.slug, change);
  }

  /** The region of a known municipality; 400 for an unknown code. */
  async requireMunicipality(municipalityCode: string, field = 'municipalityCode'): Promise<string> {
    const regionCode = await this.regionCodeOf(municipalityCode);
    if (!regionCode) throw new ValidationProblem([{ field, message: `There is no municipality with code "${municipalityCode}".`, code: 'unknown-municipality' }]);
    return regionCode;
  }

  /** A service area a place can belong to: it exists, lies in the place's municipality, and is active (or already the place's). */
  private async requireServiceArea(id: string, municipalityCode: string, current: string | null): Promise<string> {
    const area = await this.serviceAreas.findOneBy({ id });
    const problem = serviceAreaProblem(id, area ?? undefined, municipalityCode, current);
    if (problem) throw new ValidationProblem([{ field: 'serviceArea', ...problem }]);
    return id;
  }

  /** Organisations are shared between places and matched by name: one query for those that exist, one insert for the new ones. */
  private async findOrCreateOrganisations(manager: EntityManager, inputs: OrganisationInputDto[]): Promise<Organisation[]> {
    const wanted = new Map<string, OrganisationInputDto>();
    for (const input of inputs) if (!wanted.has(input.name.trim())) wanted.set(input.name.trim(), input);
    if (wanted.size === 0) return [];
    const existing = new Map((await manager.findBy(Organisation, { name: In([...wanted.keys()]) })).map((o) => [o.name, o]));
    const created = [...wanted].filter(([name]) => !existing.has(name)).map(([name, input]): Organisation => ({ id: randomUUID(), name, type: input.type }));
    if (created.length > 0) await manager.insert(Organisation, created);
    for (const organisation of created) existing.set(organisation.name, organisation);
    return [...wanted.keys()].map((name) => existing.get(name)!);
  }

  private async toDtos(places: MeetingPlace[]): Promise<MeetingPlaceDto[]> {
    // Only the municipalities and service areas these places lie in, not the whole tables.
    const areaIds = [...new Set(places.flatMap((p) => (p.serviceAreaId ? [p.serviceAreaId] : [])))];
    const [regionOf, serviceAreas] = await Promise.all([
      this.regionCodesOf(places.map((p) => p.municipalityCode)),
      areaIds.length > 0 ? this.serviceAreas.findBy({ id: In(areaIds) }) : [],
    ]);
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

/** One audit entry per changed record, the same whether its endpoint or an import changed it. */
export async function recordStructureChange(
  audit: AuditService,
  manager: EntityManager,
  principal: Principal,
  type: 'municipality' | 'service-area' | 'meeting-place',
  id: string,
  { created, changed, via }: StructureChange,
): Promise<void> {
  const details = { ...(via ? { via } : {}), ...(changed ? { changed } : {}) };
  await audit.record(manager, {
    actorId: principal.userId,
    action: `${type}.${created ? 'created' : 'updated'}`,
    target: { type, id },
    ...(Object.keys(details).length > 0 ? { details } : {}),
  });
}

function slugTaken(slug: string): ProblemException {
  return new ProblemException(409, 'slug-taken', `There is already a meeting place with slug "${slug}".`);
}
