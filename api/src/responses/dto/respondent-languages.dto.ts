import { ApiProperty } from '@nestjs/swagger';

export class LanguageCountDto {
  @ApiProperty({ example: 'so', description: 'The language the respondents answered in' })
  locale: string;

  @ApiProperty({ example: 7, description: 'Responses in this language (participation: never suppressed, never a value)' })
  responses: number;
}

export class SurveyLanguagesDto {
  @ApiProperty({ example: 'visitor-survey' })
  surveyKey: string;

  @ApiProperty({ example: 42 })
  responses: number;

  @ApiProperty({ type: [LanguageCountDto], description: 'Most used first' })
  languages: LanguageCountDto[];
}

export class RespondentLanguagesDto {
  @ApiProperty({ example: 'koivukyla' })
  meetingPlace: string;

  @ApiProperty({ example: '2026' })
  period: string;

  @ApiProperty({ example: 120 })
  responses: number;

  @ApiProperty({ type: [LanguageCountDto], description: 'Every instrument together, most used first' })
  languages: LanguageCountDto[];

  @ApiProperty({ type: [SurveyLanguagesDto] })
  surveys: SurveyLanguagesDto[];
}
