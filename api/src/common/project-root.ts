import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The repository root (where package.json lives), found from this file so that the built app
 * (dist/api/src/…) and the tests (api/src/…) read survey-definitions/ and dist/web alike.
 */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}
