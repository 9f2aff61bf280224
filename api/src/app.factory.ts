import { INestApplication, Logger } from '@nestjs/common';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import { AppModule } from './app.module';
import { CSRF_HEADER } from './auth/auth-cookies';
import { AppLogger } from './common/app-logger';
import { Clock, SystemClock } from './common/clock';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { projectRoot } from './common/project-root';
import { securityHeaders } from './common/security-headers';
import { createValidationPipe } from './common/validation';
import { AppConfig } from './config/app-config';
import { SeedService } from './database/seeds/seed.service';
import { ExportTextRefresh } from './responses/export-text-refresh.service';
import { createOpenApiDocument } from './openapi-document';
import { hasBuiltWebApp, webAppMiddleware } from './web/web-app.middleware';
import { surveyPagePrerenderer } from './web/survey-page-prerenderer';
import { OrganisationsService } from './organisations/organisations.service';
import { SurveysService } from './surveys/surveys.service';

export interface CreateAppOptions {
  /** Tests move time forward (session timeouts, lockouts); the app uses the system clock (from CLOCK_START if set). */
  clock?: Clock;
}

/**
 * Builds the whole app (migrated and seeded) without listening: main.ts listens, the API
 * tests drive it through supertest.
 */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options.clock ?? new SystemClock(config.clockStart ?? undefined)), {
    // JSON bodies are parsed by JsonBodyMiddleware so that its errors become problem+json.
    bodyParser: false,
    logger: new AppLogger(config),
  });
  // Behind a reverse proxy this makes req.secure (Secure cookies) and req.ip (login rate limit) right.
  app.set('trust proxy', config.trustProxy);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.use(securityHeaders());
  app.use(cookieParser());
  // JSON answers (a survey definition is ~40 kB raw) and the survey pages' HTML rendered per
  // request (web/survey-page-prerenderer.ts) go compressed to phones; the app's files have
  // their compressed copies already. CSV exports are
  // left as they are: they stream at disk speed and BI tools fetch them over fast links.
  app.use(compression({ filter: (req, res) => /json|html/.test(String(res.getHeader('Content-Type') ?? '')) && compression.filter(req, res) }));
  // Same-origin by default: the web app is served from this origin. Other origins only when configured.
  if (config.corsOrigins.length > 0) {
    app.enableCors({ origin: config.corsOrigins, credentials: true, allowedHeaders: ['Content-Type', 'Authorization', CSRF_HEADER] });
  }
  app.enableShutdownHooks();

  SwaggerModule.setup('api/docs', app, () => createOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });

  const webRoot = join(projectRoot(), 'dist', 'web');
  if (hasBuiltWebApp(webRoot)) app.use(webAppMiddleware(webRoot, surveyPagePrerenderer(app.get(OrganisationsService), app.get(SurveysService))));
  else new Logger('Web').warn(`No built web app in ${webRoot}: run "npm run build" to serve the pages.`);

  await app.init();
  await app.get(SeedService).run();
  // After the seed, which publishes new versions: their column set is what the texts are for.
  app.get(ExportTextRefresh).startInBackground();
  return app;
}
