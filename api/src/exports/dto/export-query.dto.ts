import { ApiPropertyOptional, ApiProperty, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { CSV_DIALECTS, CsvDialect } from '../../../../reports/csv/csv-dialect';
import { WORKBOOK_LANGUAGES, WorkbookLanguage } from '../../../../reports/xlsx/workbook-text';
import { AREA_LEVELS, AreaLevel } from '../../indicators/area-tree';

const PERIOD_MESSAGE = 'period must be a year such as 2026 or a half-year such as 2026-H1';

export class DialectQueryDto {
  @ApiPropertyOptional({ enum: CSV_DIALECTS, default: 'rfc4180', description: 'excel-fi: BOM, semicolon, decimal comma' })
  @IsOptional()
  @IsIn(CSV_DIALECTS, { message: 'dialect must be rfc4180 or excel-fi' })
  dialect?: CsvDialect;
}

export class LanguageQueryDto {
  @ApiPropertyOptional({ enum: WORKBOOK_LANGUAGES, default: 'fi', description: 'Language of the headers, names and labels' })
  @IsOptional()
  @IsIn(WORKBOOK_LANGUAGES, { message: 'lang must be fi, sv or en' })
  lang?: WorkbookLanguage;
}

/** Which responses an export asks for, whatever the file format. */
export class ResponseSelectionDto {
  @ApiProperty({ example: 'visitor-survey' })
  @IsString()
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'survey must be a survey key such as visitor-survey' })
  survey: string;

  @ApiProperty({ example: '2026', description: 'A year (2026) or a half-year (2026-H1)' })
  @Matches(/^\d{4}(-H[12])?$/, { message: PERIOD_MESSAGE })
  period: string;

  @ApiPropertyOptional({ example: '04', description: 'Only this region (must be in your scope)' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'region must be a two-digit region code such as 04' })
  region?: string;

  @ApiPropertyOptional({ example: 'koivukyla', description: 'Only this meeting place (slug; must be in your scope)' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  meetingPlace?: string;
}

export class ResponsesExportQueryDto extends IntersectionType(ResponseSelectionDto, DialectQueryDto) {}

export class ResponsesWorkbookQueryDto extends IntersectionType(ResponseSelectionDto, LanguageQueryDto) {}

export class CodebookQueryDto extends DialectQueryDto {
  @ApiProperty({ example: 'visitor-survey' })
  @IsString()
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'survey must be a survey key such as visitor-survey' })
  survey: string;

  @ApiPropertyOptional({ example: '2', description: 'A version number or "current" (default)' })
  @IsOptional()
  @Matches(/^(current|[1-9]\d{0,5})$/, { message: 'version must be a version number or current' })
  version?: string;
}

export class IndicatorSelectionDto {
  @ApiProperty({ enum: AREA_LEVELS, example: 'region', description: 'One row per area of this level and indicator' })
  @IsIn(AREA_LEVELS, { message: `level must be one of ${AREA_LEVELS.join(', ')}` })
  level: AreaLevel;

  @ApiProperty({ example: '2026', description: 'A year (2026) or a half-year (2026-H1)' })
  @Matches(/^\d{4}(-H[12])?$/, { message: PERIOD_MESSAGE })
  period: string;
}

export class IndicatorsExportQueryDto extends IntersectionType(IndicatorSelectionDto, DialectQueryDto) {}

export class IndicatorsWorkbookQueryDto extends IntersectionType(IndicatorSelectionDto, LanguageQueryDto) {}
