import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { escapeLiteral, type PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { Repository } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { CsvCell, csvDelimiter, CsvDialect, csvHeader, csvRows, CSV_NEWLINE } from '../../../reports/csv/csv-dialect';
import { codebookRows, CODEBOOK_COLUMNS, ExportedResponse, placeMiddle, PublishedDefinition, responseHeader, responseRow, rowLevelColumns } from '../../../reports/csv/response-export';
import type { SurveyQuestion } from '../../../reports/csv/survey-questions';
import { canReadRowLevelData } from '../access/access-policy';
import type { Principal } from '../access/principal';
import { ProblemException } from '../common/problem';
import { parsePeriod } from '../../../reports/periods';
import { MeetingPlace } from '../organisations/meeting-place.entity';
import { Municipality } from '../organisations/municipality.entity';
import { EXPORT_TEXT_COLUMNS, ExportLayout, exportLayoutOf, lineOfExportText } from '../responses/export-text';
import { SurveyResponse } from '../responses/survey-response.entity';
import { SurveyVersion } from '../surveys/survey-version.entity';
import { CopyBinaryLines } from './copy-binary-lines';
import { CodebookQueryDto, ResponsesExportQueryDto } from './dto/export-query.dto';
import { responseLineSql, ResponseLineSql, SqlEngine } from './response-line-sql';

/**
 * Rows per database page: large enough to be fast, small enough that memory stays flat
 * (docs/benchmarks.md, a million rows measured back to back). SQLite: 1,000, as fast beside
 * sqlite3 -csv as 2,000 (2.98 against 2.99 ×) with half the growth of the heap between
 * collections (67 against 130 MiB). PostgreSQL: 2,000, where each page is a round trip and a
 * plan (3.12 × and 41 MiB, against 3.93 × and 67 MiB with 1,000).
 */
const PAGE_SIZE = { sqlite: 1000, postgres: 2000 } as const;

/** A response as the export reads it; place slug and region come from the place list. */
type PageRow = Omit<ExportedResponse, 'meetingPlaceSlug' | 'regionCode'> & { meetingPlaceId: string };

/** What an export covers: one survey, one year (one or both halves), the places in scope. */
interface Selection {
  surveyKey: string;
  year: number;
  halves: number[];
  places: { restricted: boolean; byId: Map<string, PlaceInfo> };
}

/** Which responses an export asks for (the query of responses.csv and responses.xlsx). */
export interface ResponseSelection {
  survey: string;
  period: string;
  region?: string;
  meetingPlace?: string;
}

/** A responses export for writers other than CSV: what it covers, and its responses page by page. */
export interface ResponseSource {
  /** Every published version of the survey, oldest first. */
  definitions: PublishedDefinition[];
  /** The question columns of every version (responses.csv's order), written answers left out. */
  columns: SurveyQuestion[];
  /** The places whose responses are exported. */
  places: PlaceInfo[];
  /** The responses in id order, a page at a time; ends early when `isClosed()`. */
  pages(isClosed: () => boolean): AsyncGenerator<ExportedResponse[]>;
}

export interface PreparedResponseExport {
  dialect: CsvDialect;
  filename: string;
  /** Column names, in order: the header of every format. */
  header: string[];
  /** The rows as cells, a page at a time in response id order, for writers other than CSV. */
  rows(isClosed: () => boolean): AsyncGenerator<CsvCell[][]>;
  /** Writes responses.csv to `out`, waiting for it to drain; stops when `isClosed()`. */
  write(out: Writable, isClosed: () => boolean): Promise<void>;
}

/** PostgreSQL and SQLite both return integers as numbers here; keep them numbers either way. */
function numeric(rows: PageRow[]): PageRow[] {
  return rows.map((r) => ({ ...r, surveyVersion: Number(r.surveyVersion), periodYear: Number(r.periodYear), periodHalf: Number(r.periodHalf) }));
}

interface PlaceInfo {
  id: string;
  slug: string;
  regionCode: string;
}

/** The lines of these responses, built from their answers (those out of scope get none). */
type BuiltLines = (ids: string[]) => Promise<Map<string, string>>;

/** A page of responses.csv: how many responses, the last one's id, their lines as one string. */
interface LinesPage {
  rows: number;
  last: string;
  lines: string;
}

/** Writes to `out`, waiting for it to drain when its buffer is full. */
async function send(out: Writable, text: string | Buffer): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/**
 * The COPY of a selection's lines on PostgreSQL: per response, its stored text with its place's
 * cells put in, and CRLF (NULL when it has no text for this layout), or its id (when it has
 * none). The join with the places in scope is also the scope. COPY takes no parameters, so the
 * values are literals, escaped by node-postgres.
 */
function copyLinesSql(selection: Selection, layout: ExportLayout, dialect: CsvDialect, middles: Map<string, string>): string {
  const text = `r.${EXPORT_TEXT_COLUMNS[dialect]}`;
  const usable = `r.export_key = ${escapeLiteral(layout.key)} AND ${text} IS NOT NULL`;
  // The first line feed of a text is where the place's cells go (export-text.ts).
  const split = `strpos(${text}, chr(10))`;
  const places = [...middles].map(([id, middle]) => `(${escapeLiteral(id)}, ${escapeLiteral(middle)})`).join(', ');
  return `COPY (
    SELECT CASE WHEN ${usable} THEN left(${text}, ${split} - 1) || p.middle || substr(${text}, ${split} + 1) || ${escapeLiteral(CSV_NEWLINE)} END AS line,
           CASE WHEN ${usable} THEN NULL ELSE r.id END AS id
    FROM response r JOIN (VALUES ${places}) AS p (id, middle) ON p.id = r.meeting_place_id
    WHERE r.survey_key = ${escapeLiteral(selection.surveyKey)} AND r.period_year = ${Number(selection.year)} AND r.period_half IN (${selection.halves.map(Number).join(', ')})
    ORDER BY r.period_half, r.id
  ) TO STDOUT (FORMAT binary)`;
}

/**
 * responses.csv and codebook.csv. The export streams, waiting for the client to drain, so memory
 * stays constant whatever the size: on SQLite page by page in id order (keyset pagination over
 * idx_response_export), on PostgreSQL as one COPY. Each line is the response's export-ready
 * text stored with it (export-text.ts) with its place's cells put in by the database; a
 * response without one for the export's column set has its line built by the database
 * (response-line-sql.ts) or, where that cannot, here. `rows` gives the same rows as cells, page
 * by page, for the workbook.
 */
@Injectable()
export class ResponseExportService {
  constructor(
    @InjectRepository(SurveyResponse) private readonly responses: Repository<SurveyResponse>,
    @InjectRepository(SurveyVersion) private readonly versions: Repository<SurveyVersion>,
    @InjectRepository(MeetingPlace) private readonly places: Repository<MeetingPlace>,
  ) {}

  /**
   * Checks the request and prepares the export. `rows` reads the responses as cells, page by
   * page, for any writer; `write` writes responses.csv to `out`, its lines read as stored.
   */
  async prepareResponses(principal: Principal, query: ResponsesExportQueryDto): Promise<PreparedResponseExport> {
    const { definitions, selection } = await this.select(principal, query);
    const { places } = selection;
    const layout = exportLayoutOf(definitions.map((d) => d.definition));
    const columns = layout.questions;
    const dialect = query.dialect ?? 'rfc4180';
    const toCells = (row: PageRow): CsvCell[] | null => {
      const place = places.byId.get(row.meetingPlaceId);
      return place ? responseRow({ ...row, meetingPlaceSlug: place.slug, regionCode: place.regionCode }, columns) : null;
    };

    const rows = (isClosed: () => boolean) => this.cellPages(selection, toCells, isClosed);

    const lineSql = responseLineSql(columns, dialect, this.engine());
    // The place's cells of every line, as they are now (they are never in the stored texts).
    const middles = new Map([...places.byId.values()].map((p) => [p.id, placeMiddle(p, dialect)]));
    const write = async (out: Writable, isClosed: () => boolean) => {
      await send(out, csvHeader(responseHeader(columns), dialect));
      // Responses without a text for this layout take the present path: the line built by the
      // database (response-line-sql.ts), or where it cannot, formatted here.
      const built = (ids: string[]) => this.builtLines(selection, lineSql, ids, toCells, dialect);
      const lines = this.engine() === 'postgres' ? this.copiedLines(selection, layout, dialect, middles, built, isClosed) : this.pagedLines(selection, layout, dialect, middles, built, isClosed);
      for await (const text of lines) await send(out, text);
    };
    return { dialect, filename: `kohtaamo-responses-${query.survey}-${query.period}.csv`, header: responseHeader(columns), rows, write };
  }

  /**
   * responses.csv's lines on SQLite, a page at a time (keyset pages in id order). SQLite puts
   * each place's cells into the stored texts and gives the page as one string, so a million
   * rows make a thousand strings, not a million row objects, and memory does not wait on the
   * collector (1.3 MiB of growth, 3.8 MiB under load; docs/benchmarks.md). A page with a
   * response without a text is read again row
   * by row, its other lines from `built`; so is every page if a place's cells need quotes or the
   * formula guard (none can: a slug is letters, digits and hyphens, a region code digits).
   */
  private async *pagedLines(selection: Selection, layout: ExportLayout, dialect: CsvDialect, middles: Map<string, string>, built: BuiltLines, isClosed: () => boolean): AsyncGenerator<string> {
    const delimiter = csvDelimiter(dialect);
    const plainPlaces = [...selection.places.byId.values()].every((p) => middles.get(p.id) === delimiter + p.slug + delimiter + p.regionCode + delimiter);
    for (const half of selection.halves) {
      let after = '';
      for (;;) {
        if (isClosed()) return;
        const whole = plainPlaces ? await this.linesPage(selection, layout, dialect, half, after) : undefined;
        const page = whole && Number(whole.missing) === 0 ? whole : await this.linesRowByRow(selection, layout, dialect, middles, built, half, after);
        const rows = Number(page.rows);
        if (rows === 0) break;
        yield page.lines;
        after = page.last;
        if (rows < this.pageSize()) break;
      }
    }
  }

  /** One page of lines as one string: its stored texts with their places' plain cells put in. */
  private async linesPage(selection: Selection, layout: ExportLayout, dialect: CsvDialect, half: number, after: string): Promise<LinesPage & { missing: number }> {
    const inScope = selection.places.restricted ? 'AND r.meeting_place_id IN (:...placeIds)' : '';
    const text = `r.${EXPORT_TEXT_COLUMNS[dialect]}`;
    // The first line feed of a text is where the place's cells go (export-text.ts).
    const split = `instr(${text}, char(10))`;
    const [page] = await this.run<LinesPage & { missing: number }>(
      `SELECT count(*) AS rows, count(*) - count(line) AS missing, max(id) AS last, group_concat(line, '' ORDER BY id) AS lines
      FROM (
        SELECT r.id AS id, CASE WHEN r.export_key = :key AND ${text} IS NOT NULL
          THEN substr(${text}, 1, ${split} - 1) || :delimiter || p.slug || :delimiter || m.region_code || :delimiter || substr(${text}, ${split} + 1) || char(13, 10) END AS line
        FROM response r JOIN meeting_place p ON p.id = r.meeting_place_id JOIN municipality m ON m.code = p.municipality_code
        WHERE r.survey_key = :surveyKey AND r.period_year = :year AND r.period_half = :half AND r.id > :after ${inScope}
        ORDER BY r.id
        LIMIT ${this.pageSize()}
      )`,
      { key: layout.key, delimiter: csvDelimiter(dialect), surveyKey: selection.surveyKey, year: selection.year, half, after, placeIds: [...selection.places.byId.keys()] },
    );
    return page;
  }

  /** The same page a row at a time: stored texts with their place's cells put in here, the other lines built. */
  private async linesRowByRow(selection: Selection, layout: ExportLayout, dialect: CsvDialect, middles: Map<string, string>, built: BuiltLines, half: number, after: string): Promise<LinesPage> {
    const page = await this.textPage(selection, layout, dialect, half, after);
    const lines = await built(page.filter((r) => r.text === null || !middles.has(r.place)).map((r) => r.id));
    let text = '';
    for (const r of page) {
      const middle = r.text === null ? undefined : middles.get(r.place);
      text += middle === undefined ? (lines.get(r.id) ?? '') : lineOfExportText(r.text!, middle) + CSV_NEWLINE;
    }
    return { rows: page.length, last: page.at(-1)?.id ?? after, lines: text };
  }

  /**
   * responses.csv's lines on PostgreSQL, from one COPY of the whole selection: PostgreSQL puts
   * each place's cells into the stored texts and orders the lines itself, so they come as bytes
   * in a few thousand buffers (the shape psql's own \copy gets). Keyset pages were 3.3-3.8 x
   * psql: in id order each row is a random heap page (docs/benchmarks.md). A response without a
   * text for this layout comes as its id, and its line from `built`.
   */
  private async *copiedLines(selection: Selection, layout: ExportLayout, dialect: CsvDialect, middles: Map<string, string>, built: BuiltLines, isClosed: () => boolean): AsyncGenerator<Buffer | string> {
    const driver = this.responses.manager.connection.driver as PostgresDriver;
    const [client, release] = (await driver.obtainMasterConnection()) as [PoolClient, (error?: Error) => void];
    const reader = new CopyBinaryLines();
    let finished = false;
    try {
      for await (const chunk of client.query(copyTo(copyLinesSql(selection, layout, dialect, middles))) as AsyncIterable<Buffer>) {
        if (isClosed()) return;
        const pieces = reader.push(chunk);
        const missing = pieces.flatMap((p) => (Buffer.isBuffer(p) ? [] : [p.missing]));
        const lines = missing.length > 0 ? await built(missing) : new Map<string, string>();
        for (const piece of pieces) yield Buffer.isBuffer(piece) ? piece : (lines.get(piece.missing) ?? '');
      }
      reader.end();
      finished = true;
    } finally {
      // A COPY left unread leaves its connection mid-protocol: the pool closes it, not reuses it.
      release(finished ? undefined : new Error('responses.csv stopped before the end of its COPY'));
    }
  }

  /**
   * The responses of an export for other writers (the workbook): the same checks, scope and
   * columns as responses.csv, the responses as read from the database, page by page.
   */
  async openResponses(principal: Principal, query: ResponseSelection): Promise<ResponseSource> {
    const { definitions, selection } = await this.select(principal, query);
    const { places } = selection;
    const pages = (isClosed: () => boolean) => this.exportedPages(selection, isClosed);
    return { definitions, columns: rowLevelColumns(definitions.map((d) => d.definition)), places: [...places.byId.values()], pages };
  }

  /** Checks the period, the survey and the principal's scope of an export. */
  private async select(principal: Principal, query: ResponseSelection): Promise<{ definitions: PublishedDefinition[]; selection: Selection }> {
    const period = parsePeriod(query.period);
    if (!period) {
      throw new ProblemException(400, 'validation', 'Invalid period.', [
        { field: 'period', message: 'period must be a year such as 2026 or a half-year such as 2026-H1' },
      ]);
    }
    const definitions = await this.definitionsOf(query.survey);
    const places = await this.placesInScope(principal, query);
    return { definitions, selection: { surveyKey: query.survey, year: period.year, halves: period.half === null ? [1, 2] : [period.half], places } };
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

  private async *cellPages(selection: Selection, toCells: (row: PageRow) => CsvCell[] | null, isClosed: () => boolean): AsyncGenerator<CsvCell[][]> {
    for await (const page of this.pages(selection, isClosed, (half, after) => this.rawPage(selection, half, after))) {
      yield page.flatMap((row) => {
        const cells = toCells(row);
        return cells ? [cells] : [];
      });
    }
  }

  private async *exportedPages(selection: Selection, isClosed: () => boolean): AsyncGenerator<ExportedResponse[]> {
    for await (const page of this.pages(selection, isClosed, (half, after) => this.rawPage(selection, half, after))) {
      yield page.flatMap((row) => {
        const place = selection.places.byId.get(row.meetingPlaceId);
        return place ? [{ ...row, meetingPlaceSlug: place.slug, regionCode: place.regionCode }] : [];
      });
    }
  }

  /** Pages in id order (keyset pagination over idx_response_export), half by half. */
  private async *pages<T extends { id: string }>(selection: Selection, isClosed: () => boolean, read: (half: number, after: string) => Promise<T[]>): AsyncGenerator<T[]> {
    for (const half of selection.halves) {
      let after = '';
      for (;;) {
        if (isClosed()) return;
        const page = await read(half, after);
        if (page.length === 0) break;
        yield page;
        after = page[page.length - 1].id;
        if (page.length < this.pageSize()) break;
      }
    }
  }

  private rawQuery(selection: Selection) {
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
      .where('r.survey_key = :surveyKey AND r.period_year = :year', { surveyKey: selection.surveyKey, year: selection.year });
    if (selection.places.restricted) query.andWhere('r.meeting_place_id IN (:...placeIds)', { placeIds: [...selection.places.byId.keys()] });
    return query;
  }

  private async rawPage(selection: Selection, half: number, after: string): Promise<PageRow[]> {
    const query = this.rawQuery(selection).andWhere('r.period_half = :half AND r.id > :after', { half, after }).orderBy('r.id', 'ASC').limit(this.pageSize());
    return numeric(await query.getRawMany<PageRow>());
  }

  private async rawRows(selection: Selection, ids: string[]): Promise<PageRow[]> {
    return numeric(await this.rawQuery(selection).andWhere('r.id IN (:...ids)', { ids }).getRawMany<PageRow>());
  }

  /**
   * One page of responses with their stored text for this layout and dialect: a plain read of
   * one column per response. NULL: no text, or one made for another column set.
   */
  private async textPage(selection: Selection, layout: ExportLayout, dialect: CsvDialect, half: number, after: string): Promise<{ id: string; place: string; text: string | null }[]> {
    const inScope = selection.places.restricted ? 'AND r.meeting_place_id IN (:...placeIds)' : '';
    const text = `
      SELECT r.id AS id, r.meeting_place_id AS place, CASE WHEN r.export_key = :key THEN r.${EXPORT_TEXT_COLUMNS[dialect]} END AS text
      FROM response r
      WHERE r.survey_key = :surveyKey AND r.period_year = :year AND r.period_half = :half AND r.id > :after ${inScope}
      ORDER BY r.id
      LIMIT ${this.pageSize()}`;
    return this.run(text, { key: layout.key, surveyKey: selection.surveyKey, year: selection.year, half, after, placeIds: [...selection.places.byId.keys()] });
  }

  /**
   * The lines of responses without a stored text, as the export made them before the texts
   * existed: built by the database, or where it cannot (NULL), by responseRow + csvRows.
   * Responses of places out of scope get none.
   */
  private async builtLines(selection: Selection, sql: ResponseLineSql, ids: string[], toCells: (row: PageRow) => CsvCell[] | null, dialect: CsvDialect): Promise<Map<string, string>> {
    const lines = new Map<string, string>();
    if (ids.length === 0) return lines;
    const built = await this.linesOf(selection, sql, ids);
    for (const r of built) if (r.line !== null) lines.set(r.id, r.line + CSV_NEWLINE);
    const leftOver = built.filter((r) => r.line === null).map((r) => r.id);
    if (leftOver.length > 0) {
      for (const row of await this.rawRows(selection, leftOver)) {
        const cells = toCells(row);
        if (cells) lines.set(row.id, csvRows([cells], dialect));
      }
    }
    return lines;
  }

  /** These responses' lines built by the database (NULL where JavaScript has to format the line). */
  private async linesOf(selection: Selection, sql: ResponseLineSql, ids: string[]): Promise<{ id: string; line: string | null }[]> {
    const inScope = selection.places.restricted ? 'AND r.meeting_place_id IN (:...placeIds)' : '';
    // MATERIALIZED: each answer's JSON text is read once per row, however often the line uses it.
    const text = `
      WITH page AS MATERIALIZED (
        SELECT r.id, r.survey_key, r.survey_version, r.meeting_place_id, r.period_year, r.period_half, r.locale${sql.cells.map((c) => `, ${c}`).join('')}
        FROM response r
        WHERE r.survey_key = :surveyKey AND r.period_year = :year AND r.id IN (:...ids) ${inScope}
      ),
      located AS (
        SELECT page.*, p.slug AS place_slug, m.region_code AS region_code
        FROM page JOIN meeting_place p ON p.id = page.meeting_place_id JOIN municipality m ON m.code = p.municipality_code
      )
      SELECT id, ${sql.line} AS line FROM located`;
    return this.run(text, { surveyKey: selection.surveyKey, year: selection.year, ids, placeIds: [...selection.places.byId.keys()] });
  }

  private run<T>(text: string, parameters: Record<string, unknown>): Promise<T[]> {
    const [statement, values] = this.responses.manager.connection.driver.escapeQueryWithParameters(text, parameters, {});
    return this.responses.query(statement, values);
  }

  private pageSize(): number {
    return PAGE_SIZE[this.engine()];
  }

  private engine(): SqlEngine {
    return this.responses.manager.connection.options.type === 'postgres' ? 'postgres' : 'sqlite';
  }

  private async definitionsOf(surveyKey: string) {
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
    let chosen = all.filter((p) => canReadRowLevelData(principal, p));
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
