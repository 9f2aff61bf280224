import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, Matches, Max, Min } from 'class-validator';
import { CSV_DIALECTS, CsvDialect } from '../../../../reports/csv/csv-dialect';
import { EVALUATION_AREAS, EvaluationArea } from '../../../../reports/evaluation-comparison';
import { LocalisedTextDto } from '../../common/localised-text.dto';
import { EVALUATION_KINDS, EVALUATION_STATUSES, EvaluationKind, EvaluationStatus } from '../evaluation.entity';

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

export class CreateEvaluationDto {
  @ApiProperty({ example: 2026 })
  @IsInt({ message: 'year must be a whole number' })
  @Min(2020, { message: 'year must be 2020 or later' })
  @Max(2100, { message: 'year must be 2100 or earlier' })
  year: number;

  @ApiProperty({ enum: EVALUATION_KINDS, description: 'self: the place’s own team; peer: a team of another place, assigned by a region analyst or an admin' })
  @IsIn(EVALUATION_KINDS, { message: 'kind must be self or peer' })
  kind: EvaluationKind;

  @ApiPropertyOptional({ example: 'hakunila', description: 'For a peer evaluation: the slug of the place whose team evaluates' })
  @IsOptional()
  @Matches(SLUG, { message: 'evaluatorPlace must be a meeting place’s slug' })
  evaluatorPlace?: string;
}

export class EvaluationAnswersDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { crit_activity_encounter: 3, crit_activity_encounter_evidence: 'Jokainen tervehditään ovella.' },
    description: 'Question name → value, validated against the evaluation’s version of peer-evaluation; a draft may be partial',
  })
  @IsObject({ message: 'answers must be an object of question name → value' })
  answers: Record<string, unknown>;
}

export class EvaluationYearQueryDto {
  @ApiPropertyOptional({ example: 2026, description: 'Only this year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year must be a whole number' })
  year?: number;
}

export class RegionEvaluationsQueryDto {
  @ApiProperty({ example: 2026, description: 'The year whose missing evaluations are listed; scores are the latest up to it' })
  @Type(() => Number)
  @IsInt({ message: 'year must be a whole number' })
  @Min(2020, { message: 'year must be 2020 or later' })
  @Max(2100, { message: 'year must be 2100 or earlier' })
  year: number;
}

export class RegionEvaluationsCsvQueryDto extends RegionEvaluationsQueryDto {
  @ApiPropertyOptional({ enum: CSV_DIALECTS, default: 'rfc4180', description: 'excel-fi: BOM, semicolon, decimal comma' })
  @IsOptional()
  @IsIn(CSV_DIALECTS, { message: 'dialect must be rfc4180 or excel-fi' })
  dialect?: CsvDialect;
}

export class PlaceRefDto {
  @ApiProperty({ example: 'koivukyla' })
  slug: string;

  @ApiProperty({ type: LocalisedTextDto })
  name: LocalisedTextDto;
}

export class EvaluationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: PlaceRefDto, description: 'The place evaluated' })
  meetingPlace: PlaceRefDto;

  @ApiProperty({ type: PlaceRefDto, description: 'The place whose team evaluates (the same place for a self-evaluation)' })
  evaluatorPlace: PlaceRefDto;

  @ApiProperty({ example: 2026 })
  year: number;

  @ApiProperty({ enum: EVALUATION_KINDS })
  kind: EvaluationKind;

  @ApiProperty({ example: 2, description: 'The version of peer-evaluation its answers follow' })
  surveyVersion: number;

  @ApiProperty({ enum: EVALUATION_STATUSES })
  status: EvaluationStatus;

  @ApiProperty({ type: String, nullable: true })
  submittedAt: string | null;

  @ApiProperty({ example: '2026-12-01T08:00:00.000Z' })
  updatedAt: string;

  @ApiProperty({ description: 'Whether the reader may fill it in (the evaluating team, admins) while it is a draft' })
  canFill: boolean;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The answers, for the evaluating team and admins only; null for everyone else',
  })
  answers: Record<string, unknown> | null;
}

export class PeerScoreDto {
  @ApiProperty({ format: 'uuid' })
  evaluationId: string;

  @ApiProperty({ example: 'hakunila' })
  evaluatorPlace: string;

  @ApiProperty({ type: Number, nullable: true, example: 3 })
  score: number | null;
}

export class ComparedScoreDto {
  @ApiProperty({ type: Number, nullable: true, example: 3, description: 'The submitted self-evaluation’s score' })
  self: number | null;

