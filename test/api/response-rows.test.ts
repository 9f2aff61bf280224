import { randomUUID } from 'node:crypto';
import { ResponseAnswer } from '../../api/src/responses/response-answer.entity';
import type { ResponseRecords } from '../../api/src/responses/response-records';
import { WRITTEN_COLUMNS } from '../../api/src/responses/response-rows-sql';
import { ResponsesService } from '../../api/src/responses/responses.service';
import { SurveyResponse } from '../../api/src/responses/survey-response.entity';
import { createMeetingPlace } from '../factories/meeting-place.factory';
import { startTestApp, TestApp } from '../support/test-app';

// Responses are written by hand-written SQL with the rows as one JSON parameter
// (response-rows-sql.ts). What TypeORM reads back must be exactly what was given, whatever the
// values: instants to the millisecond, nulls, fractions, any text.

describe('response rows written as JSON', () => {
  let t: TestApp;
  let placeId: string;

  beforeAll(async () => {
    t = await startTestApp();
    placeId = (await createMeetingPlace(t.dataSource)).id;
  });
  afterAll(() => t.close());

  function records(overrides: Partial<SurveyResponse>, values: { questionName: string; valueNumber: number | null; valueText: string | null }[]): ResponseRecords {
    const response: SurveyResponse = {
      id: randomUUID(),
      clientResponseId: randomUUID(),
      requestHash: 'a'.repeat(64),
      surveyKey: 'visitor-survey',
      surveyVersion: 2,
      meetingPlaceId: placeId,
      locale: 'fi',
      receivedAt: new Date('2025-03-01T10:11:12.345Z'),
      answeredAt: new Date('2025-02-28T23:59:59.999Z'),
      periodYear: 2025,
      periodHalf: 1,
      kioskId: null,
      answers: JSON.stringify({ felt_welcome: 5, note: 'Hyvä "paikka"\n\\ ok' }),
      exportKey: null,
      exportRfc4180: null,
      exportExcelFi: null,
      ...overrides,
    };
    const answers = values.map((v) => ({ ...v, responseId: response.id, surveyKey: response.surveyKey, surveyVersion: response.surveyVersion, meetingPlaceId: placeId, periodYear: 2025, periodHalf: 1 }));
    return { response, answers };
  }

  it('writes every column of the entities (an answer row\'s id is generated)', () => {
    const columns = (entity: typeof SurveyResponse | typeof ResponseAnswer) => t.dataSource.getMetadata(entity).columns.map((c) => c.databaseName).sort();
    expect([...WRITTEN_COLUMNS.response].sort()).toEqual(columns(SurveyResponse));
    expect([...WRITTEN_COLUMNS.response_answer, 'id'].sort()).toEqual(columns(ResponseAnswer));
  });

  it('reads back every column of responses and answer rows as given', async () => {
    const texts = ['Hyvä "paikka", kiitos!\nToinen rivi\t', 'العربية 😀 ñ', "=1+1 ' \\ \u2028", ''];
    const given = [
      records({}, [
        { questionName: 'felt_welcome', valueNumber: 5, valueText: null },
        { questionName: 'score', valueNumber: 4.25, valueText: null },
        { questionName: 'tiny', valueNumber: -1e-7, valueText: null },
        ...texts.map((text, i) => ({ questionName: `text_${i}`, valueNumber: null, valueText: text })),
      ]),
      records({ exportKey: 'abc123', exportRfc4180: '"x",1\r\n', exportExcelFi: '"x";1\r\n', locale: 'sv', periodHalf: 2, receivedAt: new Date('2026-12-31T21:59:59.001Z') }, []),
    ];
    await t.dataSource.transaction((manager) => t.app.get(ResponsesService).storeMany(manager, given));
    for (const { response, answers } of given) {
      const stored = await t.dataSource.getRepository(SurveyResponse).findOneByOrFail({ id: response.id });
      expect(stored).toEqual(response);
      const rows = await t.dataSource.getRepository(ResponseAnswer).find({ where: { responseId: response.id }, order: { id: 'ASC' } });
      expect(rows.map(({ id: _id, ...row }) => row)).toEqual(answers);
    }
  });

  it('stores a lone surrogate in typed text as U+FFFD, as a driver binding the string does', async () => {
    const given = records({}, [{ questionName: 'text', valueNumber: null, valueText: 'a\ud800b\udc00' }]);
    await t.dataSource.transaction((manager) => t.app.get(ResponsesService).storeMany(manager, [given]));
    const [row] = await t.dataSource.getRepository(ResponseAnswer).find({ where: { responseId: given.response.id } });
    expect(row.valueText).toBe('a\ufffdb\ufffd');
  });

  it('writes a batch of 1,200 responses in chunks, with every answer row', async () => {
    const given = Array.from({ length: 1200 }, (_, i) => records({}, [{ questionName: 'felt_welcome', valueNumber: (i % 5) + 1, valueText: null }]));
    await t.dataSource.transaction((manager) => t.app.get(ResponsesService).storeMany(manager, given));
    const ids = new Set(given.map((g) => g.response.id));
    const stored = await t.dataSource.getRepository(ResponseAnswer).find({ where: { questionName: 'felt_welcome', periodHalf: 1 }, select: ['responseId', 'valueNumber'] });
    const ours = stored.filter((row) => ids.has(row.responseId));
    expect(ours).toHaveLength(1200);
    expect(ours.reduce((sum, row) => sum + (row.valueNumber ?? 0), 0)).toBe(1200 * 3);
  });
});
