import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { CSV_DIALECTS, CsvDialect } from '../../../../reports/csv/csv-dialect';

export class ImportQueryDto {
  @ApiProperty({ enum: ['preview', 'apply'], description: 'preview checks every row and changes nothing; apply changes all or nothing' })
  @IsIn(['preview', 'apply'], { message: 'mode must be preview or apply' })
  mode: 'preview' | 'apply';

  @ApiPropertyOptional({ enum: CSV_DIALECTS, default: 'rfc4180' })
  @IsOptional()
  @IsIn(CSV_DIALECTS, { message: 'dialect must be rfc4180 or excel-fi' })
  dialect?: CsvDialect;
}

export class PaperImportQueryDto extends ImportQueryDto {
  @ApiProperty({ example: 'visitor-survey' })
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'survey must be a survey key such as visitor-survey' })
  survey: string;
}

export class RowErrorDto {
  @ApiProperty({ example: 3 })
  line: number;

  @ApiProperty({ example: 'municipality_code' })
  field: string;

  @ApiProperty()
  message: string;
}

export class ImportRowDto {
  @ApiProperty({ example: 2, description: 'Line in the file; the header is line 1' })
  line: number;

  @ApiProperty({ example: 'meeting-place koivukyla', description: 'What the row is about' })
  key: string;

  @ApiProperty({ enum: ['create', 'update', 'unchanged', 'error'] })
  action: 'create' | 'update' | 'unchanged' | 'error';

  @ApiProperty({ type: [RowErrorDto] })
  errors: RowErrorDto[];
}

/** Rows per outcome. */
export class ImportSummaryDto {
  @ApiProperty({ example: 3 })
  create: number;

  @ApiProperty({ example: 1 })
  update: number;

  @ApiProperty({ example: 10 })
  unchanged: number;

  @ApiProperty({ example: 0 })
  error: number;
}

export class ImportResultDto {
  @ApiProperty({ description: 'true when the changes were written (apply without errors)' })
  applied: boolean;

  @ApiProperty({ type: ImportSummaryDto })
  summary: ImportSummaryDto;

  @ApiProperty({ type: [RowErrorDto], description: 'Errors of the file as a whole (header)' })
  fileErrors: RowErrorDto[];

  @ApiProperty({ type: [ImportRowDto] })
  rows: ImportRowDto[];
}
