import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType } from '@nestjs/swagger';
import { ChangeDto, IndicatorDescriptionDto, IndicatorValueDto } from '../../indicators/dto/indicator-result.dto';
import { IsOptional, Matches } from 'class-validator';
import { ROUND_STATUSES, RoundStatus } from '../round-window';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = (field: string) => `${field} must be a date written YYYY-MM-DD`;

export class CreateRoundDto {
  @ApiProperty({ example: 'huomaa-minut' })
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'surveyKey must be a survey key such as huomaa-minut' })
  surveyKey: string;

  @ApiProperty({ example: '2026-10-05', description: 'First day (Finnish calendar); today or later' })
  @Matches(DATE, { message: DATE_MESSAGE('startsOn') })
  startsOn: string;

  @ApiProperty({ example: '2026-10-30', description: 'Last day, included; within one half-year for Huomaa minut' })
  @Matches(DATE, { message: DATE_MESSAGE('endsOn') })
  endsOn: string;
}

export class ReopenRoundDto {
  @ApiPropertyOptional({ example: '2026-11-06', description: 'A new last day; needed when the old one has passed' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE('endsOn') })
  endsOn?: string;
}

export class RoundReleaseRefDto {
  @ApiProperty({ example: '2026-11-01T08:00:00.000Z' })
  releasedAt: string;

  @ApiProperty({ example: 1, description: '2 or more after the round was reopened and closed again' })
  revision: number;
}

export class RoundDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'koivukyla' })
  meetingPlace: string;

  @ApiProperty({ example: 'huomaa-minut' })
  surveyKey: string;

  @ApiProperty({ example: '2026-10-05' })
  startsOn: string;

  @ApiProperty({ example: '2026-10-30' })
  endsOn: string;

  @ApiProperty({ enum: ROUND_STATUSES, description: 'cancelled: closed before its first day' })
  status: RoundStatus;

  @ApiProperty({ example: '2026-10-30T21:00:00.000Z', description: 'When the round stops taking answers (or stopped)' })
  closesAt: string;

  @ApiProperty({ nullable: true, type: String, description: 'Set when it was closed before its last day ended' })
  closedEarlyAt: string | null;

  @ApiProperty({ example: 0 })
  reopenCount: number;

  @ApiProperty({ example: 23, description: 'Respondents so far: participation, shown exactly' })
  respondents: number;

  @ApiProperty({ type: RoundReleaseRefDto, nullable: true, description: 'The latest release of its figures, once due' })
  release: RoundReleaseRefDto | null;
}

export class PreviousRoundValueDto {
  @ApiProperty({ format: 'uuid' })
  roundId: string;

  @ApiProperty({ example: '2026-04-06' })
  startsOn: string;

  @ApiProperty({ example: '2026-04-30' })
  endsOn: string;

  @ApiProperty({ nullable: true, type: Number, example: 0.58 })
  value: number | null;

  @ApiProperty({ example: 12 })
  n: number;

  @ApiProperty({ enum: ['published', 'suppressed', 'no-answers', 'not-released'] })
  status: IndicatorValueDto['status'];
}

export class RoundIndicatorDto extends IntersectionType(IndicatorDescriptionDto, OmitType(IndicatorValueDto, ['key'] as const)) {
  @ApiProperty({
    type: PreviousRoundValueDto,
    nullable: true,
    description: 'The same figure in the place’s previous released round of the instrument',
  })
  previous: PreviousRoundValueDto | null;

  @ApiProperty({ type: ChangeDto, nullable: true, description: 'From the previous round, only between two published figures' })
  change: ChangeDto | null;
}

export class AgeBandCountDto {
  @ApiProperty({ example: '3-4', description: 'The age band’s value in the survey; "not-given" when the adult left it out' })
  band: string;

  @ApiProperty({ example: 4 })
  n: number;
}

export class RoundParticipationDto {
  @ApiProperty({ example: 23, description: 'Respondents (children, in Huomaa minut): participation, exact' })
  total: number;

  @ApiProperty({ description: 'Fewer than 5 respondents: only the count is shown, no shares or breakdowns' })
  fewerThanMinimum: boolean;

  @ApiProperty({ type: [AgeBandCountDto], nullable: true, description: 'By age band, in the survey’s order; null in a round of fewer than 5 or a survey without an age band' })
  byAgeBand: AgeBandCountDto[] | null;
}

export class ChoiceCountDto {
  @ApiProperty({ example: '3', description: 'The choice’s value in the survey (numbers as text)' })
  value: string;

  @ApiProperty({ example: 7 })
  count: number;

  @ApiProperty({ example: 0.5833, description: 'count / the question’s n' })
  share: number;
}

export class RoundQuestionDto {
  @ApiProperty({ example: 'felt_heard' })
  name: string;

  @ApiProperty({ example: 12, description: 'Children who answered this question' })
  n: number;

  @ApiProperty({
    type: [ChoiceCountDto],
    description: 'Every choice of the question, in the survey’s order (several a child for a multiple choice); empty when withheld',
  })
  choices: ChoiceCountDto[];

  @ApiProperty({
    description:
      'True when fewer than five children answered this question (a round of five may have a question three answered): its choices are withheld',
  })
  withheld: boolean;
}

export class RoundWrittenAnswersDto {
  @ApiProperty({ type: [String], description: 'The adults’ observations, in alphabetical order (never arrival order)' })
  observations: string[];

  @ApiProperty({ type: [String], description: 'The children’s wishes as the adult wrote them, in alphabetical order' })
  wishes: string[];
}

export class RoundSummaryDto {
  @ApiProperty({ type: RoundDto })
  round: RoundDto;

  @ApiProperty({
    type: [RoundIndicatorDto],
    description: 'The instrument’s indicators at the round’s place: released figures once the round’s release is made, else participation only',
  })
  indicators: RoundIndicatorDto[];

  @ApiProperty({ type: RoundParticipationDto })
  participation: RoundParticipationDto;

  @ApiProperty({
    type: [RoundQuestionDto],
    description: 'Each closed question’s answers, once the round is released and only in a round of 5 children or more; else empty',
  })
  questions: RoundQuestionDto[];

  @ApiProperty({
    type: RoundWrittenAnswersDto,
    nullable: true,
    description: 'Only for the place’s coordinators (and admins), once the round has closed, in a round of 5 children or more; every read is audited',
  })
  writtenAnswers: RoundWrittenAnswersDto | null;
}
