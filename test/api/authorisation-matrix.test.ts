import { randomUUID } from 'node:crypto';
import request, { Test } from 'supertest';
import { ExportToken } from '../../api/src/exports/export-token.entity';
import type { Capabilities as MeCapabilities } from '../../api/src/access/capabilities';
import type { Role } from '../../api/src/access/roles';
import { ROLES } from '../../api/src/access/roles';
import { helsinkiDateOf } from '../../reports/periods';
import { createMeetingPlace, createServiceArea } from '../factories/meeting-place.factory';
import { visitorSurveyBody } from '../factories/response.factory';
import { completeEvaluation } from '../factories/evaluation.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { as, logIn, TestSession } from '../support/session';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Every endpoint × every role × inside/outside its scope, plus not logged in. The route list
 * comes from the running app, so a new endpoint without a rule here fails the first test;
 * the global guard already denies it at runtime until it declares @Public or @Allow.
 *
 * Scope of the actors: the region analyst covers region 04; the coordinator and the steering
 * group cover the place "matrix-in" (Vantaa, region 04). "Out" requests aim at region 08
 * (Tampere), outside every scoped actor.
 */
jest.setTimeout(60_000);

type Actor = 'anonymous' | Role;
type Scope = 'in' | 'out';
interface Call {
  path: string;
  body?: unknown;
  /** A CSV file sent as text/csv (the imports). */
  csv?: string;
  /** Extra request headers (a kiosk's Authorization). */
  headers?: Record<string, string>;
}
interface Rule {
  /** 'public' (marked @Public()), or the roles @Allow lets through. */
  access: 'public' | readonly Role[];
  /** Roles whose rights depend on the resource: their "out" request must be 403. */
  scoped?: readonly Role[];
  /** The success status for an allowed call. */
  ok: number;
  /** Builds a valid request aimed inside or outside the actor's scope. */
  call(scope: Scope): Call | Promise<Call>;
  /** The call ends the session it is made with (logout, password change): use a fresh account. */
  consumesSession?: boolean;
}

let t: TestApp;
const sessions = new Map<Role, TestSession>();
let sequence = 0;
const unique = (prefix: string) => `${prefix}-${++sequence}`;

const ANY: readonly Role[] = ROLES;
const MANAGERS: readonly Role[] = ['admin', 'region-analyst'];
const ANALYST: readonly Role[] = ['region-analyst'];
const PLACE_OF: Record<Scope, string> = { in: 'matrix-in', out: 'matrix-out' };
const MUNICIPALITY_OF: Record<Scope, string> = { in: '092', out: '837' };

/** A coordinator account at the place: something a region analyst may or may not manage. */
async function accountAt(scope: Scope): Promise<string> {
  const place = await t.dataSource.query(`SELECT id FROM meeting_place WHERE slug = '${PLACE_OF[scope]}'`);
  return (await createUser(t, 'coordinator', { meetingPlaces: [{ id: place[0].id }] })).id;
}

/** A visitor-survey round on days of its own in next year: rounds never overlap, whatever day the suite runs. */
function nextRound() {
  const day = new Date(Date.UTC(t.clock.now().getUTCFullYear() + 1, 0, 1) + ++sequence * 86_400_000).toISOString().slice(0, 10);
  return { surveyKey: 'visitor-survey', startsOn: day, endsOn: day };
}

/** A round at the place, made by an admin. */
async function roundAt(scope: Scope): Promise<string> {
  const created = await as(sessions.get('admin')!, request(t.http).post(`/api/meeting-places/${PLACE_OF[scope]}/rounds`)).send(nextRound()).expect(201);
  return created.body.id;
}

/** A round that was open today and is closed, at a place of its own (so that such rounds never overlap). */
async function closedRound(): Promise<string> {
  const place = await createMeetingPlace(t.dataSource, { slug: unique('matrix-round'), municipalityCode: '092' });
  const today = helsinkiDateOf(t.clock.now());
  const admin = sessions.get('admin')!;
  const created = await as(admin, request(t.http).post(`/api/meeting-places/${place.slug}/rounds`))
    .send({ surveyKey: 'visitor-survey', startsOn: today, endsOn: today })
    .expect(201);
  await as(admin, request(t.http).post(`/api/rounds/${created.body.id}/close`)).expect(200);
  return created.body.id;
}

/** A kiosk registered at the place by an admin: its id and one-time setup code. */
async function kioskAt(scope: Scope): Promise<{ id: string; setupCode: string }> {
  const created = await as(sessions.get('admin')!, request(t.http).post(`/api/meeting-places/${PLACE_OF[scope]}/kiosks`))
    .send({ name: unique('Ovi'), pin: '4071' })
    .expect(201);
  return created.body;
}

