import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { In } from 'typeorm';
import { ExportTextRefresh } from '../../api/src/responses/export-text-refresh.service';
import { exportLayoutOf } from '../../api/src/responses/export-text';
import { buildResponseRecords } from '../../api/src/responses/response-records';
import { SurveyResponse } from '../../api/src/responses/survey-response.entity';
import { SurveyVersion } from '../../api/src/surveys/survey-version.entity';
import type { MeetingPlace } from '../../api/src/organisations/meeting-place.entity';
import { createMeetingPlace } from '../factories/meeting-place.factory';
import { expectedExportTexts, publishVisitorSurveyWithQuestion, storedExportTexts } from '../support/export-texts';
import { createUser } from '../factories/user.factory';
import { as, logIn } from '../support/session';
import { startTestApp, TestApp } from '../support/test-app';

// Export-ready texts go stale when a survey's new version changes its column set, and responses
// stored before the texts existed have none: the refresh rewrites them, in the background after
// boot, so that responses.csv keeps reading one stored line per response.

const YEAR = 2024;

describe('bringing export-ready texts up to date', () => {
  let t: TestApp;
  let place: MeetingPlace;
  let definitions: Record<string, unknown>[];

  beforeAll(async () => {
    t = await startTestApp();
    place = await createMeetingPlace(t.dataSource, { slug: 'refresh-place' });
    definitions = (await t.dataSource.getRepository(SurveyVersion).find({ where: { surveyKey: 'visitor-survey' }, order: { version: 'ASC' } })).map((v) => JSON.parse(v.definition));
  });
  afterAll(() => t.close());

  /** Visitor-survey responses: a third with today's texts, a third with none, a third made for version 1's column set. */
  async function storeResponses(count: number, surveyVersion = 2): Promise<{ fresh: string[]; outdated: string[] }> {
    const published = await t.dataSource.getRepository(SurveyVersion).find({ where: { surveyKey: 'visitor-survey' }, order: { version: 'ASC' } });
    const today = exportLayoutOf(published.map((v) => JSON.parse(v.definition)));
    const older = exportLayoutOf(definitions.slice(0, 1));
    const ids = { fresh: [] as string[], outdated: [] as string[] };
    const rows = Array.from({ length: count }, (_, i) => {
      const answers = { felt_welcome: 1 + (i % 5), visit_frequency: 'weekly', children_age_bands: ['0-2'] };
      const layout = [today, null, older][i % 3];
      const { response } = buildResponseRecords(
        { surveyKey: 'visitor-survey', surveyVersion, meetingPlaceId: place.id, locale: 'fi', answers },
        { id: randomUUID(), clientResponseId: randomUUID() },
        new Date(Date.UTC(YEAR, i % 12, 1 + (i % 28), 9)),
        { answers, values: [] },
        layout,
      );
      (layout === today ? ids.fresh : ids.outdated).push(response.id);
      return response;
    });
    for (let i = 0; i < rows.length; i += 100) await t.dataSource.getRepository(SurveyResponse).insert(rows.slice(i, i + 100));
    return ids;
  }

  async function expectTextsUpToDate(): Promise<void> {
    const stored = await t.dataSource.getRepository(SurveyResponse).find({ where: { surveyKey: 'visitor-survey' } });
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.map(storedExportTexts)).toEqual(await expectedExportTexts(t.dataSource, stored));
  }

  it('rewrites every response without a text for its column set, in batches, and leaves the others alone', async () => {
    // More than one window of the table (2,000 responses), so the windows' edges are crossed.
    const ids = await storeResponses(4500);
    const before = await t.dataSource.getRepository(SurveyResponse).find({ where: { surveyKey: 'visitor-survey' } });
    const untouched = before.filter((r) => ids.fresh.includes(r.id));

    expect(await t.app.get(ExportTextRefresh).refresh()).toBe(ids.outdated.length);
    await expectTextsUpToDate();
    const after = await t.dataSource.getRepository(SurveyResponse).find({ where: { surveyKey: 'visitor-survey' } });
    expect(after.filter((r) => ids.fresh.includes(r.id))).toEqual(untouched);
    // Nothing left to do.
    expect(await t.app.get(ExportTextRefresh).refresh()).toBe(0);
  });

  it('rewrites a survey’s texts for its new column set once a version adds a question, and the export reads them', async () => {
    await publishVisitorSurveyWithQuestion(t.dataSource, 'refresh_added', new Date(Date.UTC(YEAR + 1, 0, 1)));
    const count = await t.dataSource.getRepository(SurveyResponse).count({ where: { surveyKey: 'visitor-survey' } });

    expect(await t.app.get(ExportTextRefresh).refresh()).toBe(count);
    await expectTextsUpToDate();

    const account = await createUser(t, 'admin');
    const admin = await logIn(t, account.email, account.password);
    const csv = await as(admin, request(t.http).get(`/api/exports/responses.csv?survey=visitor-survey&period=${YEAR}`)).expect(200);
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toMatch(/refresh_added$/);
    expect(lines.filter((line) => line.includes('refresh-place'))).toHaveLength(count);
  });

  it('runs after boot, for the column set of the versions that boot published, and a response answered meanwhile keeps its own text', async () => {
    // As if versions 2 and 3 (which add columns to version 1) were new: the next boot publishes
    // them again (and not the last test's version, which has no file). Texts made now are for
    // version 1's column set, so that boot must rewrite every one of them.
    await t.dataSource.getRepository(SurveyResponse).delete({ surveyKey: 'visitor-survey' });
    const versions = t.dataSource.getRepository(SurveyVersion);
    await versions.delete({ surveyKey: 'visitor-survey', version: In([2, 3, definitions.length + 1]) });
    expect(exportLayoutOf(definitions.slice(0, 1)).key).not.toBe(exportLayoutOf(definitions.slice(0, 3)).key);
    const ids = await storeResponses(30, 1);
    expect(ids.fresh.length).toBe(10);
    const second = await startTestApp({ database: t.database, env: { EXPORT_TEXT_REFRESH: 'true' } });
    try {
      expect(await versions.countBy({ surveyKey: 'visitor-survey' })).toBe(3);
      const answered = await request(second.http)
        .post('/api/responses')
        .send({ surveyKey: 'visitor-survey', surveyVersion: 2, meetingPlace: 'refresh-place', clientResponseId: randomUUID(), locale: 'sv', answers: { felt_welcome: 4 } })
        .expect(201);
      expect(await second.app.get(ExportTextRefresh).whenDone()).toBe(30);
      await expectTextsUpToDate();
      const stored = await t.dataSource.getRepository(SurveyResponse).findOneByOrFail({ id: answered.body.id });
      expect(stored.locale).toBe('sv');
    } finally {
      await second.app.close();
    }
  });

  it('does not run after boot with EXPORT_TEXT_REFRESH=false', async () => {
    const ids = await storeResponses(9);
    const third = await startTestApp({ database: t.database, env: { EXPORT_TEXT_REFRESH: 'false' } });
    try {
      expect(await third.app.get(ExportTextRefresh).whenDone()).toBe(0);
      const outdated = await t.dataSource.getRepository(SurveyResponse).findBy(ids.outdated.map((id) => ({ id })));
      expect(outdated.map((r) => r.exportKey === null || r.exportRfc4180 === null || r.exportKey !== exportLayoutOf(definitions).key)).toEqual(outdated.map(() => true));
    } finally {
      await third.app.close();
    }
  });
});
