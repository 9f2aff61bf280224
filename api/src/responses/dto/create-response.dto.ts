import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsObject, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';

export class CreateResponseDto {
  @ApiProperty({ example: 'visitor-survey' })
  @IsString()
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'surveyKey must be a survey key such as visitor-survey' })
  surveyKey: string;

  @ApiProperty({ example: 2, description: 'The exact version the family answered' })
  @IsInt({ message: 'surveyVersion must be a whole number' })
  @Min(1)
  @Max(100000)
  surveyVersion: number;

  @ApiProperty({ example: 'koivukyla', description: 'Meeting place slug or id' })
  @IsString()
  @Length(1, 64)
  meetingPlace: string;

  @ApiProperty({ format: 'uuid', description: 'Made by the client when the survey starts; makes retries safe' })
  @IsUUID('all', { message: 'clientResponseId must be a UUID' })
  clientResponseId: string;

  @ApiProperty({ example: 'fi', description: 'The language the survey was answered in' })
  @IsString()
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/, { message: 'locale must be a language code such as fi, sv or ar' })
  locale: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { felt_welcome: 5, peer_support: 4, loneliness: 2 },
    description: 'Question name → value, validated against that survey version',
  })
  @IsObject({ message: 'answers must be an object of question name → value' })
  answers: Record<string, unknown>;

  @ApiProperty({
    required: false,
    example: '2026-11-25T09:58:00.000Z',
    description:
      'When the family finished, set by the device, so that an answer sent later (from the outbox) keeps its moment. ' +
      'Accepted when it is not in the future and at most 7 days old; it decides the round and period. Without it, the arrival time counts.',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'answeredAt must be an ISO 8601 instant such as 2026-11-25T09:58:00Z' })
  answeredAt?: string;
}

export class ResponseReceiptDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '2026-11-25T10:00:00.000Z' })
  receivedAt: string;
}