/** An activated kiosk's device token. */
async function kioskToken(): Promise<string> {
  const { setupCode } = await kioskAt('in');
  return (await request(t.http).post('/api/kiosks/activate').send({ setupCode }).expect(201)).body.deviceToken;
}

/** A peer evaluation, assigned by an admin, of a new place in the scope's region, made by the scope's place. */
async function peerAssignment(scope: Scope): Promise<string> {
  const visited = await createMeetingPlace(t.dataSource, { slug: unique('matrix-visited'), municipalityCode: MUNICIPALITY_OF[scope] });
  const created = await as(sessions.get('admin')!, request(t.http).post(`/api/meeting-places/${visited.slug}/evaluations`))
    .send({ year: 2026, kind: 'peer', evaluatorPlace: PLACE_OF[scope] })
    .expect(201);
  return created.body.id;
}

/** A peer assignment of the scope's place with every answer saved, ready to submit. */
async function completePeerAssignment(scope: Scope): Promise<string> {
  const id = await peerAssignment(scope);
  await as(sessions.get('admin')!, request(t.http).put(`/api/evaluations/${id}/answers`)).send({ answers: completeEvaluation(3) }).expect(200);
  return id;
}

/** The scope's place without a self-evaluation for 2026, so that one can be started again. */
async function withoutSelfEvaluation(scope: Scope): Promise<string> {
  await t.dataSource.query(`DELETE FROM evaluation WHERE kind = 'self' AND meeting_place_id IN (SELECT id FROM meeting_place WHERE slug = '${PLACE_OF[scope]}')`);
  return PLACE_OF[scope];
}

/** A development action of the scope's place, added by an admin. */
async function actionAt(scope: Scope): Promise<string> {
  const created = await as(sessions.get('admin')!, request(t.http).post(`/api/meeting-places/${PLACE_OF[scope]}/actions`))
    .send({ title: unique('Toimenpide'), owner: 'MLL', dueDate: '2027-06-30', source: { kind: 'other' } })
    .expect(201);
  return created.body.id;
}

