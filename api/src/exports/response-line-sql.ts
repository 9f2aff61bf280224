import type { CsvDialect } from '../../../reports/csv/csv-dialect';
import { MULTI_VALUE_SEPARATOR } from '../../../reports/csv/response-export';
import type { SurveyQuestion } from '../../../reports/csv/survey-questions';

export type SqlEngine = 'sqlite' | 'postgres';

const DELIMITERS: Record<CsvDialect, string> = { rfc4180: ',', 'excel-fi': ';' };

/**
 * responses.csv lines built by the database, so that the driver hands over one string per
 * response instead of one value per cell (what made the export 4× slower than the sqlite3
 * shell). The SQL must give byte for byte what responseRow + csvRows give; where that cannot
 * be done cheaply in SQL the line is NULL and the export formats that response in JavaScript.
 *
 * Answers are read as JSON text (SQLite `->`, PostgreSQL `json ->`), which both return as it
 * was written. The answers were written by JSON.stringify, so a number's JSON text is exactly
 * what JavaScript's String() gives, and a string without a backslash has no escape and hence no
 * quote, CR, LF or tab: it needs only the formula guard, and quotes only for the delimiter, a
 * byte order mark or a space at either end (papaparse's rules). Strings with an escape,
 * objects, and arrays of anything but such strings or only numbers go to JavaScript.
 */
export interface ResponseLineSql {
  /** Columns for the inner query over `response r`: each answer's JSON text as c0, c1, …, and `unreadable`. */
  cells: string[];
  /**
   * The line without its CRLF, over the inner query's columns id, survey_key, survey_version,
   * period_year, period_half, locale, c0, c1, … and the place's place_slug and region_code.
   */
  line: string;
}

export function responseLineSql(questions: readonly SurveyQuestion[], dialect: CsvDialect, engine: SqlEngine): ResponseLineSql {
  const sql = engine === 'sqlite' ? SQLITE : POSTGRES;
  const delimiter = DELIMITERS[dialect];
  const text = (value: string) => textField(value, delimiter, sql);
  const cells: string[] = [];
  const questionCells = questions.map((question) => {
    // Written answers are never exported (responseRow leaves them empty too).
    if (question.freeText) return "''";
    // A name a JSON path could misread is left to JavaScript (none of today's instruments).
    if (!/^[\w\- ]+$/.test(question.name)) return 'NULL';
    const column = `c${cells.length}`;
    cells.push(`${sql.jsonAt(sql.readable('r.answers'), question.name)} AS ${column}`);
    return answerCell(column, dialect, text, sql);
  });
  const fixed = [
    text('id'),
    text('survey_key'),
    sql.integerText('survey_version'),
    text('place_slug'),
    text('region_code'),
    `${sql.integerText('period_year')} || '-H' || ${sql.integerText('period_half')}`,
    text('locale'),
  ];
  const line = [...fixed, ...questionCells].join(` || '${delimiter}' || `);
  cells.push(`${sql.readable('r.answers')} IS NULL AS unreadable`);
  return { cells, line: `CASE WHEN unreadable THEN NULL ELSE ${line} END` };
}

interface Dialect {
  /** The answers where the database can read them as JSON, else NULL (JavaScript formats those). */
  readable(json: string): string;
  jsonAt(json: string, key: string): string;
  first(value: string): string;
  last(value: string): string;
  contains(value: string, fragment: string): string;
  integerText(value: string): string;
  /** The JSON text of an array of numbers only. */
  isNumberArray(value: string): string;
}

const SQLITE: Dialect = {
  readable: (json) => json,
  jsonAt: (json, key) => `${json} -> '$."${key}"'`,
  first: (value) => `substr(${value}, 1, 1)`,
  last: (value) => `substr(${value}, -1, 1)`,
  contains: (value, fragment) => `instr(${value}, ${literal(fragment)}) > 0`,
  integerText: (value) => `CAST(${value} AS TEXT)`,
  isNumberArray: (value) => `(${value} GLOB '[[][0-9-]*]' AND substr(${value}, 2, length(${value}) - 2) NOT GLOB '*[^0-9.eE+,-]*')`,
};

const POSTGRES: Dialect = {
  // PostgreSQL's json refuses some \u escapes JSON.stringify writes (lone surrogates).
  readable: (json) => `CASE WHEN strpos(${json}, '\\u') = 0 THEN ${json} END`,
  // json, not jsonb: json's operators return a value's text as it was written.
  jsonAt: (json, key) => `(${json}::json -> ${literal(key)})::text`,
  first: (value) => `left(${value}, 1)`,
  last: (value) => `right(${value}, 1)`,
  contains: (value, fragment) => `strpos(${value}, ${literal(fragment)}) > 0`,
  integerText: (value) => `CAST(${value} AS TEXT)`,
  isNumberArray: (value) => `${value} ~ '^\\[-?[0-9][-0-9.eE+,]*\\]$'`,
};

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

const oneOf = (value: string, characters: string) => `${value} IN (${[...characters].map(literal).join(', ')})`;

/** A text cell: the formula guard (neutraliseFormula), then quotes where papaparse puts them. */
function textField(value: string, delimiter: string, sql: Dialect): string {
  const guarded = `CASE WHEN ${oneOf(sql.first(value), '=+-@')} THEN '''' || ${value} ELSE ${value} END`;
  const needsQuotes = [sql.contains(value, delimiter), sql.contains(value, '\uFEFF'), `${sql.first(value)} = ' '`, `${sql.last(value)} = ' '`].join(' OR ');
  return `CASE WHEN ${needsQuotes} THEN '"' || ${guarded} || '"' ELSE ${guarded} END`;
}

/** One answer from its JSON text `j` (NULL when absent). NULL: JavaScript formats the line. */
function answerCell(j: string, dialect: CsvDialect, text: (value: string) => string, sql: Dialect): string {
  const inner = (from: number, less: number) => `substr(${j}, ${from}, length(${j}) - ${less})`;
  const number = dialect === 'excel-fi' ? `replace(${j}, '.', ',')` : j;
  const strings = `replace(${inner(3, 4)}, '","', '${MULTI_VALUE_SEPARATOR}')`;
  const numbers = `replace(${inner(2, 2)}, ',', '${MULTI_VALUE_SEPARATOR}')`;
  return `CASE
    WHEN ${j} IS NULL OR ${j} = 'null' THEN ''
    WHEN ${sql.contains(j, '\\')} THEN NULL
    WHEN ${sql.first(j)} = '"' THEN ${text(inner(2, 2))}
    WHEN ${oneOf(sql.first(j), '-0123456789')} THEN ${number}
    WHEN ${j} IN ('true', 'false') THEN ${j}
    WHEN ${j} = '[]' THEN ''
    WHEN substr(${j}, 1, 2) = '["' AND substr(${j}, length(${j}) - 1, 2) = '"]' THEN CASE WHEN ${sql.contains(strings, '"')} THEN NULL ELSE ${text(strings)} END
    WHEN ${sql.isNumberArray(j)} THEN ${text(numbers)}
    ELSE NULL END`;
}
