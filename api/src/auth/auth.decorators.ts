import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiExtension, ApiForbiddenResponse, ApiSecurity, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { ProblemDto } from '../common/problem.dto';
import type { Principal } from '../access/principal';
import { ROLES, Role } from '../access/roles';

export const PUBLIC_KEY = 'kohtaamo:public';
export const ALLOW_KEY = 'kohtaamo:allow';
export const DURING_PASSWORD_CHANGE_KEY = 'kohtaamo:during-password-change';
export const EXPORT_TOKEN_KEY = 'kohtaamo:export-token';
export const RECOGNISES_STAFF_KEY = 'kohtaamo:recognises-staff';

/** Every logged-in role. */
export const ANY_ROLE: readonly Role[] = ROLES;

/**
 * Open to anyone, logged in or not. Only the routes the contract makes public carry it: the
 * global guard denies every route that declares neither @Public nor @Allow.
 */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_KEY, true), ApiExtension('x-kohtaamo-access', 'public'));

/**
 * On a public route: a signed-in staff member's valid session (with its CSRF token) is still
 * recognised, so the route may allow them a little more (an answer that arrives late from the
 * coordinator's tablet). Without a session, or with an invalid one, the request is anonymous.
 */
export const RecognisesStaff = () => SetMetadata(RECOGNISES_STAFF_KEY, true);

/** The staff member behind a public route marked @RecognisesStaff, if any. */
export const OptionalPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal | null => context.switchToHttp().getRequest<AuthenticatedRequest>().principal ?? null,
);

/**
 * Logged-in accounts with one of these roles. Scope (which places and regions) is checked by
 * the service with the loaded resource, see access-policy.ts.
 */
export const Allow = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ALLOW_KEY, roles),
    ApiExtension('x-kohtaamo-access', { roles }),
    ApiCookieAuth('session'),
    ApiSecurity('csrf'),
    ApiUnauthorizedResponse({ type: ProblemDto, description: 'Not logged in, or the session has ended' }),
    ApiForbiddenResponse({
      type: ProblemDto,
      description: `Roles allowed: ${roles.join(', ')}. 403 for other roles, outside the account's scope, a missing CSRF token on a write, or a password that must be changed first`,
    }),
  );

/** Also reachable while the account must change its temporary password (me, logout, password change). */
export const AllowDuringPasswordChange = () => SetMetadata(DURING_PASSWORD_CHANGE_KEY, true);

/**
 * Also reachable with `Authorization: Bearer <export token>` (the role and scope rules of
 * @Allow still apply to the token's principal). Every other route refuses bearer tokens, so a
 * leaked export token can download exports and nothing else.
 */
export const AllowExportToken = () => applyDecorators(SetMetadata(EXPORT_TOKEN_KEY, true), ApiBearerAuth('export-token'));

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
}

/** The logged-in principal of a route guarded by @Allow. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route without @Allow');
  return principal;
});