  @ApiProperty({ type: [PeerScoreDto], description: 'Each submitted peer evaluation’s score (drafts never count)' })
  peers: PeerScoreDto[];

  @ApiProperty({ type: Number, nullable: true, example: 2.5 })
  peerMean: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 0.5, description: 'self − peerMean, unrounded' })
  gap: number | null;
}

export class CriterionComparisonDto extends ComparedScoreDto {
  @ApiProperty({ example: 'crit_activity_encounter' })
  criterion: string;

  @ApiProperty({ enum: EVALUATION_AREAS })
  area: EvaluationArea;

  @ApiProperty({ type: LocalisedTextDto, description: 'The criterion as the instrument words it' })
  title: LocalisedTextDto;
}

export class AreaComparisonDto extends ComparedScoreDto {
  @ApiProperty({ enum: EVALUATION_AREAS })
  area: EvaluationArea;

  @ApiProperty({ type: LocalisedTextDto })
  title: LocalisedTextDto;
}

export class TeamSummaryDto {
  @ApiProperty({ enum: EVALUATION_KINDS })
  kind: EvaluationKind;

  @ApiProperty({ example: 'hakunila' })
  evaluatorPlace: string;

  @ApiProperty({ type: String, nullable: true })
  strengths: string | null;

  @ApiProperty({ type: String, nullable: true })
  developmentTargets: string | null;
}

export class EvaluationComparisonDto {
  @ApiProperty({ type: PlaceRefDto })
  meetingPlace: PlaceRefDto;

  @ApiProperty({ example: 2026 })
  year: number;

  @ApiProperty({ type: [EvaluationDto], description: 'The year’s evaluations of the place, drafts included (without answers)' })
  evaluations: EvaluationDto[];

  @ApiProperty({ type: [CriterionComparisonDto] })
  criteria: CriterionComparisonDto[];

  @ApiProperty({ type: [AreaComparisonDto] })
  areas: AreaComparisonDto[];

  @ApiProperty({ type: [String], description: 'The criteria where self and peers disagree most, largest |gap| first' })
  largestGaps: string[];

  @ApiProperty({ type: [TeamSummaryDto], description: 'Strengths and development targets written by each team, from submitted evaluations: the report’s text' })
  summaries: TeamSummaryDto[];
}

export class RegionPlaceScoreDto {
  @ApiProperty({ example: 'crit_activity_encounter' })
  criterion: string;

  @ApiProperty({ type: Number, nullable: true })
  self: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'The mean of that year’s submitted peer evaluations' })
  peer: number | null;
}

export class ActionCountsDto {
  @ApiProperty() planned: number;
  @ApiProperty() inProgress: number;
  @ApiProperty() done: number;
  @ApiProperty() dropped: number;
  @ApiProperty({ description: 'Planned or in progress, past the due date' }) overdue: number;
}

export class RegionPlaceEvaluationsDto {
  @ApiProperty({ type: PlaceRefDto })
  meetingPlace: PlaceRefDto;

  @ApiProperty({ type: Number, nullable: true, description: 'The latest year, up to the one asked, with a submitted self-evaluation' })
  selfYear: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'The latest year, up to the one asked, with a submitted peer evaluation' })
  peerYear: number | null;

  @ApiProperty({ type: [RegionPlaceScoreDto] })
  scores: RegionPlaceScoreDto[];

  @ApiProperty({ description: 'No submitted self-evaluation for the year asked' })
  lacksSelf: boolean;

  @ApiProperty({ description: 'No submitted peer evaluation for the year asked' })
  lacksPeer: boolean;

  @ApiProperty({ type: ActionCountsDto })
  actions: ActionCountsDto;
}

export class CriterionDto {
  @ApiProperty({ example: 'crit_activity_encounter' })
  name: string;

  @ApiProperty({ enum: EVALUATION_AREAS })
  area: EvaluationArea;

  @ApiProperty({ type: LocalisedTextDto })
  title: LocalisedTextDto;
}

export class RegionEvaluationsDto {
  @ApiProperty({ example: '04' })
  regionCode: string;

  @ApiProperty({ example: 2026 })
  year: number;

  @ApiProperty({ type: [CriterionDto] })
  criteria: CriterionDto[];

  @ApiProperty({ type: [RegionPlaceEvaluationsDto] })
  places: RegionPlaceEvaluationsDto[];
}
