import type { Principal } from '../access/principal';

/**
 * Authenticates `Authorization: Bearer <token>` requests: export tokens, provided by
 * ExportTokensModule, which AuthModule imports. The guard knows only this interface. Bearer
 * requests need no CSRF token: a browser never attaches the header by itself.
 */
export interface BearerAuthenticator {
  /** The principal the token acts for, or null when the token is unknown, expired or revoked. */
  authenticate(token: string): Promise<Omit<Principal, 'authenticatedBy' | 'sessionId'> | null>;
}

export const BEARER_AUTHENTICATOR = Symbol('BEARER_AUTHENTICATOR');
