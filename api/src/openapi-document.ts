import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { SESSION_COOKIE } from './auth/auth-cookies';

/**
 * The API's OpenAPI document, built from the controllers' and DTOs' decorators. Served at
 * /api/docs/openapi.json and the source of the web app's types (npm run api-types), so the
 * two can never describe different APIs.
 */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const info = new DocumentBuilder()
    .setTitle('Kohtaamo API')
    .setDescription(
      'Evaluation and co-development surveys for Finnish family meeting places. ' +
        'Errors are RFC 9457 application/problem+json. ' +
        'Log in with POST /api/auth/login; the session cookie then authenticates, and every write repeats ' +
        'the csrf-token cookie in the X-CSRF-Token header. x-kohtaamo-access on each operation names who may call it.',
    )
    .setVersion('1')
    .addCookieAuth(SESSION_COOKIE, { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE }, 'session')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-CSRF-Token', description: 'The csrf-token cookie, on writes' }, 'csrf')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An export token: accepted only by export downloads' }, 'export-token')
    .build();
  return SwaggerModule.createDocument(app, info);
}
