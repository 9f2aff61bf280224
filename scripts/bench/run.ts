import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../api/src/app.factory';
import { loadConfig } from '../../api/src/config/app-config';
import { DataSource } from 'typeorm';
import { MeetingPlace } from '../../api/src/organisations/meeting-place.entity';
import { projectRoot } from '../../api/src/common/project-root';
import { INDICATOR_CATALOGUE, itemNamesOf } from '../../reports/indicator-catalogue';
import { DataShape, generateSyntheticData } from './synthetic-data';
import { ReleasesService } from '../../api/src/releases/releases.service';
import { BoundProgram } from '../../reports/bound-inference';
import * as releaseAudit from '../../reports/release-audit';
import { toSqlInstant } from '../../api/src/database/sql-time';
import { BenchResults, GENERATED_MARKER, mergeResults, parseResultsTable, resultsTableRows } from './results-table';

/**
 * npm run bench: Kohtaamo's speed and memory targets, each measured as a ratio against a
 * baseline run in the same process of measurement on this machine. Results go to
 * data/bench/results.json and docs/benchmarks.md. Every benchmark ends with its ratio line.
 *
 *   npm run bench [-- ingestion|indicators|export|export-xlsx|page-weight|slow-network|generate|generate-export ...]
 *   npm run bench [-- releases]: every due release of visitor-survey and instant-feedback on the national set (BENCH_RELEASE_SURVEYS)
 *   npm run bench [-- ingestion-postgres|indicators-postgres|export-postgres|generate-postgres-export ...]
 * The *-postgres benchmarks need BENCH_DATABASE_URL=postgres://user:pass@host/postgres.
 * The data sets (data/bench/*.sqlite) are made on first use and kept; BENCH_REGENERATE=1 remakes them.
 */
const root = projectRoot();
const benchDir = join(root, 'data', 'bench');
const resultsFile = join(benchDir, 'results.json');
const mainJs = join(root, 'dist/api/src/main.js');
const bareJs = join(root, 'dist/bench/scripts/bench/bare-server.js');
const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 1_000_000);
const ADMIN = { email: 'bench-admin@kohtaamo.example', password: 'bench admin password' };

const benchmarksDoc = join(root, 'docs', 'benchmarks.md');
/**
 * Read at each use: a benchmark running beside this one (a long data generation) may have
 * recorded since. The committed table first, then this machine's results.json over it.
 */
const readResults = (): BenchResults =>
  mergeResults(existsSync(benchmarksDoc) ? parseResultsTable(readFileSync(benchmarksDoc, 'utf8')) : {}, existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {});