const RULES: Record<string, Rule> = {
  'GET /api/health': { access: 'public', ok: 200, call: () => ({ path: '/api/health' }) },
  'GET /api/regions': { access: 'public', ok: 200, call: () => ({ path: '/api/regions' }) },
  'GET /api/municipalities': { access: 'public', ok: 200, call: () => ({ path: '/api/municipalities?region=04' }) },
  'GET /api/meeting-places': { access: 'public', ok: 200, call: () => ({ path: '/api/meeting-places?region=04' }) },
  'GET /api/meeting-places/:slugOrId': { access: 'public', ok: 200, call: (s) => ({ path: `/api/meeting-places/${PLACE_OF[s]}` }) },
  'GET /api/surveys': { access: 'public', ok: 200, call: () => ({ path: '/api/surveys' }) },
  'GET /api/surveys/:key/versions/:version': { access: 'public', ok: 200, call: () => ({ path: '/api/surveys/visitor-survey/versions/current' }) },
  'POST /api/responses': { access: 'public', ok: 201, call: (s) => ({ path: '/api/responses', body: visitorSurveyBody(PLACE_OF[s]) }) },
  'POST /api/auth/login': {
    access: 'public',
    ok: 200,
    call: async () => ({ path: '/api/auth/login', body: { email: (await createUser(t, 'admin')).email, password: TEST_PASSWORD } }),
  },

  'POST /api/auth/logout': { access: ANY, ok: 204, consumesSession: true, call: () => ({ path: '/api/auth/logout' }) },
  'GET /api/auth/me': { access: ANY, ok: 200, call: () => ({ path: '/api/auth/me' }) },
  'POST /api/auth/password': {
    access: ANY,
    ok: 204,
    consumesSession: true,
    call: () => ({ path: '/api/auth/password', body: { currentPassword: TEST_PASSWORD, newPassword: 'a new long password' } }),
  },

  'GET /api/users': { access: MANAGERS, ok: 200, call: () => ({ path: '/api/users' }) },
  'GET /api/users/:id': { access: MANAGERS, scoped: ANALYST, ok: 200, call: async (s) => ({ path: `/api/users/${await accountAt(s)}` }) },
  'POST /api/users': {
    access: MANAGERS,
    scoped: ANALYST,
    ok: 201,
    call: (s) => ({
      path: '/api/users',
      body: { email: `${unique('new')}@matrix.kohtaamo.example`, role: 'coordinator', scope: { meetingPlaces: [PLACE_OF[s]] } },
    }),
  },
  'PATCH /api/users/:id': {
    access: MANAGERS,
    scoped: ANALYST,
    ok: 200,
    call: async (s) => ({ path: `/api/users/${await accountAt(s)}`, body: { role: 'steering-group' } }),
  },
  'POST /api/users/:id/temporary-password': {
    access: MANAGERS,
    scoped: ANALYST,
    ok: 200,
    call: async (s) => ({ path: `/api/users/${await accountAt(s)}/temporary-password` }),
  },

  'POST /api/meeting-places': {
    access: MANAGERS,
    scoped: ANALYST,
    ok: 201,
    call: (s) => ({ path: '/api/meeting-places', body: { slug: unique('matrix-new'), name: { fi: 'Uusi' }, municipalityCode: MUNICIPALITY_OF[s] } }),
  },
  'PATCH /api/meeting-places/:slugOrId': {
    access: ['admin', 'region-analyst', 'coordinator'],
    scoped: ['region-analyst', 'coordinator'],
    ok: 200,
    call: (s) => ({ path: `/api/meeting-places/${PLACE_OF[s]}`, body: { address: unique('Osoite') } }),
  },
  'GET /api/service-areas': { access: ANY, ok: 200, call: () => ({ path: '/api/service-areas' }) },
  'POST /api/service-areas': {
    access: MANAGERS,
    scoped: ANALYST,
    ok: 201,
    call: (s) => ({ path: '/api/service-areas', body: { id: unique('matrix-area'), municipalityCode: MUNICIPALITY_OF[s], name: { fi: 'Alue' } } }),
  },
  'PATCH /api/service-areas/:id': {
    access: MANAGERS,
    scoped: ANALYST,
    ok: 200,
    call: (s) => ({ path: `/api/service-areas/matrix-area-${s}`, body: { name: { fi: unique('Alue') } } }),
  },

  'GET /api/audit-log': { access: ['admin'], ok: 200, call: () => ({ path: '/api/audit-log' }) },

  // Aggregated, suppressed indicators: every logged-in role, every area.
  'GET /api/indicators': { access: ANY, ok: 200, call: () => ({ path: '/api/indicators?level=national&period=2026' }) },
  'GET /api/indicators/series': { access: ANY, ok: 200, call: () => ({ path: '/api/indicators/series?level=national&indicator=felt-welcome' }) },
  'GET /api/indicators/comparison': {
    access: ANY,
    ok: 200,
    call: () => ({ path: '/api/indicators/comparison?level=national&period=2026&childLevel=region' }),
  },

  // Row-level data: admins and region analysts only (narrowed to the scope; asking outside is 403).
  'GET /api/exports/responses.csv': {
    access: MANAGERS,
    scoped: ANALYST,
    ok: 200,
    call: (s) => ({ path: `/api/exports/responses.csv?survey=visitor-survey&period=2026&meetingPlace=${PLACE_OF[s]}` }),
  },
  // Written answers can identify people: the place's coordinators (its staff) and admins only.
  'GET /api/meeting-places/:slugOrId/free-text': {
    access: ['admin', 'coordinator'],
    scoped: ['coordinator'],
    ok: 200,
    call: (s) => ({ path: `/api/meeting-places/${PLACE_OF[s]}/free-text?period=2026` }),
  },
  // The languages of a place's respondents (participation counts): scoped like its free text.
  // Collection rounds: planned and closed by whoever manages the place, read by whoever sees its participation.
  'POST /api/meeting-places/:slugOrId/rounds': {
    access: ['admin', 'region-analyst', 'coordinator'],
    scoped: ['region-analyst', 'coordinator'],
    ok: 201,
    call: (s) => ({ path: `/api/meeting-places/${PLACE_OF[s]}/rounds`, body: nextRound() }),
  },
  'GET /api/meeting-places/:slugOrId/rounds': {
    access: ANY,
    scoped: ['region-analyst', 'coordinator', 'steering-group'],
    ok: 200,
    call: (s) => ({ path: `/api/meeting-places/${PLACE_OF[s]}/rounds` }),
  },
  'GET /api/rounds/:id': {
    access: ANY,
    scoped: ['region-analyst', 'coordinator', 'steering-group'],
    ok: 200,
    call: async (s) => ({ path: `/api/rounds/${await roundAt(s)}` }),
  },
  'GET /api/rounds/:id/summary': {
    access: ANY,
    scoped: ['region-analyst', 'coordinator', 'steering-group'],
    ok: 200,
    call: async (s) => ({ path: `/api/rounds/${await roundAt(s)}/summary` }),
  },
  'POST /api/rounds/:id/close': {
    access: ['admin', 'region-analyst', 'coordinator'],
    scoped: ['region-analyst', 'coordinator'],
    ok: 200,
    call: async (s) => ({ path: `/api/rounds/${await roundAt(s)}/close` }),
  },
  'POST /api/rounds/:id/reopen': { access: ['admin'], ok: 200, call: async () => ({ path: `/api/rounds/${await closedRound()}/reopen`, body: {} }) },
  // Kiosks: managed by whoever manages the place (never a steering group); activated and used by the tablet itself.
  'POST /api/meeting-places/:slugOrId/kiosks': {
    access: ['admin', 'region-analyst', 'coordinator'],
    scoped: ['region-analyst', 'coordinator'],
    ok: 201,
    call: (s) => ({ path: `/api/meeting-places/${PLACE_OF[s]}/kiosks`, body: { name: unique('Ovi'), pin: '4071' } }),
  },
  'GET /api/meeting-places/:slugOrId/kiosks': {
    access: ['admin', 'region-analyst', 'coordinator'],
    scoped: ['region-analyst', 'coordinator'],
    ok: 200,
    call: (s) => ({ path: `/api/meeting-places/${PLACE_OF[s]}/kiosks` }),
  },
  'PATCH /api/kiosks/:id': {
    access: ['admin', 'region-analyst', 'coordinator'],
    scoped: ['region-analyst', 'coordinator'],
    ok: 200,
    call: async (s) => ({ path: `/api/kiosks/${(await kioskAt(s)).id}`, body: { repeatIntervalSeconds: 5 } }),
  },
  'POST /api/kiosks/:id/revoke': {
    access: ['admin', 'region-analyst', 'coordinator'],
    scoped: ['region-analyst', 'coordinator'],
    ok: 200,
    call: async (s) => ({ path: `/api/kiosks/${(await kioskAt(s)).id}/revoke` }),
  },
  'POST /api/kiosks/activate': {
    access: 'public',
    ok: 201,
    call: async () => ({ path: '/api/kiosks/activate', body: { setupCode: (await kioskAt('in')).setupCode } }),
  },
  'GET /api/kiosks/current': {
    access: 'public',
    ok: 200,
    call: async () => ({ path: '/api/kiosks/current', headers: { Authorization: `Kiosk ${await kioskToken()}` } }),
  },
  // The evaluation cycle: a place's managers start its self-evaluation and keep its plan; the
  // evaluating team (coordinators of the evaluator place) fills in; every role of the place reads.
  'POST /api/meeting-places/:slugOrId/evaluations': {
    access: ['admin', 'region-analyst', 'coordinator'],
    scoped: ['region-analyst', 'coordinator'],
    ok: 201,
    call: async (s) => ({ path: `/api/meeting-places/${await withoutSelfEvaluation(s)}/evaluations`, body: { year: 2026, kind: 'self' } }),
  },
  'GET /api/meeting-places/:slugOrId/evaluations': {
    access: ANY,
    scoped: ['region-analyst', 'coordinator', 'steering-group'],
    ok: 200,
    call: (s) => ({ path: `/api/meeting-places/${PLACE_OF[s]}/evaluations` }),
  },
  'GET /api/meeting-places/:slugOrId/evaluations/:year/comparison': {
    access: ANY,
    scoped: ['region-analyst', 'coordinator', 'steering-group'],
    ok: 200,
    call: (s) => ({ path: `/api/meeting-places/${PLACE_OF[s]}/evaluations/2026/comparison` }),
  },
  'GET /api/evaluations/:id': {
    access: ANY,
    scoped: ['region-analyst', 'coordinator', 'steering-group'],
    ok: 200,
    call: async (s) => ({ path: `/api/evaluations/${await peerAssignment(s)}` }),
  },
  'PUT /api/evaluations/:id/answers': {
    access: ['admin', 'coordinator'],
    scoped: ['coordinator'],
    ok: 200,
    call: async (s) => ({ path: `/api/evaluations/${await peerAssignment(s)}/answers`, body: { answers: { crit_activity_encounter: 3 } } }),
  },
  'POST /api/evaluations/:id/submit': {
    access: ['admin', 'coordinator'],
    scoped: ['coordinator'],
    ok: 200,
    call: async (s) => ({ path: `/api/evaluations/${await completePeerAssignment(s)}/submit` }),
  },
  'POST /api/meeting-places/:slugOrId/actions': {
    access: ['admin', 'region-analyst', 'coordinator'],
    scoped: ['region-analyst', 'coordinator'],
    ok: 201,
    call: (s) => ({ path: `/api/meeting-places/${PLACE_OF[s]}/actions`, body: { title: unique('Toimenpide'), owner: 'MLL', dueDate: '2027-06-30', source: { kind: 'other' } } }),
  },
  'GET /api/meeting-places/:slugOrId/actions': {
    access: ANY,
    scoped: ['region-analyst', 'coordinator', 'steering-group'],
    ok: 200,
    call: (s) => ({ path: `/api/meeting-places/${PLACE_OF[s]}/actions` }),
  },
  'PATCH /api/actions/:id': {
    access: ['admin', 'region-analyst', 'coordinator'],
    scoped: ['region-analyst', 'coordinator'],
    ok: 200,
    call: async (s) => ({ path: `/api/actions/${await actionAt(s)}`, body: { status: 'in-progress', note: 'Aloitettu.' } }),
  },
  // Evaluation plans and co-development days (issue #21): the place's managers keep them, every
  // role of the place reads them; the region's analysts copy plans for a service area.
  'PUT /api/meeting-places/:slugOrId/plans/:year': {
    access: ['admin', 'region-analyst', 'coordinator'],
    scoped: ['region-analyst', 'coordinator'],
    ok: 200,
    call: (s) => ({ path: `/api/meeting-places/${PLACE_OF[s]}/plans/2027`, body: { activities: [{ kind: 'visitor-survey', due: '2027-03' }], targets: [{ indicator: 'loneliness', target: 0.2 }] } }),
  },
  'GET /api/meeting-places/:slugOrId/plans/:year': {
    access: ANY,
    scoped: ['region-analyst', 'coordinator', 'steering-group'],
    ok: 200,
    call: (s) => ({ path: `/api/meeting-places/${PLACE_OF[s]}/plans/2027` }),
  },
  'POST /api/service-areas/:id/plans/:year/copy-from/:previousYear': {
    access: MANAGERS,
    scoped: ANALYST,
    ok: 200,
    call: (s) => ({ path: `/api/service-areas/matrix-area-${s}/plans/2028/copy-from/2027` }),
  },
  'GET /api/plans/reminders': { access: ANY, ok: 200, call: () => ({ path: '/api/plans/reminders' }) },
  'POST /api/meeting-places/:slugOrId/co-development-days': {
    access: ['admin', 'region-analyst', 'coordinator'],
    scoped: ['region-analyst', 'coordinator'],
    ok: 201,
    call: (s) => ({
      path: `/api/meeting-places/${PLACE_OF[s]}/co-development-days`,
      body: { date: '2026-01-15', participants: { families: 6, children: 4, staff: 2, partners: 1 }, themes: ['Aukioloajat'], outcomes: 'Kokeillaan lauantaita.' },
    }),
  },
  'GET /api/meeting-places/:slugOrId/co-development-days': {
    access: ANY,
    scoped: ['region-analyst', 'coordinator', 'steering-group'],
    ok: 200,
    call: (s) => ({ path: `/api/meeting-places/${PLACE_OF[s]}/co-development-days` }),
  },
  'GET /api/regions/:code/evaluations': {
    access: MANAGERS,
    scoped: ANALYST,
    ok: 200,
    call: (s) => ({ path: `/api/regions/${s === 'in' ? '04' : '08'}/evaluations?year=2026` }),
  },
  'GET /api/regions/:code/evaluations.csv': {
    access: MANAGERS,
    scoped: ANALYST,
    ok: 200,
    call: (s) => ({ path: `/api/regions/${s === 'in' ? '04' : '08'}/evaluations.csv?year=2026` }),
  },
  // The annual report: the place's coordinators and steering group, its region's analysts, admins.
  'GET /api/meeting-places/:slugOrId/annual-report/:year.pdf': {
    access: ANY,
    scoped: ['region-analyst', 'coordinator', 'steering-group'],
    ok: 200,
    call: (s) => ({ path: `/api/meeting-places/${PLACE_OF[s]}/annual-report/2026.pdf` }),
  },
  'GET /api/meeting-places/:slugOrId/annual-report/:year': {
    access: ANY,
    scoped: ['region-analyst', 'coordinator', 'steering-group'],
    ok: 200,
    call: (s) => ({ path: `/api/meeting-places/${PLACE_OF[s]}/annual-report/2026` }),
  },
  'GET /api/regions/:code/annual-report/:year.pdf': {
    access: MANAGERS,
    scoped: ANALYST,
    ok: 200,
    call: (s) => ({ path: `/api/regions/${s === 'in' ? '04' : '08'}/annual-report/2026.pdf` }),
  },
  'GET /api/regions/:code/annual-report/:year': {
    access: MANAGERS,
    scoped: ANALYST,
    ok: 200,
    call: (s) => ({ path: `/api/regions/${s === 'in' ? '04' : '08'}/annual-report/2026` }),
  },
  'GET /api/meeting-places/:slugOrId/respondent-languages': {
    access: ANY,
    scoped: ['region-analyst', 'coordinator', 'steering-group'],
    ok: 200,
    call: (s) => ({ path: `/api/meeting-places/${PLACE_OF[s]}/respondent-languages?period=2026` }),
  },
  'GET /api/exports/indicators.csv': { access: ANY, ok: 200, call: () => ({ path: '/api/exports/indicators.csv?level=region&period=2026' }) },
  // Workbooks: indicators like indicators.csv; response rows for admins and region analysts only.
  'GET /api/exports/indicators.xlsx': { access: ANY, ok: 200, call: () => ({ path: '/api/exports/indicators.xlsx?level=region&period=2026' }) },
  'GET /api/exports/responses.xlsx': {
    access: MANAGERS,
    scoped: ANALYST,
    ok: 200,
    call: (s) => ({ path: `/api/exports/responses.xlsx?survey=visitor-survey&period=2026&meetingPlace=${PLACE_OF[s]}` }),
  },
  'GET /api/exports/codebook.csv': { access: ANY, ok: 200, call: () => ({ path: '/api/exports/codebook.csv?survey=visitor-survey' }) },
  'POST /api/export-tokens': {
    access: MANAGERS,
    scoped: ANALYST,
    ok: 201,
    call: (s) => ({ path: '/api/export-tokens', body: { name: unique('BI'), regionCode: s === 'in' ? '04' : '08' } }),
  },
  'GET /api/export-tokens': { access: MANAGERS, ok: 200, call: () => ({ path: '/api/export-tokens' }) },
  'POST /api/export-tokens/:id/revoke': {
    access: MANAGERS,
    scoped: ANALYST,
    ok: 200,
    call: async (s) => ({ path: `/api/export-tokens/${await exportTokenIn(s)}/revoke` }),
  },
  // Imports: scope is checked row by row (a row outside it is a row error), see imports.test.ts.
  'POST /api/imports/registry': {
    access: MANAGERS,
    ok: 200,
    call: () => ({ path: '/api/imports/registry?mode=preview', csv: 'record_type,code,name_fi,municipality_code\r\nmeeting-place,matrix-import,Uusi,092\r\n' }),
  },
  'POST /api/imports/responses': {
    access: ['admin', 'region-analyst', 'coordinator'],
    ok: 200,
    call: () => ({
      path: '/api/imports/responses?survey=instant-feedback&mode=preview',
      csv: 'paper_id,survey_version,meeting_place,locale,received_on,mood\r\nM-1,1,matrix-in,fi,2026-01-10,3\r\n',
    }),
  },
};

