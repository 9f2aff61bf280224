import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { AppModule } from './app.module';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { createValidationPipe } from './common/validation';
import { AppConfig } from './config/app-config';
import { SeedService } from './database/seeds/seed.service';

const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;

/**
 * Builds the whole app (migrated and seeded) without listening: main.ts listens, the API
 * tests drive it through supertest.
 */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config), {
    // JSON bodies are parsed by JsonBodyMiddleware so that its errors become problem+json.
    bodyParser: false,
    logger: LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(config.logLevel) + 1),
  });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.use(helmet());
  app.enableShutdownHooks();

  const openApi = new DocumentBuilder()
    .setTitle('Kohtaamo API')
    .setDescription(
      'Evaluation and co-development surveys for Finnish family meeting places. ' +
        'Errors are RFC 9457 application/problem+json.',
    )
    .setVersion('1')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });

  await app.init();
  await app.get(SeedService).run();
  return app;
}
