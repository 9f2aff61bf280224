// The server renders the first screen of some pages into the HTML (api/src/web/respondent-
// prerender.ts), in an element of its own beside #root, so that it paints before any script.
// The app keeps it on screen (and #root hidden, see app.css) until it can show the same page
// itself, then removes it in the same frame: no flash of "Loading…" and no jump.

export const PRERENDERED_ID = 'prerendered';

/** Hands the screen over from the server's copy to the app (a no-op when there is none). */
export function removePrerendered(): void {
  document.getElementById(PRERENDERED_ID)?.remove();
}

/**
 * Drops a server's copy made for another page: the service worker serves one cached HTML for
 * every page offline, which may be a survey page's. Called before the app first renders.
 */
export function discardStalePrerendered(): void {
  const element = document.getElementById(PRERENDERED_ID);
  if (element && element.dataset.path !== window.location.pathname) element.remove();
}
