import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { LocalisedTextDto } from '../../common/localised-text.dto';
import { SURVEY_AUDIENCES, SurveyAudience } from '../survey-instrument.entity';

export class SurveyVersionSummaryDto {
  @ApiProperty({ example: 2 })
  version: number;

  @ApiProperty({ description: 'sha256 hex of the stored definition file' })
  checksum: string;

  @ApiProperty({ example: '2026-01-15T00:00:00.000Z' })
  publishedAt: string;
}

@ApiExtraModels(LocalisedTextDto)
export class SurveyDto {
  @ApiProperty({ example: 'visitor-survey' })
  key: string;

  @ApiProperty({ example: 'visitor-survey' })
  kind: string;

  @ApiProperty({ enum: SURVEY_AUDIENCES, description: 'Who answers: decides where the survey is offered' })
  audience: SurveyAudience;

  @ApiProperty({
    // fi, sv and en, and more languages by their codes: the generated types then allow title.ar.
    allOf: [{ $ref: getSchemaPath(LocalisedTextDto) }, { type: 'object', additionalProperties: { type: 'string' } }],
    description: 'fi, sv and en always; any other language the current version is written in (e.g. ar, ru) as well',
  })
  title: LocalisedTextDto & Record<string, string>;

  @ApiProperty({ example: 2 })
  currentVersion: number;

  @ApiProperty({ type: [SurveyVersionSummaryDto] })
  versions: SurveyVersionSummaryDto[];
}

export class SurveyVersionDto {
  @ApiProperty({ example: 'visitor-survey' })
  key: string;

  @ApiProperty({ example: 2 })
  version: number;

  @ApiProperty()
  checksum: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'SurveyJS JSON' })
  definition: Record<string, unknown>;
}
