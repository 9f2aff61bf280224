import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { WRITTEN_ANSWER_ROLES } from '../access/access-policy';
import { Allow, ANY_ROLE, CurrentPrincipal } from '../auth/auth.decorators';
import type { Principal } from '../access/principal';
import { FreeTextDto, FreeTextQueryDto } from './dto/free-text.dto';
import { FreeTextService } from './free-text.service';
import { RespondentLanguagesDto } from './dto/respondent-languages.dto';
import { RespondentLanguagesService } from './respondent-languages.service';

@ApiTags('responses')
@Controller('meeting-places')
export class FreeTextController {
  constructor(
    private readonly freeText: FreeTextService,
    private readonly respondentLanguages: RespondentLanguagesService,
  ) {}

  @Get(':slugOrId/free-text')
  @Allow(...WRITTEN_ANSWER_ROLES)
  @ApiOkResponse({ type: FreeTextDto, description: 'For the place’s coordinators and admins; every read is audited' })
  forPlace(@Param('slugOrId') slugOrId: string, @Query() query: FreeTextQueryDto, @CurrentPrincipal() principal: Principal): Promise<FreeTextDto> {
    return this.freeText.forPlace(principal, slugOrId, query.period);
  }

  @Get(':slugOrId/respondent-languages')
  @Allow(...ANY_ROLE)
  @ApiOkResponse({
    type: RespondentLanguagesDto,
    description: 'Responses per language (participation only); for the place’s own staff roles, its region’s analysts and admins',
  })
  languages(
    @Param('slugOrId') slugOrId: string,
    @Query() query: FreeTextQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RespondentLanguagesDto> {
    return this.respondentLanguages.forPlace(principal, slugOrId, query.period);
  }
}
