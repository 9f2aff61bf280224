import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Req } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiGoneResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { PLACE_MANAGER_ROLES } from '../access/access-policy';
import type { Principal } from '../access/principal';
import { Allow, CurrentPrincipal, Public } from '../auth/auth.decorators';
import { ProblemDto } from '../common/problem.dto';
import { ActivatedKioskDto, ActivateKioskDto, CreateKioskDto, KioskDto, KioskStatusDto, RegisteredKioskDto, UpdateKioskDto } from './dto/kiosk.dto';
import { kioskToken } from './kiosk-token';
import { KiosksService } from './kiosks.service';


@ApiTags('kiosks')
/** Managing a place's kiosks follows canManagePlace: its coordinators, its region's analysts and admins; never steering groups. */
@Controller()
export class KiosksController {
  constructor(private readonly kiosks: KiosksService) {}

  @Post('meeting-places/:slugOrId/kiosks')
  @Allow(...PLACE_MANAGER_ROLES)
  @ApiOperation({ summary: 'Register a kiosk tablet', description: 'Answers a one-time setup code (valid 24 h) and its setup URL; neither is shown again.' })
  @ApiCreatedResponse({ type: RegisteredKioskDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  register(@CurrentPrincipal() principal: Principal, @Param('slugOrId') slugOrId: string, @Body() body: CreateKioskDto): Promise<RegisteredKioskDto> {
    return this.kiosks.register(principal, slugOrId, body);
  }

  @Get('meeting-places/:slugOrId/kiosks')
  @Allow(...PLACE_MANAGER_ROLES)
  @ApiOperation({ summary: 'The kiosks of a place', description: 'With when each was activated and last seen and how many answers it sent today (a count only).' })
  @ApiOkResponse({ type: [KioskDto] })
  list(@CurrentPrincipal() principal: Principal, @Param('slugOrId') slugOrId: string): Promise<KioskDto[]> {
    return this.kiosks.list(principal, slugOrId);
  }

  @Patch('kiosks/:id')
  @Allow(...PLACE_MANAGER_ROLES)
  @ApiOperation({ summary: 'Rename a kiosk, or change how close taps count once', description: 'The tablet learns a new interval when it next checks in.' })
  @ApiOkResponse({ type: KioskDto })
  update(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: UpdateKioskDto): Promise<KioskDto> {
    return this.kiosks.update(principal, id, body);
  }

  @Post('kiosks/:id/revoke')
  @HttpCode(200)
  @Allow(...PLACE_MANAGER_ROLES)
  @ApiOperation({ summary: 'Disconnect a kiosk (a lost or stolen tablet)', description: 'Its token is refused from now on, queued answers included.' })
  @ApiOkResponse({ type: KioskDto })
  revoke(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<KioskDto> {
    return this.kiosks.revoke(principal, id);
  }

  @Post('kiosks/activate')
  @Public()
  @ApiOperation({ summary: 'Activate a tablet with its setup code', description: 'Public, once per code, a few attempts per address and minute.' })
  @ApiCreatedResponse({ type: ActivatedKioskDto })
  @ApiGoneResponse({ type: ProblemDto, description: 'The code was used, has expired or does not exist (type …/setup-code-invalid)' })
  @ApiTooManyRequestsResponse({ type: ProblemDto })
  activate(@Body() body: ActivateKioskDto, @Req() request: Request): Promise<ActivatedKioskDto> {
    return this.kiosks.activate(body, request.ip ?? 'unknown');
  }

  @Get('kiosks/current')
  @Public()
  @ApiOperation({ summary: 'A kiosk checks in', description: 'With `Authorization: Kiosk <deviceToken>`: its name and place; 401 once revoked.' })
  @ApiOkResponse({ type: KioskStatusDto })
  @ApiUnauthorizedResponse({ type: ProblemDto, description: 'Unknown token, or the kiosk was revoked (type …/kiosk-revoked)' })
  async current(@Headers('authorization') authorization: string | undefined): Promise<KioskStatusDto> {
    return this.kiosks.status(await this.kiosks.authenticate(kioskToken(authorization)));
  }
}
