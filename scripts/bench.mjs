// npm run bench [-- names…]: builds the app and the benchmark code, then runs scripts/bench/run.ts.
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const step = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
step('npm', ['run', 'build']);
step('npx', ['tsc', '-p', 'scripts/bench/tsconfig.json']);
step(process.execPath, ['dist/bench/scripts/bench/run.js', ...process.argv.slice(2)]);
