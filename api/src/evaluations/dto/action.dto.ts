import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { ACTION_SOURCES, ACTION_STATUSES, ActionSource, ActionStatus } from '../development-action.entity';

export class ActionSourceDto {
  @ApiProperty({ enum: ACTION_SOURCES })
  @IsIn(ACTION_SOURCES, { message: 'source.kind must be evaluation, co-development, survey or other' })
  kind: ActionSource;

  @ApiPropertyOptional({ example: '5b0c…', description: 'What it came from, e.g. the evaluation’s id' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.:-]{1,64}$/, { message: 'source.id must be an identifier of at most 64 characters' })
  id?: string;
}

export class CreateActionDto {
  @ApiProperty({ example: 'Tervetuloa-kierros uusille perheille' })
  @IsString()
  @Length(1, 200, { message: 'title must be 1–200 characters' })
  title: string;

  @ApiPropertyOptional({ example: 'crit_activity_encounter', description: 'The criterion of peer-evaluation it develops' })
  @IsOptional()
  @Matches(/^crit_[a-z_]{1,59}$/, { message: 'criterion must be a criterion of peer-evaluation such as crit_activity_encounter' })
  criterion?: string;

  @ApiProperty({ example: 'MLL Uusimaa', description: 'The organisation responsible (never a person)' })
  @IsString()
  @Length(1, 200, { message: 'owner must be 1–200 characters' })
  owner: string;

  @ApiProperty({ example: '2027-06-30' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueDate must be a date written YYYY-MM-DD' })
  dueDate: string;

  @ApiProperty({ type: ActionSourceDto })
  // ValidateNested alone lets an array through, which then failed in the database (a 500).
  @IsObject({ message: 'source must be an object with kind' })
  @ValidateNested()
  @Type(() => ActionSourceDto)
  source: ActionSourceDto;
}

export class UpdateActionDto {
  @ApiProperty({ enum: ACTION_STATUSES })
  @IsIn(ACTION_STATUSES, { message: 'status must be planned, in-progress, done or dropped' })
  status: ActionStatus;

  @ApiProperty({ example: 'Kierros aloitettu syyskuussa.', description: 'The follow-up note, kept with its date' })
  @IsString()
  @Length(1, 2000, { message: 'note must be 1–2000 characters' })
  note: string;
}

export class ActionNoteDto {
  @ApiProperty({ example: '2027-03-02T10:00:00.000Z' })
  notedAt: string;

  @ApiProperty({ enum: ACTION_STATUSES })
  status: ActionStatus;

  @ApiProperty()
  note: string;
}

export class ActionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'koivukyla' })
  meetingPlace: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, nullable: true })
  criterion: string | null;

  @ApiProperty()
  owner: string;

  @ApiProperty({ example: '2027-06-30' })
  dueDate: string;

  @ApiProperty({ type: ActionSourceDto })
  source: { kind: ActionSource; id: string | null };

  @ApiProperty({ enum: ACTION_STATUSES })
  status: ActionStatus;

  @ApiProperty({ description: 'Planned or in progress and past its due date (Finnish calendar)' })
  overdue: boolean;

  @ApiProperty({ type: [ActionNoteDto], description: 'Follow-up notes, oldest first' })
  history: ActionNoteDto[];
}

export class FollowUpDto {
  @ApiProperty({ example: 2026, description: 'The evaluation year it follows up' })
  year: number;

  @ApiProperty({ enum: [6, 12] })
  months: number;

  @ApiProperty({ example: '2027-06-01', description: 'Months after the day the year’s last evaluation of the place was submitted' })
  dueDate: string;

  @ApiProperty({ description: 'The due date has passed' })
  overdue: boolean;
}

export class PlaceActionsDto {
  @ApiProperty({ type: [ActionDto], description: 'By due date' })
  actions: ActionDto[];

  @ApiProperty({ type: [FollowUpDto], description: 'The 6- and 12-month follow-ups of each evaluated year, as due items' })
  followUps: FollowUpDto[];
}
