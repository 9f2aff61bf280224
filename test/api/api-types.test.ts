import { readFileSync } from 'node:fs';
import { createOpenApiDocument } from '../../api/src/openapi-document';
import { API_SCHEMA_FILE, renderApiTypes } from '../../scripts/api-types/api-types';
import { startTestApp, TestApp } from '../support/test-app';

/** Where two texts first differ, as a line number and both lines, for a message a person can act on. */
function firstDifference(committed: string, current: string): string {
  const a = committed.split('\n');
  const b = current.split('\n');
  const line = a.findIndex((text, index) => text !== b[index]);
  const at = line === -1 ? a.length : line;
  return `line ${at + 1}: committed ${JSON.stringify(a[at] ?? '(end of file)')}, API ${JSON.stringify(b[at] ?? '(end of file)')}`;
}

/**
 * The web app's API types are generated from the OpenAPI document (npm run api-types) and
 * committed. A change to a DTO or a route without regenerating them fails here, so the web app
 * never compiles against an API that no longer exists.
 */
describe('the generated API types', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('match the OpenAPI document the API serves', async () => {
    const current = await renderApiTypes(createOpenApiDocument(t.app));
    const committed = readFileSync(API_SCHEMA_FILE, 'utf8');
    if (committed !== current) {
      throw new Error(
        `web/src/lib/api-schema.d.ts is out of date with the API (${firstDifference(committed, current)}). ` +
          'Run "npm run api-types" and commit the result.',
      );
    }
    // The generated file carries the routes the web app calls.
    expect(current).toContain('"/api/indicators/comparison": {');
  });
});
