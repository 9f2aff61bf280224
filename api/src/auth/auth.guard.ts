import { CanActivate, ExecutionContext, Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { ProblemException } from '../common/problem';
import { UsersService } from '../users/users.service';
import { clearSessionCookies, CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from './auth-cookies';
import { ALLOW_KEY, AuthenticatedRequest, DURING_PASSWORD_CHANGE_KEY, EXPORT_TOKEN_KEY, PUBLIC_KEY, RECOGNISES_STAFF_KEY } from './auth.decorators';
import { BEARER_AUTHENTICATOR, BearerAuthenticator } from './bearer-authenticator';
import type { Principal } from '../access/principal';
import type { Role } from '../access/roles';
import { SessionService, sha256 } from './session.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The global guard: deny by default. A route is reachable only if it says so, with @Public()
 * or @Allow(...roles); scope checks follow in the services. Order of answers: 401 (who are
 * you?), 403 bearer token on a route that takes none, 403 CSRF, 403 password change pending,
 * 403 role.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('AuthGuard');

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly users: UsersService,
    @Optional() @Inject(BEARER_AUTHENTICATOR) private readonly bearer?: BearerAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      if (this.reflector.getAllAndOverride<boolean>(RECOGNISES_STAFF_KEY, targets)) await this.recogniseStaff(context);
      return true;
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOW_KEY, targets);
    if (!roles) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares neither @Public nor @Allow: denied`);
      throw new ProblemException(403, 'no-access-rule', 'This endpoint is not open to anyone yet.');
    }

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    // What a logged-in route answers depends on who asks: no cache may keep it for the next
    // person at a shared computer (the refusals included).
    response.setHeader('Cache-Control', 'no-store');
    const { principal, csrfHash } = await this.authenticate(request, response);
    if (principal.authenticatedBy === 'bearer' && !this.reflector.getAllAndOverride<boolean>(EXPORT_TOKEN_KEY, targets)) {
      throw new ProblemException(403, 'token-not-allowed', 'An export token can only download exports; log in for everything else.');
    }

    if (csrfHash !== undefined && !SAFE_METHODS.has(request.method)) this.checkCsrf(request, csrfHash);
    if (principal.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(DURING_PASSWORD_CHANGE_KEY, targets)) {
      throw new ProblemException(
        403,
        'password-change-required',
        'Change your temporary password first (POST /api/auth/password).',
      );
    }
    if (!roles.includes(principal.role)) {
      throw new ProblemException(403, 'role-not-allowed', `Your role (${principal.role}) cannot use this endpoint.`);
    }
    request.principal = principal;
    return true;
  }

  /** A public route that recognises staff: a valid session with its CSRF token, else nothing (never an error). */
  private async recogniseStaff(context: ExecutionContext): Promise<void> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token: unknown = request.cookies?.[SESSION_COOKIE];
    if (typeof token !== 'string' || token === '' || request.headers.authorization !== undefined) return;
    const session = await this.sessions.authenticate(token);
    const loaded = session ? await this.users.loadPrincipal(session.userId) : null;
    if (!session || !loaded || loaded.mustChangePassword) return;
    try {
      this.checkCsrf(request, session.csrfHash);
    } catch {
      return;
    }
    request.principal = { ...loaded, authenticatedBy: 'session', sessionId: session.tokenHash };
  }

  /** The principal, and for cookie sessions the hash of the session's CSRF token. */
  private async authenticate(request: AuthenticatedRequest, response: Response): Promise<{ principal: Principal; csrfHash?: string }> {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
      const found = token && this.bearer ? await this.bearer.authenticate(token) : null;
      if (!found) throw new ProblemException(401, 'invalid-token', 'The bearer token is not valid.');
      return { principal: { ...found, authenticatedBy: 'bearer' } };
    }

    const token: unknown = request.cookies?.[SESSION_COOKIE];
    if (typeof token !== 'string' || token === '') {
      throw new ProblemException(401, 'unauthenticated', 'Log in to use this endpoint.');
    }
    const session = await this.sessions.authenticate(token);
    const loaded = session ? await this.users.loadPrincipal(session.userId) : null;
    if (!session || !loaded) {
      clearSessionCookies(request, response);
      throw new ProblemException(401, 'session-expired', 'Your session has ended. Log in again.');
    }
    return { principal: { ...loaded, authenticatedBy: 'session', sessionId: session.tokenHash }, csrfHash: session.csrfHash };
  }

  /**
   * Double-submit: the header must repeat the readable csrf-token cookie, and that token must
   * be the one issued with this session (a cookie planted from a sibling subdomain fails).
   */
  private checkCsrf(request: AuthenticatedRequest, csrfHash: string): void {
    const header = request.headers[CSRF_HEADER];
    const cookie: unknown = request.cookies?.[CSRF_COOKIE];
    const valid =
      typeof header === 'string' &&
      header !== '' &&
      header === cookie &&
      timingSafeEqual(Buffer.from(sha256(header)), Buffer.from(csrfHash));
    if (!valid) {
      throw new ProblemException(
        403,
        'csrf-token-invalid',
        'Send the value of the csrf-token cookie in the X-CSRF-Token header with every change.',
      );
    }
  }
}
