import type { CookieOptions, Request, Response } from 'express';

/** httpOnly: page scripts never see the session token. */
export const SESSION_COOKIE = 'kohtaamo-session';
/** Readable by the web app, which echoes it in X-CSRF-Token (double-submit). */
export const CSRF_COOKIE = 'csrf-token';
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Secure whenever the request came over https (req.secure honours X-Forwarded-Proto when
 * TRUST_PROXY says the proxy is ours), so plain-http local use still works. No Expires: the
 * cookies end with the browser, and the server ends the session at its own idle and absolute
 * timeouts (by its clock, which a browser's may not agree with).
 */
function options(request: Request, httpOnly: boolean): CookieOptions {
  return { httpOnly, sameSite: 'lax', secure: request.secure, path: '/' };
}

export function setSessionCookies(request: Request, response: Response, token: string, csrfToken: string): void {
  // A response that starts a session is never kept by a shared or browser cache.
  response.setHeader('Cache-Control', 'no-store');
  response.cookie(SESSION_COOKIE, token, options(request, true));
  response.cookie(CSRF_COOKIE, csrfToken, options(request, false));
}

export function clearSessionCookies(request: Request, response: Response): void {
  response.clearCookie(SESSION_COOKIE, options(request, true));
  response.clearCookie(CSRF_COOKIE, options(request, false));
}
