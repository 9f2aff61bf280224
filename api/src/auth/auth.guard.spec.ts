import { Controller, ExecutionContext, Get, Logger, Post } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Allow, AllowExportToken, Public } from './auth.decorators';
import { AuthGuard } from './auth.guard';
import type { BearerAuthenticator } from './bearer-authenticator';
import type { SessionService } from './session.service';
import type { UsersService } from '../users/users.service';

@Controller()
class ExampleController {
  @Get() @Public() open() {}
  @Get() @Allow('admin', 'region-analyst') managers() {}
  @Get() @Allow('region-analyst') @AllowExportToken() export() {}
  @Post() @Allow('region-analyst') @AllowExportToken() exportWrite() {}
  @Get() forgotten() {}
}

const tokenPrincipal = {
  userId: 't',
  email: 'token',
  role: 'region-analyst' as const,
  regionCodes: ['04'],
  meetingPlaces: [],
  mustChangePassword: false,
  exportTokenId: 'token-1',
};

function contextFor(handler: keyof ExampleController, headers: Record<string, string> = {}, method = 'GET') {
  const request: Record<string, unknown> = { method, headers, cookies: {} };
  const context = {
    getHandler: () => ExampleController.prototype[handler],
    getClass: () => ExampleController,
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => ({ clearCookie: () => undefined, setHeader: () => undefined }) }),
  } as unknown as ExecutionContext;
  return { context, request };
}

describe('AuthGuard', () => {
  const bearer: BearerAuthenticator = { authenticate: async (token) => (token === 'good' ? tokenPrincipal : null) };
  const guard = (withBearer = true) =>
    new AuthGuard(new Reflector(), {} as SessionService, {} as UsersService, withBearer ? bearer : undefined);
  const status = async (promise: Promise<unknown>) => promise.then(() => 200, (e: { getStatus(): number; getResponse(): { type: string } }) => `${e.getStatus()} ${e.getResponse().type}`);

  it('lets anyone through a @Public route and denies a route that declares no rule', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    expect(await status(guard().canActivate(contextFor('open').context))).toBe(200);
    expect(await status(guard().canActivate(contextFor('forgotten').context))).toBe('403 /problems/no-access-rule');
    expect(logged).toHaveBeenCalledWith('ExampleController.forgotten declares neither @Public nor @Allow: denied');
    logged.mockRestore();
  });

  it('answers 401 without a session cookie', async () => {
    expect(await status(guard().canActivate(contextFor('managers').context))).toBe('401 /problems/unauthenticated');
  });

  it('accepts a bearer token from the plugged-in authenticator on @AllowExportToken routes only, with no CSRF token', async () => {
    const { context, request } = contextFor('export', { authorization: 'Bearer good' });
    expect(await status(guard().canActivate(context))).toBe(200);
    expect(request.principal).toEqual({ ...tokenPrincipal, authenticatedBy: 'bearer' });
    expect(await status(guard().canActivate(contextFor('exportWrite', { authorization: 'Bearer good' }, 'POST').context))).toBe(200);
    expect(await status(guard().canActivate(contextFor('managers', { authorization: 'Bearer good' }).context))).toBe(
      '403 /problems/token-not-allowed',
    );
  });

  it('answers 401 for an unknown token, a malformed header, or when no authenticator is plugged in', async () => {
    expect(await status(guard().canActivate(contextFor('export', { authorization: 'Bearer bad' }).context))).toBe('401 /problems/invalid-token');
    expect(await status(guard().canActivate(contextFor('export', { authorization: 'Basic abc' }).context))).toBe('401 /problems/invalid-token');
    expect(await status(guard(false).canActivate(contextFor('export', { authorization: 'Bearer good' }).context))).toBe('401 /problems/invalid-token');
  });
});
