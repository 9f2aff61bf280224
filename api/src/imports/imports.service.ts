import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { CsvDialect, parseCsv } from '../../../reports/csv/csv-dialect';
import { parsePaperResponses, parseRegistry, RegistryRecord, RowError } from '../../../reports/csv/import-formats';
import { questionColumns } from '../../../reports/csv/survey-questions';
import { canManagePlace, canManageRegion } from '../access/access-policy';
import type { Principal } from '../access/principal';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { ProblemException, ValidationProblem } from '../common/problem';
import { ServerSecrets } from '../common/server-secrets.service';
import { TransactionRunner } from '../database/transaction-runner';
import type { MeetingPlace } from '../organisations/meeting-place.entity';
import type { Municipality } from '../organisations/municipality.entity';
import { OrganisationsService } from '../organisations/organisations.service';
import { changedFields, serviceAreaProblem, slugProblem } from '../organisations/registry-rules';
import type { ServiceArea } from '../organisations/service-area.entity';
import { ServiceAreasService } from '../organisations/service-areas.service';
import { ResponseRecords, requestHashOf } from '../responses/response-records';
import { helsinkiDateOf } from '../../../reports/periods';
import { collectionRulesOf } from '../../../reports/instruments';
import { RoundsService } from '../rounds/rounds.service';
import { ResponsesService } from '../responses/responses.service';
import { SurveyVersion } from '../surveys/survey-version.entity';
import { ImportResultDto, ImportRowDto } from './dto/import.dto';

type Action = ImportRowDto['action'];

/**
 * CSV imports: the meeting-place registry and paper-survey responses. Every row is checked
 * first (the preview shows each row's action or errors); apply writes all rows in one
 * transaction or none. Rows are keyed by stable ids (codes, slugs, paper ids), so importing
 * the same file again changes nothing.
 */
@Injectable()
export class ImportsService {
  constructor(
    @InjectRepository(SurveyVersion) private readonly versions: Repository<SurveyVersion>,
    private readonly organisations: OrganisationsService,
    private readonly serviceAreas: ServiceAreasService,
    private readonly responses: ResponsesService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly secrets: ServerSecrets,
    private readonly rounds: RoundsService,
  ) {}

