import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type {
  ActionStatus,
  AnnualReportData,
  PlanActivityStatus,
  RegionAnnualReportData,
  RegionReportPlace,
  ReportAction,
  ReportChange,
  ReportCoDevelopmentDay,
  ReportEvaluation,
  ReportFigure,
  ReportIndicator,
  ReportLanguage,
  ReportPlanActivity,
  ReportPlanning,
  ReportRound,
  TargetAssessment,
} from '../../../../reports/annual-report';
import { REPORT_LANGUAGES } from '../../../../reports/annual-report';
import type { IndicatorDirection, IndicatorUnit } from '../../../../reports/indicator-catalogue';
import { LocalisedTextDto } from '../../common/localised-text.dto';
import { FIGURE_STATUSES, type FigureStatus } from '../../indicators/dto/indicator-result.dto';

// The JSON form of the annual report (the printable web page reads it); each class implements
// the pure type of reports/annual-report.ts that the PDF layout reads, so the two cannot drift.

export class AnnualReportQueryDto {
  @ApiPropertyOptional({ enum: REPORT_LANGUAGES, description: 'The PDF’s language; Finnish by default' })
  @IsOptional()
  @IsIn(REPORT_LANGUAGES, { message: 'lang must be fi, sv or en' })
  lang?: ReportLanguage;
}

const PAIR: { type: [NumberConstructor]; minItems: number; maxItems: number } = { type: [Number], minItems: 2, maxItems: 2 };

export class ReportFigureDto implements ReportFigure {
  @ApiProperty({ type: Number, nullable: true, example: 0.8333, description: 'null unless published (suppressed cells stay suppressed)' })
  value: number | null;

  @ApiProperty({ example: 24, description: 'Respondents (participation, exact)' })
  n: number;

  @ApiProperty({ enum: FIGURE_STATUSES })
  status: FigureStatus;

  @ApiProperty({ ...PAIR, nullable: true, example: [0.64, 0.93] })
  ci95: [number, number] | null;
}

export class KeyedFigureDto extends ReportFigureDto {
  @ApiProperty({ example: 'felt-welcome' })
  key: string;
}

export class PreviousFigureDto extends ReportFigureDto {
  @ApiProperty({ example: '2025' })
  period: string;
}

export class ReportChangeDto implements ReportChange {
  @ApiProperty({ example: 0.052 })
  value: number;

  @ApiProperty({ ...PAIR, example: [-0.03, 0.13] })
  ci95: [number, number];

  @ApiProperty({ description: 'Its own 95 % interval excludes 0' })
  clear: boolean;

  @ApiProperty({ description: 'Both periods asked the same question' })
  comparable: boolean;
}

export class ReportTargetDto {
  @ApiProperty({ example: 0.8, description: 'On the indicator’s own scale (a share 0–1 or a mean)' })
  target: number;

  @ApiProperty({ enum: ['met', 'not-met', 'undecidable', 'no-figure'] })
  assessment: TargetAssessment;
}

export class ReportIndicatorDto extends KeyedFigureDto implements ReportIndicator {
  @ApiProperty({ type: LocalisedTextDto })
  title: LocalisedTextDto;

  @ApiProperty({ enum: ['share', 'mean'] })
  unit: IndicatorUnit;

  @ApiProperty({ enum: ['higher-is-better', 'lower-is-better'] })
  direction: IndicatorDirection;

  @ApiProperty({ type: PreviousFigureDto, nullable: true })
  previous: PreviousFigureDto | null;

  @ApiProperty({ type: ReportChangeDto, nullable: true })
  change: ReportChangeDto | null;

  @ApiProperty({ type: ReportTargetDto, nullable: true, description: 'The target of the place’s evaluation plan, if it set one' })
  target: ReportTargetDto | null;
}

export class AnnualHalfYearDto {
  @ApiProperty({ example: '2026-H1' })
  period: string;

  @ApiProperty({ type: [ReportIndicatorDto] })
  indicators: ReportIndicatorDto[];
}

export class RoundIndicatorFigureDto extends KeyedFigureDto {
  @ApiProperty({ type: LocalisedTextDto })
  title: LocalisedTextDto;

  @ApiProperty({ enum: ['share', 'mean'] })
  unit: IndicatorUnit;
}

