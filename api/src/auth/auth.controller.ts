import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ProblemDto } from '../common/problem.dto';
import { clearSessionCookies, setSessionCookies } from './auth-cookies';
import { Allow, AllowDuringPasswordChange, ANY_ROLE, CurrentPrincipal, Public } from './auth.decorators';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto, MeDto } from './dto/auth.dto';
import type { Principal } from '../access/principal';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Log in',
    description:
      'Sets the httpOnly session cookie and the readable csrf-token cookie; send the latter back in X-CSRF-Token with every write. ' +
      'Sessions end after 30 minutes without requests and 12 hours after login (configurable).',
  })
  @ApiOkResponse({ type: MeDto })
  @ApiUnauthorizedResponse({ type: ProblemDto, description: 'Wrong email or password (the same answer for an unknown email, a locked or a deactivated account)' })
  @ApiTooManyRequestsResponse({ type: ProblemDto, description: 'Too many attempts from this address; see Retry-After' })
  async login(@Body() body: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<MeDto> {
    const { me, session } = await this.auth.login(body, request.ip ?? 'unknown');
    setSessionCookies(request, response, session.token, session.csrfToken);
    return me;
  }

  @Post('logout')
  @HttpCode(204)
  @Allow(...ANY_ROLE)
  @AllowDuringPasswordChange()
  @ApiOperation({ summary: 'Log out: ends the session and clears its cookies' })
  @ApiNoContentResponse()
  async logout(@CurrentPrincipal() principal: Principal, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(principal);
    clearSessionCookies(request, response);
  }

  @Get('me')
  @Allow(...ANY_ROLE)
  @AllowDuringPasswordChange()
  @ApiOperation({
    summary: 'The logged-in account: email, role, scope and capabilities',
    description: 'capabilities: what the account may do globally and at each region and meeting place, from the same access policy the routes apply.',
  })
  @ApiOkResponse({ type: MeDto })
  me(@CurrentPrincipal() principal: Principal): Promise<MeDto> {
    return this.auth.me(principal);
  }

  @Post('password')
  @HttpCode(204)
  @Allow(...ANY_ROLE)
  @AllowDuringPasswordChange()
  @ApiOperation({
    summary: 'Change the own password',
    description: 'At least 12 characters. Ends every session of the account and starts a new one (new cookies).',
  })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ type: ProblemDto, description: 'Wrong current password, or a new password that is too short or unchanged' })
  async changePassword(
    @CurrentPrincipal() principal: Principal,
    @Body() body: ChangePasswordDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const session = await this.auth.changePassword(principal, body);
    setSessionCookies(request, response, session.token, session.csrfToken);
  }
}
