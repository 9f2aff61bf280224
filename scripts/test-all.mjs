// npm test: every tier in order, then one summary line "N passed, N failed" over all of them.
//   typecheck  tsc over api, web, test and scripts (ts-jest and vite do not check types)
//   lint       ESLint, no warnings allowed
//   unit       colocated *.spec.ts (pure logic, survey definitions)
//   api        test/api over HTTP against a migrated SQLite file
//   api-pg     the same suite on PostgreSQL, when TEST_DATABASE_URL is set (CI sets it)
//   unit@…, api@…  unit and API tiers again with the process clock moved to each instant in
//              TEST_AT (space-separated ISO instants; CI sets three), on SQLite, via libfaketime
//   web        test/web in Chromium against the built app; skipped when Chromium is missing,
//              unless REQUIRE_BROWSER=true (CI), which makes a missing browser a failure
// Extra arguments go to every jest run, e.g. `npm test -- -t login`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const extra = process.argv.slice(2);
const outDir = mkdtempSync(join(tmpdir(), 'kohtaamo-jest-'));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_INSTALL = 'sudo apt-get install -y chromium';
const FAKETIME_INSTALL = 'sudo apt-get install -y faketime';
const results = [];

/**
 * A jest tier: its passed and failed tests from jest's JSON report. `launcher` runs node
 * (faketime moves its clock); plain node by default.
 */
function jestTier(name, args, { env = {}, launcher = [process.execPath] } = {}) {
  console.log(`\n=== ${name} ===`);
  const outputFile = join(outDir, `${name.replace(/[^\w-]/g, '_')}.json`);
  const started = Date.now();
  const [command, ...prefix] = launcher;
  const child = spawnSync(command, [...prefix, join(root, 'node_modules/.bin/jest'), ...args, '--json', `--outputFile=${outputFile}`, ...extra], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  let passed = 0;
  let failed = 0;
  if (existsSync(outputFile)) {
    const report = JSON.parse(readFileSync(outputFile, 'utf8'));
    passed = report.numPassedTests;
    // A suite that fails to load counts as a failure even though it ran no test.
    failed = report.numFailedTests + report.numRuntimeErrorTestSuites;
  } else if (child.status !== 0) {
    failed = 1;
  }
  if (child.status !== 0 && failed === 0) failed = 1;
  results.push({ name, passed, failed, note: `${Math.round((Date.now() - started) / 1000)} s` });
}

/** A check that passes or fails as a whole (type check, lint, build): one count. */
function checkTier(name, command, args) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const ok = spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status === 0;
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, note: `${Math.round((Date.now() - started) / 1000)} s` });
  return ok;
}

function skipTier(name, reason, required) {
  console.log(`\n=== ${name} ===\n${reason}`);
  results.push({ name, passed: 0, failed: required ? 1 : 0, skipped: required ? 0 : 1, note: reason });
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** The instants of TEST_AT, e.g. "2027-01-01T00:30+02:00 2027-07-01T00:30+03:00". */
function movedInstants() {
  const words = (process.env.TEST_AT ?? '').split(/\s+/).filter(Boolean);
  return words.map((word) => {
    const at = new Date(word);
    if (Number.isNaN(at.getTime())) throw new Error(`TEST_AT: "${word}" is not an ISO instant such as 2027-01-01T00:30+02:00`);
    return { label: word, at };
  });
}

const jest = (project) => ['--selectProjects', project, ...(project === 'unit' ? [] : ['--runInBand'])];

checkTier('typecheck', 'npm', ['run', '--silent', 'typecheck']);
checkTier('lint', 'npm', ['run', '--silent', 'lint']);
jestTier('unit', jest('unit'));
const built = checkTier('build', 'npm', ['run', '--silent', 'build']);
jestTier('api', jest('api'), { env: { TEST_DATABASE_URL: '' } });
if (process.env.TEST_DATABASE_URL) jestTier('api-pg', jest('api'), { env: { TEST_DATABASE_URL: process.env.TEST_DATABASE_URL } });

const moved = movedInstants();
if (moved.length > 0 && !onPath('faketime')) {
  skipTier('moved-clock', `TEST_AT is set but libfaketime is missing: ${FAKETIME_INSTALL}`, true);
} else {
  for (const { label, at } of moved) {
    for (const project of ['unit', 'api']) {
      // A relative offset, computed as the tier starts, means the same instant in any time zone.
      const offsetSeconds = Math.round((at.getTime() - Date.now()) / 1000);
      const offset = `${offsetSeconds >= 0 ? '+' : ''}${offsetSeconds}s`;
      jestTier(`${project}@${label}`, jest(project), { env: { TEST_DATABASE_URL: '' }, launcher: ['faketime', '-f', offset, process.execPath] });
    }
  }
}

if (!existsSync(chromiumPath)) {
  const required = process.env.REQUIRE_BROWSER === 'true';
  skipTier('web', `Chromium is not at ${chromiumPath}: install it with \`${CHROMIUM_INSTALL}\` (or set CHROMIUM_PATH).`, required);
} else if (built) {
  jestTier('web', jest('web'));
}

console.log('\n=== summary ===');
for (const r of results) {
  const counts = r.skipped ? 'skipped' : `${r.passed} passed, ${r.failed} failed`;
  console.log(`${r.name.padEnd(32)} ${counts} (${r.note})`);
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
const skipped = results.filter((r) => r.skipped);
// "N skipped" counts whole tiers; the tier table above says which and how to install what they need.
console.log(`${passed} passed, ${failed} failed${skipped.length > 0 ? `, ${skipped.length} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
