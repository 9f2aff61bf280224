import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, QueryFailedError, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { assertAllowed, canManageRegion } from '../access/access-policy';
import type { Principal } from '../access/principal';
import { localised } from '../common/localised-text.dto';
import { ProblemException } from '../common/problem';
import { TransactionRunner } from '../database/transaction-runner';
import { CreateServiceAreaDto, ServiceAreaDto, ServiceAreaQueryDto, UpdateServiceAreaDto } from './dto/service-area.dto';
import { Municipality } from './municipality.entity';
import { OrganisationsService, recordStructureChange, StructureChange } from './organisations.service';
import { ServiceArea } from './service-area.entity';

/** Palvelualueet: created, renamed and deactivated by an admin or the region's analyst; never deleted. */
@Injectable()
export class ServiceAreasService {
  constructor(
    @InjectRepository(ServiceArea) private readonly serviceAreas: Repository<ServiceArea>,
    private readonly organisations: OrganisationsService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async list(query: ServiceAreaQueryDto): Promise<ServiceAreaDto[]> {
    const builder = this.serviceAreas
      .createQueryBuilder('area')
      .innerJoin(Municipality, 'municipality', 'municipality.code = area.municipality_code')
      .orderBy('area.id', 'ASC');
    if (query.region) builder.andWhere('municipality.region_code = :region', { region: query.region });
    if (query.municipality) builder.andWhere('area.municipality_code = :municipality', { municipality: query.municipality });
    return Promise.all((await builder.getMany()).map((area) => this.toDto(area)));
  }

  async create(principal: Principal, dto: CreateServiceAreaDto): Promise<ServiceAreaDto> {
    const regionCode = await this.organisations.requireMunicipality(dto.municipalityCode);
    assertAllowed(canManageRegion(principal, regionCode), 'You can add service areas only in your own regions.');
    if (await this.serviceAreas.existsBy({ id: dto.id })) throw idTaken(dto.id);
    const area: ServiceArea = {
      id: dto.id,
      municipalityCode: dto.municipalityCode,
      nameFi: dto.name.fi,
      nameSv: dto.name.sv ?? null,
      nameEn: dto.name.en ?? null,
      active: true,
    };
    try {
      await this.transactions.run(async (manager) => {
        await manager.insert(ServiceArea, area);
        await recordStructureChange(this.audit, manager, principal, 'service-area', area.id, { created: true });
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (await this.serviceAreas.existsBy({ id: dto.id }))) throw idTaken(dto.id);
      throw error;
    }
    return this.toDto(area);
  }

  async update(principal: Principal, id: string, dto: UpdateServiceAreaDto): Promise<ServiceAreaDto> {
    const area = await this.serviceAreas.findOneBy({ id });
    if (!area) throw new ProblemException(404, 'service-area-not-found', `There is no service area "${id}".`);
    assertAllowed(canManageRegion(principal, (await this.organisations.regionCodeOf(area.municipalityCode))!));
    const changed: string[] = [];
    if (dto.name) {
      const name = { nameFi: dto.name.fi, nameSv: dto.name.sv ?? null, nameEn: dto.name.en ?? null };
      if (name.nameFi !== area.nameFi || name.nameSv !== area.nameSv || name.nameEn !== area.nameEn) changed.push('name');
      Object.assign(area, name);
    }
    if (dto.active != null && dto.active !== area.active) {
      area.active = dto.active;
      changed.push('active');
    }
    if (changed.length > 0) {
      await this.transactions.run((manager) => this.save(manager, principal, area, { created: false, changed }));
    }
    return this.toDto(area);
  }

  /** Creates or updates a service area in the caller's transaction (the registry import's), with its audit entry. */
  async save(manager: EntityManager, principal: Principal, area: ServiceArea, change: StructureChange): Promise<void> {
    await manager.upsert(ServiceArea, area, ['id']);
    await recordStructureChange(this.audit, manager, principal, 'service-area', area.id, change);
  }

  private async toDto(area: ServiceArea): Promise<ServiceAreaDto> {
    return {
      id: area.id,
      municipalityCode: area.municipalityCode,
      regionCode: (await this.organisations.regionCodeOf(area.municipalityCode))!,
      name: localised(area.nameFi, area.nameSv, area.nameEn),
      active: area.active,
    };
  }
}

function idTaken(id: string): ProblemException {
  return new ProblemException(409, 'service-area-id-taken', `There is already a service area with id "${id}".`);
}
