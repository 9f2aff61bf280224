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
  new Logger('Kohtaamo').log(`Listening on http://localhost:${config.port} (database: ${where})`);
}

bootstrap().catch((error: unknown) => {
  console.error('Kohtaamo could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
