import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Allow, ANY_ROLE, CurrentPrincipal } from '../auth/auth.decorators';
import type { Principal } from '../access/principal';
import { ProblemDto } from '../common/problem.dto';
import { CreateRoundDto, ReopenRoundDto, RoundDto, RoundSummaryDto } from './dto/round.dto';
import { RoundsService } from './rounds.service';
import { RoundSummaryService } from './round-summary.service';
import { PLACE_MANAGER_ROLES, ROUND_REOPENER_ROLES } from '../access/access-policy';

@ApiTags('rounds')
@Controller()
export class RoundsController {
  constructor(
    private readonly rounds: RoundsService,
    private readonly summaries: RoundSummaryService,
  ) {}

  @Post('meeting-places/:slugOrId/rounds')
  @Allow(...PLACE_MANAGER_ROLES)
  @ApiOperation({
    summary: 'Plan a collection round',
    description:
      'The place’s coordinators, its region’s analysts and admins. Days are Finnish calendar days, both ends included; a round starts today or later. ' +
      'Huomaa minut takes answers only during its rounds; other surveys take answers at any time and their rounds decide when figures are released.',
  })
  @ApiCreatedResponse({ type: RoundDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'Invalid days, unknown survey, or days across the period the survey is released for' })
  @ApiConflictResponse({ type: ProblemDto, description: 'Another round of the same survey at this place shares a day (type …/round-overlaps)' })
  create(@CurrentPrincipal() principal: Principal, @Param('slugOrId') slugOrId: string, @Body() body: CreateRoundDto): Promise<RoundDto> {
    return this.rounds.create(principal, slugOrId, body);
  }

  @Get('meeting-places/:slugOrId/rounds')
  @Allow(...ANY_ROLE)
  @ApiOperation({ summary: 'The rounds of a place, newest first', description: 'Whoever may see the place’s participation.' })
  @ApiOkResponse({ type: [RoundDto] })
  @ApiNotFoundResponse({ type: ProblemDto })
  list(@CurrentPrincipal() principal: Principal, @Param('slugOrId') slugOrId: string): Promise<RoundDto[]> {
    return this.rounds.list(principal, slugOrId);
  }

  @Get('rounds/:id')
  @Allow(...ANY_ROLE)
  @ApiOkResponse({ type: RoundDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<RoundDto> {
    return this.rounds.get(principal, id);
  }

  @Get('rounds/:id/summary')
  @Allow(...ANY_ROLE)
  @ApiOperation({
    summary: 'A round: participation so far and, once released, its figures',
    description:
      'Participation (exact, by age band from 5 respondents). Figures appear only in the round’s release, computed when it has closed (and late answers had their day): ' +
      'each question’s counts and shares and the indicators beside the previous round’s, all only in a round of 5 or more. ' +
      'Written answers only for the place’s coordinators and admins, once closed.',
  })
  @ApiOkResponse({ type: RoundSummaryDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  summary(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<RoundSummaryDto> {
    return this.summaries.summary(principal, id);
  }

  @Post('rounds/:id/close')
  @HttpCode(200)
  @Allow(...PLACE_MANAGER_ROLES)
  @ApiOperation({ summary: 'Close an open round early, or cancel a scheduled one', description: 'A cancelled round frees its days for another round and is never released.' })
  @ApiOkResponse({ type: RoundDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The round is not open (type …/round-not-open)' })
  close(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<RoundDto> {
    return this.rounds.close(principal, id);
  }

  @Post('rounds/:id/reopen')
  @HttpCode(200)
  @Allow(...ROUND_REOPENER_ROLES)
  @ApiOperation({ summary: 'Reopen a closed round (admins)', description: 'Its next release is a revision, audited against the earlier one.' })
  @ApiOkResponse({ type: RoundDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'The last day has passed and no new one was given' })
  @ApiConflictResponse({ type: ProblemDto, description: 'The round is not closed, or the new days overlap another round' })
  reopen(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: ReopenRoundDto): Promise<RoundDto> {
    return this.rounds.reopen(principal, id, body);
  }
}
