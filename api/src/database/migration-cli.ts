import { loadConfig } from '../config/app-config';
import { AppDataSource, dataSourceOptions } from './data-source';

/**
 * For the TypeORM CLI, e.g. `npx typeorm -d dist/api/src/database/migration-cli.js migration:show`.
 * The app itself migrates at boot.
 */
export default new AppDataSource(dataSourceOptions(loadConfig()));