function record(name: string, values: Record<string, number | string>): void {
  const results = readResults();
  results[name] = { ...values, measuredAt: new Date().toISOString() };
  mkdirSync(benchDir, { recursive: true });
  writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

interface Server {
  child: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

async function startServer(script: string, env: Record<string, string>, readyPath: string, port: number): Promise<Server> {
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}`);
    try {
      const res = await fetch(url + readyPath, { method: readyPath === '/bare' ? 'OPTIONS' : 'GET' });
      if (res.status < 500) break;
    } catch {
      // not yet
    }
    await sleep(100);
  }
  return {
    child,
    url,
    stop: () => new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

interface LoadResult {
  rps: number;
  failures: number;
  p50Ms: number;
  p99Ms: number;
  /** CPU time of the server process (all its threads) per completed request. */
  serverCpuMsPerRequest: number;
  /** CPU time of this process, the load generator, per completed request. */
  clientCpuMsPerRequest: number;
}

/** user + system CPU time of a process so far, in ms (Linux /proc, clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];

/**
 * Keeps `concurrency` requests in flight for `seconds` against a server in another process;
 * returns completed requests per second, latency percentiles and CPU per request.
 */
async function load(server: Server, send: () => Promise<Response>, concurrency: number, seconds: number): Promise<LoadResult> {
  let completed = 0;
  let failures = 0;
  const latencies: number[] = [];
  const until = Date.now() + seconds * 1000;
  const serverCpuBefore = cpuMs(server.child.pid!);
  const clientCpuBefore = process.cpuUsage();
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const sent = performance.now();
        const res = await send();
        await res.arrayBuffer();
        latencies.push(performance.now() - sent);
        if (res.status === 201) completed++;
        else failures++;
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  const clientCpu = process.cpuUsage(clientCpuBefore);
  latencies.sort((a, b) => a - b);
  return {
    rps: completed / elapsed,
    failures,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    serverCpuMsPerRequest: (cpuMs(server.child.pid!) - serverCpuBefore) / Math.max(1, completed),
    clientCpuMsPerRequest: (clientCpu.user + clientCpu.system) / 1000 / Math.max(1, completed),
  };
}

/** A migrated database with reference data and an admin, and N synthetic responses (cached). */
async function dataset(name: string, responses: number, shape: DataShape = 'national'): Promise<string> {
  const path = join(benchDir, `${name}.sqlite`);
  if (existsSync(path) && !process.env.BENCH_REGENERATE) return path;
  mkdirSync(benchDir, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const started = Date.now();
  const app = await createApp(loadConfig({ DATABASE_PATH: path, DEMO_DATA: 'false', LOG_LEVEL: 'warn', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }));
  const counts = await generateSyntheticData(app.get(DataSource), responses, shape);
  await app.get(DataSource).query('ANALYZE');
  await app.close();
  const seconds = (Date.now() - started) / 1000;
  console.log(`generated ${name}: ${counts.responses} responses, ${counts.answers} answer rows, ${counts.places} places in ${round(seconds, 1)} s (${Math.round(counts.responses / seconds)} responses/s)`);
  record(`generate-${name}`, { responses: counts.responses, answers: counts.answers, places: counts.places, seconds: round(seconds, 1) });
  return path;
}

/**
 * The national data set on PostgreSQL (BENCH_DATABASE_URL=postgres://…/postgres): a database
 * named kohtaamo_bench made on first use and kept. Returns its URL.
 */
async function postgresDataset(responses: number, shape: DataShape = 'national'): Promise<string> {
  const name = shape === 'national' ? 'kohtaamo_bench' : 'kohtaamo_bench_export';
  const serverUrl = process.env.BENCH_DATABASE_URL!;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const admin = new DataSource({ type: 'postgres', url: serverUrl });
  await admin.initialize();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).length > 0;
  if (exists && process.env.BENCH_REGENERATE) await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
  if (!exists || process.env.BENCH_REGENERATE) {
    await admin.query(`CREATE DATABASE ${name}`);
    const started = Date.now();
    const app = await createApp(loadConfig({ DATABASE_URL: url.toString(), DEMO_DATA: 'false', LOG_LEVEL: 'warn', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }));
    const counts = await generateSyntheticData(app.get(DataSource), responses, shape);
    await app.get(DataSource).query('ANALYZE');
    await app.close();
    const seconds = (Date.now() - started) / 1000;
    console.log(`generated ${name} on PostgreSQL: ${counts.responses} responses, ${counts.answers} answer rows in ${round(seconds, 1)} s`);
    record(shape === 'national' ? 'generate-postgres' : 'generate-postgres-export', { responses: counts.responses, answers: counts.answers, places: counts.places, seconds: round(seconds, 1) });
  }
  await admin.destroy();
  return url.toString();
}

/**
 * Validated POST /api/responses (group commit) against the bare endpoint that commits each
 * insert on its own, 16 concurrent clients. On SQLite the database is a fresh file; on
 * PostgreSQL (BENCH_DATABASE_URL) a fresh database kohtaamo_ingestion.
 */
async function ingestion(): Promise<void> {
  await ingestionOn('sqlite');
}

async function ingestionPostgres(): Promise<void> {
  if (!process.env.BENCH_DATABASE_URL) throw new Error('Set BENCH_DATABASE_URL=postgres://user:pass@host/postgres for the PostgreSQL benchmark.');
  await ingestionOn('postgres');
}

async function freshPostgresDatabase(name: string): Promise<string> {
  const serverUrl = process.env.BENCH_DATABASE_URL!;
  const admin = new DataSource({ type: 'postgres', url: serverUrl });
  await admin.initialize();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.destroy();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function ingestionOn(engine: 'sqlite' | 'postgres'): Promise<void> {
  // A small database: ingestion speed, not table size, is measured here; both runs share it.
  let env: Record<string, string>;
  if (engine === 'sqlite') {
    const path = join(benchDir, 'ingestion.sqlite');
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    env = { DATABASE_PATH: path };
  } else {
    env = { DATABASE_URL: await freshPostgresDatabase('kohtaamo_ingestion') };
  }
  const app = await createApp(loadConfig({ ...env, DEMO_DATA: 'false', LOG_LEVEL: 'warn' }));
  const place = { id: randomUUID(), slug: 'bench-ingestion' };
  await app.get(DataSource).getRepository(MeetingPlace).insert({ ...place, nameFi: 'Bench', nameSv: null, nameEn: null, municipalityCode: '092', serviceAreaId: null, address: null, active: true });
  await app.close();
  const answers = { felt_welcome: 5, peer_support: 4, children_play: 5, participation: 3, parenting_resources: 4, everyday_easier: 4, guidance_to_help: 5, loneliness: 2, visit_frequency: 'weekly', children_age_bands: ['0-2', '3-6'] };
  const body = (meetingPlace: string, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ surveyKey: 'visitor-survey', surveyVersion: 2, clientResponseId: randomUUID(), locale: 'fi', answers, meetingPlace, ...extra });
  const concurrency = 16;
  const seconds = Number(process.env.BENCH_SECONDS ?? 15);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const post = (url: string, payload: () => string) => () => fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: payload() });

  type Side = 'kohtaamo' | 'bare' | 'bareRows';
  const runs: Record<Side, LoadResult>[] = [];
  const bareOn = async (writer: 'typeorm' | 'rows', port: number) => {
    const bare = await startServer(bareJs, { ...env, BARE_WRITER: writer }, '/bare', port);
    const insert = post(`${bare.url}/bare`, () => body(place.slug, { meetingPlaceId: place.id }));
    await load(bare, insert, concurrency, 2);
    const result = await load(bare, insert, concurrency, seconds);
    await bare.stop();
    return result;
  };
  // Alternate the sides so drift on the (shared) machine hits them alike.
  for (let round_ = 0; round_ < rounds; round_++) {
    // Every request comes from one address here: lift the per-address limit of answers.
    const real = await startServer(mainJs, { ...env, DEMO_DATA: 'false', RESPONSE_RATE_LIMIT: '100000000' }, '/api/health', 3901);
    const validated = post(`${real.url}/api/responses`, () => body(place.slug));
    await load(real, validated, concurrency, 2); // warm-up
    const kohtaamo = await load(real, validated, concurrency, seconds);
    await real.stop();
    const bare = await bareOn('typeorm', 3902);
    const bareRows = await bareOn('rows', 3903);
    const failures = kohtaamo.failures + bare.failures + bareRows.failures;
    if (failures > 0) throw new Error(`ingestion had ${failures} failures`);
    runs.push({ kohtaamo, bare, bareRows });
    const describe = (r: LoadResult) =>
      `${round(r.rps, 0)}/s, p50 ${round(r.p50Ms, 1)} ms, p99 ${round(r.p99Ms, 1)} ms, server CPU ${round(r.serverCpuMsPerRequest)} ms/request, load generator CPU ${round(r.clientCpuMsPerRequest)} ms/request`;
    console.log(
      `ingestion on ${engine}, run ${round_ + 1}: POST /api/responses ${describe(kohtaamo)}; bare endpoint (TypeORM inserts) ${describe(bare)}; ` +
        `bare endpoint (the app's insert statements) ${describe(bareRows)}`,
    );
  }
  const of = (side: Side, key: keyof LoadResult) => median(runs.map((r) => r[side][key]));
  const ratio = median(runs.map((r) => r.kohtaamo.rps / r.bare.rps));
  const ratioSameWriter = median(runs.map((r) => r.kohtaamo.rps / r.bareRows.rps));
  record(engine === 'sqlite' ? 'ingestion' : 'ingestion-postgres', {
    kohtaamoPerSecond: round(of('kohtaamo', 'rps'), 0),
    barePerSecond: round(of('bare', 'rps'), 0),
    ratio: round(ratio),
    target: '>= 2',
    bareSameWriterPerSecond: round(of('bareRows', 'rps'), 0),
    ratioSameWriter: round(ratioSameWriter),
    kohtaamoP50Ms: round(of('kohtaamo', 'p50Ms'), 1),
    kohtaamoP99Ms: round(of('kohtaamo', 'p99Ms'), 1),
    bareP50Ms: round(of('bare', 'p50Ms'), 1),
    bareP99Ms: round(of('bare', 'p99Ms'), 1),
    bareSameWriterP50Ms: round(of('bareRows', 'p50Ms'), 1),
    bareSameWriterP99Ms: round(of('bareRows', 'p99Ms'), 1),
    serverCpuMsPerValidatedRequest: round(of('kohtaamo', 'serverCpuMsPerRequest')),
    serverCpuMsPerBareRequest: round(of('bare', 'serverCpuMsPerRequest')),
    serverCpuMsPerBareSameWriterRequest: round(of('bareRows', 'serverCpuMsPerRequest')),
    loadGeneratorCpuMsPerRequest: round(of('kohtaamo', 'clientCpuMsPerRequest')),
    concurrency,
    seconds,
    rounds,
  });
  console.log(`ingestion ratio on ${engine} against the bare endpoint with the app's own insert statements: ${round(ratioSameWriter)}`);
  console.log(`ingestion ratio on ${engine} (validated with group commit / bare one-commit-per-insert throughput, median of ${rounds} runs, target >= 2): ${round(ratio)}`);
}

