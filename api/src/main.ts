import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/app-config';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  await app.listen(config.port);
  const where = config.database.type === 'sqlite' ? config.database.path : 'PostgreSQL';
  const logger = new Logger('Kohtaamo');
  logger.log(`Listening on http://localhost:${config.port} (database: ${where})`);
  if (config.clockStart) logger.warn(`CLOCK_START is set: the app's clock started at ${config.clockStart.toISOString()}, not at the real time`);
}

bootstrap().catch((error: unknown) => {
  console.error('Kohtaamo could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
