import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Repository } from 'typeorm';
import { CsvDialect, csvHeader, csvRows } from '../../../reports/csv/csv-dialect';
import { codebookRows, CODEBOOK_COLUMNS, ExportedResponse, PublishedDefinition, responseHeader, responseRow } from '../../../reports/csv/response-export';
import { questionColumns, SurveyQuestion } from '../../../reports/csv/survey-questions';
import { canReadPlaceResponses } from '../auth/access-policy';
import type { Principal } from '../auth/principal';
import { ProblemException } from '../common/problem';
import { parsePeriod } from '../indicators/indicator-period';
import { MeetingPlace } from '../organisations/meeting-place.entity';
import { Municipality } from '../organisations/municipality.entity';
import { SurveyResponse } from '../responses/survey-response.entity';
import { SurveyVersion } from '../surveys/survey-version.entity';
import { CodebookQueryDto, ResponsesExportQueryDto } from './dto/export-query.dto';

/** Rows per database page: large enough to be fast, small enough that memory stays flat. */
const PAGE_SIZE = 2000;

/** A response as the export reads it; place slug and region come from the place list. */
type PageRow = Omit<ExportedResponse, 'meetingPlaceSlug' | 'regionCode'> & { meetingPlaceId: string };

interface PlaceInfo {
  id: string;
  slug: string;
  regionCode: string;
}

/** Which responses an export asks for (the query of responses.csv and responses.xlsx). */
export interface ResponseSelection {
  survey: string;
  period: string;
  region?: string;
  meetingPlace?: string;
}

export interface ResponseSource {
  /** Every published version of the survey, oldest first. */
  definitions: PublishedDefinition[];
  /** The question columns of every version (responses.csv's order). */
  columns: SurveyQuestion[];
  /** The places whose responses are exported. */
  places: PlaceInfo[];
  pages(isClosed: () => boolean): AsyncGenerator<ExportedResponse[]>;
}

/**
 * responses.csv and codebook.csv. The export streams: it pages through the response table in
 * id order (keyset pagination over idx_response_export) and writes each page before reading
 * the next, waiting for the client to drain, so memory stays constant whatever the size.
 */
@Injectable()
export class ResponseExportService {
  constructor(
    @InjectRepository(SurveyResponse) private readonly responses: Repository<SurveyResponse>,
    @InjectRepository(SurveyVersion) private readonly versions: Repository<SurveyVersion>,
    @InjectRepository(MeetingPlace) private readonly places: Repository<MeetingPlace>,
  ) {}

  /** Checks the request and returns a function that writes the whole file to `out`. */
  async prepareResponses(principal: Principal, query: ResponsesExportQueryDto) {
    const source = await this.openResponses(principal, query);
    // Export tokens serve automated reporting: free text (which may identify people) stays out.
    const includeFreeText = principal.authenticatedBy === 'session';
    const dialect = query.dialect ?? 'rfc4180';

    const write = async (out: Writable, isClosed: () => boolean) => {
      const send = async (text: string) => {
        if (!out.write(text)) await once(out, 'drain');
      };
      await send(csvHeader(responseHeader(source.columns), dialect));
      for await (const page of source.pages(isClosed)) {
        await send(csvRows(page.map((r) => responseRow(r, source.columns, includeFreeText)), dialect));
      }
    };
    return { dialect, filename: `kohtaamo-responses-${query.survey}-${query.period}.csv`, write };
  }

  /**
   * The rows of a responses export, for every file format: checks the period, the survey and
   * the principal's scope, and returns the survey's versions, its question columns and the
   * responses in scope page by page (in id order, each page read after the previous one is
   * written, so memory stays constant). `pages` ends early when `isClosed` says the client left.
   */
  async openResponses(principal: Principal, selection: ResponseSelection): Promise<ResponseSource> {
    const period = parsePeriod(selection.period);
    if (!period) {
      throw new ProblemException(400, 'validation', 'Invalid period.', [
        { field: 'period', message: 'period must be a year such as 2026 or a half-year such as 2026-H1' },
      ]);
    }
    const definitions = await this.definitionsOf(selection.survey);
    const places = await this.placesInScope(principal, selection);
    const columns = questionColumns(definitions.map((d) => d.definition));
    const halves = period.half === null ? [1, 2] : [period.half];
    const readPage = (half: number, after: string) => this.page(selection.survey, period.year, half, after, places);

    async function* pages(isClosed: () => boolean): AsyncGenerator<ExportedResponse[]> {
      for (const half of halves) {
        let after = '';
        for (;;) {
          if (isClosed()) return;
          const page = await readPage(half, after);
          if (page.length === 0) break;
          yield page.flatMap((r) => {
            const place = places.byId.get(r.meetingPlaceId);
            if (!place) return [];
            return [{ ...r, meetingPlaceSlug: place.slug, regionCode: place.regionCode }];
          });
          after = page[page.length - 1].id;
          if (page.length < PAGE_SIZE) break;
        }
      }
    }
    return { definitions, columns, places: [...places.byId.values()], pages };
  }