/**
 * fetch, once more if the kept-alive socket it reused was closed by the server just then (its
 * 5 s keepAliveTimeout ran out during the baseline's run): the request never reached the server,
 * so sending it again measures the same thing.
 */
async function fetchOnFreshSocket(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== 'UND_ERR_SOCKET') throw error;
    return fetch(url, init);
  }
}

async function login(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) });
  if (!res.ok) throw new Error(`bench login failed: ${res.status}`);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

function rssKiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]);
}

/**
 * responses.csv of a million rows against the database's own CSV writer on the same query:
 * the sqlite3 shell (`sqlite3 -csv`), or psql's `\copy (…) to stdout csv` on PostgreSQL.
 */
async function exportBenchmark(): Promise<void> {
  await exportOn('sqlite');
}

async function exportPostgres(): Promise<void> {
  if (!process.env.BENCH_DATABASE_URL) throw new Error('Set BENCH_DATABASE_URL=postgres://user:pass@host/postgres for the PostgreSQL benchmark.');
  await exportOn('postgres');
}

async function exportOn(engine: 'sqlite' | 'postgres'): Promise<void> {
  const env: Record<string, string> =
    engine === 'sqlite' ? { DATABASE_PATH: await dataset('export-1m', RESPONSES, 'one-export') } : { DATABASE_URL: await postgresDataset(RESPONSES, 'one-export') };
  const db = new DataSource(engine === 'sqlite' ? { type: 'sqlite', database: env.DATABASE_PATH } : { type: 'postgres', url: env.DATABASE_URL });
  await db.initialize();
  const [{ year, n }] = await db.query("SELECT period_year AS year, COUNT(*) AS n FROM response WHERE survey_key = 'instant-feedback' GROUP BY period_year ORDER BY n DESC LIMIT 1");
  await db.destroy();
  const query = `SELECT id, survey_key, survey_version, meeting_place_id, locale, period_year, period_half, answers FROM response WHERE survey_key = 'instant-feedback' AND period_year = ${year} ORDER BY id`;
  const baselineCommand =
    engine === 'sqlite'
      ? `sqlite3 -csv -header "${env.DATABASE_PATH}" "${query}" > /dev/null`
      : `psql "${env.DATABASE_URL}" -c "\\copy (${query}) to stdout csv header" > /dev/null`;
  const tool = engine === 'sqlite' ? 'sqlite3' : 'psql';
  if (spawnSync(tool, ['--version']).status !== 0) throw new Error(`The export benchmark compares with the ${tool} command line tool: apt-get install -y ${engine === 'sqlite' ? 'sqlite3' : 'postgresql-client'}`);

  const server = await startServer(mainJs, { ...env, DEMO_DATA: 'false', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }, '/api/health', 3903);
  const cookie = await login(server.url);
  const exportUrl = `${server.url}/api/exports/responses.csv?survey=instant-feedback&period=${year}`;
  const download = () => downloadOnce(exportUrl, cookie);
  const baselineRun = () => {
    const started = performance.now();
    const result = spawnSync('sh', ['-c', baselineCommand]);
    if (result.status !== 0) throw new Error(String(result.stderr));
    return performance.now() - started;
  };
  await download(); // warm-up: caches, JIT
  baselineRun();
  const baseRss = rssKiB(server.child.pid!);
  let peakRss = baseRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssKiB(server.child.pid!))), 25);
  const kohtaamo: number[] = [];
  const baseline: number[] = [];
  let bytes = 0;
  // Alternate the two so drift on the (shared) machine hits both alike.
  const runs = Number(process.env.BENCH_ROUNDS ?? 3);
  for (let i = 0; i < runs; i++) {
    const run = await download();
    kohtaamo.push(run.ms);
    bytes = run.bytes;
    baseline.push(baselineRun());
  }
  clearInterval(sampler);
  await server.stop();
  const ratio = median(kohtaamo.map((ms, i) => ms / baseline[i]));
  const growthMiB = (peakRss - baseRss) / 1024;
  const baselineKey = engine === 'sqlite' ? 'sqlite3CliMs' : 'psqlCopyMs';
  record(engine === 'sqlite' ? 'export' : 'export-postgres', { rows: Number(n), megabytes: round(bytes / 1e6, 1), kohtaamoMs: round(median(kohtaamo), 0), [baselineKey]: round(median(baseline), 0), ratio: round(ratio), target: '<= 2', rssGrowthMiB: round(growthMiB, 1), memoryTarget: '< 100 MiB' });
  console.log(`export of ${n} rows on ${engine}: Kohtaamo ${kohtaamo.map((ms) => round(ms, 0)).join(', ')} ms; ${tool} ${baseline.map((ms) => round(ms, 0)).join(', ')} ms; memory growth ${round(growthMiB, 1)} MiB`);
  console.log(`export ratio on ${engine} (responses.csv / ${tool} time on the same query, median of ${runs} alternating runs, target <= 2): ${round(ratio)}`);
}

