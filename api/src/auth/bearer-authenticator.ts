import type { Principal } from './principal';

/**
 * Authenticates `Authorization: Bearer <token>` requests (export tokens, a later issue).
 * To plug one in, a @Global() module provides and exports BEARER_AUTHENTICATOR; the global
 * guard then uses it. Until then every bearer request is 401. Bearer requests need no CSRF
 * token: a browser never attaches the header by itself.
 */
export interface BearerAuthenticator {
  /** The principal the token acts for, or null when the token is unknown, expired or revoked. */
  authenticate(token: string): Promise<Omit<Principal, 'authenticatedBy' | 'sessionId'> | null>;
}

export const BEARER_AUTHENTICATOR = Symbol('BEARER_AUTHENTICATOR');
