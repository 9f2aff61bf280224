import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { EVALUATION_FILLER_ROLES, EVALUATION_MANAGER_ROLES, REGION_EVALUATION_READER_ROLES } from '../access/access-policy';
import type { Principal } from '../access/principal';
import { Allow, ANY_ROLE, CurrentPrincipal } from '../auth/auth.decorators';
import { ProblemException } from '../common/problem';
import { startCsv } from '../exports/csv-response';
import { ProblemDto } from '../common/problem.dto';
import { ActionsService } from './actions.service';
import { ActionDto, CreateActionDto, PlaceActionsDto, UpdateActionDto } from './dto/action.dto';
import {
  CreateEvaluationDto,
  EvaluationAnswersDto,
  EvaluationComparisonDto,
  EvaluationDto,
  EvaluationYearQueryDto,
  RegionEvaluationsCsvQueryDto,
  RegionEvaluationsDto,
  RegionEvaluationsQueryDto,
} from './dto/evaluation.dto';
import { EvaluationsService } from './evaluations.service';
import { RegionEvaluationsService } from './region-evaluations.service';

const YEAR = /^(20[2-9][0-9]|2100)$/;

@ApiTags('evaluations')
@Controller()
export class EvaluationsController {
  constructor(
    private readonly evaluations: EvaluationsService,
    private readonly actions: ActionsService,
    private readonly regional: RegionEvaluationsService,
  ) {}