/** One download, read as fast as the client can: its time and its size. */
async function downloadOnce(url: string, cookie: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const res = await fetchOnFreshSocket(url, { headers: { Cookie: cookie } });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  let bytes = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
  return { ms: performance.now() - started, bytes };
}

/** The export data set: its busiest year of instant feedback (a million rows by default). */
async function exportDataset(): Promise<{ path: string; year: number; n: number }> {
  const path = await dataset('export-1m', RESPONSES, 'one-export');
  const db = new DataSource({ type: 'sqlite', database: path });
  await db.initialize();
  const [{ year, n }] = await db.query("SELECT period_year AS year, COUNT(*) AS n FROM response WHERE survey_key = 'instant-feedback' GROUP BY period_year ORDER BY n DESC LIMIT 1");
  await db.destroy();
  return { path, year: Number(year), n: Number(n) };
}

/**
 * Downloads `path` three times after a warm-up, reading as fast as the client can, while the
 * server's resident memory is sampled every 25 ms: the median time and the peak growth.
 */
async function timedDownloads(server: Server, cookie: string, path: string): Promise<{ ms: number; bytes: number; growthMiB: number }> {
  const download = () => downloadOnce(server.url + path, cookie);
  await download(); // warm-up: caches, JIT
  const baseRss = rssKiB(server.child.pid!);
  let peakRss = baseRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssKiB(server.child.pid!))), 25);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 3; i++) {
    const run = await download();
    times.push(run.ms);
    bytes = run.bytes;
  }
  clearInterval(sampler);
  return { ms: median(times), bytes, growthMiB: (peakRss - baseRss) / 1024 };
}

async function exportServer(path: string): Promise<{ server: Server; cookie: string }> {
  const server = await startServer(mainJs, { DATABASE_PATH: path, DEMO_DATA: 'false', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }, '/api/health', 3903);
  return { server, cookie: await login(server.url) };
}

