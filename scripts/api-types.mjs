// npm run api-types: regenerates web/src/lib/api-schema.d.ts from the API's OpenAPI document.
// Compiles the generator (it boots the Nest app, whose decorators need tsc's metadata), then runs it.
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const compile = spawnSync('npx', ['tsc', '-p', 'scripts/api-types/tsconfig.json'], { cwd: root, stdio: ['ignore', 2, 2] });
if (compile.status !== 0) process.exit(compile.status ?? 1);
const run = spawnSync(process.execPath, [`${root}dist/api-types/scripts/api-types/cli.js`], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