  async codebook(query: CodebookQueryDto): Promise<{ text: string; filename: string; dialect: CsvDialect }> {
    const definitions = await this.definitionsOf(query.survey);
    const version = query.version === undefined || query.version === 'current' ? definitions[definitions.length - 1].version : Number(query.version);
    if (!definitions.some((d) => d.version === version)) {
      throw new ProblemException(404, 'survey-not-found', `Survey "${query.survey}" has no version ${version}.`);
    }
    const dialect = query.dialect ?? 'rfc4180';
    const text = csvHeader(CODEBOOK_COLUMNS, dialect) + csvRows(codebookRows(definitions, version), dialect);
    return { text, dialect, filename: `kohtaamo-codebook-${query.survey}-v${version}.csv` };
  }

  private async page(surveyKey: string, year: number, half: number, after: string, places: { restricted: boolean; byId: Map<string, PlaceInfo> }): Promise<PageRow[]> {
    // Raw rows, not entities: hydrating a million entities would cost more than writing the CSV.
    const query = this.responses
      .createQueryBuilder('r')
      .select('r.id', 'id')
      .addSelect('r.survey_key', 'surveyKey')
      .addSelect('r.survey_version', 'surveyVersion')
      .addSelect('r.meeting_place_id', 'meetingPlaceId')
      .addSelect('r.locale', 'locale')
      .addSelect('r.period_year', 'periodYear')
      .addSelect('r.period_half', 'periodHalf')
      .addSelect('r.answers', 'answers')
      .where('r.survey_key = :surveyKey AND r.period_year = :year AND r.period_half = :half AND r.id > :after', { surveyKey, year, half, after })
      .orderBy('r.id', 'ASC')
      .limit(PAGE_SIZE);
    if (places.restricted) query.andWhere('r.meeting_place_id IN (:...ids)', { ids: [...places.byId.keys()] });
    const rows = await query.getRawMany<PageRow>();
    // PostgreSQL returns integers as numbers and SQLite too; keep them numbers either way.
    return rows.map((r) => ({ ...r, surveyVersion: Number(r.surveyVersion), periodYear: Number(r.periodYear), periodHalf: Number(r.periodHalf) }));
  }

  private async definitionsOf(surveyKey: string): Promise<PublishedDefinition[]> {
    const versions = await this.versions.find({ where: { surveyKey }, order: { version: 'ASC' } });
    if (versions.length === 0) throw new ProblemException(404, 'survey-not-found', `There is no survey "${surveyKey}".`);
    return versions.map((v) => ({ version: v.version, definition: JSON.parse(v.definition) as Record<string, unknown> }));
  }

  /**
   * The places whose responses this principal may export, narrowed by the region and place
   * filters. `restricted` false means every place (an admin without filters).
   */
  private async placesInScope(principal: Principal, query: ResponseSelection) {
    const all: PlaceInfo[] = await this.places
      .createQueryBuilder('p')
      .innerJoin(Municipality, 'm', 'm.code = p.municipality_code')
      .select(['p.id AS id', 'p.slug AS slug', 'm.region_code AS "regionCode"'])
      .getRawMany();
    let chosen = all.filter((p) => canReadPlaceResponses(principal, p));
    if (query.region) {
      if (!chosen.some((p) => p.regionCode === query.region) && !all.some((p) => p.regionCode === query.region)) {
        throw new ProblemException(404, 'region-not-found', `There are no meeting places in region "${query.region}".`);
      }
      chosen = chosen.filter((p) => p.regionCode === query.region);
      if (chosen.length === 0) throw new ProblemException(403, 'out-of-scope', 'This region is outside your account’s scope.');
    }
    if (query.meetingPlace) {
      const place = all.find((p) => p.slug === query.meetingPlace);
      if (!place) throw new ProblemException(404, 'meeting-place-not-found', `There is no meeting place "${query.meetingPlace}".`);
      if (!chosen.includes(place)) throw new ProblemException(403, 'out-of-scope', 'This meeting place is outside your account’s scope.');
      chosen = [place];
    }
    if (chosen.length === 0) throw new ProblemException(403, 'out-of-scope', 'Your account covers no meeting places to export.');
    const restricted = chosen.length !== all.length;
    return { restricted, byId: new Map(chosen.map((p) => [p.id, p])) };
  }
}