/** responses.xlsx of the same million rows: memory must stay flat; its time is reported beside the CSV's. */
async function exportXlsxBenchmark(): Promise<void> {
  const { path, year, n } = await exportDataset();
  const { server, cookie } = await exportServer(path);
  const xlsx = await timedDownloads(server, cookie, `/api/exports/responses.xlsx?survey=instant-feedback&period=${year}`);
  const csv = await timedDownloads(server, cookie, `/api/exports/responses.csv?survey=instant-feedback&period=${year}`);
  await server.stop();
  const ratio = xlsx.ms / csv.ms;
  record('export-xlsx', {
    rows: n,
    megabytes: round(xlsx.bytes / 1e6, 1),
    xlsxMs: round(xlsx.ms, 0),
    csvMs: round(csv.ms, 0),
    ratio: round(ratio),
    rssGrowthMiB: round(xlsx.growthMiB, 1),
    memoryTarget: '< 100 MiB',
  });
  console.log(`responses.xlsx of ${n} rows: ${round(xlsx.ms, 0)} ms, ${round(xlsx.bytes / 1e6, 1)} MB, memory growth ${round(xlsx.growthMiB, 1)} MiB; responses.csv ${round(csv.ms, 0)} ms`);
  console.log(`export-xlsx ratio (responses.xlsx / responses.csv time, reported): ${round(ratio)}`);
}

async function pageWeight(): Promise<void> {
  const { chromium } = await import('playwright-core');
  const path = join(benchDir, 'page-weight.sqlite');
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const server = await startServer(mainJs, { DATABASE_PATH: path, DEMO_DATA: 'true' }, '/api/health', 3904);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  const sizes: { url: string; bytes: number }[] = [];
  page.on('requestfinished', async (request) => {
    const s = await request.sizes();
    sizes.push({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize });
  });
  await page.goto(`${server.url}/s/koivukyla/visitor-survey`, { waitUntil: 'networkidle' });
  await browser.close();
  await server.stop();
  const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
  for (const s of sizes) console.log(`  ${String(s.bytes).padStart(8)} B  ${s.url.replace(server.url, '')}`);
  record('page-weight', { kilobytes: round(total / 1000, 1), requests: sizes.length, ratio: round(total / 1000 / 350), target: '<= 350 kB (ratio <= 1)' });
  console.log(`page weight of /s/koivukyla/visitor-survey: ${round(total / 1000, 1)} kB transferred in ${sizes.length} requests`);
  console.log(`page weight ratio (transferred / 350 kB, target <= 1): ${round(total / 1000 / 350)}`);
}

/**
 * Everything the kiosk page loads (issue #18: at most 60 kB compressed), from opening its setup
 * link to the faces, on a tablet with cold caches: the page is plain DOM, without React or
 * survey-core.
 */
async function kioskWeight(): Promise<void> {
  const { chromium } = await import('playwright-core');
  const path = join(benchDir, 'kiosk-weight.sqlite');
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const server = await startServer(mainJs, { DATABASE_PATH: path, DEMO_DATA: 'true' }, '/api/health', 3906);
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'coordinator@kohtaamo.example', password: 'demo-coordinator-2026' }),
  });
  const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]);
  const csrf = cookies.find((c) => c.startsWith('csrf-token='))!.split('=')[1];
  const registered = await fetch(`${server.url}/api/meeting-places/koivukyla/kiosks`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookies.join('; '), 'X-CSRF-Token': csrf },
    body: JSON.stringify({ name: 'Bench', pin: '4071' }),
  });
  const { setupUrl } = (await registered.json()) as { setupUrl: string };
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  // Every request's sizes are read before the browser closes (a late one would count 0).
  const measured: Promise<{ url: string; bytes: number }>[] = [];
  page.on('requestfinished', (request) => {
    measured.push(request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize })));
  });
  await page.goto(`${server.url}${setupUrl}`);
  await page.locator('#kiosk-question').waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  const sizes = await Promise.all(measured);
  await browser.close();
  await server.stop();
  const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
  for (const s of sizes) console.log(`  ${String(s.bytes).padStart(8)} B  ${s.url.replace(server.url, '')}`);
  record('kiosk-weight', { kilobytes: round(total / 1000, 1), requests: sizes.length, ratio: round(total / 1000 / 60), target: '<= 60 kB (ratio <= 1)' });
  console.log(`kiosk page weight: ${round(total / 1000, 1)} kB transferred in ${sizes.length} requests`);
  console.log(`kiosk weight ratio (transferred / 60 kB, target <= 1): ${round(total / 1000 / 60)}`);
}

/**
 * A family on a slow mobile network (Chromium's CDP: 400 kbit/s each way, 400 ms round trip,
 * cold caches): when the privacy notice is painted, when the first question can be answered
 * (tapping Start as soon as it shows), and how many compressed bytes /s/<place>/<survey> loads.
 * Targets: notice ≤ 2 s, first question ≤ 8 s, ≤ 300 kB.
 */