  @Post('meeting-places/:slugOrId/evaluations')
  @Allow(...EVALUATION_MANAGER_ROLES)
  @ApiOperation({
    summary: 'Start a self-evaluation, or assign a peer evaluation',
    description:
      'self: the place’s coordinators, its region’s analysts and admins. peer (with evaluatorPlace): the region’s analysts and admins. ' +
      'One evaluation per evaluating place and year; the answers follow the current version of peer-evaluation.',
  })
  @ApiCreatedResponse({ type: EvaluationDto })
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'Already evaluated by that place that year (type …/evaluation-exists)' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'A place cannot peer-evaluate itself (type …/self-peer-evaluation)' })
  create(@CurrentPrincipal() principal: Principal, @Param('slugOrId') slugOrId: string, @Body() body: CreateEvaluationDto): Promise<EvaluationDto> {
    return this.evaluations.create(principal, slugOrId, body);
  }

  @Get('meeting-places/:slugOrId/evaluations')
  @Allow(...ANY_ROLE)
  @ApiOperation({ summary: 'The evaluations of a place and those its team makes of other places', description: 'Whoever may see the place’s participation; never the answers.' })
  @ApiOkResponse({ type: [EvaluationDto] })
  @ApiNotFoundResponse({ type: ProblemDto })
  list(@CurrentPrincipal() principal: Principal, @Param('slugOrId') slugOrId: string, @Query() query: EvaluationYearQueryDto): Promise<EvaluationDto[]> {
    return this.evaluations.listForPlace(principal, slugOrId, query.year);
  }

  @Get('meeting-places/:slugOrId/evaluations/:year/comparison')
  @Allow(...ANY_ROLE)
  @ApiOperation({
    summary: 'Self versus peer evaluation of a year, per criterion and area, and the teams’ report text',
    description: 'Submitted evaluations only; gap = self − mean of the peers. Whoever may see the place’s participation.',
  })
  @ApiOkResponse({ type: EvaluationComparisonDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  comparison(@CurrentPrincipal() principal: Principal, @Param('slugOrId') slugOrId: string, @Param('year') year: string): Promise<EvaluationComparisonDto> {
    return this.evaluations.comparison(principal, slugOrId, this.requireYear(year));
  }

  @Get('evaluations/:id')
  @Allow(...ANY_ROLE)
  @ApiOperation({ summary: 'An evaluation', description: 'Answers only for the evaluating team and admins.' })
  @ApiOkResponse({ type: EvaluationDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<EvaluationDto> {
    return this.evaluations.get(principal, id);
  }

  @Put('evaluations/:id/answers')
  @Allow(...EVALUATION_FILLER_ROLES)
  @ApiOperation({ summary: 'Save a draft', description: 'The evaluating team’s coordinators and admins. Replaces the answers; a draft may be partial.' })
  @ApiOkResponse({ type: EvaluationDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'An answer not valid for the evaluation’s version' })
  @ApiConflictResponse({ type: ProblemDto, description: 'Already submitted (type …/evaluation-submitted)' })
  saveAnswers(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: EvaluationAnswersDto): Promise<EvaluationDto> {
    return this.evaluations.saveAnswers(principal, id, body);
  }

  @Post('evaluations/:id/submit')
  @HttpCode(200)
  @Allow(...EVALUATION_FILLER_ROLES)
  @ApiOperation({ summary: 'Submit and lock an evaluation', description: 'Every criterion and both summary texts must be answered.' })
  @ApiOkResponse({ type: EvaluationDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'Incomplete answers' })
  @ApiConflictResponse({ type: ProblemDto, description: 'Already submitted' })
  submit(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<EvaluationDto> {
    return this.evaluations.submit(principal, id);
  }

  @Post('meeting-places/:slugOrId/actions')
  @Allow(...EVALUATION_MANAGER_ROLES)
  @ApiOperation({ summary: 'Add a development action', description: 'The place’s coordinators, its region’s analysts and admins.' })
  @ApiCreatedResponse({ type: ActionDto })
  @ApiBadRequestResponse({ type: ProblemDto })
  createAction(@CurrentPrincipal() principal: Principal, @Param('slugOrId') slugOrId: string, @Body() body: CreateActionDto): Promise<ActionDto> {
    return this.actions.create(principal, slugOrId, body);
  }

  @Get('meeting-places/:slugOrId/actions')
  @Allow(...ANY_ROLE)
  @ApiOperation({ summary: 'A place’s development plan and its follow-ups', description: 'Whoever may see the place’s participation.' })
  @ApiOkResponse({ type: PlaceActionsDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  listActions(@CurrentPrincipal() principal: Principal, @Param('slugOrId') slugOrId: string): Promise<PlaceActionsDto> {
    return this.actions.list(principal, slugOrId);
  }

  @Patch('actions/:id')
  @Allow(...EVALUATION_MANAGER_ROLES)
  @ApiOperation({ summary: 'Follow up an action: a new status and a dated note' })
  @ApiOkResponse({ type: ActionDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  updateAction(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: UpdateActionDto): Promise<ActionDto> {
    return this.actions.update(principal, id, body);
  }

  @Get('regions/:code/evaluations')
  @Allow(...REGION_EVALUATION_READER_ROLES)
  @ApiOperation({ summary: 'A region’s places × criteria, missing evaluations and actions by status', description: 'The region’s analysts and admins.' })
  @ApiOkResponse({ type: RegionEvaluationsDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  region(@CurrentPrincipal() principal: Principal, @Param('code') code: string, @Query() query: RegionEvaluationsQueryDto): Promise<RegionEvaluationsDto> {
    return this.regional.view(principal, code, query.year);
  }

  @Get('regions/:code/evaluations.csv')
  @Allow(...REGION_EVALUATION_READER_ROLES)
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'One row per place and criterion; see docs/csv-format.md', schema: { type: 'string' } })
  async regionCsv(
    @CurrentPrincipal() principal: Principal,
    @Param('code') code: string,
    @Query() query: RegionEvaluationsCsvQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    const { text, filename } = await this.regional.csv(principal, code, query.year, query.dialect ?? 'rfc4180');
    startCsv(res, filename);
    res.end(text);
  }

  private requireYear(text: string): number {
    if (!YEAR.test(text)) throw new ProblemException(404, 'not-found', `"${text}" is not a year.`);
    return Number(text);
  }
}