export class ReportRoundDto implements ReportRound {
  @ApiProperty({ example: '2026-04-06' })
  startsOn: string;

  @ApiProperty({ example: '2026-04-30' })
  endsOn: string;

  @ApiProperty({ example: 'closed' })
  status: string;

  @ApiProperty({ example: 14, description: 'Children who answered (participation, exact)' })
  respondents: number;

  @ApiProperty()
  released: boolean;

  @ApiProperty({ type: [RoundIndicatorFigureDto] })
  indicators: RoundIndicatorFigureDto[];
}

export class ReportEvaluationRefDto {
  @ApiProperty({ enum: ['self', 'peer'] })
  kind: 'self' | 'peer';

  @ApiProperty({ type: LocalisedTextDto })
  evaluatorPlace: LocalisedTextDto;

  @ApiProperty({ enum: ['draft', 'submitted'] })
  status: 'draft' | 'submitted';
}

export class ReportScoreDto {
  @ApiProperty({ type: Number, nullable: true })
  self: number | null;

  @ApiProperty({ type: Number, nullable: true })
  peerMean: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'self − mean of the peers' })
  gap: number | null;
}

export class ReportAreaScoreDto extends ReportScoreDto {
  @ApiProperty({ example: 'activity' })
  area: string;

  @ApiProperty({ type: LocalisedTextDto })
  title: LocalisedTextDto;
}

export class ReportCriterionScoreDto extends ReportScoreDto {
  @ApiProperty({ example: 'crit_activity_encounter' })
  criterion: string;

  @ApiProperty({ type: LocalisedTextDto })
  title: LocalisedTextDto;
}

export class ReportEvaluationDto implements ReportEvaluation {
  @ApiProperty({ type: [ReportEvaluationRefDto] })
  evaluations: ReportEvaluationRefDto[];

  @ApiProperty({ type: [ReportAreaScoreDto] })
  areas: ReportAreaScoreDto[];

  @ApiProperty({ type: [ReportCriterionScoreDto] })
  criteria: ReportCriterionScoreDto[];

  @ApiProperty({ type: [String] })
  largestGaps: string[];
}

export class ReportActionDto implements ReportAction {
  @ApiProperty()
  title: string;

  @ApiProperty()
  owner: string;

  @ApiProperty({ example: '2026-06-30' })
  dueDate: string;

  @ApiProperty({ enum: ['planned', 'in-progress', 'done', 'dropped'] })
  status: ActionStatus;

  @ApiProperty()
  overdue: boolean;
}

export class ReportPlanActivityDto implements ReportPlanActivity {
  @ApiProperty({ example: 'visitor-survey' })
  kind: string;

  @ApiProperty({ example: '2026-03' })
  due: string;

  @ApiProperty({ enum: ['upcoming', 'due', 'done', 'overdue'] })
  status: PlanActivityStatus;
}

export class ReportPlanDto {
  @ApiProperty({ type: [ReportPlanActivityDto] })
  activities: ReportPlanActivityDto[];
}

export class ReportParticipantsDto {
  @ApiProperty()
  families: number;

  @ApiProperty()
  children: number;

  @ApiProperty()
  staff: number;

  @ApiProperty()
  partners: number;
}

export class ReportCoDevelopmentDayDto implements ReportCoDevelopmentDay {
  @ApiProperty({ example: '2026-05-12' })
  date: string;

  @ApiProperty({ type: ReportParticipantsDto })
  participants: ReportParticipantsDto;

  @ApiProperty({ type: [String] })
  themes: string[];

  @ApiProperty({ description: 'What the day agreed, as recorded by the staff' })
  outcomes: string;
}

export class ReportPlanningDto implements ReportPlanning {
  @ApiProperty({ type: ReportPlanDto, nullable: true, description: 'null when the place made no plan for the year' })
  plan: ReportPlanDto | null;

  @ApiProperty({ type: [ReportCoDevelopmentDayDto] })
  coDevelopmentDays: ReportCoDevelopmentDayDto[];
}

export class ReportPlaceRefDto {
  @ApiProperty({ example: 'koivukyla' })
  slug: string;

  @ApiProperty({ type: LocalisedTextDto })
  name: LocalisedTextDto;
}