async function slowNetwork(): Promise<void> {
  const { chromium } = await import('playwright-core');
  const path = join(benchDir, 'slow-network.sqlite');
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const server = await startServer(mainJs, { DATABASE_PATH: path, DEMO_DATA: 'true' }, '/api/health', 3905);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'] });
  const runs: Array<{ noticeMs: number; questionMs: number; kilobytes: number }> = [];
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'fi-FI', serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 400,
      downloadThroughput: (400 * 1000) / 8,
      uploadThroughput: (400 * 1000) / 8,
    });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => (bytes += event.encodedDataLength));
    await page.goto(`${server.url}/s/koivukyla/visitor-survey`, { waitUntil: 'commit' });
    await page.locator('.privacy-notice h2').waitFor();
    const noticeMs = await page.evaluate<number>('performance.now()');
    await page.locator('.privacy-notice button').click();
    // The first question's first control, whichever renderer shows it (both mark a question with data-name).
    await page.locator('.survey-host [data-name] input').first().waitFor({ state: 'attached' });
    const questionMs = await page.evaluate<number>('performance.now()');
    await page.waitForLoadState('networkidle');
    runs.push({ noticeMs, questionMs, kilobytes: bytes / 1000 });
    await context.close();
  }
  await browser.close();
  await server.stop();
  const notice = median(runs.map((r) => r.noticeMs));
  const question = median(runs.map((r) => r.questionMs));
  const kilobytes = median(runs.map((r) => r.kilobytes));
  const ratio = Math.max(notice / 2000, question / 8000, kilobytes / 300);
  record('slow-network', {
    noticeMs: round(notice, 0),
    firstQuestionMs: round(question, 0),
    kilobytes: round(kilobytes, 1),
    ratio: round(ratio),
    target: 'notice <= 2 s, first question <= 8 s, <= 300 kB at 400 kbit/s and 400 ms RTT (worst ratio <= 1)',
  });
  console.log(`slow network: privacy notice at ${round(notice / 1000)} s, first question at ${round(question / 1000)} s, ${round(kilobytes, 1)} kB`);
  console.log(`slow-network ratio (worst of notice/2 s, question/8 s, bytes/300 kB; target <= 1): ${round(ratio)}`);
}

/**
 * The region dashboard's main request (places × indicators of region 04, with the change from
 * last year) against the same aggregate as plain SQL run directly on the database: the GROUP
 * BY of every indicator item of every instrument over this year and last year.
 */
async function indicators(): Promise<void> {
  await indicatorsOn('sqlite');
}

async function indicatorsPostgres(): Promise<void> {
  if (!process.env.BENCH_DATABASE_URL) throw new Error('Set BENCH_DATABASE_URL=postgres://user:pass@host/postgres for the PostgreSQL benchmark.');
  await indicatorsOn('postgres');
}

async function indicatorsOn(engine: 'sqlite' | 'postgres'): Promise<void> {
  const database =
    engine === 'sqlite'
      ? { env: { DATABASE_PATH: await dataset('responses-1m', RESPONSES) } as Record<string, string> }
      : { env: { DATABASE_URL: await postgresDataset(RESPONSES) } as Record<string, string> };
  const year = new Date().getUTCFullYear();
  const byInstrument = new Map<string, Set<string>>();
  for (const indicator of INDICATOR_CATALOGUE) {
    const items = byInstrument.get(indicator.instrument) ?? new Set<string>();
    for (const item of itemNamesOf(indicator)) items.add(item);
    byInstrument.set(indicator.instrument, items);
  }
  const statements = [year, year - 1].flatMap((y) =>
    [...byInstrument].map(([instrument, items]) =>
      [...items]
        .map(
          (item) =>
            `SELECT question_name, period_half, meeting_place_id, value_number, COUNT(*) FROM response_answer WHERE survey_key = '${instrument}' AND question_name = '${item}' AND period_year = ${y} AND value_number IS NOT NULL GROUP BY question_name, period_year, period_half, meeting_place_id, value_number`,
        )
        .join(' UNION ALL '),
    ),
  );
  const db = new DataSource(engine === 'sqlite' ? { type: 'sqlite', database: database.env.DATABASE_PATH } : { type: 'postgres', url: database.env.DATABASE_URL });
  await db.initialize();
  const plain = async () => {
    const started = performance.now();
    for (const sql of statements) await db.query(sql);
    return performance.now() - started;
  };
  await plain();
  const baseline: number[] = [];
  for (let i = 0; i < 7; i++) baseline.push(await plain());
  await db.destroy();

  const server = await startServer(mainJs, { ...database.env, DEMO_DATA: 'false', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }, '/api/health', 3905);
  const cookie = await login(server.url);
  const url = `${server.url}/api/indicators/comparison?level=region&code=04&period=${year}&childLevel=meeting-place`;
  const timed = async () => {
    const started = performance.now();
    const res = await fetch(url, { headers: { Cookie: cookie } });
    if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
    await res.json();
    return performance.now() - started;
  };
  const cold = await timed();
  const warm: number[] = [];
  for (let i = 0; i < 7; i++) warm.push(await timed());
  await server.stop();
  const ratio = median(warm) / median(baseline);
  record(engine === 'sqlite' ? 'indicators' : 'indicators-postgres', {
    regionDashboardColdMs: round(cold, 0),
    regionDashboardWarmMs: round(median(warm), 0),
    plainSqlMs: round(median(baseline), 0),
    ratio: round(ratio),
    coldRatio: round(cold / median(baseline)),
    target: '<= 1.5 and well under a second',
  });
  console.log(`region dashboard at ${RESPONSES} responses on ${engine}: first request ${round(cold, 0)} ms, then ${round(median(warm), 0)} ms; plain SQL ${round(median(baseline), 0)} ms`);
  console.log(`indicators ratio on ${engine} (region dashboard / plain SQL time, target <= 1.5): ${round(ratio)}`);
}

