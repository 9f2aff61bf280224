import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType } from '@nestjs/swagger';
import { IndicatorDescriptionDto, IndicatorValueDto } from '../../indicators/dto/indicator-result.dto';
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

export class RoundIndicatorDto extends IntersectionType(IndicatorDescriptionDto, OmitType(IndicatorValueDto, ['key'] as const)) {}

export class RoundSummaryDto {
  @ApiProperty({ type: RoundDto })
  round: RoundDto;

  @ApiProperty({
    type: [RoundIndicatorDto],
    description: 'The instrument’s indicators at the round’s place: released figures once the round’s release is made, else participation only',
  })
  indicators: RoundIndicatorDto[];
}
