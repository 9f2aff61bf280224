import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PLAN_COPIER_ROLES, PLAN_MANAGER_ROLES } from '../access/access-policy';
import type { Principal } from '../access/principal';
import { Allow, ANY_ROLE, CurrentPrincipal } from '../auth/auth.decorators';
import { ProblemException, ValidationProblem } from '../common/problem';
import { ProblemDto } from '../common/problem.dto';
import { CoDevelopmentDaysService } from './co-development-days.service';
import { CoDevelopmentDayDto, CoDevelopmentDaysQueryDto, CreateCoDevelopmentDayDto } from './dto/co-development-day.dto';
import { CopyPlansResultDto, PlanDto, PlanRemindersDto, PutPlanDto } from './dto/plan.dto';
import { FIRST_PLAN_YEAR, LAST_PLAN_YEAR, PlansService } from './plans.service';

/** A year in a path: not four digits → 404 (no such resource); four digits out of range → 400. */
function planYear(text: string, field = 'year'): number {
  if (!/^\d{4}$/.test(text)) throw new ProblemException(404, 'not-found', `"${text}" is not a year.`);
  const year = Number(text);
  if (year < FIRST_PLAN_YEAR || year > LAST_PLAN_YEAR) {
    throw new ValidationProblem([{ field, message: `${field} must be from ${FIRST_PLAN_YEAR} to ${LAST_PLAN_YEAR}.`, code: 'year-out-of-range' }]);
  }
  return year;
}

@ApiTags('plans')
@Controller()
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly days: CoDevelopmentDaysService,
  ) {}

  @Put('meeting-places/:slugOrId/plans/:year')
  @Allow(...PLAN_MANAGER_ROLES)
  @ApiOperation({
    summary: 'Save a place’s evaluation plan for a year',
    description:
      'The place’s coordinators, its region’s analysts and admins. Replaces the activities (kind and due month, within the year) and the targets ' +
      '(one per catalogue indicator, in its unit: a share 0–1, a mean on its scale). Answers the plan with computed statuses.',
  })
  @ApiOkResponse({ type: PlanDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'due outside the year, unknown indicator, target out of range, duplicate target' })
  @ApiNotFoundResponse({ type: ProblemDto })
  put(@CurrentPrincipal() principal: Principal, @Param('slugOrId') slugOrId: string, @Param('year') year: string, @Body() body: PutPlanDto): Promise<PlanDto> {
    return this.plans.put(principal, slugOrId, planYear(year), body);
  }

  @Get('meeting-places/:slugOrId/plans/:year')
  @Allow(...ANY_ROLE)
  @ApiOperation({
    summary: 'A place’s evaluation plan for a year, with statuses and targets',
    description:
      'Whoever may see the place’s participation (its coordinators and steering group, its region’s analysts, admins). Each activity’s status is ' +
      'computed now: upcoming before its month, due in it, overdue after it, done when a round of the instrument closed with answers, the ' +
      'evaluation was submitted or a co-development day recorded in the year. Each target is assessed against the released figure and its interval. ' +
      'Without a saved plan: exists false and empty lists.',
  })
  @ApiOkResponse({ type: PlanDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@CurrentPrincipal() principal: Principal, @Param('slugOrId') slugOrId: string, @Param('year') year: string): Promise<PlanDto> {
    return this.plans.get(principal, slugOrId, planYear(year));
  }

  @Post('service-areas/:id/plans/:year/copy-from/:previousYear')
  @HttpCode(200)
  @Allow(...PLAN_COPIER_ROLES)
  @ApiOperation({
    summary: 'Copy last year’s plans to every place of a service area',
    description:
      'The region’s analysts and admins. Each active place of the area with a plan for previousYear gets a copy for year, due months moved by the ' +
      'years between; a place that already has a plan for year is skipped, never overwritten.',
  })
  @ApiOkResponse({ type: CopyPlansResultDto })
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  copy(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('year') year: string,
    @Param('previousYear') previousYear: string,
  ): Promise<CopyPlansResultDto> {
    return this.plans.copyForServiceArea(principal, id, planYear(year), planYear(previousYear, 'previousYear'));
  }

  @Get('plans/reminders')
  @Allow(...ANY_ROLE)
  @ApiOperation({ summary: 'Plan activities due this month or overdue, for the places in the user’s scope', description: 'For the staff home page.' })
  @ApiOkResponse({ type: PlanRemindersDto })
  reminders(@CurrentPrincipal() principal: Principal): Promise<PlanRemindersDto> {
    return this.plans.reminders(principal);
  }

  @Post('meeting-places/:slugOrId/co-development-days')
  @Allow(...PLAN_MANAGER_ROLES)
  @ApiOperation({
    summary: 'Record a co-development day or community meeting',
    description:
      'The place’s coordinators, its region’s analysts and admins. Participants as counts only; the date not in the future. Actions agreed on the day ' +
      'go into the development plan with source.kind co-development and source.id the day’s id.',
  })
  @ApiCreatedResponse({ type: CoDevelopmentDayDto })
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  createDay(@CurrentPrincipal() principal: Principal, @Param('slugOrId') slugOrId: string, @Body() body: CreateCoDevelopmentDayDto): Promise<CoDevelopmentDayDto> {
    return this.days.create(principal, slugOrId, body);
  }

  @Get('meeting-places/:slugOrId/co-development-days')
  @Allow(...ANY_ROLE)
  @ApiOperation({ summary: 'A place’s co-development days, latest first, with the actions agreed on each', description: 'Whoever may see the place’s participation.' })
  @ApiOkResponse({ type: [CoDevelopmentDayDto] })
  @ApiNotFoundResponse({ type: ProblemDto })
  listDays(@CurrentPrincipal() principal: Principal, @Param('slugOrId') slugOrId: string, @Query() query: CoDevelopmentDaysQueryDto): Promise<CoDevelopmentDayDto[]> {
    return this.days.list(principal, slugOrId, query.year ? Number(query.year) : undefined);
  }
}