/** An export token of a region, made directly in the database (creating one is tested above). */
async function exportTokenIn(scope: Scope): Promise<string> {
  const owner = await createUser(t, 'admin');
  const id = randomUUID();
  await t.dataSource.getRepository(ExportToken).insert({
    id,
    name: unique('token'),
    tokenHash: unique('hash'),
    regionCode: scope === 'in' ? '04' : '08',
    createdBy: owner.id,
    createdAt: new Date(),
    lastUsedAt: null,
    revokedAt: null,
  });
  return id;
}

/** Swagger UI and the OpenAPI document: public by contract, served outside Nest's controllers. */
const isDocs = (path: string) => path === '/api/docs' || path.startsWith('/api/docs/') || path.startsWith('/api/docs-');

/** "GET /api/users/:id" for every route the running app serves under /api. */
function appRoutes(app: TestApp): string[] {
  const express = app.app.getHttpAdapter().getInstance();
  const layers: { route?: { path: string; methods: Record<string, boolean> } }[] = express.router.stack;
  return layers
    .filter((layer) => layer.route && layer.route.path.startsWith('/api'))
    // Nest mounts its middleware (JSON body parsing) for every HTTP method on "/api": not an endpoint.
    .filter((layer) => Object.keys(layer.route!.methods).length < 10)
    .flatMap((layer) => Object.keys(layer.route!.methods).map((method) => `${method.toUpperCase()} ${layer.route!.path}`));
}

