import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { INDICATOR_CATALOGUE } from '../../../../reports/indicator-catalogue';
import { AREA_LEVELS, AreaLevel, levelDepth } from '../area-tree';
import { parsePeriod } from '../../../../reports/periods';

const CODE_RULES: Record<Exclude<AreaLevel, 'national'>, { pattern: RegExp; describe: string }> = {
  region: { pattern: /^\d{2}$/, describe: 'a two-digit wellbeing region code such as 04' },
  municipality: { pattern: /^\d{3}$/, describe: 'a three-digit municipality code such as 092' },
  'service-area': { pattern: /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, describe: 'a service area id such as vantaa-itainen' },
  'meeting-place': { pattern: /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, describe: 'a meeting place slug such as koivukyla' },
};

/** `code` as the level needs it: none for national, a region code for a region, and so on. */
function IsCodeOfLevel(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isCodeOfLevel',
      target: object.constructor,
      propertyName,
      options,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          return codeProblem((args.object as AreaQueryDto).level, value) === null;
        },
        defaultMessage(args: ValidationArguments) {
          return codeProblem((args.object as AreaQueryDto).level, args.value) ?? 'code is not valid';
        },
      },
    });
}

function codeProblem(level: unknown, code: unknown): string | null {
  if (!AREA_LEVELS.includes(level as AreaLevel)) return null; // level reports its own error
  if (level === 'national') return code === undefined ? null : 'national takes no code';
  const rule = CODE_RULES[level as Exclude<AreaLevel, 'national'>];
  if (code === undefined || code === '') return `code is required for level ${level}: ${rule.describe}`;
  if (typeof code !== 'string' || !rule.pattern.test(code)) return `code must be ${rule.describe}`;
  return null;
}

function IsReportingPeriod(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isReportingPeriod',
      target: object.constructor,
      propertyName,
      options: { message: 'period must be a year such as 2026 or a half-year such as 2026-H1 (2000–2100)', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && parsePeriod(value) !== null },
    });
}

function IsBelowLevel(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isBelowLevel',
      target: object.constructor,
      propertyName,
      options: { message: 'childLevel must be a level below level (national → region → municipality → service-area → meeting-place)', ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const level = (args.object as AreaQueryDto).level;
          if (!AREA_LEVELS.includes(level) || !AREA_LEVELS.includes(value as AreaLevel)) return true; // reported by IsIn
          return levelDepth(value as AreaLevel) > levelDepth(level);
        },
      },
    });
}

const LEVEL_MESSAGE = `level must be one of ${AREA_LEVELS.join(', ')}`;

/** Which area: a level and, below national, its code. */
export class AreaQueryDto {
  @ApiProperty({ enum: AREA_LEVELS, example: 'region' })
  @IsIn(AREA_LEVELS, { message: LEVEL_MESSAGE })
  level: AreaLevel;

  @ApiPropertyOptional({
    example: '04',
    description: 'Region code (04), municipality code (092), service-area id (vantaa-itainen) or meeting-place slug (koivukyla); none for national',
  })
  @IsCodeOfLevel()
  code?: string;
}

export class IndicatorQueryDto extends AreaQueryDto {
  @ApiProperty({ example: '2026', description: 'A year (2026) or a half-year (2026-H1, 2026-H2)' })
  @IsReportingPeriod()
  period: string;
}

export const INDICATOR_KEYS = INDICATOR_CATALOGUE.map((indicator) => indicator.key);

export class SeriesQueryDto extends AreaQueryDto {
  @ApiProperty({ enum: INDICATOR_KEYS, example: 'felt-welcome' })
  @IsIn(INDICATOR_KEYS, { message: `indicator must be one of ${INDICATOR_KEYS.join(', ')}` })
  indicator: string;

  @ApiPropertyOptional({
    enum: ['year', 'half-year'],
    description: "Years or half-years; by default the indicator's main period (half-years for huomaa-minut, else years)",
  })
  @IsOptional()
  @IsIn(['year', 'half-year'], { message: 'granularity must be year or half-year' })
  granularity?: 'year' | 'half-year';
}

export class ComparisonQueryDto extends IndicatorQueryDto {
  @ApiProperty({ enum: AREA_LEVELS.slice(1), example: 'meeting-place', description: 'Compare the areas at this level inside the area' })
  @IsIn(AREA_LEVELS.slice(1), { message: `childLevel must be one of ${AREA_LEVELS.slice(1).join(', ')}` })
  @IsBelowLevel()
  childLevel: Exclude<AreaLevel, 'national'>;
}
