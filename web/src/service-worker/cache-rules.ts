// What the service worker may keep on a family's device. Pure functions, so the rules are
// unit-tested apart from the worker.

export type CacheRequest = { cache: Cache; key: string };

/** Pages of the respondent app (front page, place pages, surveys, accessibility statement). */
export function isRespondentPath(pathname: string): boolean {
  return (
    pathname === '/' ||
    pathname === '/index.html' ||
    pathname === '/accessibility' ||
    /^\/p\/[^/]+(\/poster\/[^/]+)?\/?$/.test(pathname) ||
    isSurveyPath(pathname)
  );
}

/** A survey page, where the family answers (`/s/<place>/<survey>`). */
export function isSurveyPath(pathname: string): boolean {
  return /^\/s\/[^/]+\/[^/]+(\/v\/\d+)?\/?$/.test(pathname);
}

/** Written by the build (web/vite.config.mts): `{ assets: string[] }`, every language's survey strings chunk (survey-core's and the plain page's). */
export const SURVEY_STRINGS_LIST = '/survey-strings.json';

/** The kiosk page: a tablet by the door that must reload and keep working with the network down. */
export function isKioskPath(pathname: string): boolean {
  return pathname === '/kiosk' || pathname === '/kiosk/' || pathname === '/kiosk.html';
}

/** Pages that work offline: the respondent app and the kiosk. */
export function isOfflinePagePath(pathname: string): boolean {
  return isRespondentPath(pathname) || isKioskPath(pathname);
}

/** The cached HTML a page is served from offline: the kiosk has its own, lighter page. */
export function shellKeyOf(pathname: string): string {
  return isKioskPath(pathname) ? '/kiosk.html' : '/index.html';
}

/**
 * API answers that are public and the same for everyone: a meeting place, the list of
 * surveys and a published survey version. Anything that depends on a session (staff data,
 * auth, exports) and anything with a query is never cached.
 */
export function isCacheableApi(pathname: string, search = ''): boolean {
  if (search !== '') return false;
  return (
    /^\/api\/meeting-places\/[^/]+$/.test(pathname) ||
    pathname === '/api/surveys' ||
    /^\/api\/surveys\/[^/]+\/versions\/[^/]+$/.test(pathname)
  );
}
