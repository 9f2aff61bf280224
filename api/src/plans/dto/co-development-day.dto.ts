import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsObject, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ActionDto, CreateActionDto } from '../../evaluations/dto/action.dto';

/** A generous ceiling: a big open day might gather some hundreds; a typo of 10 000 is refused. */
const MAX_COUNT = 5000;

export class ParticipantsDto {
  @ApiProperty({ example: 12 })
  @IsInt({ message: 'families must be a whole number' })
  @Min(0, { message: 'families cannot be negative' })
  @Max(MAX_COUNT, { message: `families must be at most ${MAX_COUNT}` })
  families: number;

  @ApiProperty({ example: 9 })
  @IsInt({ message: 'children must be a whole number' })
  @Min(0, { message: 'children cannot be negative' })
  @Max(MAX_COUNT, { message: `children must be at most ${MAX_COUNT}` })
  children: number;

  @ApiProperty({ example: 4 })
  @IsInt({ message: 'staff must be a whole number' })
  @Min(0, { message: 'staff cannot be negative' })
  @Max(MAX_COUNT, { message: `staff must be at most ${MAX_COUNT}` })
  staff: number;

  @ApiProperty({ example: 3 })
  @IsInt({ message: 'partners must be a whole number' })
  @Min(0, { message: 'partners cannot be negative' })
  @Max(MAX_COUNT, { message: `partners must be at most ${MAX_COUNT}` })
  partners: number;
}

/** An action agreed on the day: a development-plan action whose source is the day itself, so it is not sent. */
export class AgreedActionDto extends OmitType(CreateActionDto, ['source'] as const) {}

export class CreateCoDevelopmentDayDto {
  @ApiProperty({ example: '2026-11-14', description: 'The day it was held (YYYY-MM-DD in Finland), not in the future' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be a date written YYYY-MM-DD' })
  date: string;

  @ApiProperty({ type: ParticipantsDto, description: 'Counts only: no names' })
  // ValidateNested alone lets an array through (it validates each of its none elements).
  @IsObject({ message: 'participants must be an object with families, children, staff and partners' })
  @ValidateNested()
  @Type(() => ParticipantsDto)
  participants: ParticipantsDto;

  @ApiProperty({ type: [String], example: ['Aukioloajat', 'Isien osallistuminen'] })
  @IsArray()
  @ArrayMaxSize(20, { message: 'at most 20 themes' })
  @IsString({ each: true })
  @Length(1, 200, { each: true, message: 'each theme must be 1–200 characters' })
  themes: string[];

  @ApiProperty({ example: 'Perheet toivovat iltapäivän ryhmää isille.' })
  @IsString()
  @Length(0, 4000, { message: 'outcomes must be at most 4000 characters' })
  outcomes: string;

  @ApiPropertyOptional({ type: [AgreedActionDto], description: 'Actions agreed on the day: added to the development plan with source.kind co-development' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20, { message: 'at most 20 actions at once' })
  @ValidateNested({ each: true })
  @Type(() => AgreedActionDto)
  actions?: AgreedActionDto[];
}

export class CoDevelopmentDaysQueryDto {
  @ApiPropertyOptional({ example: '2026', description: 'Only the days of this year' })
  @IsOptional()
  @Matches(/^(20[2-9][0-9]|2100)$/, { message: 'year must be a year from 2020 to 2100' })
  year?: string;
}

export class CoDevelopmentDayDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'koivukyla' })
  meetingPlace: string;

  @ApiProperty({ example: '2026-11-14' })
  date: string;

  @ApiProperty({ type: ParticipantsDto })
  participants: ParticipantsDto;

  @ApiProperty({ type: [String] })
  themes: string[];

  @ApiProperty()
  outcomes: string;

  @ApiProperty({ type: [ActionDto], description: 'The development actions agreed on the day' })
  actions: ActionDto[];
}
