import { STAFF_CYCLE_INSTRUMENTS } from '../../../reports/instruments';
import { useSyncExternalStore, type MouseEvent } from 'react';

// A deliberately tiny router: a handful of fixed routes do not need react-router.

export type Route =
  | { name: 'home' }
  | { name: 'place'; placeSlug: string }
  | { name: 'poster'; placeSlug: string; surveyKey: string }
  | { name: 'respond'; placeSlug: string; surveyKey: string; version: number | 'current' }
  | { name: 'accessibility' }
  | { name: 'staff' }
  | { name: 'staff-login' }
  | { name: 'staff-password' }
  | { name: 'staff-users' }
  | { name: 'staff-places' }
  | { name: 'staff-exports' }
  | { name: 'staff-imports' }
  | { name: 'staff-rounds' }
  | { name: 'staff-round-summary'; roundId: string }
  | { name: 'staff-round-children'; roundId: string }
  | { name: 'staff-kiosks' }
  | { name: 'staff-evaluations' }
  | { name: 'staff-plans' }
  | { name: 'staff-annual-report' }
  | { name: 'staff-audit' }
  | { name: 'dashboards' }
  | { name: 'dashboard-place'; placeSlug: string }
  | { name: 'dashboard-region'; regionCode: string }
  | { name: 'dashboard-national' }
  | { name: 'not-found' };

const SEGMENT = '([^/]+)';

/** The self- and peer evaluation is staff work (/staff/evaluations): no poster, no public answer page. */
function isPublicSurvey(key: string): boolean {
  return !STAFF_CYCLE_INSTRUMENTS.includes(key);
}

const patterns: Array<[RegExp, (m: string[]) => Route | null]> = [
  [/^\/$/, () => ({ name: 'home' })],
  [/^\/accessibility$/, () => ({ name: 'accessibility' })],
  [/^\/staff$/, () => ({ name: 'staff' })],
  [/^\/staff\/login$/, () => ({ name: 'staff-login' })],
  [/^\/staff\/password$/, () => ({ name: 'staff-password' })],
  [/^\/staff\/users$/, () => ({ name: 'staff-users' })],
  [/^\/staff\/places$/, () => ({ name: 'staff-places' })],
  [/^\/staff\/exports$/, () => ({ name: 'staff-exports' })],
  [/^\/staff\/imports$/, () => ({ name: 'staff-imports' })],
  [/^\/staff\/rounds$/, () => ({ name: 'staff-rounds' })],
  [new RegExp(`^/staff/rounds/${SEGMENT}/summary$`), ([id]) => ({ name: 'staff-round-summary', roundId: id })],
  [new RegExp(`^/staff/rounds/${SEGMENT}/huomaa-minut$`), ([id]) => ({ name: 'staff-round-children', roundId: id })],
  [/^\/staff\/kiosks$/, () => ({ name: 'staff-kiosks' })],
  [/^\/staff\/evaluations$/, () => ({ name: 'staff-evaluations' })],
  [/^\/staff\/plans$/, () => ({ name: 'staff-plans' })],
  [/^\/staff\/annual-report$/, () => ({ name: 'staff-annual-report' })],
  [/^\/staff\/audit$/, () => ({ name: 'staff-audit' })],
  [/^\/staff\/dashboards$/, () => ({ name: 'dashboards' })],
  [/^\/staff\/dashboards\/national$/, () => ({ name: 'dashboard-national' })],
  [new RegExp(`^/staff/dashboards/place/${SEGMENT}$`), ([slug]) => ({ name: 'dashboard-place', placeSlug: slug })],
  [
    new RegExp(`^/staff/dashboards/region/${SEGMENT}$`),
    ([code]) => (/^[0-9]{2}$/.test(code) ? { name: 'dashboard-region', regionCode: code } : null),
  ],
  [new RegExp(`^/p/${SEGMENT}$`), ([slug]) => ({ name: 'place', placeSlug: slug })],
  [
    new RegExp(`^/p/${SEGMENT}/poster/${SEGMENT}$`),
    ([slug, key]) => (isPublicSurvey(key) ? { name: 'poster', placeSlug: slug, surveyKey: key } : null),
  ],
  [
    new RegExp(`^/s/${SEGMENT}/${SEGMENT}$`),
    ([slug, key]) => (isPublicSurvey(key) ? { name: 'respond', placeSlug: slug, surveyKey: key, version: 'current' } : null),
  ],
  [
    new RegExp(`^/s/${SEGMENT}/${SEGMENT}/v/${SEGMENT}$`),
    ([slug, key, version]) =>
      isPublicSurvey(key) && /^[1-9][0-9]{0,5}$/.test(version)
        ? { name: 'respond', placeSlug: slug, surveyKey: key, version: Number(version) }
        : null,
  ],
];

export function matchRoute(pathname: string): Route {
  // A trailing slash (as typed or as some QR scanners add) means the same page.
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  for (const [pattern, build] of patterns) {
    const match = pattern.exec(path);
    if (!match) continue;
    let params: string[];
    try {
      params = match.slice(1).map((p) => decodeURIComponent(p));
    } catch {
      return { name: 'not-found' };
    }
    const route = build(params);
    if (route) return route;
  }
  return { name: 'not-found' };
}

const NAVIGATE_EVENT = 'kohtaamo:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const currentHref = () => window.location.pathname + window.location.search;

/** The current path and query string; re-renders on navigation. */
export function useLocationHref(): string {
  return useSyncExternalStore(subscribe, currentHref);
}

/** Whether the app has navigated since the page was loaded (used to move focus). */
export let hasNavigated = false;

export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (href === currentHref()) return;
  if (options.replace) {
    window.history.replaceState(null, '', href);
  } else {
    hasNavigated = true;
    window.history.pushState(null, '', href);
    window.scrollTo(0, 0);
  }
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

window.addEventListener('popstate', () => {
  hasNavigated = true;
});

/** Click handler for same-origin links: keeps the SPA, leaves modified clicks to the browser. */
export function handleLinkClick(
  event: MouseEvent<HTMLAnchorElement>,
  options: { replace?: boolean } = {},
): void {
  const anchor = event.currentTarget;
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey ||
    anchor.target ||
    anchor.origin !== window.location.origin
  ) {
    return;
  }
  event.preventDefault();
  navigate(anchor.pathname + anchor.search, options);
}
