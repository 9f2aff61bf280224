import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNumber, IsString, Matches, ValidateNested } from 'class-validator';
import { INDICATOR_CATALOGUE } from '../../../../reports/indicator-catalogue';
import { ACTIVITY_STATUSES, ActivityStatus, PLAN_ACTIVITY_KINDS, PlanActivityKind } from '../../../../reports/plan-status';
import { TARGET_ASSESSMENTS, TargetAssessment } from '../../../../reports/target-assessment';

const INDICATOR_KEYS = INDICATOR_CATALOGUE.map((indicator) => indicator.key);
/** More than two a month would not be a plan but a diary. */
export const MAX_PLAN_ACTIVITIES = 24;

export class PlanActivityInputDto {
  @ApiProperty({ enum: PLAN_ACTIVITY_KINDS, example: 'visitor-survey' })
  @IsIn(PLAN_ACTIVITY_KINDS, { message: `kind must be one of ${PLAN_ACTIVITY_KINDS.join(', ')}` })
  kind: PlanActivityKind;

  @ApiProperty({ example: '2027-03', description: 'The month it is planned for (YYYY-MM), within the plan’s year' })
  @IsString()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'due must be a month written YYYY-MM' })
  due: string;
}

export class PlanTargetInputDto {
  @ApiProperty({ enum: INDICATOR_KEYS, example: 'felt-welcome' })
  @IsIn(INDICATOR_KEYS, { message: 'indicator must be a key of the indicator catalogue' })
  indicator: string;

  @ApiProperty({ example: 0.85, description: 'In the indicator’s own unit: a share as a fraction 0–1, a mean on its scale' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'target must be a number' })
  target: number;
}

export class PutPlanDto {
  @ApiProperty({ type: [PlanActivityInputDto] })
  @IsArray()
  @ArrayMaxSize(MAX_PLAN_ACTIVITIES, { message: `a plan has at most ${MAX_PLAN_ACTIVITIES} activities` })
  @ValidateNested({ each: true })
  @Type(() => PlanActivityInputDto)
  activities: PlanActivityInputDto[];

  @ApiProperty({ type: [PlanTargetInputDto] })
  @IsArray()
  @ArrayMaxSize(INDICATOR_KEYS.length, { message: 'a plan has at most one target per indicator' })
  @ValidateNested({ each: true })
  @Type(() => PlanTargetInputDto)
  targets: PlanTargetInputDto[];
}

export class PlanActivityDto {
  @ApiProperty({ enum: PLAN_ACTIVITY_KINDS })
  kind: PlanActivityKind;

  @ApiProperty({ example: '2027-03' })
  due: string;

  @ApiProperty({ enum: ACTIVITY_STATUSES, description: 'Computed: upcoming before its month, due in it, overdue after it, done when the data shows it happened' })
  status: ActivityStatus;

  @ApiProperty({ type: String, nullable: true, example: '2027-03-28', description: 'The day the round closed, the evaluation was submitted or the day was held' })
  completedOn: string | null;

  @ApiProperty({ description: 'Done, but after its month' })
  late: boolean;
}

export class TargetFigureDto {
  @ApiProperty({ example: '2026', description: 'The period of the released figure (a half-year for indicators published only per half-year)' })
  period: string;

  @ApiProperty({ type: Number, nullable: true })
  value: number | null;

  @ApiProperty({ type: [Number], minItems: 2, maxItems: 2, nullable: true })
  ci95: [number, number] | null;

  @ApiProperty()
  n: number;

  @ApiProperty({ description: 'The figure status as on the dashboards (published, suppressed, no-answers, not-released …)' })
  status: string;
}

export class PlanTargetDto {
  @ApiProperty({ example: 'felt-welcome' })
  indicator: string;

  @ApiProperty({ example: 0.85 })
  target: number;

  @ApiProperty({ enum: ['share', 'mean'] })
  unit: 'share' | 'mean';

  @ApiProperty({ enum: ['higher-is-better', 'lower-is-better'] })
  direction: 'higher-is-better' | 'lower-is-better';

  @ApiProperty({ type: TargetFigureDto, nullable: true, description: 'The place’s released figure of the plan’s year; null if the indicator has none' })
  figure: TargetFigureDto | null;

  @ApiProperty({ enum: TARGET_ASSESSMENTS, description: 'met / not-met when the whole interval is on one side of the target, undecidable when it contains it, no-figure without a released value' })
  assessment: TargetAssessment;
}

export class PlanStatusCountsDto {
  @ApiProperty() upcoming: number;
  @ApiProperty() due: number;
  @ApiProperty() done: number;
  @ApiProperty() overdue: number;
}

export class PlanDto {
  @ApiProperty({ example: 'koivukyla' })
  meetingPlace: string;

  @ApiProperty({ example: 2027 })
  year: number;

  @ApiProperty({ description: 'false: no plan has been saved for the year (activities and targets are empty)' })
  exists: boolean;

  @ApiProperty({ type: String, nullable: true })
  updatedAt: string | null;

  @ApiProperty({ example: '2026-12', description: 'The current Finnish month the statuses are computed for' })
  asOf: string;

  @ApiProperty({ type: [PlanActivityDto] })
  activities: PlanActivityDto[];

  @ApiProperty({ type: [PlanTargetDto] })
  targets: PlanTargetDto[];

  @ApiProperty({ type: PlanStatusCountsDto })
  counts: PlanStatusCountsDto;
}

export class CopyPlansResultDto {
  @ApiProperty({ example: 'keskinen' })
  serviceArea: string;

  @ApiProperty({ example: 2027 })
  year: number;

  @ApiProperty({ example: 2026 })
  fromYear: number;

  @ApiProperty({ type: [String], description: 'Places that got a copy of their plan of fromYear, due months moved to year' })
  copied: string[];

  @ApiProperty({ type: [String], description: 'Places left as they were: they already have a plan for year' })
  skipped: string[];

  @ApiProperty({ type: [String], description: 'Places without a plan for fromYear: nothing to copy' })
  withoutPlan: string[];
}

export class PlanReminderDto {
  @ApiProperty({ example: 'koivukyla' })
  meetingPlace: string;

  @ApiProperty({ description: 'The place’s name in Finnish (the web shows its own language from the places list)' })
  placeName: string;

  @ApiProperty({ example: 2026 })
  year: number;

  @ApiProperty({ enum: PLAN_ACTIVITY_KINDS })
  kind: PlanActivityKind;

  @ApiProperty({ example: '2026-12' })
  due: string;

  @ApiProperty({ enum: ['due', 'overdue'] })
  status: 'due' | 'overdue';
}

export class PlanRemindersDto {
  @ApiProperty({ example: '2026-12' })
  month: string;

  @ApiProperty({ type: [PlanReminderDto], description: 'Due this month or overdue, of this year’s and last year’s plans of the places in scope; overdue first' })
  reminders: PlanReminderDto[];
}