  async importRegistry(principal: Principal, csv: string, dialect: CsvDialect, apply: boolean): Promise<ImportResultDto> {
    const { records, errors: fileErrors } = parseRegistry(this.parse(csv, dialect));
    const { regionCodes, municipalities, serviceAreas, meetingPlaces } = await this.organisations.structureSnapshot();
    // Where each municipality is now: an existing place is guarded by the region it lies in today.
    const currentRegionOf = new Map(municipalities.map((m) => [m.code, m.regionCode]));
    // What exists after the rows before this one (rows may refer to earlier rows of the file).
    const municipalityRegion = new Map(currentRegionOf);
    const areaState = new Map(serviceAreas.map((a) => [a.id, { municipalityCode: a.municipalityCode, active: a.active }]));
    const existing = {
      municipality: new Map(municipalities.map((m) => [m.code, m])),
      'service-area': new Map(serviceAreas.map((a) => [a.id, a])),
      'meeting-place': new Map(meetingPlaces.map((p) => [p.slug, p])),
    };
    const order = { municipality: 0, 'service-area': 1, 'meeting-place': 2 };
    const changes: { record: RegistryRecord; action: Action }[] = [];
    const rows: ImportRowDto[] = [];

    for (const parsed of [...records].sort((a, b) => order[a.record.type] - order[b.record.type] || a.line - b.line)) {
      const { record, line } = parsed;
      const errors: RowError[] = [...parsed.errors];
      const fail = (field: string, message: string) => errors.push({ line, field, message });
      const place = record.type === 'meeting-place' ? existing['meeting-place'].get(record.code) : undefined;
      let regionCode: string | undefined;
      if (errors.length === 0) {
        if (record.type === 'municipality') {
          if (!regionCodes.has(record.regionCode!)) fail('region_code', `there is no wellbeing region ${record.regionCode}`);
          regionCode = record.regionCode!;
          const current = existing.municipality.get(record.code);
          if (current && current.regionCode !== record.regionCode) fail('region_code', `municipality ${record.code} belongs to region ${current.regionCode}`);
        } else {
          regionCode = municipalityRegion.get(record.municipalityCode!);
          if (!regionCode) fail('municipality_code', `there is no municipality ${record.municipalityCode}`);
          if (record.type === 'meeting-place') {
            const badSlug = place ? null : slugProblem(record.code);
            if (badSlug) fail('code', badSlug.message);
            // The rule of POST and PATCH /api/meeting-places, against the structure as the file leaves it so far.
            const areaProblem =
              record.serviceArea === null
                ? null
                : serviceAreaProblem(record.serviceArea, areaState.get(record.serviceArea), record.municipalityCode!, place?.serviceAreaId ?? null);
            if (areaProblem) fail('service_area', areaProblem.message);
          }
          if (record.type === 'service-area') {
            const current = existing['service-area'].get(record.code);
            if (current && current.municipalityCode !== record.municipalityCode) {
              fail('municipality_code', `service area ${record.code} belongs to municipality ${current.municipalityCode}`);
            }
          }
        }
        if (regionCode && !canManageRegion(principal, regionCode)) fail('code', 'is outside the regions your account covers');
        // The same rule as PATCH /api/meeting-places: an existing place moves only with the
        // consent of its current region, or an import could carry any place into the importer's.
        const placeRegion = place && currentRegionOf.get(place.municipalityCode);
        if (placeRegion && placeRegion !== regionCode && !canManageRegion(principal, placeRegion)) {
          fail('code', `meeting place ${record.code} lies in region ${placeRegion}, outside the regions your account covers`);
        }
      }
      let action: Action = 'error';
      if (errors.length === 0) {
        const current = existing[record.type].get(record.code);
        action = !current ? 'create' : changedFields(current, wantedFields(record)).length === 0 ? 'unchanged' : 'update';
        if (record.type === 'municipality') municipalityRegion.set(record.code, record.regionCode!);
        if (record.type === 'service-area') areaState.set(record.code, { municipalityCode: record.municipalityCode!, active: record.active });
        if (action !== 'unchanged') changes.push({ record, action });
      }
      rows.push({ line, key: `${record.type} ${record.code}`, action, errors });
    }
    rows.sort((a, b) => a.line - b.line);
    const result = this.result(rows, fileErrors, false);
    if (!apply) return result;
    this.refuseWithErrors(result);

    // Every record is written, and audited as changed, through its own feature's service.
    await this.transactions.run(async (manager) => {
      for (const { record, action } of changes) {
        const wanted = wantedFields(record);
        const current = existing[record.type].get(record.code);
        const change = { created: action === 'create', via: 'import.registry', ...(current ? { changed: changedFields(current, wanted) } : {}) };
        if (record.type === 'municipality') {
          await this.organisations.saveMunicipality(manager, principal, { code: record.code, regionCode: record.regionCode!, ...(wanted as Pick<Municipality, 'nameFi' | 'nameSv' | 'nameEn'>) }, change);
        } else if (record.type === 'service-area') {
          await this.serviceAreas.save(manager, principal, { id: record.code, municipalityCode: record.municipalityCode!, ...(wanted as Omit<ServiceArea, 'id' | 'municipalityCode'>) }, change);
        } else {
          const fields = wanted as Omit<MeetingPlace, 'id' | 'slug' | 'organisations'>;
          await this.organisations.saveMeetingPlace(manager, principal, { id: (current as MeetingPlace | undefined)?.id, slug: record.code, ...fields }, change);
        }
      }
      await this.audit.record(manager, { actorId: principal.userId, action: 'import.registry', details: { ...result.summary } });
    });
    return { ...result, applied: true };
  }

