import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config/app-config';
import { BackupError, backupSqlite, restoreSqlite } from './backup';

/**
 * `npm run backup -- <file>` and `npm run restore -- <file>` (after `npm run build`), with the
 * same DATABASE_PATH / DATABASE_URL as the app. PostgreSQL has its own tools.
 */
async function main(command: string | undefined, file: string | undefined): Promise<void> {
  if ((command !== 'backup' && command !== 'restore') || !file) {
    throw new BackupError('Usage: npm run backup -- <file>   or   npm run restore -- <file>');
  }
  const config = loadConfig();
  // npm runs scripts in the package folder; a relative file means the caller's folder.
  const target = resolve(process.env.INIT_CWD ?? '.', file);
  if (config.database.type === 'postgres') {
    throw new BackupError(
      'DATABASE_URL points at PostgreSQL: back it up with pg_dump --format=custom and restore with pg_restore (see README, Backups).',
    );
  }
  if (command === 'backup') {
    await backupSqlite(config.database.path, target);
    console.log(`Backed up ${config.database.path} to ${target} (a consistent copy; the app may keep running).`);
  } else {
    const { migrations } = await restoreSqlite(target, config.database.path);
    console.log(`Restored ${target} to ${config.database.path} (${migrations} migrations; newer ones run at the next start).`);
  }
}

main(process.argv[2], process.argv[3]).catch((error: unknown) => {
  const known = error instanceof BackupError || error instanceof ConfigError;
  console.error(known ? (error as Error).message : error);
  process.exit(1);
});
