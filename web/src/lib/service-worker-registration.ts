import { isOfflinePagePath } from '../service-worker/cache-rules';

/**
 * Registers the app's service worker (web/src/service-worker/), which keeps the respondent
 * app and the kiosk, the places and the surveys a family opened for use without a network, and
 * sends the outbox on Background Sync.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker
    .register('/sw.js', { scope: '/' })
    .catch((error: unknown) => console.warn('Kohtaamo: no offline use on this device', error));

  // On the first visit the page loads before the worker controls it, and the survey's code
  // arrives later still: hand the worker every resource a respondent page loads, as it loads.
  const offer = (urls: string[]) => {
    if (!isOfflinePagePath(window.location.pathname) || urls.length === 0) return;
    void navigator.serviceWorker.ready.then((registration) =>
      registration.active?.postMessage({ type: 'cache-loaded', urls }),
    );
  };
  offer([window.location.href]);
  new PerformanceObserver((list) => offer(list.getEntries().map((entry) => entry.name))).observe({
    type: 'resource',
    buffered: true,
  });
}