/**
 * Releases at scale: every due release of one instrument computed on the national data set
 * (all levels: country, regions, municipalities, service areas, places; all its indicators;
 * each audited against the earlier releases of its year), against the plain SQL aggregate
 * the release reads: one GROUP BY of the instrument's items per place and value over the
 * release's window. The release's time is split into its own read (the atom GROUP BY), the
 * audit (reports/release-audit.ts) and, inside it, the HiGHS solves of the bound check.
 * The data set is copied first: releases are stored.
 */
async function releasesBenchmark(): Promise<void> {
  for (const surveyKey of (process.env.BENCH_RELEASE_SURVEYS ?? 'visitor-survey,instant-feedback').split(',')) await releasesOf(surveyKey);
}

async function releasesOf(surveyKey: string): Promise<void> {
  // BENCH_RELEASE_SOURCE: another SQLite data set of the same shape (a smaller one, to try the benchmark).
  const source = process.env.BENCH_RELEASE_SOURCE ?? (await dataset('responses-1m', RESPONSES));
  const path = join(benchDir, 'releases.sqlite');
  for (const suffix of ['', '-wal', '-shm']) {
    rmSync(path + suffix, { force: true });
    if (existsSync(source + suffix)) copyFileSync(source + suffix, path + suffix);
  }
  const app = await createApp(loadConfig({ DATABASE_PATH: path, DEMO_DATA: 'false', LOG_LEVEL: 'warn' }));
  const dataSource = app.get(DataSource);
  const service = app.get(ReleasesService);

  // Timers around the steps of one release (private methods, wrapped from outside for the measurement only).
  type Subject = { subject: string; start: Date; end: Date; indicators: { key: string }[] };
  // auditCpu: the audit is synchronous JavaScript, so the process's CPU time while it runs is its
  // own, a steadier measure than wall time on a machine shared with other work.
  const spent = { read: 0, audit: 0, auditCpu: 0, solve: 0, solves: 0 };
  const restores: (() => void)[] = [];
  const wrap = <T extends object>(target: T, name: string, after: (ms: number, cpuMs: number) => void) => {
    const methods = target as unknown as Record<string, (...args: unknown[]) => unknown>;
    const original = methods[name];
    restores.push(() => (methods[name] = original));
    methods[name] = function (this: unknown, ...args: unknown[]) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const result = original.apply(this, args);
      if (result instanceof Promise) return result.finally(() => after(performance.now() - started, 0));
      const used = process.cpuUsage(cpu);
      after(performance.now() - started, (used.user + used.system) / 1000);
      return result;
    };
  };
  wrap(ReleasesService.prototype, 'readAtoms', (ms) => (spent.read += ms));
  wrap(releaseAudit, 'auditRelease', (ms, cpuMs) => {
    spent.audit += ms;
    spent.auditCpu += cpuMs;
  });
  wrap(BoundProgram.prototype, 'run', (ms) => {
    spent.solve += ms;
    spent.solves++;
  });
  const computed: { subject: Subject; ms: number; cpuMs: number; read: number; audit: number; solve: number; solves: number }[] = [];
  const methods = ReleasesService.prototype as unknown as Record<string, (subject: Subject) => Promise<void>>;
  const compute = methods.compute;
  methods.compute = async function (this: ReleasesService, subject: Subject) {
    const before = { ...spent };
    const started = performance.now();
    const cpu = process.cpuUsage();
    await compute.call(this, subject);
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
    computed.push({ subject, ms, cpuMs: (used.user + used.system) / 1000, read: spent.read - before.read, audit: spent.audit - before.audit, solve: spent.solve - before.solve, solves: spent.solves - before.solves });
    console.log(`  ${surveyKey} ${subject.subject}: ${round(ms / 1000, 1)} s (read ${round((spent.read - before.read) / 1000, 1)} s, audit ${round((spent.audit - before.audit) / 1000, 1)} s, ${round((spent.auditCpu - before.auditCpu) / 1000, 1)} s of CPU, of which ${spent.solves - before.solves} HiGHS solves ${round((spent.solve - before.solve) / 1000, 1)} s)`);
  };
  const started = performance.now();
  await service.ensureReleases(surveyKey);
  const totalMs = performance.now() - started;
  methods.compute = compute;
  for (const restore of restores) restore();
  if (computed.length === 0) throw new Error(`No release of ${surveyKey} was due on the national data set.`);

  // The plain aggregate over each release's window, run the same number of times on the same connection.
  const items = [...new Set(INDICATOR_CATALOGUE.filter((i) => i.instrument === surveyKey).flatMap(itemNamesOf))];
  const plain = async (subject: Subject) => {
    const [sql, values] = dataSource.driver.escapeQueryWithParameters(
      'SELECT r.meeting_place_id, a.question_name, a.value_number, COUNT(*) AS answers FROM response_answer a JOIN response r ON r.id = a.response_id ' +
        'WHERE r.survey_key = :surveyKey AND r.answered_at >= :start AND r.answered_at < :end AND a.question_name IN (:...items) AND a.value_number IS NOT NULL ' +
        'GROUP BY r.meeting_place_id, a.question_name, a.value_number',
      { surveyKey, start: toSqlInstant(dataSource, subject.start), end: toSqlInstant(dataSource, subject.end), items },
      {},
    );
    const t0 = performance.now();
    const cpu = process.cpuUsage();
    await dataSource.query(sql, values);
    const used = process.cpuUsage(cpu);
    return { ms: performance.now() - t0, cpuMs: (used.user + used.system) / 1000 };
  };
  const plainMs: number[] = [];
  const plainCpuMs: number[] = [];
  for (const release of computed) {
    await plain(release.subject); // warm
    const runs = [await plain(release.subject), await plain(release.subject), await plain(release.subject)];
    plainMs.push(median(runs.map((r) => r.ms)));
    plainCpuMs.push(median(runs.map((r) => r.cpuMs)));
  }
  await app.close();
  const year = computed.map((c, i) => ({ ...c, plain: plainMs[i] })).filter((c) => !c.subject.subject.includes('-H') && !c.subject.subject.startsWith('round:'));
  const headline = year[year.length - 1] ?? { ...computed[computed.length - 1], plain: plainMs[plainMs.length - 1] };
  const sumPlain = plainMs.reduce((a, b) => a + b, 0);
  const sum = (key: 'read' | 'audit' | 'solve') => computed.reduce((total, c) => total + c[key], 0);
  const responses = await responsesCount(path);
  record(surveyKey === 'visitor-survey' ? 'releases' : `releases-${surveyKey}`, {
    responses,
    releases: computed.length,
    totalMs: round(totalMs, 0),
    plainSqlMs: round(sumPlain, 0),
    ratio: round(totalMs / sumPlain),
    cpuMs: round(computed.reduce((total, c) => total + c.cpuMs, 0), 0),
    plainSqlCpuMs: round(plainCpuMs.reduce((a, b) => a + b, 0), 0),
    cpuRatio: round(computed.reduce((total, c) => total + c.cpuMs, 0) / plainCpuMs.reduce((a, b) => a + b, 0)),
    readMs: round(sum('read'), 0),
    auditMs: round(sum('audit'), 0),
    auditCpuMs: round(spent.auditCpu, 0),
    highsSolveMs: round(sum('solve'), 0),
    highsSolves: computed.reduce((total, c) => total + c.solves, 0),
    yearRelease: headline.subject.subject,
    yearReleaseMs: round(headline.ms, 0),
    yearPlainSqlMs: round(headline.plain, 0),
    yearRatio: round(headline.ms / headline.plain),
  });
  console.log(`releases of ${surveyKey} at ${responses} responses: ${computed.length} releases in ${round(totalMs / 1000, 1)} s; plain SQL ${round(sumPlain / 1000, 1)} s; read ${round(sum('read') / 1000, 1)} s, audit ${round(sum('audit') / 1000, 1)} s (HiGHS ${round(sum('solve') / 1000, 1)} s)`);
  console.log(
    `releases ratio (every due release of ${surveyKey} / the plain SQL aggregate over the same windows, reported): ${round(totalMs / sumPlain)} in time, ${round(computed.reduce((total, c) => total + c.cpuMs, 0) / plainCpuMs.reduce((a, b) => a + b, 0))} in CPU`,
  );
}

