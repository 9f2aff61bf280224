import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSV_DIALECTS, csvRows, CSV_NEWLINE } from './csv-dialect';
import { codebookRows, CODEBOOK_COLUMNS, placeMiddle, responseHeader, responseLineParts, responseRow, rowLevelColumns } from './response-export';
import { questionColumns } from './survey-questions';

const definition = (key: string, version: number) =>
  JSON.parse(readFileSync(join(__dirname, '../../survey-definitions', key, `v${version}.json`), 'utf8')) as Record<string, unknown>;
const visitorVersions = [1, 2].map((version) => ({ version, definition: definition('visitor-survey', version) }));

describe('responses.csv format', () => {
  const columns = rowLevelColumns(visitorVersions.map((v) => v.definition));

  it('has the fixed columns first, then every question of every version once but the written answers', () => {
    const header = responseHeader(columns);
    expect(header.slice(0, 7)).toEqual(['response_id', 'survey_key', 'survey_version', 'meeting_place', 'region_code', 'period', 'locale']);
    expect(header).toContain('would_recommend'); // only in v2
    expect(header).toContain('felt_welcome');
    expect(new Set(header).size).toBe(header.length);
    expect(header).not.toContain('feedback_free_text');
  });

  it('writes numbers, joins multiple choices with | and leaves skips empty', () => {
    const row = responseRow(
      {
        id: 'r1',
        surveyKey: 'visitor-survey',
        surveyVersion: 2,
        meetingPlaceSlug: 'koivukyla',
        regionCode: '04',
        periodYear: 2026,
        periodHalf: 2,
        locale: 'fi',
        answers: JSON.stringify({ felt_welcome: 5, children_age_bands: ['0-2', '3-6'], feedback_free_text: '=cmd' }),
      },
      columns,
    );
    const cell = (name: string) => row[responseHeader(columns).indexOf(name)];
    expect(row.slice(0, 7)).toEqual(['r1', 'visitor-survey', 2, 'koivukyla', '04', '2026-H2', 'fi']);
    expect(cell('felt_welcome')).toBe(5);
    expect(cell('children_age_bands')).toBe('0-2|3-6');
    expect(cell('loneliness')).toBeNull();
  });

  it('never writes a written answer, even when asked for its column', () => {
    const withWritten = questionColumns(visitorVersions.map((v) => v.definition));
    const response = {
      id: 'r1', surveyKey: 'visitor-survey', surveyVersion: 2, meetingPlaceSlug: 'x', regionCode: '04', periodYear: 2026, periodHalf: 1, locale: 'fi',
      answers: JSON.stringify({ felt_welcome: 4, feedback_free_text: 'Nimeni on Maija' }),
    };
    const row = responseRow(response, withWritten);
    expect(row).toHaveLength(responseHeader(withWritten).length);
    expect(row).not.toContain('Nimeni on Maija');
    expect(row).toContain(4);
  });
});

describe('a line in the parts stored with the response and its place’s cells', () => {
  const columns = rowLevelColumns(visitorVersions.map((v) => v.definition));
  const stored = {
    id: 'r1', surveyKey: 'visitor-survey', surveyVersion: 2, periodYear: 2026, periodHalf: 1, locale: 'fi',
    answers: JSON.stringify({ felt_welcome: 4, visit_frequency: '=1+1', children_age_bands: [' 0-2', 'a,b;c'], home_language: 'say "hi"\nagain', feedback_free_text: 'Nimeni on Maija' }),
  };

  it.each(CSV_DIALECTS)('puts together in %s exactly the line of responseRow, for any place', (dialect) => {
    const { head, tail } = responseLineParts(stored, columns, dialect);
    for (const place of [{ slug: 'koivukyla', regionCode: '04' }, { slug: 'a,b;c', regionCode: '=04' }, { slug: ' x"y', regionCode: '' }]) {
      const line = csvRows([responseRow({ ...stored, meetingPlaceSlug: place.slug, regionCode: place.regionCode }, columns)], dialect);
      expect(head + placeMiddle(place, dialect) + tail + CSV_NEWLINE).toBe(line);
    }
    expect(head).toBe(dialect === 'rfc4180' ? 'r1,visitor-survey,2' : 'r1;visitor-survey;2');
    expect(tail).toContain("'=1+1");
    expect(tail).not.toContain('Maija');
  });
});

describe('codebook', () => {
  it('describes every column of responses.csv, in order', () => {
    const rows = codebookRows(visitorVersions, 1);
    const header = responseHeader(rowLevelColumns(visitorVersions.map((v) => v.definition)));
    expect(rows.map((r) => r[0])).toEqual(header);
    expect(rows.every((r) => r[9] === false)).toBe(true);
    expect(rows.every((r) => r.length === CODEBOOK_COLUMNS.length)).toBe(true);
  });

  it('gives a scale item its values and labels in three languages, from the requested version', () => {
    const row = codebookRows(visitorVersions, 2).find((r) => r[0] === 'felt_welcome')!;
    expect(row).toEqual([
      'felt_welcome',
      'number',
      'Tunnen itseni tervetulleeksi, ja minua kuunnellaan täällä.',
      'Jag känner mig välkommen, och här lyssnar man på mig.',
      'I feel welcome here, and people listen to me.',
      '1|2|3|4|5',
      expect.stringMatching(/^Täysin eri mieltä\|.*\|Täysin samaa mieltä$/),
      expect.stringMatching(/^Helt av annan åsikt\|/),
      expect.stringMatching(/^Strongly disagree\|.*\|Strongly agree$/),
      false,
      2,
    ]);
  });

  it('describes a question the version lacks from the newest version that has it', () => {
    const row = codebookRows(visitorVersions, 1).find((r) => r[0] === 'would_recommend')!;
    expect(row[10]).toBe(2);
    expect(codebookRows(visitorVersions, 1).find((r) => r[0] === 'feedback_free_text')).toBeUndefined();
  });
});

describe('column stability', () => {
  it('keeps the columns of older versions in place when a version adds questions', () => {
    const v1Only = questionColumns([visitorVersions[0].definition]).map((q) => q.name);
    const both = questionColumns(visitorVersions.map((v) => v.definition)).map((q) => q.name);
    expect(both.slice(0, v1Only.length)).toEqual(v1Only);
    expect(both.slice(v1Only.length).sort()).toEqual(['activities_wished', 'would_recommend']);
  });
});
