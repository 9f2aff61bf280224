import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';

const definitionsDir = join(__dirname, '../../survey-definitions');
const fileText = (key: string, version: number) => readFileSync(join(definitionsDir, key, `v${version}.json`), 'utf8');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('surveys', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('GET /api/surveys lists the five instruments with their versions and checksums', async () => {
    const res = await request(t.http).get('/api/surveys').expect(200);
    expect(res.body.map((s: { key: string }) => s.key).sort()).toEqual([
      'huomaa-minut',
      'instant-feedback',
      'peer-evaluation',
      'stakeholder-survey',
      'visitor-survey',
    ]);
    const visitor = res.body.find((s: { key: string }) => s.key === 'visitor-survey');
    // The official languages from the instrument's metadata, the others from the current version.
    const { default: _finnish, ...translated } = JSON.parse(fileText('visitor-survey', 3)).title;
    expect(visitor).toEqual({
      key: 'visitor-survey',
      kind: 'visitor-survey',
      audience: 'families',
      title: { ...translated, fi: 'Perheiden kävijäkysely', sv: 'Besöksenkät för familjer', en: 'Visitor survey for families' },
      currentVersion: 3,
      versions: [
        { version: 1, checksum: sha256(fileText('visitor-survey', 1)), publishedAt: '2025-01-15T00:00:00.000Z' },
        { version: 2, checksum: sha256(fileText('visitor-survey', 2)), publishedAt: '2026-01-15T00:00:00.000Z' },
        { version: 3, checksum: sha256(fileText('visitor-survey', 3)), publishedAt: '2026-12-06T00:00:00.000Z' },
      ],
    });
    for (const survey of res.body) expect(survey.versions.length).toBeGreaterThanOrEqual(1);
    // Titles in every language the current version is written in, not only fi/sv/en.
    const instant = res.body.find((s: { key: string }) => s.key === 'instant-feedback');
    const definition = JSON.parse(fileText('instant-feedback', instant.currentVersion));
    expect(instant.title).toMatchObject({ ar: definition.title.ar, ru: definition.title.ru });
    expect(instant.title.ar).toMatch(/[\u0600-\u06ff]/);
  });

  it('serves a version byte-for-byte as its file, with the sha256 of that file', async () => {
    const res = await request(t.http).get('/api/surveys/visitor-survey/versions/1').expect(200);
    expect(res.body).toEqual({
      key: 'visitor-survey',
      version: 1,
      checksum: sha256(fileText('visitor-survey', 1)),
      definition: JSON.parse(fileText('visitor-survey', 1)),
    });
  });

  it('resolves "current" to the newest version', async () => {
    const res = await request(t.http).get('/api/surveys/visitor-survey/versions/current').expect(200);
    expect(res.body.version).toBe(3);
    expect(res.body.checksum).toBe(sha256(fileText('visitor-survey', 3)));
  });

  it.each([
    ['/api/surveys/no-such/versions/1', 404, '/problems/survey-not-found'],
    ['/api/surveys/visitor-survey/versions/9', 404, '/problems/survey-not-found'],
    ['/api/surveys/visitor-survey/versions/0', 400, '/problems/validation'],
    ['/api/surveys/visitor-survey/versions/latest', 400, '/problems/validation'],
  ])('GET %s → %i', async (path, status, type) => {
    const res = await request(t.http).get(path).expect(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.type).toBe(type);
  });

  it('refuses to boot when a published definition no longer matches what the database published', async () => {
    await t.dataSource.query(
      `UPDATE survey_version SET checksum = 'tampered' WHERE survey_key = 'instant-feedback' AND version = 1`,
    );
    const { SeedService } = await import('../../api/src/database/seeds/seed.service');
    await expect(t.app.get(SeedService).run()).rejects.toThrow(
      /instant-feedback v1 differs from the version this database published/,
    );
  });
});