export class ReportRegionRefDto {
  @ApiProperty({ example: '04' })
  code: string;

  @ApiProperty({ type: LocalisedTextDto })
  name: LocalisedTextDto;
}

export class AnnualReportDto implements AnnualReportData {
  @ApiProperty({ type: ReportPlaceRefDto })
  meetingPlace: ReportPlaceRefDto;

  @ApiProperty({ type: ReportRegionRefDto })
  region: ReportRegionRefDto;

  @ApiProperty({ example: 2026 })
  year: number;

  @ApiProperty({ example: '2027-01-20T08:00:00.000Z', description: 'When it was made: the figures released by then' })
  generatedAt: string;

  @ApiProperty({ type: [ReportIndicatorDto], description: 'The indicators published per year, with last year’s and the change' })
  indicators: ReportIndicatorDto[];

  @ApiProperty({ type: [AnnualHalfYearDto], description: 'The indicators published per half-year only' })
  halfYearly: AnnualHalfYearDto[];

  @ApiProperty({ type: [ReportRoundDto], description: 'The year’s Huomaa minut rounds, oldest first' })
  rounds: ReportRoundDto[];

  @ApiProperty({ type: ReportEvaluationDto })
  evaluation: ReportEvaluationDto;

  @ApiProperty({ type: [ReportActionDto], description: 'Due in the year, or open from before' })
  actions: ReportActionDto[];

  @ApiProperty({ type: ReportPlanningDto, nullable: true, description: 'null when evaluation plans are not available in this installation' })
  planning: ReportPlanningDto | null;
}

export class PlanCountsDto implements Record<PlanActivityStatus, number> {
  @ApiProperty()
  upcoming: number;

  @ApiProperty()
  due: number;

  @ApiProperty()
  done: number;

  @ApiProperty()
  overdue: number;
}

export class EvaluationsDoneDto {
  @ApiProperty({ description: 'Its self-evaluation of the year was submitted' })
  self: boolean;

  @ApiProperty({ description: 'Submitted peer evaluations of it in the year' })
  peers: number;
}

export class RegionActionCountsDto implements Record<ActionStatus | 'overdue', number> {
  @ApiProperty()
  planned: number;

  @ApiProperty({ name: 'in-progress' })
  'in-progress': number;

  @ApiProperty()
  done: number;

  @ApiProperty()
  dropped: number;

  @ApiProperty()
  overdue: number;
}

export class RegionReportPlaceDto implements RegionReportPlace {
  @ApiProperty({ type: ReportPlaceRefDto })
  meetingPlace: ReportPlaceRefDto;

  @ApiProperty({ type: [KeyedFigureDto] })
  indicators: KeyedFigureDto[];

  @ApiProperty({ type: PlanCountsDto, nullable: true })
  plan: PlanCountsDto | null;

  @ApiProperty({ type: EvaluationsDoneDto })
  evaluations: EvaluationsDoneDto;

  @ApiProperty({ type: RegionActionCountsDto })
  actions: RegionActionCountsDto;

  @ApiProperty({ type: Number, nullable: true, description: 'null when co-development days are not available in this installation' })
  coDevelopmentDays: number | null;
}

export class RegionIndicatorRefDto {
  @ApiProperty({ example: 'felt-welcome' })
  key: string;

  @ApiProperty({ type: LocalisedTextDto })
  title: LocalisedTextDto;

  @ApiProperty({ enum: ['share', 'mean'] })
  unit: IndicatorUnit;
}

export class RegionAnnualReportDto implements RegionAnnualReportData {
  @ApiProperty({ type: ReportRegionRefDto })
  region: ReportRegionRefDto;

  @ApiProperty({ example: 2026 })
  year: number;

  @ApiProperty()
  generatedAt: string;

  @ApiProperty({ type: [RegionIndicatorRefDto], description: 'The key indicators: the core shared ones published per year' })
  indicators: RegionIndicatorRefDto[];

  @ApiProperty({ type: [KeyedFigureDto], description: 'The region as a whole (respondents pooled)' })
  total: KeyedFigureDto[];

  @ApiProperty({ type: [RegionReportPlaceDto], description: 'Its active places' })
  places: RegionReportPlaceDto[];

  @ApiProperty()
  planningAvailable: boolean;
}
