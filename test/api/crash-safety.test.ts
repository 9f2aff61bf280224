import { Database } from 'sqlite3';
import { instantFeedbackBody } from '../factories/response.factory';
import { RunningServer, startServer } from '../support/server';

// Kills the built server with SIGKILL while families are submitting, restarts it, and checks
// that every response acknowledged with 201 survived exactly once (SQLite: WAL, synchronous=FULL).
jest.setTimeout(120_000);

type Body = ReturnType<typeof instantFeedbackBody>;

function query<T>(path: string, sql: string, params: unknown[] = []): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const db = new Database(path, (error) => {
      if (error) return reject(error);
      db.all(sql, params, (err, rows) => {
        db.close();
        if (err) reject(err);
        else resolve(rows as T[]);
      });
    });
  });
}

describe('crash safety', () => {
  let server: RunningServer;
  beforeAll(async () => {
    // Six clients on one address post as fast as they can: lift the per-address limit of answers.
    server = await startServer({ demoData: true, env: { RESPONSE_RATE_LIMIT: '1000000' } });
  });
  afterAll(() => server.stop());

  it('keeps every acknowledged response exactly once across a SIGKILL', async () => {
    const acknowledged: { body: Body; id: string }[] = [];
    const unacknowledged: Body[] = [];
    let running = true;
    const post = (body: Body) =>
      fetch(`${server.baseUrl}/api/responses`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });

    const client = async () => {
      while (running) {
        const body = instantFeedbackBody('koivukyla', (1 + Math.floor(Math.random() * 3)) as 1 | 2 | 3);
        try {
          const res = await post(body);
          if (res.status === 201) acknowledged.push({ body, id: ((await res.json()) as { id: string }).id });
          else throw new Error(`unexpected ${res.status}`);
        } catch {
          unacknowledged.push(body);
          return;
        }
      }
    };
    const clients = Array.from({ length: 6 }, client);
    // Kill mid-load once a good number are acknowledged, however fast this machine is today.
    const wanted = 30;
    const deadline = Date.now() + 60_000;
    while (acknowledged.length < wanted && unacknowledged.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await server.kill();
    running = false;
    await Promise.all(clients);
    expect(acknowledged.length).toBeGreaterThanOrEqual(wanted);

    await server.restart();
    const [integrity] = await query<{ integrity_check: string }>(server.databasePath, 'PRAGMA integrity_check');
    expect(integrity.integrity_check).toBe('ok');

    for (const { body, id } of acknowledged) {
      const again = await post(body);
      expect([body.clientResponseId, again.status, ((await again.json()) as { id: string }).id]).toEqual([body.clientResponseId, 200, id]);
    }
    const ids = acknowledged.map((a) => a.body.clientResponseId);
    const rows = await query<{ client_response_id: string; copies: number }>(
      server.databasePath,
      `SELECT client_response_id, COUNT(*) AS copies FROM response WHERE client_response_id IN (${ids.map(() => '?').join(',')}) GROUP BY client_response_id`,
      ids,
    );
    expect(rows).toHaveLength(ids.length);
    expect(rows.every((r) => r.copies === 1)).toBe(true);
    const [{ orphans }] = await query<{ orphans: number }>(
      server.databasePath,
      'SELECT COUNT(*) AS orphans FROM response r WHERE NOT EXISTS (SELECT 1 FROM response_answer a WHERE a.response_id = r.id)',
    );
    expect(orphans).toBe(0);

    // A response cut off mid-flight was either stored whole or not at all: resending settles it.
    for (const body of unacknowledged) expect([201, 200]).toContain((await post(body)).status);
  });
});
