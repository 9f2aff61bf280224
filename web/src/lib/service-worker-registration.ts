import { isRespondentPath } from '../service-worker/cache-rules';

/**
 * Registers the app's service worker (web/src/service-worker/), which keeps the respondent
 * app, the places and the surveys a family opened for use without a network, and sends the
 * outbox on Background Sync.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  const offerLoaded = () => {
    // On the first visit the page loaded before the worker controlled it: hand it the list.
    if (!isRespondentPath(window.location.pathname)) return;
    const urls = [window.location.href, ...performance.getEntriesByType('resource').map((e) => e.name)];
    void navigator.serviceWorker.ready.then((registration) =>
      registration.active?.postMessage({ type: 'cache-loaded', urls }),
    );
  };
  navigator.serviceWorker
    .register('/sw.js', { scope: '/' })
    .then(offerLoaded)
    .catch((error: unknown) => console.warn('Kohtaamo: no offline use on this device', error));
  navigator.serviceWorker.addEventListener('controllerchange', offerLoaded);
}
