// npm test: every tier in order, then one summary line "N passed, N failed" over all of them.
//   unit     colocated *.spec.ts (pure logic, survey definitions)
//   api      test/api over HTTP against a migrated SQLite file
//   api-pg   the same suite on PostgreSQL, when TEST_DATABASE_URL is set (CI sets it)
//   web      test/web in Chromium against the built app (needs /usr/bin/chromium)
// Extra arguments go to every jest run, e.g. `npm test -- -t login`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const extra = process.argv.slice(2);
const outDir = mkdtempSync(join(tmpdir(), 'kohtaamo-jest-'));
const results = [];

function run(name, command, args, env = {}) {
  console.log(`\n=== ${name} ===`);
  const outputFile = join(outDir, `${name}.json`);
  const started = Date.now();
  const child = spawnSync(command, [...args, '--json', `--outputFile=${outputFile}`, ...extra], {
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
  results.push({ name, passed, failed, seconds: Math.round((Date.now() - started) / 1000) });
}

function build() {
  console.log('\n=== build ===');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) results.push({ name: 'build', passed: 0, failed: 1, seconds: 0 });
  return result.status === 0;
}

const jest = [join(root, 'node_modules/.bin/jest')];
run('unit', process.execPath, [...jest, '--selectProjects', 'unit']);
const built = build();
run('api', process.execPath, [...jest, '--selectProjects', 'api', '--runInBand'], { TEST_DATABASE_URL: '' });
if (process.env.TEST_DATABASE_URL) {
  run('api-pg', process.execPath, [...jest, '--selectProjects', 'api', '--runInBand'], { TEST_DATABASE_URL: process.env.TEST_DATABASE_URL });
}
if (built) run('web', process.execPath, [...jest, '--selectProjects', 'web', '--runInBand']);

console.log('\n=== summary ===');
for (const r of results) console.log(`${r.name.padEnd(8)} ${r.passed} passed, ${r.failed} failed (${r.seconds} s)`);
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
