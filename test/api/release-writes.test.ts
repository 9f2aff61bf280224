import request from 'supertest';
import { TransactionRunner } from '../../api/src/database/transaction-runner';
import { ReleasesService } from '../../api/src/releases/releases.service';
import { createMeetingPlace } from '../factories/meeting-place.factory';
import { instantFeedbackBody } from '../factories/response.factory';
import { AFTER_2026_RELEASE, EARLY_DECEMBER_2026 } from '../support/fake-clock';
import { startTestApp, TestApp } from '../support/test-app';

// A release is stored through the write queue. On SQLite's one connection an INSERT outside it
// would run inside whatever transaction is open there (a group of submissions) and be lost
// with it if that transaction rolled back. PostgreSQL runs transactions in parallel on its pool.
const sqliteOnly = process.env.TEST_DATABASE_URL ? describe.skip : describe;

sqliteOnly('storing a release (SQLite)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ now: EARLY_DECEMBER_2026 });
    const place = await createMeetingPlace(t.dataSource);
    for (const mood of [3, 3, 2, 1, 3] as const) await request(t.http).post('/api/responses').send(instantFeedbackBody(place.slug, mood)).expect(201);
    t.clock.advanceTo(AFTER_2026_RELEASE);
  });
  afterAll(() => t.close());

  const stored = async () => Number((await t.dataSource.query("SELECT COUNT(*) AS n FROM figure_release WHERE survey_key = 'instant-feedback'"))[0].n);

  it('waits for the write queue, and is stored once the transaction before it has finished', async () => {
    let open!: () => void;
    const held = t.app.get(TransactionRunner).run(() => new Promise<void>((resolve) => (open = resolve)));
    const releasing = t.app.get(ReleasesService).ensureReleases('instant-feedback');
    // Long enough for the release to be computed (a few hundred ms here); it must not be stored yet.
    for (let i = 0; i < 30; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await stored()).toBe(0);
    open();
    await held;
    await releasing;
    expect(await stored()).toBeGreaterThan(0);
  });
});
