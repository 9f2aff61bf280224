import { ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EARLY_DECEMBER_2026 } from './fake-clock';

/**
 * The built app (npm run build) as a real server process on a free port with its own SQLite
 * file: for browser tests and for tests that kill the process.
 */
export interface RunningServer {
  baseUrl: string;
  port: number;
  databasePath: string;
  /** Graceful stop (SIGTERM), then the temporary files go. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash would: the database file stays for a restart. */
  kill(): Promise<void>;
  /** Starts the server again on the same port and database. */
  restart(): Promise<void>;
}

const root = join(__dirname, '../..');
const main = join(root, 'dist/api/src/main.js');

/**
 * The day test servers live on (their clock starts there, CLOCK_START): the demo data and the
 * periods the tests read do not then depend on the day the suite runs. Browser contexts
 * start their pages' clocks at the same instant (test/web/support).
 */
export const SERVER_TEST_NOW = EARLY_DECEMBER_2026;

export async function startServer(options: { demoData?: boolean; env?: Record<string, string>; now?: Date } = {}): Promise<RunningServer> {
  if (!existsSync(main)) throw new Error('The app is not built: run "npm run build" first.');
  const directory = mkdtempSync(join(tmpdir(), 'kohtaamo-server-'));
  const databasePath = join(directory, 'kohtaamo.sqlite');
  const now = options.now ?? SERVER_TEST_NOW;
  if (options.demoData) copyFileSync(await demoDatabaseTemplate(now), databasePath);
  const port = await freePort();
  const env = {
    DATABASE_PATH: databasePath,
    PORT: String(port),
    DEMO_DATA: String(options.demoData ?? false),
    LOG_LEVEL: 'warn',
    CLOCK_START: now.toISOString(),
    ...options.env,
  };

  let child = await launch(env);
  const exited = (c: ChildProcess) => new Promise<void>((resolve) => (c.exitCode !== null || c.signalCode !== null ? resolve() : c.once('exit', () => resolve())));
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    databasePath,
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
      rmSync(directory, { recursive: true, force: true });
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
    restart: async () => {
      child = await launch(env);
    },
  };
}

async function launch(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // Seeding demo data takes seconds on a quiet machine; a deadline, generous for a loaded one.
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}): ${stderr}`);
    try {
      const res = await fetch(`http://127.0.0.1:${env.PORT}/api/health`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`The server did not start within 240 s: ${stderr}`);
}

/**
 * Seeding the demo data takes seconds, so it is done once per build and clock and copied for
 * each server. The template is keyed by the build stamp and the clock's start. It is seeded an
 * hour before the servers' clocks start: every server starts at `now` again, and a session
 * must never look older than the demo accounts' passwords (set while seeding, which can take a
 * minute on a loaded machine), or it would be refused as begun before a password change.
 */
const TEMPLATE_LEAD_MS = 60 * 60 * 1000;

async function demoDatabaseTemplate(now: Date): Promise<string> {
  const stampFile = join(root, 'dist/.build-stamp');
  const stamp = existsSync(stampFile) ? Math.round(statSync(stampFile).mtimeMs) : Math.round(statSync(main).mtimeMs);
  const template = join(tmpdir(), `kohtaamo-demo-${stamp}-${now.getTime()}.sqlite`);
  if (existsSync(template)) return template;
  const building = `${template}.${process.pid}.tmp`;
  const port = await freePort();
  const seededAt = new Date(now.getTime() - TEMPLATE_LEAD_MS);
  const child = await launch({ DATABASE_PATH: building, PORT: String(port), DEMO_DATA: 'true', LOG_LEVEL: 'warn', CLOCK_START: seededAt.toISOString() });
  child.kill('SIGTERM');
  await new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A clean shutdown checkpoints the WAL into the main file; then publish the template atomically.
  copyFileSync(building, `${building}.copy`);
  renameSync(`${building}.copy`, template);
  for (const suffix of ['', '-wal', '-shm']) rmSync(building + suffix, { force: true });
  return template;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
