import { Body, Controller, Headers, HttpStatus, Post, Res, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiForbiddenResponse,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { OptionalPrincipal, Public, RecognisesStaff } from '../auth/auth.decorators';
import type { Principal } from '../access/principal';
import { CreateResponseDto, ResponseReceiptDto } from './dto/create-response.dto';
import { ResponseRateLimiter } from './response-rate-limiter';
import { ResponsesService } from './responses.service';
import { isKioskAuthorization, kioskToken } from '../kiosks/kiosk-token';
import { KiosksService } from '../kiosks/kiosks.service';

@ApiTags('responses')
@Controller('responses')
export class ResponsesController {
  constructor(
    private readonly responses: ResponsesService,
    private readonly kiosks: KiosksService,
  ) {}

  @Post()
  @Public()
  @RecognisesStaff()
  @UseGuards(ResponseRateLimiter)
  @ApiCreatedResponse({ type: ResponseReceiptDto, description: 'Stored durably' })
  @ApiOkResponse({ type: ResponseReceiptDto, description: 'A replay of a stored response: nothing stored twice' })
  @ApiBadRequestResponse({ description: 'Invalid answers, with field-level errors (problem+json)' })
  @ApiNotFoundResponse({ description: 'Unknown survey, version or meeting place' })
  @ApiConflictResponse({
    description: 'The clientResponseId was used for a different response, or the survey takes answers only in an open round (type …/round-not-open)',
  })
  @ApiPayloadTooLargeResponse({ description: 'Body over 64 KiB' })
  @ApiTooManyRequestsResponse({ description: 'Too many answers from this address, or from this kiosk, in a minute; see Retry-After' })
  @ApiUnauthorizedResponse({
    description:
      'With `Authorization: Kiosk <token>`: an unknown token, or a revoked kiosk (type …/kiosk-revoked); ' +
      'a facilitated survey (Huomaa minut) sent neither from a kiosk nor signed in (type …/facilitator-required)',
  })
  @ApiForbiddenResponse({
    description: 'A kiosk answering for another meeting place (type …/kiosk-wrong-place); a facilitated survey sent by someone not on the place’s staff (type …/not-place-staff)',
  })
  async submit(
    @Body() body: CreateResponseDto,
    @Res({ passthrough: true }) res: Response,
    @OptionalPrincipal() staff: Principal | null,
    @Headers('authorization') authorization: string | undefined,
  ): Promise<ResponseReceiptDto> {
    // A kiosk tablet speaks for itself with its device token (api/src/kiosks).
    const kiosk = isKioskAuthorization(authorization) ? await this.kiosks.authenticate(kioskToken(authorization)) : null;
    const result = await this.responses.submit(body, staff, kiosk);
    res.status(result.created ? HttpStatus.CREATED : HttpStatus.OK);
    return result.receipt;
  }
}
