import type { EntityManager } from 'typeorm';
import { DateUtils } from 'typeorm/util/DateUtils';
import { queryPrepared } from '../database/prepared-statements';
import type { ResponseRecords } from './response-records';

type Engine = 'sqlite' | 'postgres';
type Row = Record<string, unknown>;

/**
 * How the rows of responses are written: hand-written SQL whose text never changes, with the
 * rows as one JSON parameter. The database unpacks them (SQLite `json_each`, PostgreSQL
 * `json_populate_recordset`), so a batch of any size is one statement of fixed text, which
 * SQLite keeps prepared (prepared-statements.ts), and no ORM builds a multi-row INSERT of a
 * hundred parameters per response. Submissions, paper imports, the demo data and the benchmark data
 * all write through here (issue 22: TypeORM's insert building and a prepared statement per
 * call were a third of a submission's CPU).
 */
const RESPONSE_COLUMNS: Record<string, (r: ResponseRecords['response'], engine: Engine) => unknown> = {
  id: (r) => r.id,
  client_response_id: (r) => r.clientResponseId,
  request_hash: (r) => r.requestHash,
  survey_key: (r) => r.surveyKey,
  survey_version: (r) => r.surveyVersion,
  meeting_place_id: (r) => r.meetingPlaceId,
  locale: (r) => r.locale,
  received_at: (r, engine) => instant(r.receivedAt, engine),
  answered_at: (r, engine) => instant(r.answeredAt, engine),
  period_year: (r) => r.periodYear,
  period_half: (r) => r.periodHalf,
  kiosk_id: (r) => r.kioskId ?? null,
  answers: (r) => r.answers,
  export_key: (r) => r.exportKey ?? null,
  export_rfc4180: (r) => r.exportRfc4180 ?? null,
  export_excel_fi: (r) => r.exportExcelFi ?? null,
};

const ANSWER_COLUMNS: Record<string, (a: ResponseRecords['answers'][number], engine: Engine) => unknown> = {
  response_id: (a) => a.responseId,
  survey_key: (a) => a.surveyKey,
  survey_version: (a) => a.surveyVersion,
  question_name: (a) => a.questionName,
  meeting_place_id: (a) => a.meetingPlaceId,
  period_year: (a) => a.periodYear,
  period_half: (a) => a.periodHalf,
  value_number: (a) => a.valueNumber,
  // A lone surrogate (typed free text can carry one) becomes U+FFFD, as it does when a driver
  // binds the string itself; in JSON it would stay an escape the databases treat differently.
  value_text: (a) => (a.valueText === null ? null : wellFormed(a.valueText)),
};

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** String.prototype.toWellFormed (ES2024, not in our lib yet). */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** SQLite keeps instants as UTC text, exactly as TypeORM writes them; PostgreSQL reads ISO 8601. */
function instant(value: Date, engine: Engine): string {
  return engine === 'sqlite' ? DateUtils.mixedDateToUtcDatetimeString(value) : value.toISOString();
}

/** INSERT … SELECT from the JSON array of rows given as the statement's one parameter. */
export function insertRowsSql(engine: Engine, table: string, columns: string[]): string {
  const names = columns.join(', ');
  if (engine === 'postgres') return `INSERT INTO ${table} (${names}) SELECT ${names} FROM json_populate_recordset(NULL::${table}, ?::json)`;
  return `INSERT INTO ${table} (${names}) SELECT ${columns.map((c) => `value ->> '${c}'`).join(', ')} FROM json_each(?)`;
}

/** The rows as the JSON parameter of insertRowsSql. */
export function rowsJson<T>(items: T[], columns: Record<string, (item: T, engine: Engine) => unknown>, engine: Engine): string {
  const entries = Object.entries(columns);
  return JSON.stringify(
    items.map((item) => {
      const row: Row = {};
      for (const [name, value] of entries) row[name] = value(item, engine);
      return row;
    }),
  );
}

/**
 * The columns written, per table. A column added to the entities must be added above too:
 * test/api/response-rows.test.ts compares these with the entities' columns.
 */
export const WRITTEN_COLUMNS = { response: Object.keys(RESPONSE_COLUMNS), response_answer: Object.keys(ANSWER_COLUMNS) };

const SQL = Object.fromEntries(
  (['sqlite', 'postgres'] as const).map((engine) => [
    engine,
    { responses: insertRowsSql(engine, 'response', WRITTEN_COLUMNS.response), answers: insertRowsSql(engine, 'response_answer', WRITTEN_COLUMNS.response_answer) },
  ]),
) as Record<Engine, { responses: string; answers: string }>;

/** Responses a statement: keeps the JSON parameter of each INSERT around a megabyte. */
const RESPONSES_PER_STATEMENT = 500;

/**
 * Inserts responses and their answer rows, inside the caller's transaction: two statements
 * for every 500 responses, however many are given.
 */
export async function insertResponseRows(manager: EntityManager, records: ResponseRecords[]): Promise<void> {
  const engine: Engine = manager.connection.options.type === 'postgres' ? 'postgres' : 'sqlite';
  for (let i = 0; i < records.length; i += RESPONSES_PER_STATEMENT) {
    const chunk = records.slice(i, i + RESPONSES_PER_STATEMENT);
    const answers = chunk.flatMap((r) => r.answers);
    await queryPrepared(manager, SQL[engine].responses, [rowsJson(chunk.map((r) => r.response), RESPONSE_COLUMNS, engine)]);
    if (answers.length > 0) await queryPrepared(manager, SQL[engine].answers, [rowsJson(answers, ANSWER_COLUMNS, engine)]);
  }
}
