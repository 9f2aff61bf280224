import { isCacheableApi, isOfflinePagePath, isRespondentPath, isSurveyPath, shellKeyOf } from './cache-rules';

// What the service worker may keep on a family's phone: the respondent app and public,
// session-free data, never staff pages or anything that depends on who is logged in.

test.each([
  ['/', true],
  ['/p/koivukyla', true],
  ['/p/koivukyla/poster/visitor-survey', true],
  ['/s/koivukyla/visitor-survey', true],
  ['/s/koivukyla/visitor-survey/v/1', true],
  ['/accessibility', true],
  ['/staff', false],
  ['/staff/login', false],
  ['/staff/dashboards/place/koivukyla', false],
  ['/s/koivukyla', false],
  ['/api/surveys', false],
])('%s is a respondent page: %s', (path, expected) => {
  expect(isRespondentPath(path)).toBe(expected);
});

test.each([
  ['/api/meeting-places/koivukyla', '', true],
  ['/api/surveys', '', true],
  ['/api/surveys/visitor-survey/versions/current', '', true],
  ['/api/surveys/visitor-survey/versions/2', '', true],
  ['/api/meeting-places', '', false],
  ['/api/meeting-places/koivukyla', '?lang=fi', false],
  ['/api/auth/session', '', false],
  ['/api/indicators/place/koivukyla', '', false],
  ['/api/exports/responses.csv', '', false],
  ['/api/responses', '', false],
  ['/api/free-text/koivukyla', '', false],
])('%s%s may be cached: %s', (path, search, expected) => {
  expect(isCacheableApi(path, search)).toBe(expected);
});

test('the kiosk works offline from its own page; staff pages never do', () => {
  expect(isOfflinePagePath('/kiosk')).toBe(true);
  expect(shellKeyOf('/kiosk')).toBe('/kiosk.html');
  expect(shellKeyOf('/s/koivukyla/visitor-survey')).toBe('/index.html');
  expect(isOfflinePagePath('/staff/kiosks')).toBe(false);
  expect(isOfflinePagePath('/kiosks')).toBe(false);
});

test('only a survey page makes the worker keep every language\'s survey-core strings', () => {
  expect(isSurveyPath('/s/koivukyla/visitor-survey')).toBe(true);
  expect(isSurveyPath('/s/koivukyla/visitor-survey/v/2')).toBe(true);
  expect(isSurveyPath('/p/koivukyla')).toBe(false);
  expect(isSurveyPath('/kiosk')).toBe(false);
  expect(isSurveyPath('/staff/rounds')).toBe(false);
});