async function responsesCount(path: string): Promise<number> {
  const db = new DataSource({ type: 'sqlite', database: path });
  await db.initialize();
  const [{ n }] = await db.query('SELECT COUNT(*) AS n FROM response');
  await db.destroy();
  return Number(n);
}

function writeReport(): void {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}`;
  const generated = [`${GENERATED_MARKER}: do not edit below -->`, '', `Machine: ${machine}.`, '', '| benchmark | results | measured |', '|---|---|---|', ...resultsTableRows(readResults()), ''].join('\n');
  const existing = existsSync(benchmarksDoc) ? readFileSync(benchmarksDoc, 'utf8') : '# Benchmarks\n\n';
  const head = existing.split(GENERATED_MARKER)[0];
  mkdirSync(join(root, 'docs'), { recursive: true });
  writeFileSync(benchmarksDoc, head + generated);
}

const BENCHMARKS: Record<string, () => Promise<void>> = {
  generate: async () => void (await dataset('responses-1m', RESPONSES)),
  'generate-export': async () => void (await dataset('export-1m', RESPONSES, 'one-export')),
  ingestion,
  'ingestion-postgres': ingestionPostgres,
  indicators,
  'indicators-postgres': indicatorsPostgres,
  export: exportBenchmark,
  'export-postgres': exportPostgres,
  'export-xlsx': exportXlsxBenchmark,
  'generate-postgres-export': async () => void (await postgresDataset(RESPONSES, 'one-export')),
  'page-weight': pageWeight,
  'slow-network': slowNetwork,
  'kiosk-weight': kioskWeight,
  releases: releasesBenchmark,
};

async function main(): Promise<void> {
  const postgres = process.env.BENCH_DATABASE_URL ? ['ingestion-postgres', 'indicators-postgres', 'export-postgres'] : [];
  const defaults = ['ingestion', 'indicators', 'export', 'export-xlsx', 'page-weight', 'slow-network', 'kiosk-weight', ...postgres];
  const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : defaults;
  for (const name of chosen) {
    if (!BENCHMARKS[name]) throw new Error(`Unknown benchmark "${name}": ${Object.keys(BENCHMARKS).join(', ')}`);
    console.log(`\n=== ${name} ===`);
    await BENCHMARKS[name]();
  }
  writeReport();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

