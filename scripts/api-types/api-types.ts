import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createApp } from '../../api/src/app.factory';
import { projectRoot } from '../../api/src/common/project-root';
import { loadConfig } from '../../api/src/config/app-config';
import { createOpenApiDocument } from '../../api/src/openapi-document';

/** The generated file the web app imports its API types from (committed, so review shows API changes). */
export const API_SCHEMA_FILE = join(projectRoot(), 'web', 'src', 'lib', 'api-schema.d.ts');

const RENDERER = join(projectRoot(), 'scripts', 'api-types', 'render-api-types.mjs');

/** The TypeScript declarations for one OpenAPI document, exactly as written to API_SCHEMA_FILE. */
export function renderApiTypes(document: OpenAPIObject): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [RENDERER], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${RENDERER} failed: ${stderr || error.message}`));
      else resolve(stdout);
    });
    child.stdin?.end(JSON.stringify(document));
  });
}

/**
 * Boots the whole app (not listening) on a throwaway SQLite database to read its document:
 * the decorators are the source, and Nest only resolves them on a built app.
 */
export async function generateApiTypes(): Promise<string> {
  const directory = mkdtempSync(join(tmpdir(), 'kohtaamo-api-types-'));
  const config = loadConfig({ DATABASE_PATH: join(directory, 'kohtaamo.sqlite'), DEMO_DATA: 'false', LOG_LEVEL: 'error' }, false);
  const app = await createApp(config);
  try {
    return await renderApiTypes(createOpenApiDocument(app));
  } finally {
    await app.close();
    rmSync(directory, { recursive: true, force: true });
  }
}
