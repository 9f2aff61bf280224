import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { LocalisedTextDto } from '../../common/localised-text.dto';

export class FreeTextQueryDto {
  @ApiProperty({ example: '2026', description: 'A year (2026) or a half-year (2026-H1)' })
  @Matches(/^\d{4}(-H[12])?$/, { message: 'period must be a year such as 2026 or a half-year such as 2026-H1' })
  period: string;
}

export class FreeTextItemDto {
  @ApiProperty({ description: 'Stable within this answer only; not a response id' })
  id: string;

  @ApiProperty({ example: 'visitor-survey' })
  surveyKey: string;

  @ApiProperty({ type: LocalisedTextDto })
  surveyTitle: LocalisedTextDto;

  @ApiProperty({ example: 'feedback_free_text' })
  question: string;

  @ApiProperty({ type: LocalisedTextDto })
  questionTitle: LocalisedTextDto;

  @ApiProperty()
  text: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'fi',
    description: 'The language the respondent answered in; null where fewer than five answered the survey in that language',
  })
  locale: string | null;
}

export class WithheldSurveyDto {
  @ApiProperty({ example: 'huomaa-minut' })
  surveyKey: string;

  @ApiProperty({ type: LocalisedTextDto })
  surveyTitle: LocalisedTextDto;
}

export class FreeTextDto {
  @ApiProperty({ example: '2026' })
  period: string;

  @ApiProperty({ type: [FreeTextItemDto], description: 'Grouped by survey and question, never in the order they arrived' })
  items: FreeTextItemDto[];

  @ApiPropertyOptional({ description: 'More answers exist than the 500 returned' })
  truncated: boolean;

  @ApiProperty({
    type: [WithheldSurveyDto],
    description: 'Surveys whose free text is withheld because fewer than 5 people answered that survey here in the period (for a year: in one of its halves)',
  })
  withheld: WithheldSurveyDto[];
}
