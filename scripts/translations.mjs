// npm run translations -- export|import …: compiles the translation command, then runs it.
// Its output goes to stdout only for `export` without --out (use `npm run --silent` then, or
// npm's own banner lands in the workbook).
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const compile = spawnSync('npx', ['tsc', '-p', 'scripts/translations/tsconfig.json'], { cwd: root, stdio: ['ignore', 2, 2] });
if (compile.status !== 0) process.exit(compile.status ?? 1);
const run = spawnSync(process.execPath, [`${root}dist/translations/scripts/translations/cli.js`, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
