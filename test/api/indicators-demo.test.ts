import request from 'supertest';
import { createUser } from '../factories/user.factory';
import { as, logIn, TestSession } from '../support/session';
import { startTestApp, TestApp } from '../support/test-app';

describe('indicators over the demo data', () => {
  let t: TestApp;
  let session: TestSession;
  beforeAll(async () => {
    t = await startTestApp({ demoData: true });
    const user = await createUser(t.dataSource, 'steering-group');
    session = await logIn(t, user.email, user.password);
  }, 120_000);
  afterAll(() => t.close());

  const get = (url: string) => as(session, request(t.http).get(url));

  it('smoke', async () => {
    const year = new Date().getFullYear();
    let started = Date.now();
    const res = await get(`/api/indicators?level=region&code=04&period=${year}`);
    console.log(Date.now() - started, res.status, JSON.stringify(res.body, null, 1).slice(0, 3000));
    started = Date.now();
    const cmp = await get(`/api/indicators/comparison?level=region&code=04&period=${year}&childLevel=meeting-place`);
    console.log(Date.now() - started, cmp.status, JSON.stringify(cmp.body.areas.map((a: any) => [a.code, a.indicators.map((i: any) => [i.key, i.value, i.n])])).slice(0, 3000));
    started = Date.now();
    const s = await get(`/api/indicators/series?level=meeting-place&code=koivukyla&indicator=instant-positive&granularity=half-year`);
    console.log(Date.now() - started, s.status, JSON.stringify(s.body.points));
  });
});
