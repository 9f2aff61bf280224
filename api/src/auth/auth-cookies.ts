import type { CookieOptions, Request, Response } from 'express';

/** httpOnly: page scripts never see the session token. */
export const SESSION_COOKIE = 'kohtaamo-session';
/** Readable by the web app, which echoes it in X-CSRF-Token (double-submit). */
export const CSRF_COOKIE = 'csrf-token';
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Secure whenever the request came over https (req.secure honours X-Forwarded-Proto when
 * TRUST_PROXY says the proxy is ours), so plain-http local use still works.
 */
function options(request: Request, httpOnly: boolean, expires?: Date): CookieOptions {
  return { httpOnly, sameSite: 'lax', secure: request.secure, path: '/', ...(expires ? { expires } : {}) };
}

export function setSessionCookies(request: Request, response: Response, token: string, csrfToken: string, expires: Date): void {
  // A response that starts a session is never kept by a shared or browser cache.
  response.setHeader('Cache-Control', 'no-store');
  response.cookie(SESSION_COOKIE, token, options(request, true, expires));
  response.cookie(CSRF_COOKIE, csrfToken, options(request, false, expires));
}

export function clearSessionCookies(request: Request, response: Response): void {
  response.clearCookie(SESSION_COOKIE, options(request, true));
  response.clearCookie(CSRF_COOKIE, options(request, false));
}