  async importPaperResponses(principal: Principal, surveyKey: string, csv: string, dialect: CsvDialect, apply: boolean): Promise<ImportResultDto> {
    const versions = await this.versions.find({ where: { surveyKey }, order: { version: 'ASC' } });
    if (versions.length === 0) throw new ProblemException(404, 'survey-not-found', `There is no survey "${surveyKey}".`);
    const questions = questionColumns(versions.map((v) => JSON.parse(v.definition) as Record<string, unknown>));
    const { records, errors: fileErrors } = parsePaperResponses(this.parse(csv, dialect), questions);
    const places = new Map((await this.organisations.meetingPlaceRefs()).map((p) => [p.slug, p]));
    const now = this.clock.now();
    // Every form's stored twin, if any, in one lookup: under its keyed id, or (imported before
    // the ids were keyed) where the migration moved it.
    const idsOf = (placeId: string, paperId: string) => ({
      keyed: this.secrets.paperResponseId(surveyKey, placeId, paperId),
      rekeyed: this.secrets.rekeyedPaperResponseId(surveyKey, placeId, paperId),
    });
    const stored = await this.responses.findByClientResponseIds(
      records.flatMap(({ record }) => {
        const place = places.get(record.meetingPlace);
        return place ? Object.values(idsOf(place.id, record.paperId)) : [];
      }),
    );
    const hasRound = await this.paperFormRounds(
      surveyKey,
      records.flatMap(({ record }) => places.get(record.meetingPlace)?.id ?? []),
    );
    const toStore: ResponseRecords[] = [];
    const rows: ImportRowDto[] = [];

    for (const parsed of records) {
      const { record, line } = parsed;
      const errors: RowError[] = [...parsed.errors];
      const fail = (field: string, message: string) => errors.push({ line, field, message });
      const place = places.get(record.meetingPlace);
      if (!place) fail('meeting_place', `there is no meeting place "${record.meetingPlace}"`);
      else if (!canManagePlace(principal, place)) fail('meeting_place', 'is outside the places your account covers');
      // Mid-day in Finland, so the form's date decides the period whatever the time zone; a
      // form received today is stored as received now, never at a time still to come.
      if (errors.length === 0 && record.receivedOn > helsinkiDateOf(now)) fail('received_on', 'is in the future');
      const noon = new Date(`${record.receivedOn}T10:00:00Z`);
      // The form was filled in on its day (its round and period); it arrives in the data now.
      const answeredAt = noon.getTime() > now.getTime() ? now : noon;
      if (errors.length === 0 && place && !hasRound(place.id, record.receivedOn)) {
        fail('received_on', 'is not a day of any round of this survey at this place (this survey is collected in rounds)');
      }
      let action: Action = 'error';
      if (errors.length === 0 && place) {
        const content = { surveyKey, surveyVersion: record.surveyVersion, meetingPlaceId: place.id, locale: record.locale, answers: record.answers };
        const { keyed: clientResponseId, rekeyed } = idsOf(place.id, record.paperId);
        const twin = stored.get(clientResponseId.toLowerCase()) ?? stored.get(rekeyed.toLowerCase());
        if (twin) {
          if (twin.requestHash === requestHashOf(content)) action = 'unchanged';
          else fail('paper_id', 'was imported before with different answers');
        } else {
          try {
            toStore.push(await this.responses.validate(content, { id: randomUUID(), clientResponseId }, now, answeredAt));
            action = 'create';
          } catch (error) {
            if (!(error instanceof ProblemException)) throw error;
            const body = error.getResponse() as { detail: string; errors?: { field: string; message: string }[] };
            for (const e of body.errors ?? [{ field: 'survey_version', message: body.detail }]) {
              fail(e.field.replace(/^answers\./, ''), e.message);
            }
          }
        }
      }
      rows.push({ line, key: `paper ${record.paperId}`, action: errors.length > 0 ? 'error' : action, errors });
    }
    const result = this.result(rows, fileErrors, false);
    if (!apply) return result;
    this.refuseWithErrors(result);
    await this.transactions.run(async (manager) => {
      await this.responses.storeMany(manager, toStore);
      await this.audit.record(manager, { actorId: principal.userId, action: 'import.paper-responses', details: { survey: surveyKey, ...result.summary } });
    });
    return { ...result, applied: true };
  }

  /**
   * Paper forms of a survey collected in rounds belong to a round whose days hold their date (a
   * round closed early ends on the day it was closed). The rounds of every place in the file
   * are read in one query, not one a row.
   */
  private async paperFormRounds(surveyKey: string, placeIds: string[]): Promise<(placeId: string, receivedOn: string) => boolean> {
    if (!collectionRulesOf(surveyKey).needsOpenRound) return () => true;
    const rounds = await this.rounds.roundsAt(surveyKey, placeIds);
    return (placeId, receivedOn) =>
      rounds.some(
        (round) =>
          round.meetingPlaceId === placeId &&
          round.startsOn <= receivedOn &&
          receivedOn <= round.endsOn &&
          (!round.closedAt || receivedOn <= helsinkiDateOf(round.closedAt)),
      );
  }

  private parse(csv: string, dialect: CsvDialect): string[][] {
    try {
      return parseCsv(csv, dialect);
    } catch (error) {
      throw new ValidationProblem([{ field: 'file', message: (error as Error).message }], 'The file is not valid CSV in this dialect.');
    }
  }

  private result(rows: ImportRowDto[], fileErrors: RowError[], applied: boolean): ImportResultDto {
    const summary = { create: 0, update: 0, unchanged: 0, error: 0 };
    for (const row of rows) summary[row.action] += 1;
    return { applied, summary, fileErrors, rows };
  }

  /** Apply is all or nothing: any error anywhere and nothing is written. */
  private refuseWithErrors(result: ImportResultDto): void {
    const errors = [...result.fileErrors, ...result.rows.flatMap((r) => r.errors)];
    if (errors.length === 0) return;
    throw new ValidationProblem(
      errors.map((e) => ({ field: `line ${e.line}: ${e.field}`, message: e.message })),
      `Nothing was imported: ${errors.length} error(s). Fix the rows and import the file again.`,
    );
  }

}

/** A registry row's record in the entity's terms (the fields it sets). */
function wantedFields(record: RegistryRecord): Record<string, unknown> {
  // A municipality's missing Swedish and English names default to the Finnish one.
  const fallback = record.type === 'municipality' ? record.nameFi : null;
  const wanted: Record<string, unknown> = { nameFi: record.nameFi, nameSv: record.nameSv ?? fallback, nameEn: record.nameEn ?? fallback };
  if (record.type !== 'municipality') wanted.active = record.active;
  if (record.type === 'meeting-place') {
    Object.assign(wanted, { municipalityCode: record.municipalityCode, serviceAreaId: record.serviceArea, address: record.address });
  }
  return wanted;
}