async function send(route: string, actor: Actor, call: Call, options: { csrf?: boolean; session?: TestSession } = {}): Promise<number> {
  const method = route.split(' ')[0].toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
  let test: Test = request(t.http)[method](call.path);
  const session = options.session ?? (actor === 'anonymous' ? undefined : sessions.get(actor));
  if (session) test = as(session, test, { csrf: options.csrf });
  if (call.body !== undefined) test = test.send(call.body as object);
  if (call.csv !== undefined) test = test.set('Content-Type', 'text/csv').send(call.csv);
  for (const [name, value] of Object.entries(call.headers ?? {})) test = test.set(name, value);
  const res = await test;
  if (res.status >= 500) throw new Error(`${route} as ${actor}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.status;
}

/** The actor's own account and session, or a fresh one with the same role and scope when the call ends it. */
async function sessionFor(actor: Role, rule: Rule): Promise<TestSession> {
  if (!rule.consumesSession) return sessions.get(actor)!;
  const [place] = await t.dataSource.query("SELECT id FROM meeting_place WHERE slug = 'matrix-in'");
  const user = await createUser(t, actor, {
    regions: actor === 'region-analyst' ? ['04'] : [],
    meetingPlaces: actor === 'coordinator' || actor === 'steering-group' ? [{ id: place.id }] : [],
  });
  return logIn(t, user.email, TEST_PASSWORD);
}

beforeAll(async () => {
  t = await startTestApp();
  await createServiceArea(t.dataSource, { id: 'matrix-area-in', municipalityCode: '092' });
  await createServiceArea(t.dataSource, { id: 'matrix-area-out', municipalityCode: '837' });
  const inside = await createMeetingPlace(t.dataSource, { slug: 'matrix-in', municipalityCode: '092', serviceAreaId: 'matrix-area-in' });
  await createMeetingPlace(t.dataSource, { slug: 'matrix-out', municipalityCode: '837', serviceAreaId: 'matrix-area-out' });
  const scopes: Record<Role, { regions?: string[]; meetingPlaces?: { id: string }[] }> = {
    admin: {},
    'region-analyst': { regions: ['04'] },
    coordinator: { meetingPlaces: [inside] },
    'steering-group': { meetingPlaces: [inside] },
  };
  for (const role of ROLES) {
    const user = await createUser(t, role, scopes[role]);
    sessions.set(role, await logIn(t, user.email, TEST_PASSWORD));
  }
});
afterAll(() => t.close());

describe('authorisation matrix', () => {
  it('has a rule for every route the app serves, and no rule for a route that is gone', () => {
    const routes = appRoutes(t).filter((route) => !isDocs(route.split(' ')[1]));
    expect(routes.filter((route) => !(route in RULES))).toEqual([]);
    expect(Object.keys(RULES).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('documents each rule in the OpenAPI document (x-kohtaamo-access)', async () => {
    const { body: openApi } = await request(t.http).get('/api/docs/openapi.json').expect(200);
    const documented = Object.keys(RULES).map((route) => {
      const [method, path] = route.split(' ');
      const operation = openApi.paths[path.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
      return [route, operation?.['x-kohtaamo-access']];
    });
    expect(documented).toEqual(
      Object.entries(RULES).map(([route, rule]) => [route, rule.access === 'public' ? 'public' : { roles: [...rule.access] }]),
    );
  });

  it('serves the API documentation to anyone', async () => {
    const docs = appRoutes(t).filter((route) => isDocs(route.split(' ')[1]) && !route.includes(':'));
    expect(docs).toEqual(expect.arrayContaining(['GET /api/docs', 'GET /api/docs/openapi.json']));
    for (const route of docs) {
      const status = await send(route, 'anonymous', { path: route.split(' ')[1] });
      expect([route, status === 401 || status === 403]).toEqual([route, false]);
    }
  });

  describe('the capabilities /api/auth/me advertises', () => {
    type Capabilities = MeCapabilities;
    const REGION_OF: Record<Scope, string> = { in: '04', out: '08' };
    const region = (c: Capabilities, s: Scope) => c.regions.find((r) => r.code === REGION_OF[s]);
    const place = (c: Capabilities, s: Scope) => c.meetingPlaces.find((p) => p.slug === PLACE_OF[s]);
    /** Each capability, read for a scope, and a route it stands for: the two must agree. */
    const STANDS_FOR: [string, (c: Capabilities, s: Scope) => boolean, string][] = [
      ['manageUsers', (c) => c.manageUsers, 'GET /api/users'],
      ['assignableRoles has coordinator, region manage', (c, s) => c.assignableRoles.includes('coordinator') && Boolean(region(c, s)?.manage), 'POST /api/users'],
      ['manageMeetingPlaces, region manage', (c, s) => c.manageMeetingPlaces && Boolean(region(c, s)?.manage), 'POST /api/meeting-places'],
      ['region manage', (c, s) => Boolean(region(c, s)?.manage), 'POST /api/service-areas'],
      ['importRegistry', (c) => c.importRegistry, 'POST /api/imports/registry'],
      ['importResponses', (c) => c.importResponses, 'POST /api/imports/responses'],
      ['readAuditLog', (c) => c.readAuditLog, 'GET /api/audit-log'],
      ['place exportResponses', (c, s) => c.exportResponses && Boolean(place(c, s)?.exportResponses), 'GET /api/exports/responses.csv'],
      ['manageExportTokens', (c) => c.manageExportTokens, 'GET /api/export-tokens'],
      ['region exportResponses (export token)', (c, s) => c.manageExportTokens && Boolean(region(c, s)?.exportResponses), 'POST /api/export-tokens'],
      ['reopenRounds', (c) => c.reopenRounds, 'POST /api/rounds/:id/reopen'],
      ['place readFreeText', (c, s) => Boolean(place(c, s)?.readFreeText), 'GET /api/meeting-places/:slugOrId/free-text'],
      ['place readParticipation', (c, s) => Boolean(place(c, s)?.readParticipation), 'GET /api/meeting-places/:slugOrId/respondent-languages'],
      ['place managePlace', (c, s) => c.managePlaces && Boolean(place(c, s)?.managePlace), 'PATCH /api/meeting-places/:slugOrId'],
      ['place managePlace (rounds)', (c, s) => Boolean(place(c, s)?.managePlace), 'POST /api/meeting-places/:slugOrId/rounds'],
      ['place manageEvaluations', (c, s) => Boolean(place(c, s)?.manageEvaluations), 'POST /api/meeting-places/:slugOrId/actions'],
      ['place fillEvaluations', (c, s) => Boolean(place(c, s)?.fillEvaluations), 'PUT /api/evaluations/:id/answers'],
      ['managePlans, place managePlan', (c, s) => c.managePlans && Boolean(place(c, s)?.managePlan), 'PUT /api/meeting-places/:slugOrId/plans/:year'],
      ['place managePlan (co-development days)', (c, s) => Boolean(place(c, s)?.managePlan), 'POST /api/meeting-places/:slugOrId/co-development-days'],
      ['place readPlan', (c, s) => Boolean(place(c, s)?.readPlan), 'GET /api/meeting-places/:slugOrId/plans/:year'],
      ['region copyPlans', (c, s) => Boolean(region(c, s)?.copyPlans), 'POST /api/service-areas/:id/plans/:year/copy-from/:previousYear'],
      ['readRegionEvaluations, region readEvaluations', (c, s) => c.readRegionEvaluations && Boolean(region(c, s)?.readEvaluations), 'GET /api/regions/:code/evaluations'],
      ['place readParticipation (annual report)', (c, s) => Boolean(place(c, s)?.readParticipation), 'GET /api/meeting-places/:slugOrId/annual-report/:year.pdf'],
      ['region readEvaluations (annual report)', (c, s) => Boolean(region(c, s)?.readEvaluations), 'GET /api/regions/:code/annual-report/:year.pdf'],
    ];

    it.each(ROLES.map((role) => [role]))('as %s: each capability equals the allow or deny of its route', async (role) => {
      const { body: me } = await as(sessions.get(role)!, request(t.http).get('/api/auth/me')).expect(200);
      expect(me).toMatchObject({ email: expect.any(String), role, scope: expect.any(Object) });
      const advertised: [string, Scope, boolean][] = [];
      const actual: [string, Scope, boolean][] = [];
      for (const [name, read, route] of STANDS_FOR) {
        for (const scope of ['in', 'out'] as Scope[]) {
          const rule = RULES[route];
          const status = await send(route, role, await rule.call(scope));
          expect([route, scope, status === rule.ok || status === 403]).toEqual([route, scope, true]);
          advertised.push([name, scope, read(me.capabilities, scope)]);
          actual.push([name, scope, status === rule.ok]);
        }
      }
      expect(advertised).toEqual(actual);
    });
  });

  describe.each(Object.entries(RULES))('%s', (route, rule) => {
    it('answers 401 without a session, unless public', async () => {
      const status = await send(route, 'anonymous', await rule.call('in'));
      expect(status).toBe(rule.access === 'public' ? rule.ok : 401);
    });

    it.each(ROLES.map((role) => [role]))('as %s: allowed in scope, 403 outside it or for another role', async (role) => {
      const allowed = rule.access === 'public' || rule.access.includes(role);
      const results: [Scope, number][] = [];
      for (const scope of ['in', 'out'] as Scope[]) {
        if (scope === 'out' && !rule.scoped && role !== 'admin') continue;
        results.push([scope, await send(route, role, await rule.call(scope), { session: await sessionFor(role, rule) })]);
      }
      const expected = results.map(([scope]): [Scope, number] => [
        scope,
        !allowed ? 403 : scope === 'out' && rule.scoped?.includes(role) ? 403 : rule.ok,
      ]);
      expect(results).toEqual(expected);
    });

    if (rule.access !== 'public' && !route.startsWith('GET ')) {
      it('refuses the write without the CSRF header', async () => {
        const role = rule.access === 'public' ? 'admin' : rule.access[0];
        expect(await send(route, role, await rule.call('in'), { csrf: false })).toBe(403);
      });
    }
  });
});
